import { and, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../platform/sections/portfolio-section.ts';
import { CLOSED_STATUSES, cases } from '../cases/public.ts';
import { cbProposals } from './schema.ts';

const FINISHED = ['closed', 'withdrawn'] as const;

/** A partner's Title 10 programs: proposals under way and their value, and open BPC cases. */
export const capacityBuildingPortfolioSection: PortfolioSection = {
  id: 'capacity-building',
  area: 'capacity-building',
  label: 'Section 333 and BPC',
  order: 70,
  async figures(db: Db, principal: Principal, partnerCodes: readonly string[] | null) {
    const only = (column: typeof cbProposals.partnerCode | typeof cases.partnerCode) =>
      partnerCodes ? inArray(column, partnerCodes.length ? [...partnerCodes] : ['']) : undefined;
    const [proposals, bpc] = await Promise.all([
      db
        .select({
          partnerCode: cbProposals.partnerCode,
          n: sql<number>`count(*)::int`,
          value: sql<number>`coalesce(sum(${cbProposals.costEstimateCents}), 0)::bigint`.mapWith(Number),
        })
        .from(cbProposals)
        .where(
          and(notInArray(cbProposals.status, [...FINISHED]), scopeWhere(principal, cbProposals.partnerCode), only(cbProposals.partnerCode)),
        )
        .groupBy(cbProposals.partnerCode),
      db
        .select({
          partnerCode: cases.partnerCode,
          n: sql<number>`count(*)::int`,
          value: sql<number>`coalesce(sum(${cases.totalCents}), 0)::bigint`.mapWith(Number),
        })
        .from(cases)
        .where(
          and(
            sql`${cases.type} = 'bpc'`,
            notInArray(cases.status, [...CLOSED_STATUSES]),
            scopeWhere(principal, cases.partnerCode),
            sql`not ${withheldSql(principal, cases.markings)}`,
            only(cases.partnerCode),
          ),
        )
        .groupBy(cases.partnerCode),
    ]);
    const map = new Map<string, PortfolioFigure[]>();
    for (const r of proposals)
      push(
        map,
        r.partnerCode,
        figure({
          key: 'cb.proposals',
          label: 'Title 10 proposals under way',
          count: r.n,
          cents: r.value,
          link: `/capacity-building?partner=${r.partnerCode}`,
        }),
      );
    for (const r of bpc)
      push(
        map,
        r.partnerCode,
        figure({
          key: 'cb.bpc_cases',
          label: 'Open BPC cases',
          count: r.n,
          cents: r.value,
          link: `/cases?partner=${r.partnerCode}&type=bpc`,
        }),
      );
    return map;
  },
};
