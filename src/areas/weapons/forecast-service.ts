// The directorate's sales forecast (SAMM C14.1.3): expected cases by partner, system and fiscal year with their
// likelihood, the annual report due 1 February, and afterwards the comparison with what was offered and accepted.
import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { fiscalYearOf, todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { cases, loaVersions } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { createForecastInput, forecastComparisonQuery, forecastListQuery, forecastReportInput, updateForecastInput } from './model.ts';
import { FORECAST } from './records.ts';
import { LIKELIHOOD_SOURCE, likelihoodPercent, reportDueOn, weightedCents } from './rules/forecast.ts';
import { weaponForecastReports, weaponForecastRows, weaponSystems } from './schema.ts';
import { requirePartner, requireSystem } from './shared.ts';

const AREA = 'weapons' as const;
type Row = typeof weaponForecastRows.$inferSelect;
export const REPORT_SOURCE = 'SAMM C14.1.3: the annual sales forecast (Javits report) is due 1 February';

export function forecastConditions(
  principal: Principal,
  q: { partner?: string | undefined; fiscalYear?: number | undefined; system?: string | undefined },
) {
  return and(
    scopeWhere(principal, weaponForecastRows.partnerCode),
    q.partner ? eq(weaponForecastRows.partnerCode, q.partner) : undefined,
    q.fiscalYear ? eq(weaponForecastRows.fiscalYear, q.fiscalYear) : undefined,
    q.system ? eq(weaponForecastRows.systemId, q.system) : undefined,
  );
}

export const forecastViewOf = (r: Row, system: string | null, partnerName: string) => ({
  id: r.id,
  partnerCode: r.partnerCode,
  partnerName,
  systemId: r.systemId,
  system,
  fiscalYear: r.fiscalYear,
  description: r.description,
  valueCents: r.valueCents,
  highlyProbable: r.highlyProbable,
  likelihoodPercent: r.likelihoodPercent,
  weightedCents: weightedCents(r.valueCents, r.likelihoodPercent),
  note: r.note,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

export async function listForecast(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const q = parseInput(forecastListQuery, raw);
  const where = forecastConditions(principal, q);
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: weaponForecastRows, system: weaponSystems.name, partnerName: partners.name })
      .from(weaponForecastRows)
      .innerJoin(partners, eq(partners.code, weaponForecastRows.partnerCode))
      .leftJoin(weaponSystems, eq(weaponSystems.id, weaponForecastRows.systemId))
      .where(where)
      .orderBy(
        desc(weaponForecastRows.fiscalYear),
        asc(weaponForecastRows.partnerCode),
        asc(weaponForecastRows.description),
        asc(weaponForecastRows.id),
      )
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({
        n: sql<number>`count(*)::int`,
        value: sql<number>`coalesce(sum(${weaponForecastRows.valueCents}), 0)::bigint`.mapWith(Number),
        weighted:
          sql<number>`coalesce(sum(round(${weaponForecastRows.valueCents} * ${weaponForecastRows.likelihoodPercent} / 100.0)), 0)::bigint`.mapWith(
            Number,
          ),
      })
      .from(weaponForecastRows)
      .where(where),
  ]);
  return {
    items: rows.map((r) => forecastViewOf(r.row, r.system, r.partnerName)),
    total: total?.n ?? 0,
    totalValueCents: total?.value ?? 0,
    totalWeightedCents: total?.weighted ?? 0,
    likelihoodSource: LIKELIHOOD_SOURCE,
    limit: q.limit,
    offset: q.offset,
  };
}

async function getForecastRow(db: Db | Tx, principal: Principal, id: string) {
  const { access: _a, ...row } = await requireRecord(db, principal, FORECAST.read, id);
  const [extra] = await db
    .select({ system: weaponSystems.name, partnerName: partners.name })
    .from(weaponForecastRows)
    .innerJoin(partners, eq(partners.code, weaponForecastRows.partnerCode))
    .leftJoin(weaponSystems, eq(weaponSystems.id, weaponForecastRows.systemId))
    .where(eq(weaponForecastRows.id, row.id));
  return forecastViewOf(row, extra?.system ?? null, extra?.partnerName ?? row.partnerCode);
}

