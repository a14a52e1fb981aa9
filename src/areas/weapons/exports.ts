import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { type Cell, type ExportFormat, sheetStream } from '../../platform/export/sheet-stream.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { partners } from '../countries/public.ts';
import { forecastConditions } from './forecast-service.ts';
import { forecastListQuery } from './model.ts';
import { weightedCents } from './rules/forecast.ts';
import { weaponForecastRows, weaponSystems } from './schema.ts';

const HEADER = [
  'Fiscal year',
  'Partner',
  'Partner name',
  'System',
  'Expected case',
  'Value ($)',
  'Highly probable',
  'Likelihood (%)',
  'Weighted value ($)',
  'Note',
];

const dollars = (cents: number) => cents / 100;

/** The sales forecast as a file (SAMM C14.1.3): the same filters and partner scope as GET /weapons/forecast, every row. */
export async function exportForecast(db: Db, principal: Principal, raw: unknown, format: ExportFormat, today = todayIso()) {
  requireArea(principal, 'read', 'weapons');
  const query = parseInput(forecastListQuery, raw);
  const where = forecastConditions(principal, query);
  async function* rows(): AsyncGenerator<Cell[]> {
    let after: { fy: number; partner: string; id: string } | null = null;
    for (;;) {
      const batch = await db
        .select({ row: weaponForecastRows, partnerName: partners.name, system: weaponSystems.name })
        .from(weaponForecastRows)
        .innerJoin(partners, eq(partners.code, weaponForecastRows.partnerCode))
        .leftJoin(weaponSystems, eq(weaponSystems.id, weaponForecastRows.systemId))
        .where(
          and(
            where,
            after
              ? or(
                  gt(weaponForecastRows.fiscalYear, after.fy),
                  and(eq(weaponForecastRows.fiscalYear, after.fy), gt(weaponForecastRows.partnerCode, after.partner)),
                  and(
                    eq(weaponForecastRows.fiscalYear, after.fy),
                    eq(weaponForecastRows.partnerCode, after.partner),
                    sql`${weaponForecastRows.id} > ${after.id}`,
                  ),
                )
              : undefined,
          ),
        )
        .orderBy(asc(weaponForecastRows.fiscalYear), asc(weaponForecastRows.partnerCode), asc(weaponForecastRows.id))
        .limit(2000);
      for (const { row: r, partnerName, system } of batch)
        yield [
          r.fiscalYear,
          r.partnerCode,
          partnerName,
          system ?? '',
          r.description,
          dollars(r.valueCents),
          r.highlyProbable ? 'yes' : 'no',
          r.likelihoodPercent,
          dollars(weightedCents(r.valueCents, r.likelihoodPercent)),
          r.note,
        ];
      if (batch.length < 2000) return;
      const last: typeof weaponForecastRows.$inferSelect = batch[batch.length - 1]!.row;
      after = { fy: last.fiscalYear, partner: last.partnerCode, id: last.id };
    }
  }
  return { filename: `sales-forecast-${today}.${format}`, body: await sheetStream(format, 'Sales forecast', HEADER, rows()) };
}
