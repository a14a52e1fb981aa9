// A partner's conditioned money: what is allotted to it under a program and fiscal year whose money is withheld until a
// certification, how much of it the condition still withholds, how much was released, and the certifications pending.
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../platform/sections/portfolio-section.ts';
import { appropriations } from '../funds/public.ts';
import { ceilingCentsOf } from './rules/withheld.ts';
import { programConditions } from './schema.ts';

export const specialProgramsPortfolioSection: PortfolioSection = {
  id: 'special-programs',
  area: 'special-programs',
  label: 'Special programs: conditioned money',
  order: 25,
  async figures(db: Db, principal: Principal, partnerCodes: readonly string[] | null, today: string) {
    const rows = await db
      .select({
        conditionId: programConditions.id,
        programCode: programConditions.programCode,
        fiscalYear: programConditions.fiscalYear,
        ceilingCents: programConditions.ceilingCents,
        ceilingBasisPoints: programConditions.ceilingBasisPoints,
        partnerCode: sql<string>`${appropriations.partnerCode}`,
        allottedCents: sql<number>`sum(${appropriations.amountCents})::bigint`.mapWith(Number),
        certified: sql<boolean>`exists (select 1 from sp_certifications c where c.condition_id = ${programConditions.id} and c.certified_on <= ${today})`,
      })
      .from(programConditions)
      .innerJoin(
        appropriations,
        and(eq(appropriations.programCode, programConditions.programCode), eq(appropriations.fiscalYear, programConditions.fiscalYear)),
      )
      .where(
        and(
          eq(programConditions.kind, 'withheld_until_certification'),
          isNotNull(appropriations.partnerCode),
          scopeWhere(principal, appropriations.partnerCode),
          partnerCodes ? inArray(appropriations.partnerCode, partnerCodes.length ? [...partnerCodes] : ['']) : undefined,
        ),
      )
      .groupBy(programConditions.id, appropriations.partnerCode);
    const totals = new Map<string, { conditioned: number; withheld: number; released: number; pending: number }>();
    for (const r of rows) {
      const t = totals.get(r.partnerCode) ?? { conditioned: 0, withheld: 0, released: 0, pending: 0 };
      t.conditioned += r.allottedCents;
      if (r.certified) t.released += r.allottedCents;
      else {
        t.withheld += Math.max(0, r.allottedCents - Math.min(r.allottedCents, ceilingCentsOf(r, r.allottedCents)));
        t.pending += 1;
      }
      totals.set(r.partnerCode, t);
    }
    const map = new Map<string, PortfolioFigure[]>();
    for (const [partner, t] of totals) {
      const link = `/special-programs?partner=${partner}`;
      push(map, partner, figure({ key: 'special-programs.conditioned', label: 'Money under conditions', cents: t.conditioned, link }));
      push(map, partner, figure({ key: 'special-programs.withheld', label: 'Withheld until a certification', cents: t.withheld, link }));
      push(map, partner, figure({ key: 'special-programs.released', label: 'Released by a certification', cents: t.released, link }));
      push(
        map,
        partner,
        figure({ key: 'special-programs.certifications_pending', label: 'Certifications pending', count: t.pending, link }),
      );
    }
    return map;
  },
};
