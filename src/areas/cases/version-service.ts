import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import { type CaseRow, findCase } from './case-service.ts';
import { blockingFindings, type CaseHooks, refreshCaseMarkings } from './hooks.ts';
import { issueRevisionInput, revisionInput, type SaveVersionInput, saveVersionInput } from './model.ts';
import { priced } from './pricing.ts';
import { CASE } from './records.ts';
import { diffVersions } from './rules/version-diff.ts';
import { cases, loaLines, loaNotes, loaPayments, loaVersions } from './schema.ts';
import { loadVersionContent, snapshotOf, type VersionContent, type VersionRow } from './version-content.ts';

const EDITABLE_CASE_STATUSES = new Set(['draft', 'returned']);

async function versionRow(db: Db | Tx, caseId: string, number: number, lock = false) {
  const query = db
    .select()
    .from(loaVersions)
    .where(and(eq(loaVersions.caseId, caseId), eq(loaVersions.number, number)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound(`Version ${number} of the case`);
  return row;
}

async function latestNumber(db: Db | Tx, caseId: string) {
  const [row] = await db
    .select({ n: loaVersions.number })
    .from(loaVersions)
    .where(eq(loaVersions.caseId, caseId))
    .orderBy(desc(loaVersions.number))
    .limit(1);
  return row?.n ?? 0;
}

/** Why a version cannot be edited now, or null if it can. */
function editBlocker(row: CaseRow, version: VersionRow, latest: number): string | null {
  if (version.state !== 'draft') return `Version ${version.number} has been issued and cannot change; create an amendment or modification`;
  if (version.number !== latest) return `Only the latest version (${latest}) can be edited`;
  if (version.kind === 'basic' && !EDITABLE_CASE_STATUSES.has(row.status))
    return `The LOA is ${row.status.replace('_', ' ')}; it can be edited only as a draft or after return from review`;
  return null;
}

/**
 * One version of a case and its content, read through the case (out of scope: not found; withheld: refused), without
 * quality findings: what the LOA document and the difference between versions are made of.
 */
export async function readVersion(db: Db, principal: Principal, caseRef: string, number: number) {
  const row = await findCase(db, principal, caseRef);
  const version = await versionRow(db, row.id, number);
  const content = await loadVersionContent(db, version.id);
  return {
    case: row,
    version: { ...version, createdAt: version.createdAt.toISOString() },
    ...content,
    snapshot: snapshotOf(row.type, version, content),
  };
}

/** One version with its lines, notes, payment schedule and the quality findings on it today. */
export async function getVersion(db: Db, hooks: CaseHooks, principal: Principal, caseRef: string, number: number) {
  const { case: _case, snapshot, ...detail } = await readVersion(db, principal, caseRef, number);
  return { ...detail, findings: hooks.loaChecks.run(snapshot, todayIso()) };
}

/** Saves a version's whole content at once (lines, notes, charges, payment schedule) and reprices it. */
export async function saveVersion(db: Db, hooks: CaseHooks, principal: Principal, caseRef: string, number: number, raw: SaveVersionInput) {
  const input = parseInput(saveVersionInput, raw);
  await db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, CASE.write, caseRef, { lock: true });
    const version = await versionRow(tx, row.id, number, true);
    requireVersion(`Version ${number}`, input.revision, version.revision);
    const blocker = editBlocker(row, version, await latestNumber(tx, row.id));
    if (blocker) throw conflict(blocker);
    const before = await loadVersionContent(tx, version.id);
    await writeContent(tx, version.id, input);
    const pricing = priced(row.type, version, input.lines, input.accessorialCents);
    const [after] = await tx
      .update(loaVersions)
      .set({ accessorialCents: input.accessorialCents, ...pricing, revision: version.revision + 1 })
      .where(eq(loaVersions.id, version.id))
      .returning();
    await tx.update(cases).set({ totalCents: pricing.totalCents, updatedAt: new Date() }).where(eq(cases.id, row.id));
    await appendAudit(tx, principal, {
      entityType: 'loa_version',
      action: 'loa_version.saved',
      entityId: `${row.identifier}/${number}`,
      countryCode: row.partnerCode,
      before: { ...before, accessorialCents: version.accessorialCents, totalCents: version.totalCents },
      after: {
        lines: input.lines,
        notes: input.notes,
        paymentSchedule: input.paymentSchedule,
        accessorialCents: after!.accessorialCents,
        totalCents: after!.totalCents,
      },
    });
    await refreshCaseMarkings(hooks, tx, [row.id], todayIso());
  });
  return getVersion(db, hooks, principal, caseRef, number);
}

export async function writeContent(tx: Tx, versionId: string, content: Pick<VersionContent, 'lines' | 'notes' | 'paymentSchedule'>) {
  await tx.delete(loaLines).where(eq(loaLines.versionId, versionId));
  await tx.delete(loaNotes).where(eq(loaNotes.versionId, versionId));
  await tx.delete(loaPayments).where(eq(loaPayments.versionId, versionId));
  if (content.lines.length) await tx.insert(loaLines).values(content.lines.map((l) => ({ ...l, versionId })));
  if (content.notes.length) await tx.insert(loaNotes).values(content.notes.map((n) => ({ ...n, versionId })));
  if (content.paymentSchedule.length) await tx.insert(loaPayments).values(content.paymentSchedule.map((p) => ({ ...p, versionId })));
}

