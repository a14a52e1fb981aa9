import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { scopeWhere } from '../../../platform/access/scope-sql.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../../platform/sections/portfolio-section.ts';
import { nporRequests } from './schema.ts';

/** A partner's NPOR requests: awaiting a determination, determined actionable, refused. */
async function nporFigures(db: Db, principal: Principal, partnerCodes: readonly string[] | null) {
  const rows = await db
    .select({
      partnerCode: nporRequests.partnerCode,
      pending: sql<number>`count(*) filter (where ${nporRequests.status} in ('received', 'coi_reviewed'))::int`,
      actionable: sql<number>`count(*) filter (where ${nporRequests.status} in ('actionable', 'lead_ia_designated', 'funded'))::int`,
      refused: sql<number>`count(*) filter (where ${nporRequests.status} in ('not_actionable', 'refused'))::int`,
    })
    .from(nporRequests)
    .where(
      and(scopeWhere(principal, nporRequests.partnerCode), partnerCodes ? inArray(nporRequests.partnerCode, [...partnerCodes]) : undefined),
    )
    .groupBy(nporRequests.partnerCode);
  const out = new Map<string, PortfolioFigure[]>();
  for (const r of rows) {
    const link = `/weapons/npor?partner=${r.partnerCode}`;
    push(out, r.partnerCode, figure({ key: 'npor.pending', label: 'NPOR requests awaiting determination', count: r.pending, link }));
    push(out, r.partnerCode, figure({ key: 'npor.actionable', label: 'NPOR requests determined actionable', count: r.actionable, link }));
    push(out, r.partnerCode, figure({ key: 'npor.refused', label: 'NPOR requests refused', count: r.refused, link }));
  }
  return out;
}

export const nporPortfolioSection: PortfolioSection = {
  id: 'weapons-npor',
  area: 'weapons',
  label: 'Non-program of record (NPOR) requests',
  order: 81,
  figures: (db, principal, partnerCodes) => nporFigures(db, principal, partnerCodes),
};
