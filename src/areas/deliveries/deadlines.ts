// The deliveries' clock: the security cooperation office confirms receipt within 30 days of delivery.
import { and, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import type { DeadlineSourceDef, DeadlineWindow } from '../../platform/deadlines/source.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { RECEIPT_CONFIRMATION_RULE } from './rules/receipt.ts';
import { shipments } from './schema.ts';

async function receiptsDue(db: Db, principal: Principal, w: DeadlineWindow) {
  const due = sql<string>`(${shipments.deliveredOn} + ${RECEIPT_CONFIRMATION_RULE.days}::int)`;
  const query = db
    .select({ id: shipments.id, number: shipments.number, partnerCode: shipments.partnerCode, due: sql<string>`${due}::text` })
    .from(shipments)
    .where(
      and(
        isNotNull(shipments.deliveredOn),
        isNull(shipments.receivedOn),
        sql`${due} <= ${w.to}`,
        w.from ? sql`${due} >= ${w.from}` : undefined,
        scopeWhere(principal, shipments.partnerCode),
        sql`not ${withheldSql(principal, caseMarkingsOf(shipments.caseId))}`,
      ),
    )
    .orderBy(shipments.deliveredOn)
    .$dynamic();
  const rows = await (w.limit ? query.limit(w.limit) : query);
  return rows.map((r) => ({
    id: `deliveries.receipt_due:${r.id}`,
    area: 'deliveries' as const,
    kind: 'deliveries.receipt_due',
    title: `Shipment ${r.number}: confirm the partner's receipt`,
    dueDate: r.due,
    partnerCode: r.partnerCode,
    entityType: 'shipment',
    entityId: r.id,
    link: `/deliveries/shipments/${r.id}`,
    source: RECEIPT_CONFIRMATION_RULE.source,
  }));
}

export const deliveryDeadlineSources: DeadlineSourceDef[] = [
  { area: 'deliveries', kind: 'deliveries.receipt_due', label: 'Receipt to confirm (30 days after delivery)', list: receiptsDue },
];
