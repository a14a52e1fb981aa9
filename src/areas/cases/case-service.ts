import type { z } from '@hono/zod-openapi';
import { and, asc, desc, eq, gte, ilike, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { decide } from '../../platform/access/policy.ts';
import { requireAccess, requireArea, requireInScope, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, unheldBy, unlessWithheld, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import { partners } from '../countries/public.ts';
import { type CaseHooks, transitionBlockers } from './hooks.ts';
import { requireMilestoneInOrder } from './milestone-guard.ts';
import { type CaseListQuery, type CreateCaseInput, caseListQuery, createCaseInput, milestoneInput } from './model.ts';
import { priced } from './pricing.ts';
import { CASE, LOR } from './records.ts';
import { formatCaseIdentifier, nextDesignator } from './rules/case-identifier.ts';
import { FUNDING_SOURCES, fundingSourceKey } from './rules/funding-sources.ts';
import { ACTION_LABELS, allowedActions, type CaseAction, type CaseStatus } from './rules/lifecycle.ts';
import { caseMilestones, cases, implementingAgencies, lettersOfRequest, loaVersions } from './schema.ts';
import { loadVersionContent, snapshotOf } from './version-content.ts';

export type CaseRow = typeof cases.$inferSelect;

/** Serialises designator allocation per partner and agency so concurrent creations never collide. */
async function lockDesignators(tx: Tx, partnerCode: string, agencyCode: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`case-designator:${partnerCode}-${agencyCode}`}))`);
}

/**
 * Opens a case in draft. From a LOR, the other areas' transition gates (`gates`, from the wiring) are asked first, inside
 * the transaction: a refusal opens nothing and leaves the LOR actionable.
 */
export async function createCase(
  db: Db,
  principal: Principal,
  raw: CreateCaseInput,
  gates: Pick<CaseHooks, 'transitionGates'> = { transitionGates: [] },
): Promise<CaseRow> {
  const parsed = parseInput(createCaseInput, raw);
  const input = { ...parsed, fundingSources: knownFundingSources(parsed.fundingSources) };
  requireInScope(principal, 'write', 'cases', input.partnerCode, `Partner ${input.partnerCode}`);
  return db.transaction(async (tx) => {
    const [partner] = await tx.select({ code: partners.code }).from(partners).where(eq(partners.code, input.partnerCode));
    if (!partner) throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner ${input.partnerCode}` }]);
    const [agency] = await tx.select().from(implementingAgencies).where(eq(implementingAgencies.code, input.agencyCode));
    if (!agency)
      throw badRequest('Unknown implementing agency', [{ path: 'agencyCode', message: `no implementing agency ${input.agencyCode}` }]);
    const lor = input.lorId ? await claimLor(tx, principal, input.lorId, input.partnerCode) : null;

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
    if (lor) {
      const blockers = await transitionBlockers(gates, tx, { caseId: row!.id, action: 'open_from_lor' });
      if (blockers.length)
        throw new AppError(
          409,
          'conflict',
          `A case cannot be opened from this letter of request yet: ${blockers.map((b) => b.reason).join('; ')}`,
          blockers.map((b) => ({ path: 'lorId', message: b.reason })),
        );
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

/** Each funding source a known program (rules/funding-sources.ts), stored by its key, once; 400 naming an unknown one. */
function knownFundingSources(named: readonly string[]): string[] {
  const keys = named.map((name, index) => {
    const key = fundingSourceKey(name);
    if (!key)
      throw badRequest('Unknown funding source', [
        { path: `fundingSources.${index}`, message: `not a known program: one of ${FUNDING_SOURCES.map((s) => s.key).join(', ')}` },
      ]);
    return key;
  });
  return [...new Set(keys)];
}

/** The LOR a case is written from, locked, through the one access path; one the writer cannot see is simply unknown here. */
async function claimLor(tx: Tx, principal: Principal, lorId: string, partnerCode: string) {
  const unknown = () =>
    badRequest('Unknown letter of request for this partner', [{ path: 'lorId', message: 'not a letter of request of this partner' }]);
  const [lor] = await requireAccess(tx, principal, LOR.write, [lorId], { lock: true }).catch((error: unknown) => {
    throw error instanceof AppError && error.status === 404 ? unknown() : error;
  });
  if (!lor || lor.partnerCode !== partnerCode) throw unknown();
  if (lor.status !== 'actionable') throw conflict(`The letter of request is ${lor.status}; a case is written from an actionable one`);
  return lor;
}

/** What a withheld case shows in a list: that it exists, nothing else (no partner, agency letter, designator, value). */
export const WITHHELD = 'Withheld: pending congressional notification';

/**
 * The case list, filtered and masked in SQL by the one policy: partners in scope only; a case the reader may not see
 * through (its markings) is listed masked, matches no filter on its content and sorts as if it had none.
 */
/**
 * The list counts the matching cases only up to this many past the page's end: the pager then says "1–50 of 1,050 or
 * more", and a page's cost stays bounded by the page, not by every case in scope (issue 18). Counts that must be exact
 * (work queues) ask for `exactTotal`.
 */
export const COUNT_AHEAD = 1000;

export async function listCases(
  db: Db,
  principal: Principal,
  raw: CaseListQuery = {},
  options: { exactTotal?: boolean; countAhead?: number } = {},
) {
  requireArea(principal, 'read', 'cases');
  const query = parseInput(caseListQuery, raw);
  const { where, hidden, filtered, column } = caseListing(principal, query);
  const order = query.dir === 'asc' ? asc : desc;
  const countCap = query.offset + query.limit + (options.countAhead ?? COUNT_AHEAD);
  const columns = {
    id: cases.id,
    withheld: hidden,
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
  };
  const select = (extra: SQL | undefined, by: SQL[], limit: number, offset: number) =>
    db
      .select(columns)
      .from(cases)
      .innerJoin(partners, eq(partners.code, cases.partnerCode))
      .where(and(where, extra))
      .orderBy(...by)
      .limit(limit)
      .offset(offset);
  // A withheld row sorts as if it had no content: the rows the reader may see come first in the order asked, then the
  // withheld ones in an order that says nothing about them. Sorting on the plain column (not a masked expression) lets
  // PostgreSQL read the page from the column's index instead of sorting every case in scope (issue 18).
  const byColumn = [order(column), asc(cases.identifier), asc(cases.id)];
  const mayListWithheld = unheldBy(principal).length > 0 && filtered === undefined;
  const page = async () => {
    if (!mayListWithheld) return select(undefined, byColumn, query.limit, query.offset);
    const seen = await select(sql`not ${hidden}`, byColumn, query.limit, query.offset);
    if (seen.length === query.limit) return seen;
    const seenTotal =
      seen.length > 0 || query.offset === 0
        ? query.offset + seen.length
        : ((await countCases(db, and(where, sql`not ${hidden}`), query.offset))[0]?.n ?? 0);
    const masked = await select(hidden, [asc(cases.id)], query.limit - seen.length, query.offset + seen.length - seenTotal);
    return [...seen, ...masked];
  };
  const [items, [count]] = await Promise.all([page(), countCases(db, where, options.exactTotal ? undefined : countCap)]);
  return {
    items: items.map(({ withheld, ...row }) =>
      withheld ? maskedSummary(row.id) : { ...row, withheld: false as const, updatedAt: row.updatedAt.toISOString() },
    ),
    total: count?.n ?? 0,
    /** False when the count stopped at its cap: there are `total` cases or more. */
    totalExact: options.exactTotal === true || (count?.n ?? 0) < countCap,
    limit: query.limit,
    offset: query.offset,
  };
}

/** The case list's filters, masking and order in SQL (GET /cases and its downloads). */
export function caseListing(principal: Principal, query: z.output<typeof caseListQuery>) {
  const hidden = withheldSql(principal, cases.markings);
  const shown = <T>(column: Parameters<typeof unlessWithheld>[2]) => unlessWithheld<T>(principal, cases.markings, column);
  const content: (SQL | undefined)[] = [];
  if (query.q) content.push(or(ilike(cases.identifier, containing(query.q.trim())), ilike(cases.title, containing(query.q.trim()))));
  if (query.partner) content.push(eq(cases.partnerCode, query.partner));
  if (query.agency) content.push(eq(cases.agencyCode, query.agency));
  if (query.status) content.push(eq(cases.status, query.status));
  if (query.type) content.push(eq(cases.type, query.type));
  if (query.minValueCents !== undefined) content.push(gte(cases.totalCents, query.minValueCents));
  if (query.maxValueCents !== undefined) content.push(lte(cases.totalCents, query.maxValueCents));
  const filtered = content.filter(Boolean).length ? and(sql`not ${hidden}`, ...content) : undefined;
  const sorts = {
    identifier: cases.identifier,
    partner: cases.partnerCode,
    status: cases.status,
    value: cases.totalCents,
    updated: cases.updatedAt,
  } as const;
  const order = query.dir === 'asc' ? asc : desc;
  return {
    where: and(scopeWhere(principal, cases.partnerCode), filtered),
    hidden,
    filtered,
    column: sorts[query.sort],
    // The list's order in one expression (for a download read in full): the rows the reader sees in the order asked,
    // then the withheld ones by id, which says nothing about them.
    exportOrder: [asc(hidden), order(shown(sorts[query.sort])), asc(shown(cases.identifier)), asc(cases.id)],
  };
}

function countCases(db: Db, where: SQL | undefined, cap: number | undefined) {
  if (cap === undefined) return db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where);
  const capped = db
    .select({ one: sql`1`.as('one') })
    .from(cases)
    .where(where)
    .limit(cap)
    .as('capped');
  return db.select({ n: sql<number>`count(*)::int` }).from(capped);
}

