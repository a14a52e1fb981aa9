import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../../platform/access/require-access.ts';
import { scopeWhere } from '../../../platform/access/scope-sql.ts';
import { appendAudit } from '../../../platform/audit/service.ts';
import { todayIso } from '../../../platform/dates.ts';
import { badRequest } from '../../../platform/http/errors.ts';
import { parseInput } from '../../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../../platform/records/guards.ts';
import { partners } from '../../countries/public.ts';
import { appropriations } from '../../funds/public.ts';
import { type CreateDccInput, createDccInput, dccListQuery } from './model.ts';
import { DCC_REQUEST } from './records.ts';
import { allowedDccActions, DCC_CHECKLIST, DCC_CHECKLIST_LABELS, type DccStatus } from './rules/dcc-status.ts';
import { DCC_DOCUMENT_LABELS, type DccDocumentKind, editionOn, editionRow } from './rules/editions.ts';
import { financeableCents } from './rules/financing.ts';
import { dccDisbursementSources, dccDisbursements, dccDocuments, dccRequests } from './schema.ts';

export type DccRow = typeof dccRequests.$inferSelect;
export const AREA = 'special-programs' as const;

/** What has been disbursed against a request: a sum over its disbursements, never a stored counter. */
export const disbursedSql =
  sql<number>`(select coalesce(sum(d.amount_cents), 0) from dcc_disbursements d where d.request_id = "dcc_requests"."id")`.mapWith(Number);

async function nextReference(tx: Tx, partnerCode: string, awardDate: string): Promise<string> {
  const year = awardDate.slice(0, 4);
  const prefix = `${partnerCode}-DCC-${year}-`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`dcc-reference:${prefix}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(dccRequests)
    .where(sql`${dccRequests.reference} like ${`${prefix}%`}`);
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

export async function createDcc(db: Db, principal: Principal, raw: CreateDccInput, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createDccInput, raw);
  requireArea(principal, 'write', AREA, input.partnerCode);
  requireNotFuture(input.awardDate, today, 'awardDate');
  const edition = editionOn(input.awardDate);
  if (!edition)
    throw badRequest('No FMF/DCC guidelines edition is on record for that award date', [
      { path: 'awardDate', message: 'the first edition on record is January 2005' },
    ]);
  const id = await db.transaction(async (tx) => {
    const [partner] = await tx.select({ code: partners.code }).from(partners).where(eq(partners.code, input.partnerCode));
    if (!partner) throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner has the code ${input.partnerCode}` }]);
    if (input.appropriationId) await requireFmfGrant(tx, input.appropriationId, input.partnerCode);
    const [row] = await tx
      .insert(dccRequests)
      .values({ ...input, edition: edition.edition, reference: await nextReference(tx, input.partnerCode, input.awardDate) })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'dcc_request',
      action: 'dcc_request.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return row!.id;
  });
  return getDcc(db, principal, id);
}

/** The grant named must be FMF money allotted to the request's partner. */
export async function requireFmfGrant(tx: Db | Tx, appropriationId: string, partnerCode: string) {
  const [fund] = await tx.select().from(appropriations).where(eq(appropriations.id, appropriationId));
  if (!fund || fund.partnerCode !== partnerCode || !FMF_PROGRAMS.includes(fund.programCode))
    throw badRequest('Name an FMF grant allotted to this partner', [
      { path: 'appropriationId', message: `not an FMF appropriation allotted to ${partnerCode}` },
    ]);
  return fund;
}

/** The programs whose money finances direct commercial contracts: FMF, and FMF earmarked for DCC. */
export const FMF_PROGRAMS: readonly string[] = ['FMF', 'FMF-DCC'];

export async function getDcc(db: Db | Tx, principal: Principal, ref: string) {
  const row = await requireRecord(db, principal, DCC_REQUEST.read, ref);
  return dccView(db, row);
}

