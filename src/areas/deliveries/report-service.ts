import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import { addDays, todayIso } from '../../platform/dates.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { EXPIRING_WITHIN_DAYS } from '../../platform/sections/portfolio-section.ts';
import { caseMarkingsOf, cases } from '../cases/public.ts';
import { appropriations, fundTransactions } from '../funds/public.ts';
import { programSql } from './common.ts';
import { timelinessQuery } from './model.ts';
import { AREA } from './records.ts';
import { RECEIPT_CONFIRMATION_RULE } from './rules/receipt.ts';
import { type Deliverable, TIMELINESS_SOURCE, timelinessReport } from './rules/timeliness.ts';
import { deliveryDelayReasons, shipmentLines, shipmentMilestones, shipmentSlips, shipments } from './schema.ts';
import { lateSql, latestCauseSql } from './shipment-service.ts';

const ROWS = 50;

/** What the reader may see: partners in scope, cases not withheld from them. */
const visible = (principal: Principal) =>
  and(scopeWhere(principal, shipments.partnerCode), sql`not ${withheldSql(principal, caseMarkingsOf(shipments.caseId))}`);

/**
 * The delivery dashboard: late shipments with their causes, lines received and awaiting acceptance, receipts not
 * confirmed within 30 days of delivery, and money expiring within 90 days on cases with undelivered shipment lines.
 * Each list is its first 50 rows with the total count.
 */
export async function deliveryDashboard(db: Db, principal: Principal, partner: string | null = null, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const where = and(visible(principal), partner ? eq(shipments.partnerCode, partner) : undefined);
  const confirmBy = addDays(today, -RECEIPT_CONFIRMATION_RULE.days);
  const expiringBy = addDays(today, EXPIRING_WITHIN_DAYS);
  const undelivered = sql`exists (select 1 from ${shipmentLines} l where l.shipment_id = ${shipments.id} and l.received < l.quantity)`;
  const lateWhere = and(where, lateSql(today));
  const awaitingWhere = and(where, sql`${shipmentLines.received} > ${shipmentLines.accepted}`);
  const unconfirmedWhere = and(where, sql`${shipments.receivedOn} is null`, sql`${shipments.deliveredOn} < ${confirmBy}`);
  const expiringWhere = and(
    gte(appropriations.availableUntil, today),
    lte(appropriations.availableUntil, expiringBy),
    scopeWhere(principal, cases.partnerCode),
    sql`not ${withheldSql(principal, cases.markings)}`,
    partner ? eq(cases.partnerCode, partner) : undefined,
    sql`exists (select 1 from ${shipments} where ${shipments.caseId} = ${cases.id} and ${undelivered})`,
  );
  const n = sql<number>`count(*)::int`;
  // Each list's page (its causes computed for those rows only) and, apart, its count.
  const [late, awaiting, unconfirmed, expiring, [lateN], [awaitingN], [unconfirmedN], [expiringN]] = await Promise.all([
    db
      .select({
        id: shipments.id,
        number: shipments.number,
        partnerCode: shipments.partnerCode,
        caseIdentifier: cases.identifier,
        stage: shipments.stage,
        plannedDeliveryOn: shipmentMilestones.plannedOn,
        estimatedDeliveryOn: shipmentMilestones.estimatedOn,
        cause: latestCauseSql,
      })
      .from(shipments)
      .innerJoin(cases, eq(cases.id, shipments.caseId))
      .innerJoin(shipmentMilestones, and(eq(shipmentMilestones.shipmentId, shipments.id), eq(shipmentMilestones.milestone, 'delivered')))
      .where(lateWhere)
      .orderBy(asc(shipmentMilestones.plannedOn), asc(shipments.number))
      .limit(ROWS),
    db
      .select({
        id: shipments.id,
        number: shipments.number,
        partnerCode: shipments.partnerCode,
        caseIdentifier: cases.identifier,
        lineNumber: shipmentLines.lineNumber,
        description: shipmentLines.description,
        eeum: shipmentLines.eeum,
        awaiting: sql<number>`${shipmentLines.received} - ${shipmentLines.accepted}`,
        receivedOn: shipments.receivedOn,
      })
      .from(shipmentLines)
      .innerJoin(shipments, eq(shipments.id, shipmentLines.shipmentId))
      .innerJoin(cases, eq(cases.id, shipments.caseId))
      .where(awaitingWhere)
      .orderBy(asc(shipments.receivedOn), asc(shipments.number), asc(shipmentLines.lineNumber))
      .limit(ROWS),
    db
      .select({
        id: shipments.id,
        number: shipments.number,
        partnerCode: shipments.partnerCode,
        caseIdentifier: cases.identifier,
        deliveredOn: shipments.deliveredOn,
        dueOn: sql<string>`(${shipments.deliveredOn} + ${RECEIPT_CONFIRMATION_RULE.days}::int)::text`,
      })
      .from(shipments)
      .innerJoin(cases, eq(cases.id, shipments.caseId))
      .where(unconfirmedWhere)
      .orderBy(asc(shipments.deliveredOn), asc(shipments.number))
      .limit(ROWS),
    db
      .select({
        appropriationId: appropriations.id,
        appropriation: appropriations.name,
        programCode: appropriations.programCode,
        availableUntil: appropriations.availableUntil,
        caseId: cases.id,
        caseIdentifier: cases.identifier,
        partnerCode: cases.partnerCode,
        obligatedCents:
          sql<number>`sum(case when ${fundTransactions.kind} in ('obligation', 'commitment') then ${fundTransactions.amountCents} else -${fundTransactions.amountCents} end)::bigint`.mapWith(
            Number,
          ),
        undeliveredLines: sql<number>`(select count(*)::int from ${shipmentLines} l join ${shipments} s on s.id = l.shipment_id where s.case_id = ${cases.id} and l.received < l.quantity)`,
      })
      .from(fundTransactions)
      .innerJoin(appropriations, eq(appropriations.id, fundTransactions.appropriationId))
      .innerJoin(cases, eq(cases.id, fundTransactions.caseId))
      .where(expiringWhere)
      .groupBy(appropriations.id, cases.id)
      .orderBy(asc(appropriations.availableUntil), asc(cases.identifier))
      .limit(ROWS),
    db.select({ n }).from(shipments).innerJoin(cases, eq(cases.id, shipments.caseId)).where(lateWhere),
    db
      .select({ n })
      .from(shipmentLines)
      .innerJoin(shipments, eq(shipments.id, shipmentLines.shipmentId))
      .innerJoin(cases, eq(cases.id, shipments.caseId))
      .where(awaitingWhere),
    db.select({ n }).from(shipments).innerJoin(cases, eq(cases.id, shipments.caseId)).where(unconfirmedWhere),
    db
      .select({ n: sql<number>`count(distinct (${appropriations.id}, ${cases.id}))::int` })
      .from(fundTransactions)
      .innerJoin(appropriations, eq(appropriations.id, fundTransactions.appropriationId))
      .innerJoin(cases, eq(cases.id, fundTransactions.caseId))
      .where(expiringWhere),
  ]);
  const list = <T>(items: T[], total: { n: number } | undefined) => ({ total: total?.n ?? 0, items });
  return {
    today,
    late: list(late, lateN),
    awaitingAcceptance: list(awaiting, awaitingN),
    receiptsUnconfirmed: { ...list(unconfirmed, unconfirmedN), source: RECEIPT_CONFIRMATION_RULE.source },
    expiringMoney: { ...list(expiring, expiringN), withinDays: EXPIRING_WITHIN_DAYS },
  };
}

