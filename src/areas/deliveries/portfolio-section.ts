import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import { addDays } from '../../platform/dates.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../platform/sections/portfolio-section.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { RECEIPT_CONFIRMATION_RULE } from './rules/receipt.ts';
import { shipmentLines, shipments } from './schema.ts';
import { lateSql } from './shipment-service.ts';

/** A partner's deliveries: shipments under way, late ones (a risk), receipts not confirmed in 30 days (a risk), lines awaiting acceptance. */
export const deliveriesPortfolioSection: PortfolioSection = {
  id: 'deliveries',
  area: 'deliveries',
  label: 'Transportation and delivery',
  order: 70,
  async figures(db: Db, principal: Principal, partnerCodes: readonly string[] | null, today: string) {
    const visible = and(
      scopeWhere(principal, shipments.partnerCode),
      sql`not ${withheldSql(principal, caseMarkingsOf(shipments.caseId))}`,
      partnerCodes ? inArray(shipments.partnerCode, partnerCodes.length ? [...partnerCodes] : ['']) : undefined,
    );
    const confirmBy = addDays(today, -RECEIPT_CONFIRMATION_RULE.days);
    // Units received and not yet accepted, per shipment (a join: a correlated subquery here named the lines' own id).
    const awaitingByShipment = db
      .select({
        shipmentId: shipmentLines.shipmentId,
        units: sql<number>`sum(${shipmentLines.received} - ${shipmentLines.accepted})`.as('units'),
      })
      .from(shipmentLines)
      .groupBy(shipmentLines.shipmentId)
      .as('awaiting_units');
    const rows = await db
      .select({
        partnerCode: shipments.partnerCode,
        underWay: sql<number>`count(*) filter (where ${shipments.receivedOn} is null)::int`,
        late: sql<number>`count(*) filter (where ${lateSql(today)})::int`,
        unconfirmed: sql<number>`count(*) filter (where ${shipments.receivedOn} is null and ${shipments.deliveredOn} < ${confirmBy})::int`,
        awaiting: sql<number>`coalesce(sum(${awaitingByShipment.units}), 0)::int`,
      })
      .from(shipments)
      .leftJoin(awaitingByShipment, eq(awaitingByShipment.shipmentId, shipments.id))
      .where(visible)
      .groupBy(shipments.partnerCode);
    const map = new Map<string, PortfolioFigure[]>();
    for (const r of rows) {
      const base = `/deliveries?partner=${r.partnerCode}`;
      push(map, r.partnerCode, figure({ key: 'deliveries.under_way', label: 'Shipments not yet received', count: r.underWay, link: base }));
      if (r.late)
        push(
          map,
          r.partnerCode,
          figure({ key: 'deliveries.late', label: 'Late shipments', count: r.late, risk: 'overdue', link: `${base}&late=true` }),
        );
      if (r.unconfirmed)
        push(
          map,
          r.partnerCode,
          figure({
            key: 'deliveries.receipts_unconfirmed',
            label: 'Receipts not confirmed within 30 days',
            count: r.unconfirmed,
            risk: 'overdue',
            link: `/deliveries/dashboard?partner=${r.partnerCode}`,
          }),
        );
      if (r.awaiting)
        push(
          map,
          r.partnerCode,
          figure({
            key: 'deliveries.awaiting_acceptance',
            label: 'Articles awaiting acceptance',
            count: r.awaiting,
            link: `/deliveries/dashboard?partner=${r.partnerCode}`,
          }),
        );
    }
    return map;
  },
};
