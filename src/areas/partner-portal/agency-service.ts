import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { type Permission, requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { attachmentOwner, listAttachments } from '../../platform/attachments/service.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict, forbidden } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { CASE, caseRecords, LOR, lettersOfRequest } from '../cases/public.ts';
import { SHIPMENT } from '../deliveries/public.ts';
import { EUM_INCIDENT } from '../eum/public.ts';
import { initialDepositInput, partnerReleaseInput } from './model.ts';
import { caseDeposits, incidentAnswers, loaAcceptances, partnerCaseReleases } from './schema.ts';

// The agency's side of what partners send: the initial deposit it records, the release of a case pending notification,
// and its own reads of the partner's signature, answers and files, each through the record's own policy.

/** Records the initial deposit on an offered case (SAMM C5.4.8), audited; one per case. */
export async function recordInitialDeposit(db: Db | Tx, p: Principal, ref: string, raw: unknown, today = todayIso()) {
  const input = parseInput(initialDepositInput, raw);
  requireNotFuture(input.depositedOn, today, 'depositedOn');
  const run = async (tx: Tx) => {
    const kase = await requireRecord(tx, p, CASE.write, ref, { lock: true });
    if (kase.status !== 'offered')
      throw conflict(`The initial deposit is recorded on an offered case; ${kase.identifier} is ${kase.status}`);
    const [row] = await tx
      .insert(caseDeposits)
      .values({ caseId: kase.id, partnerCode: kase.partnerCode, ...input, recordedBy: p.username })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict(`The initial deposit of ${kase.identifier} is already recorded`);
    await appendAudit(tx, p, {
      entityType: 'case_deposit',
      action: 'case_deposit.recorded',
      entityId: row.id,
      countryCode: kase.partnerCode,
      after: { case: kase.identifier, ...input },
    });
    return { identifier: kase.identifier, amountCents: row.amountCents, depositedOn: row.depositedOn, reference: row.reference };
  };
  return db.transaction(run);
}

/** What stops a purchaser's case (not BPC: no purchaser signs it) moving to accepted: the signature, the deposit. */
export async function acceptanceMissing(db: Db | Tx, caseId: string): Promise<string[]> {
  const [signature] = await db
    .select({ id: loaAcceptances.id })
    .from(loaAcceptances)
    .where(and(eq(loaAcceptances.caseId, caseId), eq(loaAcceptances.versionNumber, 0)));
  const [deposit] = await db.select({ id: caseDeposits.id }).from(caseDeposits).where(eq(caseDeposits.caseId, caseId));
  return [
    ...(signature ? [] : ["the partner's signature of the LOA is not on file"]),
    ...(deposit ? [] : ['the initial deposit is not recorded']),
  ];
}

/** The partner's signatures, the deposit, the release and the files sent with the case's letters of request. */
export async function getPartnerAcceptance(db: Db, p: Principal, ref: string) {
  const kase = await requireRecord(db, p, CASE.read, ref);
  const [signatures, [deposit], [release], lors] = await Promise.all([
    db
      .select({
        versionNumber: loaAcceptances.versionNumber,
        signedOn: loaAcceptances.signedOn,
        signerName: loaAcceptances.signerName,
        signerTitle: loaAcceptances.signerTitle,
        recordedBy: loaAcceptances.recordedBy,
      })
      .from(loaAcceptances)
      .where(eq(loaAcceptances.caseId, kase.id))
      .orderBy(asc(loaAcceptances.versionNumber)),
    db
      .select({
        amountCents: caseDeposits.amountCents,
        depositedOn: caseDeposits.depositedOn,
        reference: caseDeposits.reference,
        recordedBy: caseDeposits.recordedBy,
      })
      .from(caseDeposits)
      .where(eq(caseDeposits.caseId, kase.id)),
    db.select().from(partnerCaseReleases).where(eq(partnerCaseReleases.caseId, kase.id)),
    db.select({ id: lettersOfRequest.id }).from(lettersOfRequest).where(eq(lettersOfRequest.caseId, kase.id)),
  ]);
  const files = await listAttachments(
    db,
    'letter_of_request',
    lors.map((l) => l.id),
  );
  return {
    identifier: kase.identifier,
    signatures,
    deposit: deposit ?? null,
    release: { released: release?.released ?? false, version: release?.version ?? 0 },
    files: files.map((f) => ({ id: f.id, fileName: f.fileName, mediaType: f.mediaType, sizeBytes: f.sizeBytes })),
  };
}

/** Only the notification analysts (and administrators) decide what of a case pending notification the partner sees. */
const RELEASE: Permission<typeof caseRecords.table> = { kind: caseRecords, action: 'write', area: 'notifications' };

/** Releases a case to its partner's users before its notice is made (or withdraws the release), audited. */
export async function setPartnerRelease(db: Db, p: Principal, ref: string, raw: unknown) {
  const input = parseInput(partnerReleaseInput, raw);
  return db.transaction(async (tx) => {
    const kase = await requireRecord(tx, p, RELEASE, ref, { lock: true });
    const [before] = await tx.select().from(partnerCaseReleases).where(eq(partnerCaseReleases.caseId, kase.id));
    requireVersion(`The release of ${kase.identifier}`, input.version, before?.version ?? 0);
    const values = { released: input.released, version: (before?.version ?? 0) + 1, changedBy: p.username, updatedAt: new Date() };
    await tx
      .insert(partnerCaseReleases)
      .values({ caseId: kase.id, ...values })
      .onConflictDoUpdate({ target: partnerCaseReleases.caseId, set: values });
    await appendAudit(tx, p, {
      entityType: 'case',
      action: input.released ? 'case.released_to_partner' : 'case.release_withdrawn',
      entityId: kase.id,
      countryCode: kase.partnerCode,
      before: { released: before?.released ?? false },
      after: { released: input.released },
    });
    return { identifier: kase.identifier, released: values.released, version: values.version };
  });
}

/** The partner's answers to an incident, with their files, for the EUM specialist (the incident's own policy). */
export async function listIncidentAnswers(db: Db, p: Principal, incidentId: string) {
  const incident = await requireRecord(db, p, EUM_INCIDENT.read, incidentId);
  const answers = await db
    .select({
      id: incidentAnswers.id,
      text: incidentAnswers.text,
      answeredBy: incidentAnswers.answeredBy,
      answeredAt: incidentAnswers.createdAt,
    })
    .from(incidentAnswers)
    .where(eq(incidentAnswers.incidentId, incident.id))
    .orderBy(asc(incidentAnswers.createdAt));
  const files = await listAttachments(
    db,
    'eum_incident_answer',
    answers.map((a) => a.id),
  );
  return answers.map((a) => ({
    ...a,
    answeredAt: a.answeredAt.toISOString(),
    files: files
      .filter((f) => f.entityId === a.id)
      .map((f) => ({ id: f.id, fileName: f.fileName, mediaType: f.mediaType, sizeBytes: f.sizeBytes })),
  }));
}

/** An agency user may download a partner's file when they may read the record it is attached to. */
export async function requireInternalAttachmentRecord(db: Db, p: Principal, attachmentId: string) {
  if (p.partner) throw forbidden('Not allowed: a partner user downloads their files through the portal');
  // Files partners send belong to case business (their requests, shipments, incidents): a reader of cases asks first.
  requireArea(p, 'read', 'cases');
  const owner = await attachmentOwner(db, attachmentId);
  switch (owner.entityType) {
    case 'letter_of_request':
      return requireRecord(db, p, LOR.read, owner.entityId);
    case 'shipment':
      return requireRecord(db, p, SHIPMENT.read, owner.entityId);
    case 'eum_incident_answer': {
      const [answer] = await db
        .select({ incidentId: incidentAnswers.incidentId })
        .from(incidentAnswers)
        .where(inArray(incidentAnswers.id, [owner.entityId]));
      if (!answer) throw badRequest('Not a partner file', [{ path: 'id', message: 'this file belongs to no record you can open' }]);
      return requireRecord(db, p, EUM_INCIDENT.read, answer.incidentId);
    }
    default:
      throw badRequest('Not a partner file', [{ path: 'id', message: 'this file belongs to no record you can open' }]);
  }
}
