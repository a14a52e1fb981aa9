import { and, asc, count, desc, eq, gte, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { anyOf, notWithheld, prepared } from '../../db/prepared.ts';
import { decide, type Principal } from '../../platform/access/policy.ts';
import { scopeParams, scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import { auditLog } from '../../platform/audit/schema.ts';
import { subjectMarkings } from '../../platform/audit/service.ts';
import { addDays } from '../../platform/dates.ts';
import { type DeadlineView, listDeadlines } from '../../platform/deadlines/service.ts';
import { EXPIRING_WITHIN_DAYS } from '../../platform/sections/portfolio-section.ts';
import { CLOSED_STATUSES, caseMilestones, cases } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import type { PortfolioWiring } from './wiring.ts';

// The portfolio's own reads of other areas' records (shared/design.md: the portfolio reads every area, owns no table).

export interface CaseFilter {
  status?: string | undefined;
  program?: string | undefined;
  open?: boolean | undefined;
  limit: number;
  offset: number;
}

/**
 * A partner's cases across every authority, filtered as a figure's link says. A case withheld from the reader is left
 * out altogether: in one partner's portfolio even a masked row would pair the purchaser with a pending sale.
 */
export async function partnerCases(db: Db, principal: Principal, partnerCode: string, filter: CaseFilter) {
  const conditions: (SQL | undefined)[] = [
    eq(cases.partnerCode, partnerCode),
    scopeWhere(principal, cases.partnerCode),
    sql`not ${withheldSql(principal, cases.markings)}`,
    filter.status ? eq(cases.status, filter.status as (typeof cases.status.enumValues)[number]) : undefined,
    filter.program ? sql`${filter.program} = any(${cases.fundingSources})` : undefined,
    filter.open
      ? sql`${cases.status} not in (${sql.join(
          CLOSED_STATUSES.map((s) => sql`${s}`),
          sql`, `,
        )})`
      : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: cases.id,
        identifier: cases.identifier,
        partnerCode: cases.partnerCode,
        partnerName: partners.name,
        type: cases.type,
        title: cases.title,
        status: cases.status,
        fundingSources: cases.fundingSources,
        totalCents: cases.totalCents,
        updatedAt: cases.updatedAt,
      })
      .from(cases)
      .innerJoin(partners, eq(partners.code, cases.partnerCode))
      .where(where)
      .orderBy(desc(cases.totalCents), asc(cases.identifier))
      .limit(filter.limit)
      .offset(filter.offset),
    db
      .select({ n: count(), cents: sql<number>`coalesce(sum(${cases.totalCents}), 0)`.mapWith(Number) })
      .from(cases)
      .where(where),
  ]);
  const items = rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString(), withheld: false }));
  return { items, total: total?.n ?? 0, totalCents: total?.cents ?? 0, limit: filter.limit, offset: filter.offset };
}

/**
 * Open clocks of every area the principal may read: overdue, and due within the coming year. For one partner the
 * principal's scope is narrowed to that partner (already checked readable), so each source filters by it in SQL.
 */
export async function partnerDeadlines(
  db: Db,
  wiring: PortfolioWiring,
  principal: Principal,
  partnerCode: string | undefined,
  today: string,
): Promise<DeadlineView[]> {
  return listDeadlines(db, wiring.deadlineSources, principal, {
    from: today,
    to: addDays(today, 365),
    includeOverdue: true,
    partnerCode,
    today,
  });
}

/** The principal seeing only `codes` (each already checked readable): narrows what every scoped query returns. */
export function narrowTo(principal: Principal, codes: readonly string[]): Principal {
  return { ...principal, scope: { ...principal.scope, allCountries: false, countries: [...codes] } };
}

export function deadlineCounts(deadlines: readonly DeadlineView[], today: string) {
  const horizon = addDays(today, EXPIRING_WITHIN_DAYS);
  return {
    overdue: deadlines.filter((d) => d.overdue).length,
    upcoming: deadlines.filter((d) => !d.overdue && d.dueDate <= horizon).length,
  };
}

export interface TimelineEntry {
  date: string;
  kind: 'milestone' | 'deadline';
  title: string;
  link: string;
  overdue: boolean;
}

/** Case milestones of the past year (none for readers who may not read the partner's cases). */
export async function partnerMilestones(db: Db, principal: Principal, partnerCode: string, today: string): Promise<TimelineEntry[]> {
  if (!decide(principal, 'read', { area: 'cases', countryCode: partnerCode }).allowed) return [];
  const { listed, scope, unheld } = scopeParams(principal);
  const rows = await milestoneStatement(db, listed).execute({ code: partnerCode, scope, unheld, since: addDays(today, -365) });
  return rows.map((r) => ({
    date: r.onDate,
    kind: 'milestone',
    title: `${r.identifier}: ${r.milestone.replaceAll('_', ' ')}`,
    link: `/cases/${r.identifier}`,
    overdue: false,
  }));
}

