import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../platform/sections/portfolio-section.ts';
import { COLLECTING, overduePayment } from './lease-service.ts';
import { leasePayments, leases } from './schema.ts';

/** A partner's leases: active ones and their replacement value, and rental payments overdue (a risk). */
export const leasesPortfolioSection: PortfolioSection = {
  id: 'leases',
  area: 'leases',
  label: 'Leases',
  order: 60,
  async figures(db: Db, principal: Principal, partnerCodes: readonly string[] | null, today: string) {
    const visible = and(
      scopeWhere(principal, leases.partnerCode),
      partnerCodes ? inArray(leases.partnerCode, partnerCodes.length ? [...partnerCodes] : ['']) : undefined,
    );
    const [active, overdue] = await Promise.all([
      db
        .select({
          partnerCode: leases.partnerCode,
          n: sql<number>`count(*)::int`,
          value: sql<number>`coalesce(sum(${leases.replacementValueCents}), 0)::bigint`.mapWith(Number),
        })
        .from(leases)
        .where(and(eq(leases.status, 'active'), visible))
        .groupBy(leases.partnerCode),
      db
        .select({
          partnerCode: leases.partnerCode,
          n: sql<number>`count(*)::int`,
          owed: sql<number>`coalesce(sum(${leasePayments.amountCents} - ${leasePayments.receivedCents}), 0)::bigint`.mapWith(Number),
        })
        .from(leasePayments)
        .innerJoin(leases, eq(leases.id, leasePayments.leaseId))
        .where(and(inArray(leases.status, [...COLLECTING]), overduePayment(today), visible))
        .groupBy(leases.partnerCode),
    ]);
    const map = new Map<string, PortfolioFigure[]>();
    for (const r of active) {
      push(
        map,
        r.partnerCode,
        figure({ key: 'leases.active', label: 'Active leases', count: r.n, link: `/leases?partner=${r.partnerCode}&status=active` }),
      );
      push(
        map,
        r.partnerCode,
        figure({
          key: 'leases.replacement_value',
          label: 'Replacement value leased',
          cents: r.value,
          link: `/leases?partner=${r.partnerCode}&status=active`,
        }),
      );
    }
    for (const r of overdue)
      push(
        map,
        r.partnerCode,
        figure({
          key: 'leases.payments_overdue',
          label: 'Lease payments overdue',
          count: r.n,
          cents: r.owed,
          risk: 'overdue',
          link: `/leases?partner=${r.partnerCode}&overdue=true`,
        }),
      );
    return map;
  },
};
