import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../platform/sections/portfolio-section.ts';
import { IN_PROGRESS_STATUSES } from './rules/request-status.ts';
import { edaDeclarations, edaRequests } from './schema.ts';

/** A partner's EDA: requests in progress, the current value authorised (authorised or transferred), transfers made. */
async function edaFigures(db: Db, principal: Principal, partnerCodes: readonly string[] | null) {
  const current = sql`round(coalesce(${edaRequests.authorizedQuantity}, 0)::numeric * ${edaDeclarations.unitAcquisitionValueCents} * coalesce(${edaRequests.currentValueBasisPoints}, 0) / 10000)`;
  const rows = await db
    .select({
      partnerCode: edaRequests.partnerCode,
      inProgress: sql<number>`count(*) filter (where ${inArray(edaRequests.status, [...IN_PROGRESS_STATUSES])})::int`,
      authorizedCents:
        sql<number>`coalesce(sum(${current}) filter (where ${inArray(edaRequests.status, ['authorized', 'transferred'])}), 0)`.mapWith(
          Number,
        ),
      transferred: sql<number>`count(*) filter (where ${edaRequests.status} = 'transferred')::int`,
    })
    .from(edaRequests)
    .innerJoin(edaDeclarations, sql`${edaDeclarations.id} = ${edaRequests.declarationId}`)
    .where(
      and(scopeWhere(principal, edaRequests.partnerCode), partnerCodes ? inArray(edaRequests.partnerCode, [...partnerCodes]) : undefined),
    )
    .groupBy(edaRequests.partnerCode);
  const out = new Map<string, PortfolioFigure[]>();
  for (const r of rows) {
    const link = `/eda/requests?partner=${r.partnerCode}`;
    push(out, r.partnerCode, figure({ key: 'eda.in_progress', label: 'EDA requests in progress', count: r.inProgress, link }));
    push(
      out,
      r.partnerCode,
      figure({ key: 'eda.authorized_value', label: 'EDA authorised (current value)', cents: r.authorizedCents, link }),
    );
    push(
      out,
      r.partnerCode,
      figure({ key: 'eda.transferred', label: 'EDA transfers made', count: r.transferred, link: `${link}&status=transferred` }),
    );
  }
  return out;
}

export const edaPortfolioSection: PortfolioSection = {
  id: 'eda',
  area: 'eda',
  label: 'Excess defense articles',
  order: 60,
  figures: (db, principal, partnerCodes) => edaFigures(db, principal, partnerCodes),
};
