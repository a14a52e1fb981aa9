import { and, asc, desc, eq, gte, ilike, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { decide } from '../../platform/access/policy.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict, notFound } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { runQualityChecks } from '../case-writing/quality-checks.ts';
import { partners } from '../countries/schema.ts';
import { partnerScope } from '../countries/service.ts';
import { requireRecordAccess } from './access.ts';
import { type CaseListQuery, type CreateCaseInput, caseListQuery, createCaseInput, milestoneInput } from './model.ts';
import { priced } from './pricing.ts';
import { formatCaseIdentifier, nextDesignator } from './rules/case-identifier.ts';
import { ACTION_LABELS, allowedActions, type CaseAction, type CaseStatus } from './rules/lifecycle.ts';
import { caseMilestones, cases, implementingAgencies, lettersOfRequest, loaVersions } from './schema.ts';
import { maskSummary, requireNotWithheld, withheldCaseIds } from './sensitivity.ts';
import { loadVersionContent, snapshotOf } from './version-content.ts';

export type CaseRow = typeof cases.$inferSelect;

/** Serialises designator allocation per partner and agency so concurrent creations never collide. */
async function lockDesignators(tx: Tx, partnerCode: string, agencyCode: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`case-designator:${partnerCode}-${agencyCode}`}))`);
}

export async function createCase(db: Db, principal: Principal, raw: CreateCaseInput): Promise<CaseRow> {
  const input = parseInput(createCaseInput, raw);
  requireRecordAccess(principal, 'write', 'cases', input.partnerCode, `Partner ${input.partnerCode}`);
  return db.transaction(async (tx) => {
    const [partner] = await tx.select({ code: partners.code }).from(partners).where(eq(partners.code, input.partnerCode));
    if (!partner) throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner ${input.partnerCode}` }]);
    const [agency] = await tx.select().from(implementingAgencies).where(eq(implementingAgencies.code, input.agencyCode));
    if (!agency)
      throw badRequest('Unknown implementing agency', [{ path: 'agencyCode', message: `no implementing agency ${input.agencyCode}` }]);
    const lor = input.lorId ? await claimLor(tx, input.lorId, input.partnerCode) : null;

    await lockDesignators(tx, input.partnerCode, input.agencyCode);
    const used = await tx
      .select({ d: cases.designator })
      .from(cases)
      .where(and(eq(cases.partnerCode, input.partnerCode), eq(cases.agencyCode, input.agencyCode)));
    const designator = nextDesignator(used.map((u) => u.d));
    if (!designator) throw conflict(`Every designator for ${input.partnerCode}-${input.agencyCode} is in use`);
    const identifier = formatCaseIdentifier({ customerCode: input.partnerCode, agency: input.agencyCode, designator });

    const [row] = await tx
      .insert(cases)
      .values({ ...input, designator, identifier, status: 'draft' })
      .returning();
    await tx.insert(loaVersions).values({
      caseId: row!.id,
      number: 0,
      kind: 'basic',
      surchargeBasisPoints: priced(row!.type, { acceptedOn: null, offerDate: null }, [], 0).surchargeBasisPoints,
    });
    if (lor) {
      await tx
        .update(lettersOfRequest)
        .set({ status: 'converted', caseId: row!.id, version: lor.version + 1 })
        .where(eq(lettersOfRequest.id, lor.id));
      await tx
        .insert(caseMilestones)
        .values([
          { caseId: row!.id, milestone: 'lor_received', onDate: lor.receivedOn },
          ...(lor.completeOn ? [{ caseId: row!.id, milestone: 'lor_complete', onDate: lor.completeOn }] : []),
        ]);
    }
    await appendAudit(tx, principal, {
      entityType: 'case',
      action: 'case.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return row!;
  });
}

async function claimLor(tx: Tx, lorId: string, partnerCode: string) {
  const [lor] = await tx.select().from(lettersOfRequest).where(eq(lettersOfRequest.id, lorId)).for('update');
  if (!lor || lor.partnerCode !== partnerCode)
    throw badRequest('Unknown letter of request for this partner', [{ path: 'lorId', message: 'not a letter of request of this partner' }]);
  if (lor.status !== 'actionable') throw conflict(`The letter of request is ${lor.status}; a case is written from an actionable one`);
  return lor;
}

const SORTS = {
  identifier: cases.identifier,
  partner: cases.partnerCode,
  status: cases.status,
  value: cases.totalCents,
  updated: cases.updatedAt,
} as const;

