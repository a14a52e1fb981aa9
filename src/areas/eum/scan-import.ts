import { eq, sql } from 'drizzle-orm';
import { analyzeAfterBulkWrite } from '../../db/analyze.ts';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { conflict } from '../../platform/http/errors.ts';
import type { SheetRow } from '../../platform/import/rows.ts';
import { rowsOf, textColumn } from './common.ts';
import {
  addError,
  hasControl,
  type ImportProgress,
  type ImportSummary,
  isRealDate,
  newSummary,
  pick,
  progressOf,
} from './import-summary.ts';
import { EUM_INVENTORY } from './records.ts';
import { normaliseSerial } from './rules/categories.ts';
import { acceptsScans } from './rules/inventory-status.ts';
import { eumInventories, eumInventoryScans, eumItemTypes } from './schema.ts';

interface Scan {
  row: number;
  itemTypeCode: string;
  serialNumber: string;
  damaged: boolean;
  scannedOn: string | null;
  note: string;
}

const DAMAGED = new Set(['damaged', 'yes', 'y', 'true', '1', 'unserviceable']);
const SOUND = new Set(['', 'serviceable', 'ok', 'no', 'n', 'false', '0', 'good']);

/**
 * Records scanned serial numbers against an inventory, batch by batch (each batch one transaction with its audit
 * record). Bad rows are reported by row number and skipped; a serial number already recorded is left as it is
 * (or corrected, when the condition changed), so importing the same file twice changes nothing.
 */
export async function recordScans(
  db: Db,
  principal: Principal,
  inventoryId: string,
  rows: AsyncIterable<SheetRow> | Iterable<SheetRow>,
  onProgress?: (p: ImportProgress) => void,
  batchSize = 5000,
): Promise<ImportSummary> {
  const inventory = await requireRecord(db, principal, EUM_INVENTORY.write, inventoryId);
  if (!acceptsScans(inventory.status)) throw conflict(`A ${inventory.status} inventory takes no more scans`);
  const types = new Set((await db.select({ code: eumItemTypes.code }).from(eumItemTypes)).map((t) => t.code));
  const today = todayIso();
  const summary = newSummary();
  const seen = new Map<string, number>();
  let batch: Scan[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const scans = batch;
    batch = [];
    await writeBatch(db, principal, inventoryId, scans, summary, today);
    onProgress?.(progressOf(summary));
  };
  for await (const { row, values } of rows) {
    summary.rows += 1;
    const scan = parseScan(row, values, types, today, summary);
    if (!scan) continue;
    const key = `${scan.itemTypeCode}|${scan.serialNumber}`;
    const first = seen.get(key);
    if (first !== undefined) {
      addError(summary, { row, field: 'serial_number', message: `${scan.itemTypeCode} ${scan.serialNumber} repeats row ${first}` });
      continue;
    }
    seen.set(key, row);
    batch.push(scan);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await analyzeAfterBulkWrite(db, summary.recorded + summary.updated, ['eum_inventory_scans']);
  return summary;
}

function parseScan(row: number, values: Record<string, string>, types: Set<string>, today: string, summary: ImportSummary): Scan | null {
  const serial = normaliseSerial(pick(values, 'serial_number', 'serial', 'sn', 'serial_no'));
  const type = pick(values, 'item_type', 'item_type_code', 'type').toUpperCase();
  const condition = pick(values, 'condition', 'damaged').toLowerCase();
  const scannedOn = pick(values, 'scanned_on', 'date');
  if (!serial) return (addError(summary, { row, field: 'serial_number', message: 'the serial number is empty' }), null);
  if (hasControl(serial) || hasControl(type))
    return (
      addError(summary, {
        row,
        field: hasControl(serial) ? 'serial_number' : 'item_type',
        message: 'holds a tab, line break or other control character',
      }),
      null
    );
  if (serial.length > 60) return (addError(summary, { row, field: 'serial_number', message: 'longer than 60 characters' }), null);
  if (!types.has(type))
    return (addError(summary, { row, field: 'item_type', message: type ? `no item type ${type}` : 'the item type is empty' }), null);
  if (!DAMAGED.has(condition) && !SOUND.has(condition))
    return (addError(summary, { row, field: 'condition', message: `"${condition}" is neither serviceable nor damaged` }), null);
  if (scannedOn && (!isRealDate(scannedOn) || scannedOn > today))
    return (addError(summary, { row, field: 'scanned_on', message: 'an ISO date (YYYY-MM-DD), not in the future' }), null);
  return {
    row,
    itemTypeCode: type,
    serialNumber: serial,
    damaged: DAMAGED.has(condition),
    scannedOn: scannedOn || null,
    note: pick(values, 'note', 'notes')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are replaced by spaces
      .replace(/[\u0000-\u001f]+/g, ' ')
      .slice(0, 500),
  };
}

async function writeBatch(db: Db, principal: Principal, inventoryId: string, scans: Scan[], summary: ImportSummary, today: string) {
  await db.transaction(async (tx) => {
    const inventory = await requireRecord(tx, principal, EUM_INVENTORY.write, inventoryId, { lock: true });
    if (!acceptsScans(inventory.status)) throw conflict(`A ${inventory.status} inventory takes no more scans`);
    const result = await tx.execute(sql`
      insert into ${eumInventoryScans} (inventory_id, item_type_code, serial_number, damaged, scanned_on, note)
      select ${inventoryId}::uuid, t, s, d, nullif(o, '')::date, n
      from unnest(${textColumn(scans.map((x) => x.itemTypeCode))}, ${textColumn(scans.map((x) => x.serialNumber))}, ${textColumn(scans.map((x) => (x.damaged ? 't' : 'f')))}::boolean[],
                  ${textColumn(scans.map((x) => x.scannedOn ?? ''))}, ${textColumn(scans.map((x) => x.note))}) as u(t, s, d, o, n)
      on conflict (inventory_id, item_type_code, serial_number) do update set damaged = excluded.damaged, scanned_on = excluded.scanned_on, note = excluded.note
        where (${eumInventoryScans.damaged}, ${eumInventoryScans.note}) is distinct from (excluded.damaged, excluded.note)
      returning (xmax = 0) as inserted`);
    const rows = rowsOf<{ inserted: boolean }>(result);
    const recorded = rows.filter((r) => r.inserted).length;
    const updated = rows.length - recorded;
    summary.recorded += recorded;
    summary.updated += updated;
    summary.unchanged += scans.length - rows.length;
    const started = inventory.status === 'planned';
    await tx
      .update(eumInventories)
      .set({
        ...(started ? { status: 'in_progress' as const, startedOn: today } : {}),
        foundCount: sql`(select count(*)::int from ${eumInventoryScans} s where s.inventory_id = ${inventoryId})`,
        version: inventory.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(eumInventories.id, inventoryId));
    await appendAudit(tx, principal, {
      entityType: 'eum_inventory',
      action: 'eum_inventory.scans_imported',
      entityId: inventoryId,
      countryCode: inventory.partnerCode,
      after: {
        rows: `${scans[0]!.row}–${scans[scans.length - 1]!.row}`,
        recorded,
        updated,
        unchanged: scans.length - rows.length,
        ...(started ? { status: 'in_progress' } : {}),
      },
    });
  });
}