function milestoneStatement(db: Db, scoped: boolean) {
  return prepared(db, `portfolio.milestones.${scoped}`, (name) =>
    db
      .select({
        id: cases.id,
        partnerCode: cases.partnerCode,
        identifier: cases.identifier,
        milestone: caseMilestones.milestone,
        onDate: caseMilestones.onDate,
      })
      .from(caseMilestones)
      .innerJoin(cases, eq(cases.id, caseMilestones.caseId))
      .where(
        and(
          eq(cases.partnerCode, sql.placeholder('code')),
          // Lets the planner reach the milestones through their primary key (case_id, …) instead of scanning them all.
          sql`${caseMilestones.caseId} = any(array(select c2.id from ${cases} c2 where c2.partner_code = ${sql.placeholder('code')}))`,
          scoped ? anyOf(cases.partnerCode, 'scope') : undefined,
          notWithheld(cases.markings, 'unheld'),
          gte(caseMilestones.onDate, sql.placeholder('since')),
        ),
      )
      .orderBy(desc(caseMilestones.onDate))
      .limit(200)
      .prepare(name),
  );
}

/** Milestones and open deadlines, in date order. */
export function timelineOf(milestones: readonly TimelineEntry[], deadlines: readonly DeadlineView[]): TimelineEntry[] {
  return [...milestones, ...deadlines.map(deadlineEntry)].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

const deadlineEntry = (d: DeadlineView): TimelineEntry => ({
  date: d.dueDate,
  kind: 'deadline',
  title: d.title,
  link: d.link,
  overdue: d.overdue,
});

/**
 * The markings of the record each audit entry is about, as the areas declare them (`wiring.auditSubjects`): in a
 * partner's activity an entry about a record withheld from the reader is left out, like the record.
 */
const auditMarkings = (wiring: PortfolioWiring): SQL<string[]> => subjectMarkings(wiring.auditSubjects) ?? sql<string[]>`'{}'::text[]`;

/**
 * The partner (null when unknown) with its latest audit records — who did what to which record, no before/after content —
 * in one statement: the page's identity and its activity cost one round trip. Entries about records withheld from the
 * reader are left out (not counted, not listed).
 */
export async function partnerWithActivity(db: Db, wiring: PortfolioWiring, principal: Principal, partnerCode: string, limit = 20) {
  const { listed, scope, unheld } = scopeParams(principal);
  const [row] = await partnerStatement(db, wiring, listed, unheld.length > 0).execute({ code: partnerCode, scope, unheld, limit });
  if (!row) return null;
  const { activity, ...partner } = row;
  return {
    partner,
    activity: activity.map((r) => ({
      seq: r.seq,
      at: new Date(r.at).toISOString(),
      actorName: r.actor_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      link: linkOf(r.entity_type, r.entity_id),
    })),
  };
}

/** Prepared once per shape: scope listed or not, reader lacking need-to-know (`masked`) or not. */
function partnerStatement(db: Db, wiring: PortfolioWiring, scoped: boolean, masked: boolean) {
  return prepared(db, `portfolio.partner.${scoped}.${masked}`, (name) => {
    const recent = db
      .select({
        seq: auditLog.seq,
        at: auditLog.at,
        actor_name: auditLog.actorName,
        action: auditLog.action,
        entity_type: auditLog.entityType,
        entity_id: auditLog.entityId,
      })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.countryCode, sql.placeholder('code')),
          scoped ? anyOf(auditLog.countryCode, 'scope') : undefined,
          masked ? notWithheld(auditMarkings(wiring), 'unheld') : undefined,
        ),
      )
      .orderBy(desc(auditLog.seq))
      .limit(sql.placeholder('limit'));
    return db
      .select({
        code: partners.code,
        name: partners.name,
        region: partners.region,
        activity: sql<AuditRow[]>`(select coalesce(json_agg(a order by a.seq desc), '[]') from (${recent}) a)`,
      })
      .from(partners)
      .where(eq(partners.code, sql.placeholder('code')))
      .prepare(name);
  });
}

interface AuditRow {
  seq: number;
  at: string;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
}

/**
 * Audit records per partner since `since` (the overview's activity measure), filtered by scope in SQL; entries about
 * records withheld from the reader are not counted.
 */
export async function activityCounts(
  db: Db,
  wiring: PortfolioWiring,
  principal: Principal,
  partnerCodes: readonly string[] | null,
  since: string,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ code: sql<string>`${auditLog.countryCode}`, n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(
      and(
        sql`${auditLog.countryCode} is not null`,
        gte(auditLog.at, `${since}T00:00:00.000Z`),
        scopeWhere(principal, auditLog.countryCode),
        partnerCodes ? inArray(auditLog.countryCode, [...partnerCodes]) : undefined,
        sql`not ${withheldSql(principal, auditMarkings(wiring))}`,
      ),
    )
    .groupBy(auditLog.countryCode);
  return new Map(rows.map((r) => [r.code, r.n]));
}

function linkOf(entityType: string, id: string): string | null {
  const paths: Record<string, string> = {
    case: `/cases/${id}`,
    notification: `/notifications/${id}`,
    appropriation: `/funds/appropriations/${id}`,
    partner: `/countries/${id}`,
  };
  return paths[entityType] ?? null;
}