export async function createForecastRow(db: Db, principal: Principal, raw: unknown) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createForecastInput, raw);
  requireArea(principal, 'write', AREA, input.partnerCode);
  const row = await db.transaction(async (tx) => {
    await requirePartner(tx, input.partnerCode);
    await requireSystem(tx, input.systemId);
    const [row] = await tx
      .insert(weaponForecastRows)
      .values({ ...input, likelihoodPercent: likelihoodPercent(input.highlyProbable, input.likelihoodPercent)! })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_forecast_row',
      action: 'weapon_forecast_row.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return row!;
  });
  return getForecastRow(db, principal, row.id);
}

export async function updateForecastRow(db: Db, principal: Principal, id: string, raw: unknown) {
  const { version, ...changes } = parseInput(updateForecastInput, raw);
  await db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, FORECAST.write, id, { lock: true });
    requireVersion('Forecast row', version, before.version);
    await requireSystem(tx, changes.systemId);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Row>;
    const highlyProbable = defined.highlyProbable ?? before.highlyProbable;
    const entered = changes.likelihoodPercent !== undefined ? changes.likelihoodPercent : highlyProbable ? null : before.likelihoodPercent;
    const percent = likelihoodPercent(highlyProbable, entered);
    if (percent === null) throw conflict('A likelihood percentage is required unless the sale is highly probable (90%)');
    const [after] = await tx
      .update(weaponForecastRows)
      .set({ ...defined, highlyProbable, likelihoodPercent: percent, version: before.version + 1, updatedAt: new Date() })
      .where(eq(weaponForecastRows.id, before.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_forecast_row',
      action: 'weapon_forecast_row.updated',
      entityId: before.id,
      countryCode: before.partnerCode,
      before,
      after,
    });
  });
  return getForecastRow(db, principal, id);
}

export async function deleteForecastRow(db: Db, principal: Principal, id: string, version: number | undefined) {
  await db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, FORECAST.write, id, { lock: true });
    if (version === undefined) throw badRequest('The version you read is required', [{ path: 'version', message: 'the version you read' }]);
    requireVersion('Forecast row', version, before.version);
    await tx.delete(weaponForecastRows).where(eq(weaponForecastRows.id, before.id));
    await appendAudit(tx, principal, {
      entityType: 'weapon_forecast_row',
      action: 'weapon_forecast_row.deleted',
      entityId: before.id,
      countryCode: before.partnerCode,
      before,
    });
  });
}

const fyStart = (fy: number) => `${fy - 1}-10-01`;
const fyEnd = (fy: number) => `${fy}-09-30`;

/**
 * Forecast against what happened, per partner, for a fiscal year: the rows' value and likelihood-weighted value, and
 * the basic LOAs (version 0) offered and accepted in that fiscal year from the cases area's records. Cases withheld
 * from the reader count in neither (their existence is not disclosed through the totals).
 */
