import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import type { Download } from '../../platform/export/download.ts';
import { type Cell, type ExportFormat, sheetStream } from '../../platform/export/sheet-stream.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { cases } from '../cases/public.ts';
import { AREA } from './common.ts';
import { complianceView } from './compliance-service.ts';
import { expectedRows, getInventory } from './inventory-service.ts';
import { itemColumns, itemConditions } from './item-service.ts';
import { itemListQuery } from './model.ts';
import { eumItems, eumSites } from './schema.ts';

const ITEM_HEADER = [
  'Partner',
  'Case',
  'Line',
  'Item type',
  'Category',
  'Serial number',
  'Delivered on',
  'Site',
  'Status',
  'Status reason',
  'Last inventoried',
  'Inventory due',
];

/**
 * The item list as a file: the same filter, partner scope and masking as GET /eum/items, every matching row (the case
 * and line are empty while the case is withheld from the reader).
 */
export async function exportItems(db: Db, principal: Principal, raw: unknown, format: ExportFormat): Promise<Download> {
  requireArea(principal, 'read', AREA);
  const query = parseInput(itemListQuery, raw);
  const where = itemConditions(principal, query, todayIso());
  async function* rows(): AsyncGenerator<Cell[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await db
        .select(itemColumns(principal))
        .from(eumItems)
        .innerJoin(cases, eq(cases.id, eumItems.caseId))
        .leftJoin(eumSites, eq(eumSites.id, eumItems.siteId))
        .where(and(where, gt(eumItems.id, after)))
        .orderBy(asc(eumItems.id))
        .limit(5000);
      for (const r of batch)
        yield [
          r.partnerCode,
          r.caseIdentifier,
          r.lineNumber,
          r.itemTypeCode,
          r.category,
          r.serialNumber,
          r.deliveredOn,
          r.siteCode,
          r.status,
          r.statusReason,
          r.lastInventoriedOn,
          r.inventoryDueOn,
        ];
      if (batch.length < 5000) return;
      after = batch[batch.length - 1]!.id;
    }
  }
  return { filename: `eum-items-${todayIso()}.${format}`, body: await sheetStream(format, 'Items', ITEM_HEADER, rows()) };
}

/** The expected list of an inventory, for the counting team: scan it back in with the import. */
export async function exportExpected(db: Db, principal: Principal, inventoryId: string, format: ExportFormat): Promise<Download> {
  const inventory = await getInventory(db, principal, inventoryId);
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const r of expectedRows(db, principal, inventoryId))
      yield [r.itemTypeCode, r.serialNumber, r.lineNumber, r.deliveredOn, r.found ? 'yes' : 'no'];
  }
  return {
    filename: `inventory-${inventory.partnerCode}-${inventory.siteCode}-${inventory.dueOn}.${format}`,
    body: await sheetStream(format, 'Expected', ['item_type', 'serial_number', 'line', 'delivered_on', 'found'], rows()),
  };
}

/** The compliance view's per-partner table (the same numbers as GET /eum/compliance). */
export async function exportCompliance(db: Db, principal: Principal, raw: unknown, format: ExportFormat): Promise<Download> {
  const view = await complianceView(db, principal, raw);
  const header = [
    'Partner',
    'Items',
    'EEUM items held',
    'Delinquent items',
    'Inventories due',
    'Completed',
    'Completed on time',
    'Completion rate %',
    'Overdue inventories',
    'Open discrepancies',
    'Open incidents',
  ];
  const line = (code: string, r: typeof view.overall): Cell[] => [
    code,
    r.items,
    r.enhancedHeld,
    r.delinquentItems,
    r.inventoriesDue,
    r.inventoriesCompleted,
    r.completedOnTime,
    r.completionRate === null ? null : Math.round(r.completionRate * 1000) / 10,
    r.overdueInventories,
    r.openDiscrepancies,
    r.openIncidents,
  ];
  async function* rows(): AsyncGenerator<Cell[]> {
    for (const p of view.partners) yield line(p.partnerCode, p);
    yield line('All', view.overall);
  }
  return { filename: `eum-compliance-${view.asOf}.${format}`, body: await sheetStream(format, 'Compliance', header, rows()) };
}
