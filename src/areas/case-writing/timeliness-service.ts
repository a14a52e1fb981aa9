// Timeliness of LOA development (LOR to offer) for the cases offered in a period, scoped in SQL to the reader's
// partners; the targets table, kept by administrators; and the case development group each case is assigned.
import { and, asc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { decide, type Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict, notFound } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import { CASE, caseMilestones, cases, implementingAgencies } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { timelinessTargets } from './schema.ts';
import { aggregate, caseTimeliness, offerMonth, summarise, type TimelinessBucket } from './timeliness.ts';
import {
  endTargetInput,
  offerGroupInput,
  type TimelinessQuery,
  type TimelinessTargetInput,
  timelinessQuery,
  timelinessTargetInput,
} from './timeliness-model.ts';

type TargetRow = typeof timelinessTargets.$inferSelect;

const targetView = (t: TargetRow) => ({ ...t, createdAt: t.createdAt.toISOString() });

/** The first day of the month eleven months before `to`: twelve whole months of offers by default. */
export function defaultFrom(to: string): string {
  const [y, m] = to.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 11;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export async function timelinessReport(db: Db, principal: Principal, raw: TimelinessQuery = {}) {
  requireArea(principal, 'read', 'case-writing');
  const query = parseInput(timelinessQuery, raw);
  const to = query.to ?? todayIso();
  const from = query.from ?? defaultFrom(to);
  if (from > to) throw badRequest('The period ends before it starts', [{ path: 'from', message: `must be on or before ${to}` }]);

  const offered = alias(caseMilestones, 'offered');
  const received = alias(caseMilestones, 'lor_received');
  const complete = alias(caseMilestones, 'lor_complete');
  // A case withheld from the reader (pending congressional notification) is left out of the rows and every figure: the
  // report is by partner and agency, where even a masked row would pair the purchaser with a pending sale.
  const conditions: (SQL | undefined)[] = [
    scopeWhere(principal, cases.partnerCode),
    sql`not ${withheldSql(principal, cases.markings)}`,
    gte(offered.onDate, from),
    lte(offered.onDate, to),
  ];
  if (query.agency) conditions.push(eq(cases.agencyCode, query.agency));
  if (query.partner) conditions.push(eq(cases.partnerCode, query.partner));

  const [found, targets] = await Promise.all([
    db
      .select({
        caseId: cases.id,
        identifier: cases.identifier,
        partnerCode: cases.partnerCode,
        partnerName: partners.name,
        agencyCode: cases.agencyCode,
        agencyName: implementingAgencies.name,
        title: cases.title,
        status: cases.status,
        offerGroup: cases.offerGroup,
        lorReceivedOn: received.onDate,
        lorCompleteOn: complete.onDate,
        offeredOn: offered.onDate,
      })
      .from(cases)
      .innerJoin(offered, and(eq(offered.caseId, cases.id), eq(offered.milestone, 'offered')))
      .innerJoin(partners, eq(partners.code, cases.partnerCode))
      .innerJoin(implementingAgencies, eq(implementingAgencies.code, cases.agencyCode))
      .leftJoin(received, and(eq(received.caseId, cases.id), eq(received.milestone, 'lor_received')))
      .leftJoin(complete, and(eq(complete.caseId, cases.id), eq(complete.milestone, 'lor_complete')))
      .where(and(...conditions))
      .orderBy(asc(offered.onDate), asc(cases.identifier)),
    db.select().from(timelinessTargets),
  ]);

  const rows = found.map((c) => {
    const result = caseTimeliness(c, targets);
    return {
      ...c,
      startMilestone: result.startMilestone,
      startedOn: result.startedOn,
      days: result.days,
      targetDays: result.target?.days ?? null,
      targetSharePercent: result.target?.sharePercent ?? null,
      targetSource: result.target?.source ?? null,
      targetVerified: result.target?.verified ?? null,
      onTime: result.onTime,
      reason: result.reason,
      target: result.target,
    };
  });
  const agencyNames = new Map(rows.map((r) => [r.agencyCode, r.agencyName]));
  const label = (bucket: TimelinessBucket, name: string) => ({ ...bucket, label: name });
  return {
    from,
    to,
    rows: rows.map(({ target: _t, ...row }) => row),
    overall: label(summarise('all', rows), 'All cases'),
    byAgency: aggregate(rows, (r) => r.agencyCode).map((b) => label(b, agencyNames.get(b.key) ?? b.key)),
    byMonth: aggregate(rows, offerMonth).map((b) => label(b, b.key)),
  };
}

export type TimelinessReport = Awaited<ReturnType<typeof timelinessReport>>;

export async function listTimelinessTargets(db: Db, principal: Principal) {
  requireArea(principal, 'read', 'case-writing');
  const rows = await db
    .select()
    .from(timelinessTargets)
    .orderBy(sql`${timelinessTargets.caseGroup} nulls first`, asc(timelinessTargets.effectiveFrom), asc(timelinessTargets.createdAt));
  return rows.map(targetView);
}

/** Timeliness targets are policy, a rule table of Case Writing: kept by those who administer the area. */
const requireTargetKeeper = (principal: Principal) => requireArea(principal, 'administer', 'case-writing');

/** A change of policy is a new dated row, never an edit of the old one. */
export async function addTimelinessTarget(db: Db, principal: Principal, raw: TimelinessTargetInput) {
  requireTargetKeeper(principal);
  const input = parseInput(timelinessTargetInput, raw);
  if (input.effectiveTo !== null && input.effectiveTo < input.effectiveFrom) {
    throw badRequest('The target ends before it starts', [{ path: 'effectiveTo', message: `must be on or after ${input.effectiveFrom}` }]);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(timelinessTargets).values(input).returning();
    await appendAudit(tx, principal, { entityType: 'timeliness_target', action: 'timeliness_target.added', entityId: row!.id, after: row });
    return targetView(row!);
  });
}

/** Ends a target on a date (its last day in force), e.g. when a later policy replaces it. */
export async function endTimelinessTarget(db: Db, principal: Principal, id: string, raw: unknown) {
  requireTargetKeeper(principal);
  const input = parseInput(endTargetInput, raw);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(timelinessTargets).where(eq(timelinessTargets.id, id)).for('update');
    if (!before) throw notFound('Timeliness target');
    if (input.effectiveTo < before.effectiveFrom)
      throw badRequest('The target would end before it starts', [
        { path: 'effectiveTo', message: `must be on or after ${before.effectiveFrom}` },
      ]);
    if (before.effectiveTo !== null && before.effectiveTo <= input.effectiveTo)
      throw conflict(`The target already ends on ${before.effectiveTo}`);
    const [after] = await tx
      .update(timelinessTargets)
      .set({ effectiveTo: input.effectiveTo })
      .where(eq(timelinessTargets.id, id))
      .returning();
    await appendAudit(tx, principal, { entityType: 'timeliness_target', action: 'timeliness_target.ended', entityId: id, before, after });
    return targetView(after!);
  });
}

/**
 * Assigns the case development group that sets the case's Anticipated Offer Date (SAMM C5.4.2; DSCA 19-34: the IA
 * assigns), on the case version the writer read (a stale one is a 409). Case writers and CWD reviewers may set it.
 */
export async function setOfferGroup(db: Db, principal: Principal, caseRef: string, raw: unknown) {
  const input = parseInput(offerGroupInput, raw);
  const permission = decide(principal, 'write', { area: 'cases' }).allowed ? CASE.write : CASE.review;
  return db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, permission, caseRef, { lock: true });
    requireVersion(`Case ${row.identifier}`, input.version, row.version);
    await tx
      .update(cases)
      .set({ offerGroup: input.offerGroup, version: row.version + 1, updatedAt: new Date() })
      .where(eq(cases.id, row.id));
    await appendAudit(tx, principal, {
      entityType: 'case',
      action: 'case.offer_group_set',
      entityId: row.id,
      countryCode: row.partnerCode,
      before: { offerGroup: row.offerGroup },
      after: { offerGroup: input.offerGroup },
    });
    return { identifier: row.identifier, offerGroup: input.offerGroup, version: row.version + 1 };
  });
}