export async function listCases(db: Db, principal: Principal, raw: CaseListQuery = {}) {
  requireAccess(principal, 'read', { area: 'cases' });
  const query = parseInput(caseListQuery, raw);
  const conditions: (SQL | undefined)[] = [partnerScope(principal, cases.partnerCode)];
  if (query.q) conditions.push(or(ilike(cases.identifier, `%${query.q.trim()}%`), ilike(cases.title, `%${query.q.trim()}%`)));
  if (query.partner) conditions.push(eq(cases.partnerCode, query.partner));
  if (query.agency) conditions.push(eq(cases.agencyCode, query.agency));
  if (query.status) conditions.push(eq(cases.status, query.status));
  if (query.type) conditions.push(eq(cases.type, query.type));
  if (query.minValueCents !== undefined) conditions.push(gte(cases.totalCents, query.minValueCents));
  if (query.maxValueCents !== undefined) conditions.push(lte(cases.totalCents, query.maxValueCents));
  const where = and(...conditions);
  const order = query.dir === 'asc' ? asc : desc;
  const [items, [count]] = await Promise.all([
    db
      .select({
        id: cases.id,
        identifier: cases.identifier,
        partnerCode: cases.partnerCode,
        partnerName: partners.name,
        agencyCode: cases.agencyCode,
        type: cases.type,
        title: cases.title,
        status: cases.status,
        totalCents: cases.totalCents,
        caseManager: cases.caseManager,
        updatedAt: cases.updatedAt,
      })
      .from(cases)
      .innerJoin(partners, eq(partners.code, cases.partnerCode))
      .where(where)
      .orderBy(order(SORTS[query.sort]), asc(cases.identifier))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where),
  ]);
  const withheld = await withheldCaseIds(db, principal, items);
  return {
    items: items.map((i) => {
      const row = { ...i, updatedAt: i.updatedAt.toISOString() };
      return withheld.has(i.id) ? maskSummary(row) : row;
    }),
    total: count?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

/** Finds a case by id or identifier, checking the reader may see it (out of scope reads as not found). */
export async function findCase(
  db: Db | Tx,
  principal: Principal,
  idOrIdentifier: string,
  action: 'read' | 'write' = 'read',
): Promise<CaseRow> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(idOrIdentifier);
  const [row] = await db
    .select()
    .from(cases)
    .where(isUuid ? eq(cases.id, idOrIdentifier) : eq(cases.identifier, idOrIdentifier.toUpperCase()));
  if (!row) throw notFound(`Case ${idOrIdentifier}`);
  requireRecordAccess(principal, 'read', 'cases', row.partnerCode, `Case ${idOrIdentifier}`);
  if (action === 'write') requireAccess(principal, 'write', { area: 'cases', countryCode: row.partnerCode });
  return row;
}

/** Reviewer moves belong to Case Writing; the rest to whoever writes cases. */
export const areaOfAction = (action: CaseAction) => (action === 'approve' || action === 'return' ? 'case-writing' : 'cases');

/** The moves this user may make now; an offer is recorded expired only once its expiration date has passed. */
export function nextActions(principal: Principal, row: CaseRow, offerExpirationDate: string | null = null, today = todayIso()) {
  return allowedActions(row.status as CaseStatus)
    .filter((action) => decide(principal, 'write', { area: areaOfAction(action), countryCode: row.partnerCode }).allowed)
    .filter((action) => action !== 'expire_offer' || (offerExpirationDate !== null && today > offerExpirationDate))
    .map((action) => ({ action, label: ACTION_LABELS[action] }));
}

/** Everything the case page shows, in one call. */
export async function getCasePage(db: Db, principal: Principal, idOrIdentifier: string, asOf = todayIso()) {
  const row = await findCase(db, principal, idOrIdentifier);
  await requireNotWithheld(db, principal, row);
  const [versions, milestones, [partner]] = await Promise.all([
    db.select().from(loaVersions).where(eq(loaVersions.caseId, row.id)).orderBy(asc(loaVersions.number)),
    db
      .select({ milestone: caseMilestones.milestone, onDate: caseMilestones.onDate })
      .from(caseMilestones)
      .where(eq(caseMilestones.caseId, row.id)),
    db.select({ name: partners.name }).from(partners).where(eq(partners.code, row.partnerCode)),
  ]);
  const current = versions[versions.length - 1]!;
  const content = await loadVersionContent(db, current.id);
  const findings = runQualityChecks(snapshotOf(row.type, current, content), asOf);
  return {
    case: {
      ...row,
      partnerName: partner?.name ?? row.partnerCode,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    },
    versions: versions.map(({ createdAt, ...v }) => ({ ...v, createdAt: createdAt.toISOString() })),
    current: { number: current.number, ...content },
    milestones,
    findings,
    nextActions: nextActions(principal, row, versions[0]?.offerExpirationDate ?? null, asOf),
  };
}

export async function listImplementingAgencies(db: Db, principal: Principal) {
  requireAccess(principal, 'read', { area: 'cases' });
  return db.select().from(implementingAgencies).orderBy(asc(implementingAgencies.code));
}

export async function setMilestone(db: Db, principal: Principal, idOrIdentifier: string, raw: unknown) {
  const input = parseInput(milestoneInput, raw);
  return db.transaction(async (tx) => {
    const row = await findCase(tx, principal, idOrIdentifier, 'write');
    const [before] = await tx
      .select()
      .from(caseMilestones)
      .where(and(eq(caseMilestones.caseId, row.id), eq(caseMilestones.milestone, input.milestone)));
    if (input.onDate === null) {
      await tx.delete(caseMilestones).where(and(eq(caseMilestones.caseId, row.id), eq(caseMilestones.milestone, input.milestone)));
    } else {
      await tx
        .insert(caseMilestones)
        .values({ caseId: row.id, milestone: input.milestone, onDate: input.onDate })
        .onConflictDoUpdate({ target: [caseMilestones.caseId, caseMilestones.milestone], set: { onDate: input.onDate } });
    }
    await appendAudit(tx, principal, {
      entityType: 'case',
      action: 'case.milestone_set',
      entityId: row.id,
      countryCode: row.partnerCode,
      before: before ?? null,
      after: input,
    });
    return input;
  });
}
