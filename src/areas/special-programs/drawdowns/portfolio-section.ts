import { and, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { scopeWhere } from '../../../platform/access/scope-sql.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../../platform/sections/portfolio-section.ts';
import { drawdownValueSql } from './drawdown-service.ts';
import { drawdowns } from './schema.ts';

/** A partner's presidential drawdowns: how many are open, and their ceilings and derived value. */
export const drawdownsPortfolioSection: PortfolioSection = {
  id: 'special-programs.drawdowns',
  area: 'special-programs',
  label: 'Presidential drawdowns',
  order: 27,
  async figures(db: Db, principal: Principal, partnerCodes: readonly string[] | null) {
    const rows = await db
      .select({
        partnerCode: drawdowns.partnerCode,
        open: sql<number>`count(*) filter (where ${drawdowns.status} in ('justification', 'determined', 'executing'))::int`,
        ceilingCents: sql<number>`coalesce(sum(${drawdowns.ceilingCents}), 0)::bigint`.mapWith(Number),
        valueCents: sql<number>`coalesce(sum(${drawdownValueSql}), 0)::bigint`.mapWith(Number),
      })
      .from(drawdowns)
      .where(
        and(
          ne(drawdowns.status, 'cancelled'),
          scopeWhere(principal, drawdowns.partnerCode),
          partnerCodes ? inArray(drawdowns.partnerCode, partnerCodes.length ? [...partnerCodes] : ['']) : undefined,
        ),
      )
      .groupBy(drawdowns.partnerCode);
    const map = new Map<string, PortfolioFigure[]>();
    for (const r of rows) {
      const link = `/special-programs/drawdowns?partner=${r.partnerCode}`;
      push(map, r.partnerCode, figure({ key: 'drawdowns.open', label: 'Drawdowns in progress', count: r.open, link }));
      push(map, r.partnerCode, figure({ key: 'drawdowns.ceiling', label: 'Drawdown ceilings determined', cents: r.ceilingCents, link }));
      push(map, r.partnerCode, figure({ key: 'drawdowns.value', label: 'Drawdown value (by recorded method)', cents: r.valueCents, link }));
    }
    return map;
  },
};
