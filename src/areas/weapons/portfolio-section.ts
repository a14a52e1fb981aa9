import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { fiscalYearOf } from '../../platform/dates.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../platform/sections/portfolio-section.ts';
import { stageSql } from './competition-service.ts';
import { overdueSql } from './inquiry-service.ts';
import { weaponCompetitions, weaponForecastRows, weaponInquiries } from './schema.ts';

/**
 * A partner's weapons work: competitions under way and awarded, the sales forecast for this and the next fiscal year
 * (value and likelihood-weighted value), and industry inquiries about it overdue for a response (a risk).
 */
export const weaponsPortfolioSection: PortfolioSection = {
  id: 'weapons',
  area: 'weapons',
  label: 'Weapons: competitions and sales forecast',
  order: 70,
  async figures(db: Db, principal: Principal, partnerCodes: readonly string[] | null, today: string) {
    const within = (column: typeof weaponCompetitions.partnerCode | typeof weaponForecastRows.partnerCode) =>
      and(scopeWhere(principal, column), partnerCodes ? inArray(column, partnerCodes.length ? [...partnerCodes] : ['']) : undefined);
    const fy = fiscalYearOf(today);
    const [competitions, forecast, overdue] = await Promise.all([
      db
        .select({
          partnerCode: weaponCompetitions.partnerCode,
          open: sql<number>`count(*) filter (where ${stageSql} not in ('awarded', 'cancelled'))::int`,
          awarded: sql<number>`count(*) filter (where ${stageSql} = 'awarded')::int`,
        })
        .from(weaponCompetitions)
        .where(within(weaponCompetitions.partnerCode))
        .groupBy(weaponCompetitions.partnerCode),
      db
        .select({
          partnerCode: weaponForecastRows.partnerCode,
          fiscalYear: weaponForecastRows.fiscalYear,
          n: sql<number>`count(*)::int`,
          value: sql<number>`sum(${weaponForecastRows.valueCents})::bigint`.mapWith(Number),
          weighted:
            sql<number>`sum(round(${weaponForecastRows.valueCents} * ${weaponForecastRows.likelihoodPercent} / 100.0))::bigint`.mapWith(
              Number,
            ),
        })
        .from(weaponForecastRows)
        .where(and(within(weaponForecastRows.partnerCode), inArray(weaponForecastRows.fiscalYear, [fy, fy + 1])))
        .groupBy(weaponForecastRows.partnerCode, weaponForecastRows.fiscalYear),
      db
        .select({ partnerCode: sql<string>`${weaponInquiries.partnerCode}`, n: sql<number>`count(*)::int` })
        .from(weaponInquiries)
        .where(
          and(
            sql`${weaponInquiries.partnerCode} is not null`,
            scopeWhere(principal, weaponInquiries.partnerCode),
            partnerCodes ? inArray(weaponInquiries.partnerCode, partnerCodes.length ? [...partnerCodes] : ['']) : undefined,
            overdueSql(today),
          ),
        )
        .groupBy(weaponInquiries.partnerCode),
    ]);
    const map = new Map<string, PortfolioFigure[]>();
    for (const r of competitions) {
      if (r.open)
        push(
          map,
          r.partnerCode,
          figure({
            key: 'weapons.competitions_open',
            label: 'International competitions under way',
            count: r.open,
            link: `/weapons/competitions?partner=${r.partnerCode}`,
          }),
        );
      if (r.awarded)
        push(
          map,
          r.partnerCode,
          figure({
            key: 'weapons.competitions_awarded',
            label: 'International competitions awarded',
            count: r.awarded,
            link: `/weapons/competitions?partner=${r.partnerCode}&stage=awarded`,
          }),
        );
    }
    for (const r of forecast.sort((a, b) => a.fiscalYear - b.fiscalYear)) {
      const link = `/weapons/forecast?partner=${r.partnerCode}&fiscalYear=${r.fiscalYear}`;
      push(
        map,
        r.partnerCode,
        figure({
          key: `weapons.forecast_fy${r.fiscalYear}`,
          label: `Sales forecast FY${r.fiscalYear}`,
          count: r.n,
          cents: r.value,
          link,
          group: 'forecast',
        }),
      );
      push(
        map,
        r.partnerCode,
        figure({
          key: `weapons.forecast_weighted_fy${r.fiscalYear}`,
          label: `Sales forecast FY${r.fiscalYear}, weighted by likelihood`,
          cents: r.weighted,
          link,
          group: 'forecast',
        }),
      );
    }
    for (const r of overdue)
      push(
        map,
        r.partnerCode,
        figure({
          key: 'weapons.inquiries_overdue',
          label: 'Industry inquiries overdue for a response',
          count: r.n,
          risk: 'overdue',
          link: `/weapons/inquiries?queue=overdue&partner=${r.partnerCode}`,
        }),
      );
    return map;
  },
};