/** A withheld case as a list shows it: only that it exists. */
const maskedSummary = (id: string) => ({
  id,
  withheld: true as const,
  identifier: 'Withheld' as const,
  partnerCode: null,
  partnerName: null,
  agencyCode: null,
  type: null,
  title: WITHHELD,
  status: null,
  totalCents: null,
  caseManager: null,
  updatedAt: null,
});

/**
 * A case by id or identifier through the one access path: out of scope (or unknown) is "not found", withheld is
 * refused with why. Every read of a case or its parts (versions, documents, differences) starts here.
 */
export async function findCase(
  db: Db | Tx,
  principal: Principal,
  idOrIdentifier: string,
  action: 'read' | 'write' = 'read',
): Promise<CaseRow> {
  const { access: _access, ...row } = await requireRecord(db, principal, action === 'write' ? CASE.write : CASE.read, idOrIdentifier);
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

/** Everything the case page shows, in one call; the quality findings come from Case Writing's checks (`hooks.loaChecks`). */
export async function getCasePage(db: Db, hooks: CaseHooks, principal: Principal, idOrIdentifier: string, asOf = todayIso()) {
  const row = await findCase(db, principal, idOrIdentifier);
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
  const findings = hooks.loaChecks.run(snapshotOf(row.type, current, content), asOf);
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
  requireArea(principal, 'read', 'cases');
  return db.select().from(implementingAgencies).orderBy(asc(implementingAgencies.code));
}

/**
 * Sets (or, with onDate null, clears) a milestone date on the case the writer read (`version`; a stale one is a 409).
 * Returns the milestone and the case's new version.
 */
export async function setMilestone(db: Db, principal: Principal, idOrIdentifier: string, raw: unknown) {
  const input = parseInput(milestoneInput, raw);
  return db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, CASE.write, idOrIdentifier, { lock: true });
    requireVersion(`Case ${row.identifier}`, input.version, row.version);
    if (input.onDate !== null) await requireMilestoneInOrder(tx, row.id, input.milestone, input.onDate, 'onDate');
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
    await tx
      .update(cases)
      .set({ version: row.version + 1, updatedAt: new Date() })
      .where(eq(cases.id, row.id));
    await appendAudit(tx, principal, {
      entityType: 'case',
      action: 'case.milestone_set',
      entityId: row.id,
      countryCode: row.partnerCode,
      before: before ?? null,
      after: { milestone: input.milestone, onDate: input.onDate },
    });
    return { milestone: input.milestone, onDate: input.onDate, version: row.version + 1 };
  });
}
