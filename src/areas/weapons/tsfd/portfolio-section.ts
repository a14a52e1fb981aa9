import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { hiddenSql, scopeWhere } from '../../../platform/access/scope-sql.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../../platform/sections/portfolio-section.ts';
import { tsfdRequests } from './schema.ts';

/** A partner's TSFD requests, for readers holding the `tsfd` marking only (the others get no figure at all). */
async function tsfdFigures(db: Db, principal: Principal, partnerCodes: readonly string[] | null) {
  const out = new Map<string, PortfolioFigure[]>();
  if (!principal.needToKnow.includes('tsfd')) return out;
  const rows = await db
    .select({
      partnerCode: tsfdRequests.partnerCode,
      open: sql<number>`count(*) filter (where ${tsfdRequests.status} in ('received', 'in_review'))::int`,
      priority: sql<number>`count(*) filter (where ${tsfdRequests.status} in ('received', 'in_review') and ${tsfdRequests.priority})::int`,
      approved: sql<number>`count(*) filter (where ${tsfdRequests.status} in ('approved', 'approved_with_conditions'))::int`,
      denied: sql<number>`count(*) filter (where ${tsfdRequests.status} = 'denied')::int`,
    })
    .from(tsfdRequests)
    .where(
      and(
        scopeWhere(principal, tsfdRequests.partnerCode),
        sql`not ${hiddenSql(principal, tsfdRequests.markings)}`,
        partnerCodes ? inArray(tsfdRequests.partnerCode, [...partnerCodes]) : undefined,
      ),
    )
    .groupBy(tsfdRequests.partnerCode);
  for (const r of rows) {
    const link = `/weapons/tsfd?partner=${r.partnerCode}`;
    push(out, r.partnerCode, figure({ key: 'tsfd.open', label: 'TSFD requests in review', count: r.open, link }));
    push(out, r.partnerCode, figure({ key: 'tsfd.priority', label: 'Priority TSFD reviews open', count: r.priority, link }));
    push(
      out,
      r.partnerCode,
      figure({ key: 'tsfd.approved', label: 'TSFD requests approved', count: r.approved, link: `${link}&status=approved` }),
    );
    push(out, r.partnerCode, figure({ key: 'tsfd.denied', label: 'TSFD requests denied', count: r.denied, link: `${link}&status=denied` }));
  }
  return out;
}

export const tsfdPortfolioSection: PortfolioSection = {
  id: 'weapons-tsfd',
  area: 'weapons',
  label: 'Technology security and foreign disclosure',
  order: 80,
  figures: (db, principal, partnerCodes) => tsfdFigures(db, principal, partnerCodes),
};
