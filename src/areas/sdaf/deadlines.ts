import { and, asc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { addDays } from '../../platform/dates.ts';
import type { Deadline, DeadlineSourceDef, DeadlineWindow } from '../../platform/deadlines/source.ts';
import {
  DELIVERY_REPORT_DAYS,
  DELIVERY_REPORT_SOURCE,
  deliveryReportDue,
  fiscalYearOf,
  PHYSICAL_INVENTORY_SOURCE,
  physicalInventoryDue,
} from './rules/clocks.ts';
import { sdafItems, sdafPhysicalInventories, sdafProcurements, sdafReceipts } from './schema.ts';

// The fund's clocks are the fund's own records: shown to users who see every partner (fund.ts requireWholeFund).

/** Deliveries not yet reported to DFAS: due 30 days after receipt. */
async function deliveryReports(db: Db, principal: Principal, window: DeadlineWindow): Promise<Deadline[]> {
  if (!principal.scope.allCountries) return [];
  const rows = await db
    .select({
      id: sdafReceipts.id,
      receivedOn: sdafReceipts.receivedOn,
      quantity: sdafReceipts.quantity,
      nomenclature: sdafItems.nomenclature,
      contractNumber: sdafProcurements.contractNumber,
      procurementId: sdafProcurements.id,
    })
    .from(sdafReceipts)
    .innerJoin(sdafItems, eq(sdafItems.id, sdafReceipts.itemId))
    .innerJoin(sdafProcurements, eq(sdafProcurements.id, sdafItems.procurementId))
    .where(
      and(
        isNull(sdafReceipts.reportedOn),
        lte(sdafReceipts.receivedOn, addDays(window.to, -DELIVERY_REPORT_DAYS)),
        window.from ? gte(sdafReceipts.receivedOn, addDays(window.from, -DELIVERY_REPORT_DAYS)) : undefined,
      ),
    )
    .orderBy(asc(sdafReceipts.receivedOn))
    .limit(1000);
  return rows.map((r) => ({
    id: `sdaf.delivery_report:${r.id}`,
    area: 'sdaf' as const,
    kind: 'sdaf.delivery_report',
    title: `SDAF delivery to report to DFAS: ${r.quantity} × ${r.nomenclature} (${r.contractNumber})`,
    dueDate: deliveryReportDue(r.receivedOn),
    partnerCode: null,
    entityType: 'sdaf_receipt',
    entityId: r.id,
    link: `/sdaf/procurements/${r.procurementId}`,
    source: DELIVERY_REPORT_SOURCE,
  }));
}

/** Each fiscal year the fund held inventory in, its physical inventory is due by 30 September until recorded. */
async function physicalInventories(db: Db, principal: Principal, window: DeadlineWindow): Promise<Deadline[]> {
  if (!principal.scope.allCountries) return [];
  const [first] = await db.select({ on: sql<string | null>`min(${sdafReceipts.receivedOn})::text` }).from(sdafReceipts);
  if (!first?.on) return [];
  const done = new Set((await db.select({ fy: sdafPhysicalInventories.fiscalYear }).from(sdafPhysicalInventories)).map((r) => r.fy));
  const out: Deadline[] = [];
  const from = Math.max(fiscalYearOf(first.on), window.from ? fiscalYearOf(window.from) : 0);
  for (let fy = from; fy <= fiscalYearOf(window.to); fy++) {
    const due = physicalInventoryDue(fy);
    if (done.has(fy) || due > window.to || (window.from && due < window.from)) continue;
    out.push({
      id: `sdaf.physical_inventory:${fy}`,
      area: 'sdaf',
      kind: 'sdaf.physical_inventory',
      title: `SDAF annual physical inventory FY${fy}`,
      dueDate: due,
      partnerCode: null,
      entityType: 'sdaf_physical_inventory',
      entityId: String(fy),
      link: '/sdaf/inventory',
      source: PHYSICAL_INVENTORY_SOURCE,
    });
  }
  return out;
}

export const sdafDeadlineSources: DeadlineSourceDef[] = [
  { area: 'sdaf', kind: 'sdaf.delivery_report', label: 'SDAF delivery report to DFAS', list: deliveryReports },
  { area: 'sdaf', kind: 'sdaf.physical_inventory', label: 'SDAF annual physical inventory', list: physicalInventories },
];
