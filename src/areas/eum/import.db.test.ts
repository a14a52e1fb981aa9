import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { readSheetRows } from '../../platform/import/rows.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { importDeliveries } from './delivery-import.ts';
import { createInventory, expectedRows, transitionInventory } from './inventory-service.ts';
import { getItem, listItems } from './item-service.ts';
import { inventoryDue } from './rules/inventory-due.ts';
import { recordScans } from './scan-import.ts';
import { addCertification, createSite } from './site-service.ts';
import { caseWithLines } from './test-fixtures.ts';

const admin = testPrincipal(['administrator']);
const eumAT = testPrincipal(['eum_specialist'], { directorates: ['GEX'], countries: ['AT'] });

async function* chunked(text: string, size = 64 * 1024) {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const csvRows = (text: string) => readSheetRows(chunked(text));

describe.each(TEST_ENGINES)('EUM imports on %s', (engine) => {
  let database: Database;
  let caseAT = '';
  let casePL = '';
  let siteId = '';
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    caseAT = (await caseWithLines(db, 'AT', 'NVDs')).identifier;
    casePL = (await caseWithLines(db, 'PL', 'Radios')).identifier;
    siteId = (await createSite(db, admin, { partnerCode: 'AT', code: 'DEPOT-1', name: 'Depot 1' })).id;
    await createSite(db, admin, { partnerCode: 'AT', code: 'NOCERT', name: 'Not certified' });
    await addCertification(db, admin, {
      partnerCode: 'AT',
      siteId,
      kind: 'site_certification',
      reference: 'PSI-1',
      certifiedOn: '2025-01-01',
    });
  });
  afterAll(() => database?.close());

  it('imports deliveries, names each bad row, and changes nothing when the file comes again', async () => {
    const { db } = database;
    const file = [
      'Case,Line,Item Type,Serial Number,Delivered On,Site',
      `${caseAT},001,NVD,nv-100,2025-03-01,DEPOT-1`,
      `${caseAT},001,NVD,NV-101,2025-03-01,DEPOT-1`,
      `${caseAT},002,ROUTINE,R-1,2025-03-01,`,
      `${casePL},001,ROUTINE,PL-1,2025-03-01,`,
      `${caseAT},001,NVD,NV-102,2025-03-01,NOCERT`,
      `${caseAT},001,NVD,NV-103,2025-13-01,DEPOT-1`,
      `${caseAT},001,JAVELIN,J-1,2025-03-01,DEPOT-1`,
      `${caseAT},001,NVD,NV-101,2025-03-01,DEPOT-1`,
      `${caseAT},001,NVD,,2025-03-01,DEPOT-1`,
      `${caseAT},001,NVD,NV-104,2025-03-01,NOWHERE`,
      `${caseAT},077,NVD,NV-105,2025-03-01,DEPOT-1`,
    ].join('\n');
    const first = await importDeliveries(db, eumAT, csvRows(file));
    expect(first).toMatchObject({ rows: 11, recorded: 3, unchanged: 0, errorCount: 8 });
    expect(first.errors.map((e) => `${e.row}:${e.field}`)).toEqual([
      '7:delivered_on',
      '10:serial_number',
      '5:case',
      '6:site',
      '8:item_type',
      '9:serial_number',
      '11:site',
      '12:line',
    ]);
    expect(first.errors.at(-1)?.message).toBe(`case ${caseAT} has no LOA line 077`);
    expect(first.errors.find((e) => e.row === 6)?.message).toContain('no control plan or site certification');
    expect(first.errors.find((e) => e.row === 9)?.message).toContain('appears twice');
    const again = await importDeliveries(db, eumAT, csvRows(file));
    expect(again).toMatchObject({ rows: 11, recorded: 0, unchanged: 3, errorCount: 8 });
    const changed = await importDeliveries(
      db,
      eumAT,
      csvRows(`case,line,item_type,serial_number,delivered_on,site\n${caseAT},009,NVD,NV-100,2025-03-01,DEPOT-1\n`),
    );
    expect(changed.errors).toEqual([
      { row: 2, field: 'serial_number', message: expect.stringContaining('is already recorded (under another case') },
    ]);
    const items = await listItems(db, eumAT, { q: 'NV-10' });
    expect(items.total).toBe(2);
    // The bulk path sets the same clock as the rule.
    for (const item of items.items)
      expect(item.inventoryDueOn).toBe(inventoryDue({ category: 'enhanced', deliveredOn: item.deliveredOn, lastInventoriedOn: null })!.due);
  });

  it('reads XLSX the same way', async () => {
    const { db } = database;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Deliveries');
    sheet.addRow(['Case', 'Line', 'Item type', 'Serial number', 'Delivered on', 'Site']);
    sheet.addRow([caseAT, '003', 'ROUTINE', 'X-1', '2025-04-01', '']);
    sheet.addRow([caseAT, '003', 'ROUTINE', 'X-2', 'not a date', '']);
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
    const summary = await importDeliveries(
      db,
      eumAT,
      readSheetRows(
        (async function* () {
          yield buffer;
        })(),
      ),
    );
    expect(summary).toMatchObject({ rows: 2, recorded: 1, errorCount: 1, errors: [{ row: 3, field: 'delivered_on' }] });
  });

  it('takes a 100,000-row delivery file, exports the expected list, imports 100,000 scans twice and reconciles', async () => {
    const { db } = database;
    const N = 100_000;
    const lines = ['case,line,item_type,serial_number,delivered_on,site'];
    for (let i = 0; i < N; i++) lines.push(`${caseAT},010,NVD,BULK-${String(i).padStart(6, '0')},2025-06-01,DEPOT-1`);
    const progress: number[] = [];
    const imported = await importDeliveries(db, eumAT, csvRows(lines.join('\r\n')), (p) => progress.push(p.rows), {
      writers: 2,
      batchSize: 10_000,
    });
    expect(imported).toMatchObject({ rows: N, recorded: N, errorCount: 0 });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(N);
    // A bulk import refreshes the planner's statistics of what it grew (not left to autovacuum minutes later).
    const analyzed = await db.execute(sql`select last_analyze is not null as done from pg_stat_user_tables where relname = 'eum_items'`);
    expect((analyzed as unknown as { rows: { done: boolean }[] }).rows).toEqual([{ done: true }]);
    const inventory = await createInventory(db, eumAT, { siteId, kind: 'periodic' });
    expect(inventory.expectedCount).toBe(N + 2);
    let exported = 0;
    for await (const row of expectedRows(db, eumAT, inventory.id)) if (row.serialNumber.startsWith('BULK-')) exported += 1;
    expect(exported).toBe(N);
    // Everything found but the last ten; one scan twice in the file.
    const scans = ['item_type,serial_number,condition'];
    for (let i = 0; i < N - 10; i++) scans.push(`NVD,BULK-${String(i).padStart(6, '0')},serviceable`);
    scans.push('NVD,BULK-000000,serviceable');
    const first = await recordScans(db, eumAT, inventory.id, csvRows(scans.join('\n')));
    expect(first).toMatchObject({
      rows: N - 9,
      recorded: N - 10,
      errorCount: 1,
      errors: [{ row: N - 8, field: 'serial_number', message: 'NVD BULK-000000 repeats row 2' }],
    });
    const second = await recordScans(db, eumAT, inventory.id, csvRows(scans.join('\n')));
    expect(second).toMatchObject({ recorded: 0, updated: 0, unchanged: N - 10 });
    const reconciled = await transitionInventory(db, eumAT, inventory.id, {
      version: (await import('./inventory-service.ts').then((m) => m.getInventory(db, eumAT, inventory.id))).version,
      action: 'reconcile',
    });
    expect(reconciled.discrepanciesByKind).toEqual({ missing: 12 });
    const sample = (await listItems(db, eumAT, { q: 'BULK-000001' })).items[0]!;
    expect((await getItem(db, eumAT, sample.id)).lastInventoriedOn).not.toBeNull();
    // The bulk insert and the reconciliation's bulk update kept the per-site due counts exact.
    const count = async (query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]?.n;
    const held = sql`select count(*)::int as n from eum_items where status = 'in_inventory' and inventory_due_on is not null`;
    expect(await count(sql`select coalesce(sum(n), 0)::int as n from eum_item_due_counts`)).toBe(await count(held));
  }, 240_000);
});