/** Starts an amendment (scope change, needs purchaser acceptance) or modification (no scope change) from the latest issued version. */
export async function createRevision(db: Db, hooks: CaseHooks, principal: Principal, caseRef: string, raw: unknown) {
  const input = parseInput(revisionInput, raw);
  const number = await db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, CASE.write, caseRef, { lock: true });
    requireVersion(`Case ${row.identifier}`, input.version, row.version);
    if (!['accepted', 'implemented', 'supply_complete'].includes(row.status)) {
      throw conflict(`Amendments and modifications are made to an accepted case; ${row.identifier} is ${row.status}`);
    }
    const latest = await versionRow(tx, row.id, await latestNumber(tx, row.id));
    if (latest.state !== 'issued') throw conflict(`Version ${latest.number} is still a draft; finish it first`);
    const content = await loadVersionContent(tx, latest.id);
    const [created] = await tx
      .insert(loaVersions)
      .values({
        caseId: row.id,
        number: latest.number + 1,
        kind: input.kind,
        reason: input.reason,
        accessorialCents: latest.accessorialCents,
        surchargeBasisPoints: latest.surchargeBasisPoints,
        linesCents: latest.linesCents,
        administrativeCents: latest.administrativeCents,
        totalCents: latest.totalCents,
      })
      .returning();
    await writeContent(tx, created!.id, content);
    await tx
      .update(cases)
      .set({ version: row.version + 1, updatedAt: new Date() })
      .where(eq(cases.id, row.id));
    await appendAudit(tx, principal, {
      entityType: 'loa_version',
      action: 'loa_version.created',
      entityId: `${row.identifier}/${created!.number}`,
      countryCode: row.partnerCode,
      after: { kind: input.kind, reason: input.reason },
    });
    await refreshCaseMarkings(hooks, tx, [row.id], todayIso());
    return created!.number;
  });
  return getVersion(db, hooks, principal, caseRef, number);
}

/** Issues an amendment (on purchaser acceptance) or a modification (on implementation) once it passes the quality checks. */
export async function issueRevision(db: Db, hooks: CaseHooks, principal: Principal, caseRef: string, number: number, raw: unknown) {
  const input = parseInput(issueRevisionInput, raw);
  await db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, CASE.write, caseRef, { lock: true });
    const version = await versionRow(tx, row.id, number, true);
    if (version.kind === 'basic') throw conflict('The basic LOA is issued by its acceptance (the "accept" action)');
    requireVersion(`Version ${number}`, input.revision, version.revision);
    if (version.state !== 'draft') throw conflict(`Version ${number} is already issued`);
    const content = await loadVersionContent(tx, version.id);
    const pricing = priced(row.type, { acceptedOn: input.effectiveOn, offerDate: null }, content.lines, version.accessorialCents);
    const issued = { ...version, ...pricing, acceptedOn: input.effectiveOn };
    const blocked = blockingFindings(hooks.loaChecks.run(snapshotOf(row.type, issued, content), input.effectiveOn));
    if (blocked) throw blocked;
    await tx
      .update(loaVersions)
      .set({ ...pricing, acceptedOn: input.effectiveOn, state: 'issued', revision: version.revision + 1 })
      .where(eq(loaVersions.id, version.id));
    await tx
      .update(cases)
      .set({ totalCents: pricing.totalCents, version: row.version + 1, updatedAt: new Date() })
      .where(eq(cases.id, row.id));
    await appendAudit(tx, principal, {
      entityType: 'loa_version',
      action: 'loa_version.issued',
      entityId: `${row.identifier}/${number}`,
      countryCode: row.partnerCode,
      after: { effectiveOn: input.effectiveOn, totalCents: pricing.totalCents },
    });
    await refreshCaseMarkings(hooks, tx, [row.id], todayIso());
  });
  return getVersion(db, hooks, principal, caseRef, number);
}

/** What version `to` changes from version `from` (both read through the case). */
export async function versionDifference(db: Db, principal: Principal, caseRef: string, from: number, to: number) {
  const [a, b] = await Promise.all([readVersion(db, principal, caseRef, from), readVersion(db, principal, caseRef, to)]);
  return diffVersions({ ...a, ...a.version }, { ...b, ...b.version });
}

/**
 * Another area's note carried into a case's basic LOA while it is still a draft (e.g. TSFD approval conditions, issue 15):
 * the note with `note.code` is replaced (or added, or removed when `note` is null), the revision moves on so that an
 * editor open on the old content gets a 409 rather than overwriting it, and the change is audited as the actor's.
 * Returns false, changing nothing, when the LOA can no longer be edited (the other area's gate then keeps it from moving).
 */
export async function carryNoteIntoLoa(
  tx: Tx,
  actor: Principal,
  caseId: string,
  code: string,
  note: { title: string; text: string } | null,
): Promise<boolean> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  if (!row || !EDITABLE_CASE_STATUSES.has(row.status)) return false;
  const version = await versionRow(tx, row.id, 0, true);
  if (version.state !== 'draft') return false;
  const [existing] = await tx
    .select()
    .from(loaNotes)
    .where(and(eq(loaNotes.versionId, version.id), eq(loaNotes.code, code)));
  if (existing?.text === note?.text && existing?.title === note?.title) return true;
  await tx.delete(loaNotes).where(and(eq(loaNotes.versionId, version.id), eq(loaNotes.code, code)));
  if (note) await tx.insert(loaNotes).values({ versionId: version.id, code, ...note });
  await tx
    .update(loaVersions)
    .set({ revision: version.revision + 1 })
    .where(eq(loaVersions.id, version.id));
  await appendAudit(tx, actor, {
    entityType: 'loa_version',
    action: 'loa_version.note_carried',
    entityId: `${row.identifier}/0`,
    countryCode: row.partnerCode,
    before: existing ? { code, title: existing.title, text: existing.text } : null,
    after: note ? { code, ...note } : null,
  });
  return true;
}
