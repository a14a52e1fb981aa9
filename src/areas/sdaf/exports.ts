import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { todayIso } from '../../platform/dates.ts';
import type { Download } from '../../platform/export/download.ts';
import { type Cell, type ExportFormat, sheetStream } from '../../platform/export/sheet-stream.ts';
import { requireWholeFund } from './fund.ts';
import { inventoryRowsForExport } from './inventory-service.ts';
import { procurementRowsForExport } from './procurement-service.ts';

const dollars = (cents: number) => cents / 100;

/** The procurement list as a file (same filters as GET /sdaf/procurements). */
export async function exportProcurements(db: Db, principal: Principal, raw: unknown, format: ExportFormat): Promise<Download> {
  requireWholeFund(principal, 'read');
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const r of procurementRowsForExport(db, principal, raw))
      yield [
        r.contractNumber,
        r.awardedOn,
        r.expectedDeliveryOn,
        dollars(r.totalCents),
        r.orderedQuantity,
        r.receivedQuantity,
        r.state,
        r.description,
      ];
  }
  const header = ['Contract', 'Awarded', 'Expected delivery', 'Total (USD)', 'Ordered', 'Received', 'State', 'Description'];
  return { filename: `sdaf-procurements-${todayIso()}.${format}`, body: await sheetStream(format, 'Procurements', header, rows()) };
}

/** The inventory as a file (same filters as GET /sdaf/inventory). */
export async function exportInventory(db: Db, principal: Principal, raw: unknown, format: ExportFormat): Promise<Download> {
  requireWholeFund(principal, 'read');
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const r of inventoryRowsForExport(db, principal, raw))
      yield [
        r.nsn,
        r.nomenclature,
        r.mde,
        r.contractNumber,
        r.lineNumber,
        dollars(r.unitCostCents),
        r.receivedQuantity,
        r.transferredQuantity,
        r.onHandQuantity,
        dollars(r.onHandCents),
      ];
  }
  const header = [
    'NSN',
    'Nomenclature',
    'MDE',
    'Contract',
    'Line',
    'Unit cost (USD)',
    'Received',
    'Transferred',
    'On hand',
    'On hand (USD)',
  ];
  return { filename: `sdaf-inventory-${todayIso()}.${format}`, body: await sheetStream(format, 'Inventory', header, rows()) };
}
