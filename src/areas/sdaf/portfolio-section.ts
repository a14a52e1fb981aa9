import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../platform/sections/portfolio-section.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { sdafTransfers } from './schema.ts';

/**
 * A partner's SDAF transfers: how many, their value at cost and what was reimbursed to the fund. Transfers to a case
 * withheld from the reader are left out: counted under the partner they would pair it with a pending sale.
 */
async function transferFigures(db: Db, principal: Principal, partnerCodes: readonly string[] | null) {
  const rows = await db
    .select({
      partnerCode: sdafTransfers.partnerCode,
      count: sql<number>`count(*)::int`,
      valueCents: sql<number>`coalesce(sum(${sdafTransfers.itemCostCents}), 0)::bigint`.mapWith(Number),
      reimbursedCents: sql<number>`coalesce(sum(${sdafTransfers.reimbursementCents}), 0)::bigint`.mapWith(Number),
    })
    .from(sdafTransfers)
    .where(
      and(
        scopeWhere(principal, sdafTransfers.partnerCode),
        partnerCodes ? (partnerCodes.length ? inArray(sdafTransfers.partnerCode, [...partnerCodes]) : sql`false`) : undefined,
        sql`not ${withheldSql(principal, caseMarkingsOf(sdafTransfers.caseId))}`,
      ),
    )
    .groupBy(sdafTransfers.partnerCode);
  const out = new Map<string, PortfolioFigure[]>();
  for (const r of rows.sort((a, b) => a.partnerCode.localeCompare(b.partnerCode))) {
    const link = `/sdaf/transfers?partner=${r.partnerCode}`;
    push(out, r.partnerCode, figure({ key: 'sdaf.transfers', label: 'SDAF transfers', count: r.count, cents: r.valueCents, link }));
    push(out, r.partnerCode, figure({ key: 'sdaf.reimbursed', label: 'Reimbursed to the fund', cents: r.reimbursedCents, link }));
  }
  return out;
}

export const sdafPortfolioSection: PortfolioSection = {
  id: 'sdaf',
  area: 'sdaf',
  label: 'Special Defense Acquisition Fund',
  order: 50,
  figures: transferFigures,
};