/**
 * The deliverables of the timeliness report: each shipment's delivery at the custody-transfer point that happened in
 * the period, with its first estimate and the cause of its latest slip.
 */
export async function deliverables(db: Db, principal: Principal, raw: unknown, today = todayIso()): Promise<Deliverable[]> {
  requireArea(principal, 'read', AREA);
  const query = parseInput(timelinessQuery, raw);
  const from = query.from ?? addDays(today, -365);
  const to = query.to ?? today;
  const rows = await db
    .select({
      program: programSql(),
      partnerCode: shipments.partnerCode,
      agencyCode: cases.agencyCode,
      estimatedOn: shipmentMilestones.estimatedOn,
      actualOn: shipmentMilestones.actualOn,
      cause: sql<
        string | null
      >`(select ${shipmentSlips.reasonCode} from ${shipmentSlips} where ${shipmentSlips.shipmentId} = ${shipments.id} order by ${shipmentSlips.recordedAt} desc, ${shipmentSlips.id} desc limit 1)`,
    })
    .from(shipmentMilestones)
    .innerJoin(shipments, eq(shipments.id, shipmentMilestones.shipmentId))
    .innerJoin(cases, eq(cases.id, shipments.caseId))
    .where(
      and(
        eq(shipmentMilestones.milestone, 'delivered'),
        sql`${shipmentMilestones.actualOn} between ${from} and ${to}`,
        sql`${shipmentMilestones.estimatedOn} is not null`,
        visible(principal),
        query.partner ? eq(shipments.partnerCode, query.partner) : undefined,
      ),
    )
    .orderBy(desc(shipmentMilestones.actualOn));
  return rows.map((r) => ({ ...r, estimatedOn: r.estimatedOn!, actualOn: r.actualOn! }));
}

/** The quarterly timeliness report (by program, partner, implementing agency and cause), with the causes' labels. */
export async function timeliness(db: Db, principal: Principal, raw: unknown = {}, today = todayIso()) {
  const rows = timelinessReport(await deliverables(db, principal, raw, today));
  const labels = new Map((await db.select().from(deliveryDelayReasons)).map((r) => [r.code, r.label]));
  return {
    rows: rows.map((r) => ({ ...r, causeLabel: labels.get(r.cause) ?? (r.cause === 'on_time' ? 'On time' : 'No cause recorded') })),
    source: TIMELINESS_SOURCE,
  };
}