export async function forecastComparison(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const parsed = parseInput(forecastComparisonQuery, raw);
  const q = { ...parsed, fiscalYear: parsed.fiscalYear ?? fiscalYearOf(today) };
  const caseScope = and(
    scopeWhere(principal, cases.partnerCode),
    q.partner ? eq(cases.partnerCode, q.partner) : undefined,
    sql`not ${withheldSql(principal, cases.markings)}`,
  );
  const basic = and(eq(loaVersions.caseId, cases.id), eq(loaVersions.number, 0));
  const [forecast, offered, accepted] = await Promise.all([
    db
      .select({
        partnerCode: weaponForecastRows.partnerCode,
        rows: sql<number>`count(*)::int`,
        value: sql<number>`sum(${weaponForecastRows.valueCents})::bigint`.mapWith(Number),
        weighted:
          sql<number>`sum(round(${weaponForecastRows.valueCents} * ${weaponForecastRows.likelihoodPercent} / 100.0))::bigint`.mapWith(
            Number,
          ),
      })
      .from(weaponForecastRows)
      .where(forecastConditions(principal, { partner: q.partner, fiscalYear: q.fiscalYear }))
      .groupBy(weaponForecastRows.partnerCode),
    db
      .select({
        partnerCode: cases.partnerCode,
        n: sql<number>`count(*)::int`,
        value: sql<number>`sum(${loaVersions.totalCents})::bigint`.mapWith(Number),
      })
      .from(cases)
      .innerJoin(loaVersions, basic)
      .where(and(caseScope, gte(loaVersions.offerDate, fyStart(q.fiscalYear)), lte(loaVersions.offerDate, fyEnd(q.fiscalYear))))
      .groupBy(cases.partnerCode),
    db
      .select({
        partnerCode: cases.partnerCode,
        n: sql<number>`count(*)::int`,
        value: sql<number>`sum(${loaVersions.totalCents})::bigint`.mapWith(Number),
      })
      .from(cases)
      .innerJoin(loaVersions, basic)
      .where(and(caseScope, gte(loaVersions.acceptedOn, fyStart(q.fiscalYear)), lte(loaVersions.acceptedOn, fyEnd(q.fiscalYear))))
      .groupBy(cases.partnerCode),
  ]);
  const codes = [...new Set([...forecast, ...offered, ...accepted].map((r) => r.partnerCode))].sort();
  const find = <T extends { partnerCode: string }>(list: T[], code: string) => list.find((r) => r.partnerCode === code);
  return {
    fiscalYear: q.fiscalYear,
    from: fyStart(q.fiscalYear),
    to: fyEnd(q.fiscalYear),
    partners: codes.map((code) => {
      const f = find(forecast, code);
      const o = find(offered, code);
      const a = find(accepted, code);
      return {
        partnerCode: code,
        forecastRows: f?.rows ?? 0,
        forecastCents: f?.value ?? 0,
        weightedCents: f?.weighted ?? 0,
        offeredCases: o?.n ?? 0,
        offeredCents: o?.value ?? 0,
        acceptedCases: a?.n ?? 0,
        acceptedCents: a?.value ?? 0,
      };
    }),
    source:
      'SAMM C14.1.3 forecast; offered and accepted: basic LOAs whose offer or acceptance date falls in the fiscal year (31 U.S.C. 1102)',
  };
}

export async function listForecastReports(db: Db, principal: Principal, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const rows = await db.select().from(weaponForecastReports).orderBy(desc(weaponForecastReports.reportYear));
  const year = Number(today.slice(0, 4));
  const nextYear = today <= reportDueOn(year) ? year : year + 1;
  return {
    items: rows.map((r) => ({
      reportYear: r.reportYear,
      dueOn: reportDueOn(r.reportYear),
      submittedOn: r.submittedOn,
      note: r.note,
      submittedBy: r.submittedBy,
    })),
    next: { reportYear: nextYear, dueOn: reportDueOn(nextYear), submitted: rows.some((r) => r.reportYear === nextYear) },
    source: REPORT_SOURCE,
  };
}

/** Records the year's report as sent: its clock stops. Not partner-scoped: the report covers every partner. */
export async function submitForecastReport(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(forecastReportInput, raw);
  requireNotFuture(input.submittedOn, today, 'submittedOn');
  await db.transaction(async (tx) => {
    const [same] = await tx.select().from(weaponForecastReports).where(eq(weaponForecastReports.reportYear, input.reportYear));
    if (same) throw conflict(`The ${input.reportYear} report was recorded as sent on ${same.submittedOn}`);
    const [row] = await tx
      .insert(weaponForecastReports)
      .values({ ...input, submittedBy: principal.displayName })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_forecast_report',
      action: 'weapon_forecast_report.submitted',
      entityId: String(row!.reportYear),
      countryCode: null,
      after: row,
    });
  });
  return listForecastReports(db, principal, today);
}
