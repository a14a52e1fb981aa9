import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { containing } from '../../../db/like.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { requireArea, requireInScope, requireRecord } from '../../../platform/access/require-access.ts';
import { hiddenSql, scopeWhere, unlessWithheld } from '../../../platform/access/scope-sql.ts';
import { appendAudit } from '../../../platform/audit/service.ts';
import { todayIso } from '../../../platform/dates.ts';
import { badRequest, conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { parseInput } from '../../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../../platform/records/guards.ts';
import { carryNoteIntoLoa, caseMarkingsOf, cases } from '../../cases/public.ts';
import { countryGroups, groupMemberships } from '../../countries/public.ts';
import { checkLinks } from '../npor/npor-service.ts';
import { weaponSystems } from '../schema.ts';
import {
  type CreateTsfdRequestInput,
  createPolicyInput,
  createTsfdRequestInput,
  determinationInput,
  linkInput,
  referInput,
  tsfdListQuery,
  withdrawInput,
} from './model.ts';
import { TSFD_POLICY, TSFD_REQUEST } from './records.ts';
import {
  conditionsOf,
  OPEN_TSFD_STATUSES,
  outcomeOf,
  policyInForce,
  TSFD_NOTE_CODE,
  TSFD_STATUS_LABELS,
  type TsfdStatus,
  tsfdNoteText,
} from './rules/tsfd-workflow.ts';
import { tsfdPolicies, tsfdRequests, tsfdReviews } from './schema.ts';

const AREA = 'weapons' as const;
type RequestRow = typeof tsfdRequests.$inferSelect;
type PolicyRow = typeof tsfdPolicies.$inferSelect;

// ---------------------------------------------------------------------------------------------------------------------
// Reads: every one filters out what carries the `tsfd` marking when the reader does not hold it (hiddenSql)

function summaryQuery(db: Db | Tx, principal: Principal) {
  return db
    .select({
      row: tsfdRequests,
      systemName: weaponSystems.name,
      caseIdentifier: unlessWithheld<string>(principal, caseMarkingsOf(tsfdRequests.caseId), cases.identifier),
    })
    .from(tsfdRequests)
    .innerJoin(weaponSystems, eq(weaponSystems.id, tsfdRequests.systemId))
    .leftJoin(cases, eq(cases.id, tsfdRequests.caseId));
}

const summary = ({ row, systemName, caseIdentifier }: { row: RequestRow; systemName: string; caseIdentifier: string | null }) => {
  const { markings: _m, ...rest } = row;
  return {
    ...rest,
    systemName,
    caseIdentifier,
    statusLabel: TSFD_STATUS_LABELS[row.status],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
};

/** The conditions of every list read of TSFD requests: scope, need-to-know, and the filters. */
export function requestConditions(
  principal: Principal,
  query: { status?: TsfdStatus; partner?: string; caseId?: string; systemId?: string; q?: string | undefined },
) {
  const conditions: (SQL | undefined)[] = [
    scopeWhere(principal, tsfdRequests.partnerCode),
    sql`not ${hiddenSql(principal, tsfdRequests.markings)}`,
    query.status ? eq(tsfdRequests.status, query.status) : undefined,
    query.partner ? eq(tsfdRequests.partnerCode, query.partner) : undefined,
    query.systemId ? eq(tsfdRequests.systemId, query.systemId) : undefined,
    query.q
      ? or(
          ilike(tsfdRequests.reference, containing(query.q)),
          ilike(tsfdRequests.title, containing(query.q)),
          sql`exists (select 1 from ${weaponSystems} s where s.id = ${tsfdRequests.systemId} and s.name ilike ${containing(query.q)})`,
        )
      : undefined,
    query.caseId
      ? and(
          eq(tsfdRequests.caseId, query.caseId),
          sql`${unlessWithheld<string>(principal, caseMarkingsOf(tsfdRequests.caseId), sql`'x'`)} is not null`,
        )
      : undefined,
  ];
  return and(...conditions);
}

export async function listTsfdRequests(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(tsfdListQuery, raw);
  const where = requestConditions(principal, query);
  const [rows, [total]] = await Promise.all([
    summaryQuery(db, principal)
      .where(where)
      .orderBy(desc(tsfdRequests.priority), desc(tsfdRequests.preLorAssessmentOn), desc(tsfdRequests.reference))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(tsfdRequests).where(where),
  ]);
  return { items: rows.map(summary), total: total?.n ?? 0 };
}

const policyView = (row: PolicyRow, today: string) => {
  const { markings: _m, createdAt: _c, ...rest } = row;
  return { ...rest, inForce: policyInForce(row, today) };
};

/** The anticipatory policies in force on `on` for a group the partner belongs to that day, over the system or one of the areas. */
async function coveringPolicies(db: Db | Tx, request: RequestRow, on: string) {
  const rows = await db
    .select()
    .from(tsfdPolicies)
    .where(
      and(
        sql`exists (select 1 from ${groupMemberships} m where m.group_code = ${tsfdPolicies.groupCode}
          and m.partner_code = ${request.partnerCode} and m.from_date <= ${on} and (m.to_date is null or m.to_date >= ${on}))`,
        or(
          eq(tsfdPolicies.systemId, request.systemId),
          sql`${tsfdPolicies.technologyAreas} && ${sql.param(request.technologyAreas)}::text[]`,
        ),
      ),
    )
    .orderBy(asc(tsfdPolicies.effectiveOn));
  return rows.filter((p) => policyInForce(p, on)).map((p) => policyView(p, on));
}

async function reviewsOf(db: Db | Tx, requestId: string) {
  return db
    .select()
    .from(tsfdReviews)
    .where(eq(tsfdReviews.requestId, requestId))
    .orderBy(asc(tsfdReviews.referredOn), asc(tsfdReviews.body));
}

async function detail(db: Db | Tx, principal: Principal, id: string, today = todayIso()) {
  const [row] = await summaryQuery(db, principal).where(eq(tsfdRequests.id, id));
  if (!row) throw notFound(`TSFD request ${id}`);
  const reviews = await reviewsOf(db, id);
  return {
    ...summary(row),
    reviews: reviews.map(({ requestId: _r, version: _v, ...r }) => r),
    policies: await coveringPolicies(db, row.row, today),
    conditions: conditionsOf(reviews),
  };
}

export async function getTsfdRequest(db: Db, principal: Principal, id: string) {
  await requireRecord(db, principal, TSFD_REQUEST.read, id);
  return detail(db, principal, id);
}

// ---------------------------------------------------------------------------------------------------------------------
// Writes

async function nextReference(tx: Tx, year: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('iops.weapons.tsfd_requests'))`);
  const prefix = `TSFD-${year}-`;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(tsfdRequests)
    .where(sql`${tsfdRequests.reference} like ${`${prefix}%`}`);
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

type TsfdMove = 'received' | 'referred' | 'determined' | 'withdrawn' | 'linked';
const audit = (tx: Tx, principal: Principal, row: RequestRow, action: TsfdMove, before: unknown, after: unknown) =>
  appendAudit(tx, principal, {
    entityType: 'tsfd_request',
    action: `tsfd_request.${action}`,
    entityId: row.id,
    countryCode: row.partnerCode,
    before: before as Record<string, unknown> | null,
    after: after as Record<string, unknown> | null,
  });

/** Records a Pre-LOR Assessment Request as a TSFD request (DSCA 16-26, 25-16). */
export async function createTsfdRequest(db: Db, principal: Principal, raw: CreateTsfdRequestInput, today = todayIso()) {
  const input = parseInput(createTsfdRequestInput, raw);
  requireInScope(principal, 'write', AREA, input.partnerCode, `Partner ${input.partnerCode}`);
  requireNotFuture(input.preLorAssessmentOn, today, 'preLorAssessmentOn');
  return db.transaction(async (tx) => {
    const [system] = await tx.select().from(weaponSystems).where(eq(weaponSystems.id, input.systemId));
    if (!system) throw badRequest('Unknown weapons system', [{ path: 'systemId', message: 'not a system of the catalogue' }]);
    const technologyAreas = input.technologyAreas ?? system.technologyAreas;
    if (!technologyAreas.length)
      throw badRequest('Name the technology areas the request involves', [
        { path: 'technologyAreas', message: `at least one (${system.name} lists none)` },
      ]);
    const { caseRef: _c, ...fields } = input;
    const links = await checkLinks(tx, principal, input.partnerCode, input);
    const reference = await nextReference(tx, input.preLorAssessmentOn.slice(0, 4));
    const [row] = await tx
      .insert(tsfdRequests)
      .values({ ...fields, ...links, technologyAreas: [...new Set(technologyAreas)], reference })
      .returning();
    await audit(tx, principal, row!, 'received', null, row);
    return detail(tx, principal, row!.id, today);
  });
}

async function lockOpen(tx: Tx, principal: Principal, id: string, version: number) {
  const { access: _a, ...row } = await requireRecord(tx, principal, TSFD_REQUEST.write, id, { lock: true });
  requireVersion(`TSFD request ${row.reference}`, version, row.version);
  if (!OPEN_TSFD_STATUSES.includes(row.status))
    throw conflict(`TSFD request ${row.reference} is ${TSFD_STATUS_LABELS[row.status].toLowerCase()}; it is no longer open`);
  return row;
}

/** The case a request's approval conditions go to: the linked case, else the case made from the linked LOR. */
async function caseOf(tx: Tx, row: Pick<RequestRow, 'caseId' | 'lorId'>): Promise<string | null> {
  if (row.caseId) return row.caseId;
  if (!row.lorId) return null;
  const [made] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.lorId, row.lorId));
  return made?.id ?? null;
}

/**
 * Carries every approved condition of the TSFD requests concerning a case into its LOA's TSFD note, while the LOA is a
 * draft (issue 15: "conditions carry into the LOA's notes"). The gate checks the note is there before the LOA moves on.
 */
export async function carryConditions(tx: Tx, principal: Principal, caseId: string): Promise<boolean> {
  const requests = await requestsForCase(tx, caseId);
  const conditions = requests.filter((r) => r.status === 'approved_with_conditions').flatMap((r) => r.conditions);
  const note = conditions.length
    ? { title: 'Technology security and foreign disclosure conditions', text: tsfdNoteText(conditions) }
    : null;
  return carryNoteIntoLoa(tx, principal, caseId, TSFD_NOTE_CODE, note);
}

/** Refers the request to a reviewing body (or review process); the request is then in review. */
export async function referTsfdRequest(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(referInput, raw);
  return db.transaction(async (tx) => {
    const before = await lockOpen(tx, principal, id, input.version);
    requireNotFuture(input.referredOn, today, 'referredOn');
    if (input.referredOn < before.preLorAssessmentOn)
      throw badRequest('A referral follows the Pre-LOR Assessment Request', [
        { path: 'referredOn', message: `on or after ${before.preLorAssessmentOn}` },
      ]);
    const [review] = await tx
      .insert(tsfdReviews)
      .values({ requestId: id, body: input.body, technologyArea: input.technologyArea, referredOn: input.referredOn })
      .onConflictDoNothing()
      .returning();
    if (!review) throw badRequest('Already referred to this body', [{ path: 'body', message: `${input.body} already reviews it` }]);
    const status = outcomeOf(await reviewsOf(tx, id));
    const [after] = await tx
      .update(tsfdRequests)
      .set({ status, version: before.version + 1, updatedAt: new Date() })
      .where(eq(tsfdRequests.id, id))
      .returning();
    await audit(tx, principal, after!, 'referred', { status: before.status }, { status, review });
    return detail(tx, principal, id, today);
  });
}

/** One body's determination; when every body has determined, the request's outcome follows (rules/tsfd-workflow.ts). */
export async function recordDetermination(db: Db, principal: Principal, id: string, reviewId: string, raw: unknown, today = todayIso()) {
  const input = parseInput(determinationInput, raw);
  return db.transaction(async (tx) => {
    const before = await lockOpen(tx, principal, id, input.version);
    requireNotFuture(input.determinedOn, today, 'determinedOn');
    const [review] = await tx
      .select()
      .from(tsfdReviews)
      .where(and(eq(tsfdReviews.id, reviewId), eq(tsfdReviews.requestId, id)))
      .for('update');
    if (!review) throw notFound(`Review ${reviewId} of TSFD request ${before.reference}`);
    if (review.determination) throw conflict(`${review.body} has already determined (${review.determination.replaceAll('_', ' ')})`);
    if (input.determinedOn < review.referredOn)
      throw badRequest('A determination follows the referral', [{ path: 'determinedOn', message: `on or after ${review.referredOn}` }]);
    await tx
      .update(tsfdReviews)
      .set({
        determination: input.determination,
        conditions: input.conditions,
        determinedOn: input.determinedOn,
        version: review.version + 1,
      })
      .where(eq(tsfdReviews.id, reviewId));
    const status = outcomeOf(await reviewsOf(tx, id));
    const decided = !OPEN_TSFD_STATUSES.includes(status);
    const [after] = await tx
      .update(tsfdRequests)
      .set({ status, decidedOn: decided ? input.determinedOn : null, version: before.version + 1, updatedAt: new Date() })
      .where(eq(tsfdRequests.id, id))
      .returning();
    await audit(
      tx,
      principal,
      after!,
      'determined',
      { status: before.status },
      { status, body: review.body, determination: input.determination, conditions: input.conditions, determinedOn: input.determinedOn },
    );
    const caseId = decided ? await caseOf(tx, after!) : null;
    if (caseId) await carryConditions(tx, principal, caseId);
    return detail(tx, principal, id, today);
  });
}

export async function withdrawTsfdRequest(db: Db, principal: Principal, id: string, raw: unknown) {
  const input = parseInput(withdrawInput, raw);
  return db.transaction(async (tx) => {
    const before = await lockOpen(tx, principal, id, input.version);
    const [after] = await tx
      .update(tsfdRequests)
      .set({ status: 'withdrawn', withdrawnReason: input.reason, version: before.version + 1, updatedAt: new Date() })
      .where(eq(tsfdRequests.id, id))
      .returning();
    await audit(tx, principal, after!, 'withdrawn', { status: before.status }, { status: 'withdrawn', reason: input.reason });
    return detail(tx, principal, id);
  });
}

/** Links the request to the LOR and case that followed its Pre-LOR assessment; approved conditions then go to the case. */
export async function linkTsfdRequest(db: Db, principal: Principal, id: string, raw: unknown) {
  const input = parseInput(linkInput, raw);
  return db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, TSFD_REQUEST.write, id, { lock: true });
    requireVersion(`TSFD request ${before.reference}`, input.version, before.version);
    const links = await checkLinks(tx, principal, before.partnerCode, input);
    const [after] = await tx
      .update(tsfdRequests)
      .set({ ...links, version: before.version + 1, updatedAt: new Date() })
      .where(eq(tsfdRequests.id, id))
      .returning();
    await audit(tx, principal, after!, 'linked', { caseId: before.caseId, lorId: before.lorId }, links);
    const caseId = await caseOf(tx, after!);
    if (caseId) await carryConditions(tx, principal, caseId);
    return detail(tx, principal, id);
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// Anticipatory policies

export async function listTsfdPolicies(db: Db, principal: Principal, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const rows = await db
    .select()
    .from(tsfdPolicies)
    .where(sql`not ${hiddenSql(principal, tsfdPolicies.markings)}`)
    .orderBy(desc(tsfdPolicies.effectiveOn), asc(tsfdPolicies.title));
  return rows.map((p) => policyView(p, today));
}

export async function getTsfdPolicy(db: Db, principal: Principal, id: string, today = todayIso()) {
  const { access: _a, ...row } = await requireRecord(db, principal, TSFD_POLICY.read, id);
  return policyView(row, today);
}

export async function createTsfdPolicy(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  if (!principal.needToKnow.includes('tsfd')) throw forbidden('Not allowed: recording a TSFD policy needs TSFD need-to-know');
  const input = parseInput(createPolicyInput, raw);
  return db.transaction(async (tx) => {
    const [group] = await tx.select().from(countryGroups).where(eq(countryGroups.code, input.groupCode));
    if (!group) throw badRequest('Unknown country group', [{ path: 'groupCode', message: 'not a country group' }]);
    if (input.systemId) {
      const [system] = await tx.select().from(weaponSystems).where(eq(weaponSystems.id, input.systemId));
      if (!system) throw badRequest('Unknown weapons system', [{ path: 'systemId', message: 'not a system of the catalogue' }]);
    }
    const [row] = await tx.insert(tsfdPolicies).values(input).returning();
    await appendAudit(tx, principal, { entityType: 'tsfd_policy', action: 'tsfd_policy.recorded', entityId: row!.id, after: row });
    return policyView(row!, today);
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// For the gates (no principal: they decide for the case, and say nothing of the requests)

/** The TSFD requests concerning a case (linked to it or to its LOR) with their approved conditions. */
export async function requestsForCase(db: Db | Tx, caseId: string) {
  const rows = await db
    .select({ id: tsfdRequests.id, status: tsfdRequests.status })
    .from(tsfdRequests)
    .where(
      or(eq(tsfdRequests.caseId, caseId), sql`${tsfdRequests.lorId} = (select ${cases.lorId} from ${cases} where ${cases.id} = ${caseId})`),
    )
    .orderBy(asc(tsfdRequests.reference));
  const out: { status: TsfdStatus; conditions: string[] }[] = [];
  for (const r of rows)
    out.push({ status: r.status, conditions: r.status === 'approved_with_conditions' ? conditionsOf(await reviewsOf(db, r.id)) : [] });
  return out;
}

/**
 * The systems a TSFD request can name, with their technology areas (the catalogue's own screens are part A's: this is
 * the short list a request form needs). Not a partner's record: any reader of the area sees it.
 */
export async function systemOptions(db: Db, principal: Principal) {
  requireArea(principal, 'read', AREA);
  return db
    .select({ id: weaponSystems.id, name: weaponSystems.name, technologyAreas: weaponSystems.technologyAreas })
    .from(weaponSystems)
    .orderBy(asc(weaponSystems.name));
}