export async function dccView(db: Db | Tx, row: DccRow) {
  const [documents, disbursements] = await Promise.all([
    db
      .select()
      .from(dccDocuments)
      .where(eq(dccDocuments.requestId, row.id))
      .orderBy(asc(dccDocuments.receivedOn), asc(dccDocuments.createdAt)),
    db.select().from(dccDisbursements).where(eq(dccDisbursements.requestId, row.id)).orderBy(asc(dccDisbursements.disbursementOn)),
  ]);
  const sources = disbursements.length
    ? await db
        .select({
          disbursementId: dccDisbursementSources.disbursementId,
          appropriationId: dccDisbursementSources.appropriationId,
          appropriationName: appropriations.name,
          amountCents: dccDisbursementSources.amountCents,
        })
        .from(dccDisbursementSources)
        .innerJoin(appropriations, eq(appropriations.id, dccDisbursementSources.appropriationId))
        .where(
          inArray(
            dccDisbursementSources.disbursementId,
            disbursements.map((d) => d.id),
          ),
        )
    : [];
  const edition = editionRow(row.edition);
  const onFile = new Set(documents.map((d) => d.kind));
  const disbursedCents = disbursements.reduce((sum, d) => sum + d.amountCents, 0);
  return {
    id: row.id,
    reference: row.reference,
    partnerCode: row.partnerCode,
    primeContractor: row.primeContractor,
    contractNumber: row.contractNumber,
    contractValueCents: row.contractValueCents,
    nonUsContentCents: row.nonUsContentCents,
    financeableCents: financeableCents(row.contractValueCents, row.nonUsContentCents),
    approvedCents: row.approvedCents,
    disbursedCents,
    remainingCents: row.approvedCents === null ? null : row.approvedCents - disbursedCents,
    awardDate: row.awardDate,
    itemsAndServices: row.itemsAndServices,
    edition: row.edition,
    editionLabel: edition.label,
    editionSource: edition.source,
    status: row.status,
    appropriationId: row.appropriationId,
    decisionReason: row.decisionReason,
    decidedBy: row.decidedBy,
    decidedOn: row.decidedOn,
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      label: DCC_DOCUMENT_LABELS[d.kind],
      reference: d.reference,
      receivedOn: d.receivedOn,
      note: d.note,
      createdBy: d.createdBy,
    })),
    requiredDocuments: edition.requiredDocuments.map((kind) => ({ kind, label: DCC_DOCUMENT_LABELS[kind], onFile: onFile.has(kind) })),
    checklist: DCC_CHECKLIST.map((item) => ({ item, label: DCC_CHECKLIST_LABELS[item], done: row.checklist[item] === true })),
    disbursements: disbursements.map((d) => ({
      id: d.id,
      amountCents: d.amountCents,
      requestedOn: d.requestedOn,
      disbursementOn: d.disbursementOn,
      usFlagAttested: d.usFlagAttested,
      usFlagNote: d.usFlagNote,
      createdBy: d.createdBy,
      sources: sources
        .filter((s) => s.disbursementId === d.id)
        .map(({ appropriationId, appropriationName, amountCents }) => ({ appropriationId, appropriationName, amountCents })),
    })),
    allowedActions: allowedDccActions(row.status as DccStatus),
    version: row.version,
  };
}

export async function documentKindsOnFile(tx: Db | Tx, requestId: string): Promise<DccDocumentKind[]> {
  const rows = await tx.selectDistinct({ kind: dccDocuments.kind }).from(dccDocuments).where(eq(dccDocuments.requestId, requestId));
  return rows.map((r) => r.kind);
}

export async function listDcc(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(dccListQuery, raw);
  const where = and(
    scopeWhere(principal, dccRequests.partnerCode),
    query.partner ? eq(dccRequests.partnerCode, query.partner) : undefined,
    query.status ? eq(dccRequests.status, query.status) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: dccRequests.id,
        reference: dccRequests.reference,
        partnerCode: dccRequests.partnerCode,
        primeContractor: dccRequests.primeContractor,
        contractValueCents: dccRequests.contractValueCents,
        nonUsContentCents: dccRequests.nonUsContentCents,
        approvedCents: dccRequests.approvedCents,
        disbursedCents: disbursedSql,
        awardDate: dccRequests.awardDate,
        edition: dccRequests.edition,
        status: dccRequests.status,
      })
      .from(dccRequests)
      .where(where)
      .orderBy(desc(dccRequests.awardDate), asc(dccRequests.reference))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(dccRequests).where(where),
  ]);
  return {
    items: items.map(({ nonUsContentCents, ...r }) => ({
      ...r,
      financeableCents: financeableCents(r.contractValueCents, nonUsContentCents),
    })),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

/** Locks the request for a write at the version the client read. */
export async function lockDcc(tx: Tx, principal: Principal, ref: string, version: number) {
  const row = await requireRecord(tx, principal, DCC_REQUEST.write, ref, { lock: true });
  requireVersion(`DCC request ${row.reference}`, version, row.version);
  return row;
}
