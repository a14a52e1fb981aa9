import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit, WITHHELD_REFERENCE } from '../../platform/audit/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createCase, saveVersion } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { importDeliveries } from './delivery-import.ts';
import { exportExpected, exportItems } from './exports.ts';
import { createInventory } from './inventory-service.ts';
import { createItem, getItem, listItems } from './item-service.ts';
import { createSite } from './site-service.ts';
import { caseWithLines } from './test-fixtures.ts';

const admin = testPrincipal(['administrator']);
const auditor = testPrincipal(['auditor']);
/** As the demo's `eum.gulf`: an EUM specialist of the Gulf partners, without need-to-know of cases pending notification. */
const gulf = testPrincipal(['eum_specialist'], { directorates: ['GEX'], countries: ['QA', 'KU'] });
const TODAY = '2026-06-30';

const text = (body: ReadableStream<Uint8Array>) => new Response(body).text();

describe.each(TEST_ENGINES)('EUM rows naming a case withheld pending congressional notification, on %s', (engine) => {
  let database: Database;
  let pending = { id: '', identifier: '' };
  let open = { id: '', identifier: '' };
  let withheldItem = '';
  let siteId = '';
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    // One major-defense-equipment line of $60M for Qatar: notice is required, and not yet made.
    const created = await createCase(db, admin, { partnerCode: 'QA', agencyCode: 'D', type: 'defined_order', title: 'Patriot fire units' });
    await saveVersion(db, testWiring.caseHooks, admin, created.identifier, 0, {
      revision: 1,
      lines: [
        {
          lineNumber: '001',
          description: 'Patriot fire unit',
          maslGenericCode: 'A1A',
          maslNumber: '2840015200001',
          quantity: 1,
          unitOfIssue: 'EA',
          unitCostCents: 60_000_000 * 100,
          mde: true,
          sme: true,
          sourceOfSupply: 'P',
          deliveryPeriod: '24 months',
        },
      ],
      notes: [],
      paymentSchedule: [],
    });
    pending = created;
    open = await caseWithLines(db, 'QA', 'Radios');
    siteId = (await createSite(db, admin, { partnerCode: 'QA', code: 'Q1', name: 'Doha depot' })).id;
    // Recorded by someone with need-to-know (the administrator): items of a routine type need no certification.
    const delivery = { lineNumber: '001', itemTypeCode: 'ROUTINE', deliveredOn: '2026-03-01', siteId };
    withheldItem = (await createItem(db, admin, { ...delivery, caseId: pending.id, serialNumber: 'W-1' }, TODAY)).id;
    await createItem(db, admin, { ...delivery, caseId: open.id, serialNumber: 'R-1' }, TODAY);
  });
  afterAll(() => database?.close());

  it('lists and shows the item, its case and line masked to a reader without need-to-know, in clear to the administrator', async () => {
    const { db } = database;
    expect((await getItem(db, admin, withheldItem, TODAY)).caseIdentifier).toBe(pending.identifier);
    const seen = await listItems(db, gulf, { partner: 'QA' }, TODAY);
    expect(seen.total).toBe(2);
    expect(seen.items.find((i) => i.serialNumber === 'W-1')).toMatchObject({
      id: withheldItem,
      partnerCode: 'QA',
      caseId: null,
      caseIdentifier: null,
      lineNumber: null,
      caseWithheld: true,
    });
    expect(seen.items.find((i) => i.serialNumber === 'R-1')).toMatchObject({
      caseIdentifier: open.identifier,
      lineNumber: '001',
      caseWithheld: false,
    });
    expect(JSON.stringify(seen)).not.toContain(pending.identifier);
    expect(JSON.stringify(seen)).not.toContain(pending.id);
    const page = await getItem(db, gulf, withheldItem, TODAY);
    expect(page).toMatchObject({ serialNumber: 'W-1', caseId: null, caseIdentifier: null, lineNumber: null });
    expect(JSON.stringify(page)).not.toContain(pending.identifier);

    const shown = await listItems(db, admin, { partner: 'QA' }, TODAY);
    expect(shown.items.find((i) => i.serialNumber === 'W-1')).toMatchObject({
      caseId: pending.id,
      caseIdentifier: pending.identifier,
      lineNumber: '001',
      caseWithheld: false,
    });
  });

  it("masks in the audit log the item records that carry the withheld case, as the case's own are", async () => {
    const { db } = database;
    const created = (who: typeof admin) =>
      listAudit(db, testWiring.auditSubjects, who, { entityType: 'eum_item', limit: 100, offset: 0 }).then((page) =>
        page.items.filter((a) => a.action === 'eum_item.created'),
      );
    const seen = await created(auditor);
    expect(seen).toHaveLength(2);
    expect(seen.find((a) => a.entityId !== WITHHELD_REFERENCE)?.after).toMatchObject({ caseId: open.id, serialNumber: 'R-1' });
    expect(seen.find((a) => a.entityId === WITHHELD_REFERENCE)).toMatchObject({ countryCode: null, before: null, after: null });
    expect(JSON.stringify(seen)).not.toContain(pending.id);
    expect(seen.some((a) => a.entityId === withheldItem)).toBe(false);
    expect((await created(admin)).find((a) => a.entityId === withheldItem)?.after).toMatchObject({ caseId: pending.id, lineNumber: '001' });
  });

  it('does not confirm through the case filter that a withheld case has items', async () => {
    const { db } = database;
    expect((await listItems(db, gulf, { caseId: pending.id }, TODAY)).total).toBe(0);
    expect((await listItems(db, gulf, { caseId: open.id }, TODAY)).total).toBe(1);
    expect((await listItems(db, admin, { caseId: pending.id }, TODAY)).total).toBe(1);
    // Nor can the specialist record an item under it: the case is unknown to them.
    const refused = await failure(
      createItem(
        db,
        gulf,
        { caseId: pending.identifier, lineNumber: '001', itemTypeCode: 'ROUTINE', serialNumber: 'W-9', deliveredOn: '2026-03-01' },
        TODAY,
      ),
    );
    expect(refused.status).toBe(400);
    expect(refused.fields?.[0]?.path).toBe('caseId');
  });

  it('leaves the case and line out of the CSV and XLSX item exports and the expected list for the specialist', async () => {
    const { db } = database;
    const csv = await text((await exportItems(db, gulf, { partner: 'QA' }, 'csv')).body);
    expect(csv).not.toContain(pending.identifier);
    expect(csv).toContain(open.identifier);
    const withheldRow = csv.split('\r\n').find((l) => l.includes('W-1'))!;
    expect(withheldRow.split(',').slice(0, 3)).toEqual(['QA', '', '']);
    expect(await text((await exportItems(db, admin, { partner: 'QA' }, 'csv')).body)).toContain(`${pending.identifier},001`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await new Response((await exportItems(db, gulf, { partner: 'QA' }, 'xlsx')).body).arrayBuffer());
    const rows = (book.worksheets[0]!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1, 4));
    expect(rows).toContainEqual(['QA', open.identifier, '001']);
    expect(JSON.stringify(rows)).not.toContain(pending.identifier);

    const inventory = await createInventory(db, admin, { siteId, kind: 'ad_hoc', dueOn: '2026-07-31' }, TODAY);
    const expected = await text((await exportExpected(db, gulf, inventory.id, 'csv')).body);
    expect(expected.split('\r\n').find((l) => l.startsWith('ROUTINE,W-1'))).toBe('ROUTINE,W-1,,2026-03-01,no');
    expect(expected.split('\r\n').find((l) => l.startsWith('ROUTINE,R-1'))).toBe('ROUTINE,R-1,001,2026-03-01,no');
    const forAdmin = await text((await exportExpected(db, admin, inventory.id, 'csv')).body);
    expect(forAdmin.split('\r\n').find((l) => l.startsWith('ROUTINE,W-1'))).toBe('ROUTINE,W-1,001,2026-03-01,no');
  });

  it('imports no delivery under a withheld case for the specialist, and says no more than that the case is unknown', async () => {
    const { db } = database;
    const rows = (identifier: string) => [
      {
        row: 2,
        values: { case: identifier, line: '001', item_type: 'ROUTINE', serial_number: 'W-2', delivered_on: '2026-03-02', site: 'Q1' },
      },
      {
        row: 3,
        values: { case: identifier, line: '999', item_type: 'ROUTINE', serial_number: 'W-3', delivered_on: '2026-03-02', site: 'Q1' },
      },
    ];
    const refused = await importDeliveries(db, gulf, rows(pending.identifier));
    expect(refused).toMatchObject({ recorded: 0, errorCount: 2 });
    // Not "no line 999": that would confirm the case and its lines.
    expect(refused.errors).toEqual([
      { row: 2, field: 'case', message: `no case ${pending.identifier} within your scope` },
      { row: 3, field: 'case', message: `no case ${pending.identifier} within your scope` },
    ]);
    const recorded = await importDeliveries(db, admin, rows(pending.identifier));
    expect(recorded).toMatchObject({ recorded: 1, errorCount: 1, errors: [{ row: 3, field: 'line' }] });
    expect((await listItems(db, gulf, { q: 'W-2' }, TODAY)).items).toMatchObject([{ serialNumber: 'W-2', caseIdentifier: null }]);
  });
});
