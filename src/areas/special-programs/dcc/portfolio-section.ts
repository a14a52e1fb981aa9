import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { scopeWhere } from '../../../platform/access/scope-sql.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../../platform/sections/portfolio-section.ts';
import { disbursedSql } from './dcc-service.ts';
import { dccRequests } from './schema.ts';

/** A partner's FMF/DCC requests: in review, and approved with what was financed and disbursed. */
export const dccPortfolioSection: PortfolioSection = {
  id: 'special-programs.dcc',
  area: 'special-programs',
  label: 'FMF/DCC financing',
  order: 26,
  async figures(db: Db, principal: Principal, partnerCodes: readonly string[] | null) {
    const rows = await db
      .select({
        partnerCode: dccRequests.partnerCode,
        inReview: sql<number>`count(*) filter (where ${dccRequests.status} in ('draft', 'submitted'))::int`,
        approved: sql<number>`count(*) filter (where ${dccRequests.status} = 'approved')::int`,
        approvedCents:
          sql<number>`coalesce(sum(${dccRequests.approvedCents}) filter (where ${dccRequests.status} = 'approved'), 0)::bigint`.mapWith(
            Number,
          ),
        disbursedCents: sql<number>`coalesce(sum(${disbursedSql}), 0)::bigint`.mapWith(Number),
      })
      .from(dccRequests)
      .where(
        and(
          scopeWhere(principal, dccRequests.partnerCode),
          partnerCodes ? inArray(dccRequests.partnerCode, partnerCodes.length ? [...partnerCodes] : ['']) : undefined,
        ),
      )
      .groupBy(dccRequests.partnerCode);
    const map = new Map<string, PortfolioFigure[]>();
    for (const r of rows) {
      const link = `/special-programs/dcc?partner=${r.partnerCode}`;
      push(
        map,
        r.partnerCode,
        figure({ key: 'dcc.in_review', label: 'DCC requests in review', count: r.inReview, link: `${link}&status=submitted` }),
      );
      push(
        map,
        r.partnerCode,
        figure({
          key: 'dcc.approved',
          label: 'DCC financing approved',
          count: r.approved,
          cents: r.approvedCents,
          link: `${link}&status=approved`,
        }),
      );
      push(map, r.partnerCode, figure({ key: 'dcc.disbursed', label: 'DCC advances requested', cents: r.disbursedCents, link }));
    }
    return map;
  },
};
