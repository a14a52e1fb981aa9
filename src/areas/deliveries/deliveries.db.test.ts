import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../../platform/audit/service.ts';
import { listDeadlines } from '../../platform/deadlines/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { eumItems } from '../eum/public.ts';
import { createAppropriation, obligate } from '../funds/public.ts';
import { testWiring } from '../testing.ts';
import { exportShipments, exportTimeliness } from './exports.ts';
import { deliveriesPortfolioSection } from './portfolio-section.ts';
import { acceptShipment, receiveShipment, reportDiscrepancy, resolveDiscrepancy, saveDelayReason } from './receipt-service.ts';
import { deliveryDashboard, timeliness } from './report-service.ts';
import { deliveryEvents, deliveryFads, shipmentLines } from './schema.ts';
import { createShipment, getFad, getShipment, listShipments, setFad, updateMilestone } from './shipment-service.ts';
import { implementedCase } from './test-fixtures.ts';

const pm = testPrincipal(['capacity_building_pm'], { directorates: ['GCD'] });
const admin = testPrincipal(['administrator']);
const auditor = testPrincipal(['auditor']);
const pmOtherPartner = testPrincipal(['capacity_building_pm'], { directorates: ['GCD'], countries: ['GH'] });
const eumGex = testPrincipal(['eum_specialist'], { directorates: ['GEX'] });
const director = testPrincipal(['country_portfolio_director'], { countries: ['KE'] });
const TODAY = '2026-03-31';
const SERIALS = ['NV-001', 'NV-002', 'NV-003', 'NV-004'];

const fieldsOf = async (p: Promise<unknown>) => (await failure(p)).fields?.map((f) => f.path);
const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

const shipmentInput = (caseId: string, overrides: Record<string, unknown> = {}) => ({
  caseId,
  mode: 'air' as const,
  origin: 'Defense Distribution Depot Susquehanna, PA',
  portOfEmbarkation: 'Dover AFB',
  portOfDebarkation: 'Jomo Kenyatta International',
  carrier: 'AMC channel',
  custodyTransferPoint: 'Port of debarkation',
  planned: { ready: '2026-01-05', shipped: '2026-01-10', in_transit: '2026-01-11', arrived: '2026-01-20', delivered: '2026-01-25' },
  lines: [
    { lineNumber: '001', quantity: 4, itemTypeCode: 'NVD', serialNumbers: SERIALS },
    { lineNumber: '002', quantity: 300 },
  ],
  ...overrides,
});

describe.each(TEST_ENGINES)('deliveries on %s', (engine) => {
  let database: Database;
  let caseId: string;
  let shipmentId: string;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const created = await implementedCase(database.db, 'KE', { bpc: true, controlPlanOn: '2025-01-01' });
    caseId = created.id;
    await saveDelayReason(database.db, admin, { code: 'CARRIER', label: 'Carrier capacity' });
    await saveDelayReason(database.db, admin, { code: 'CUSTOMS', label: 'Customs clearance' });
  });
  afterAll(() => database?.close());

  it('plans a shipment; refuses more than the line, an EEUM line without its serials, a missing Transportation Plan', async () => {
    const { db } = database;
    expect(await fieldsOf(createShipment(db, pm, shipmentInput(caseId, { lines: [{ lineNumber: '002', quantity: 501 }] }), TODAY))).toEqual(
      ['lines.0.quantity'],
    );
    expect(
      await fieldsOf(
        createShipment(
          db,
          pm,
          shipmentInput(caseId, { lines: [{ lineNumber: '001', quantity: 2, itemTypeCode: 'NVD', serialNumbers: ['A'] }] }),
          TODAY,
        ),
      ),
    ).toEqual(['lines.0.serialNumbers']);
    expect(await fieldsOf(createShipment(db, pm, shipmentInput(caseId, { lines: [{ lineNumber: '009', quantity: 1 }] }), TODAY))).toEqual([
      'lines.0.lineNumber',
    ]);
    const plan = await failure(createShipment(db, pm, shipmentInput(caseId, { aaeCategory: 'II' }), TODAY));
    expect(plan.fields).toEqual([{ path: 'transportationPlan', message: expect.stringMatching(/AA&E Category II.*SAMM Figure C7.F1/) }]);
    const shipment = await createShipment(db, pm, shipmentInput(caseId, { cci: true, transportationPlan: 'TP-KE-2026-01' }), TODAY);
    shipmentId = shipment.id;
    expect(shipment).toMatchObject({
      number: 'SHP-000001',
      partnerCode: 'KE',
      stage: null,
      transportationPlanRequirement: { required: true },
    });
    expect(shipment.lines.map((l) => [l.lineNumber, l.quantity, l.eeum, l.serials.length])).toEqual([
      ['001', 4, true, 4],
      ['002', 300, false, 0],
    ]);
    // The rest of line 002 (200) may ship later; 201 may not. The same serial cannot ship twice.
    expect(await fieldsOf(createShipment(db, pm, shipmentInput(caseId, { lines: [{ lineNumber: '002', quantity: 201 }] }), TODAY))).toEqual(
      ['lines.0.quantity'],
    );
    const twice = await failure(
      createShipment(
        db,
        pm,
        shipmentInput(caseId, { lines: [{ lineNumber: '001', quantity: 1, itemTypeCode: 'NVD', serialNumbers: ['nv-002'] }] }),
        TODAY,
      ),
    );
    expect(twice.status).toBe(409);
    expect(twice.fields?.[0]?.message).toContain('NV-002 (SHP-000001)');
  });

  it('a later date is a slip that needs a cause and a note; actual dates stay in order', async () => {
    const { db } = database;
    let s = await getShipment(db, pm, shipmentId, TODAY);
    expect(
      await fieldsOf(updateMilestone(db, pm, shipmentId, { version: s.version, milestone: 'delivered', plannedOn: '2026-02-05' }, TODAY)),
    ).toEqual(['reasonCode']);
    expect(
      await fieldsOf(
        updateMilestone(
          db,
          pm,
          shipmentId,
          { version: s.version, milestone: 'delivered', plannedOn: '2026-02-05', reasonCode: 'NOPE', note: 'x' },
          TODAY,
        ),
      ),
    ).toEqual(['reasonCode']);
    s = await updateMilestone(
      db,
      pm,
      shipmentId,
      { version: s.version, milestone: 'delivered', plannedOn: '2026-02-05', reasonCode: 'CARRIER', note: 'No aircraft until February' },
      TODAY,
    );
    expect(s.slips).toMatchObject([
      { milestone: 'delivered', fromOn: '2026-01-25', toOn: '2026-02-05', reasonCode: 'CARRIER', reason: 'Carrier capacity' },
    ]);
    expect(s.milestones.find((m) => m.milestone === 'delivered')).toMatchObject({ plannedOn: '2026-02-05', estimatedOn: '2026-01-25' });
    const order = await failure(
      updateMilestone(db, pm, shipmentId, { version: s.version, milestone: 'shipped', actualOn: '2026-01-10' }, TODAY),
    );
    expect(order.status).toBe(409);
    expect(order.message).toContain('Ready to ship has no actual date yet');
    const stale = await failure(updateMilestone(db, pm, shipmentId, { version: 1, milestone: 'ready', actualOn: '2026-01-05' }, TODAY));
    expect(stale.status).toBe(409);
    for (const [milestone, actualOn] of [
      ['ready', '2026-01-05'],
      ['shipped', '2026-01-10'],
      ['in_transit', '2026-01-11'],
      ['arrived', '2026-01-20'],
    ] as const)
      s = await updateMilestone(db, pm, shipmentId, { version: s.version, milestone, actualOn }, TODAY);
    // Delivered after the (slipped) plan: a second slip, with its cause.
    expect(
      await fieldsOf(updateMilestone(db, pm, shipmentId, { version: s.version, milestone: 'delivered', actualOn: '2026-02-09' }, TODAY)),
    ).toEqual(['reasonCode']);
    s = await updateMilestone(
      db,
      pm,
      shipmentId,
      { version: s.version, milestone: 'delivered', actualOn: '2026-02-09', reasonCode: 'CUSTOMS', note: 'Held at customs four days' },
      TODAY,
    );
    expect(s.stage).toBe('delivered');
    expect(s.slips.map((x) => x.reasonCode)).toEqual(['CARRIER', 'CUSTOMS']);
    expect(
      await fieldsOf(updateMilestone(db, pm, shipmentId, { version: s.version, milestone: 'received', actualOn: '2026-02-10' }, TODAY)),
    ).toEqual(['actualOn']);
  });

  it('delivered means a recorded receipt: the status "delivered" alone delivers nothing; serials are checked against the shipment', async () => {
    const { db } = database;
    let s = await getShipment(db, pm, shipmentId, TODAY);
    expect(s.lines.map((l) => l.received)).toEqual([0, 0]);
    const mismatch = await failure(
      receiveShipment(
        db,
        pm,
        shipmentId,
        {
          version: s.version,
          receivedOn: '2026-02-12',
          document: 'DD1348-1A 0001',
          lines: [{ lineNumber: '001', quantity: 2, serialNumbers: ['NV-001', 'NV-999'] }],
        },
        TODAY,
      ),
    );
    expect(mismatch.status).toBe(409);
    expect(mismatch.message).toContain('NV-999');
    expect(mismatch.fields).toEqual([{ path: 'lines.0.serialNumbers', message: 'NV-999' }]);
    expect(
      await fieldsOf(
        receiveShipment(
          db,
          pm,
          shipmentId,
          { version: s.version, receivedOn: '2026-02-12', document: 'D', lines: [{ lineNumber: '002', quantity: 301 }] },
          TODAY,
        ),
      ),
    ).toEqual(['lines.0.quantity']);
    s = await receiveShipment(
      db,
      pm,
      shipmentId,
      {
        version: s.version,
        receivedOn: '2026-02-12',
        document: 'DD1348-1A 0001',
        lines: [
          { lineNumber: '001', quantity: 3, serialNumbers: ['nv-001', 'NV-002', 'NV-003'] },
          { lineNumber: '002', quantity: 300 },
        ],
      },
      TODAY,
    );
    expect(s.lines.map((l) => [l.received, l.accepted])).toEqual([
      [3, 0],
      [300, 0],
    ]);
    expect(s.stage).toBe('received');
    expect(s.milestones.find((m) => m.milestone === 'received')?.actualOn).toBe('2026-02-12');
    // Already received: named again, it is refused.
    const again = await failure(
      receiveShipment(
        db,
        pm,
        shipmentId,
        {
          version: s.version,
          receivedOn: '2026-02-13',
          document: 'D2',
          lines: [{ lineNumber: '001', quantity: 1, serialNumbers: ['NV-001'] }],
        },
        TODAY,
      ),
    );
    expect(again.status).toBe(409);
  });

  it('accepting EEUM serials creates the EUM items with their first inventory due, atomically (a forced failure keeps nothing)', async () => {
    const { db } = database;
    let s = await getShipment(db, pm, shipmentId, TODAY);
    expect(
      await fieldsOf(
        acceptShipment(
          db,
          pm,
          shipmentId,
          { version: s.version, acceptedOn: '2026-02-20', document: 'ACC-1', lines: [{ lineNumber: '002', quantity: 301 }] },
          TODAY,
        ),
      ),
    ).toEqual(['lines.0.quantity']);
    const notReceived = await failure(
      acceptShipment(
        db,
        pm,
        shipmentId,
        {
          version: s.version,
          acceptedOn: '2026-02-20',
          document: 'ACC-1',
          lines: [{ lineNumber: '001', quantity: 1, serialNumbers: ['NV-004'] }],
        },
        TODAY,
      ),
    );
    expect(notReceived.status).toBe(409);
    expect(notReceived.message).toContain('NV-004');
    // Forced failure: NV-003 is already in end-use monitoring (recorded some other way); the whole acceptance is refused.
    const [other] = await db.select({ caseId: eumItems.caseId }).from(eumItems).limit(1);
    await db.insert(eumItems).values({
      partnerCode: 'KE',
      caseId,
      lineNumber: '001',
      itemTypeCode: 'NVD',
      category: 'enhanced',
      serialNumber: 'NV-003',
      deliveredOn: '2026-02-12',
    });
    const clash = await failure(
      acceptShipment(
        db,
        pm,
        shipmentId,
        {
          version: s.version,
          acceptedOn: '2026-02-20',
          document: 'ACC-1',
          lines: [
            { lineNumber: '001', quantity: 3, serialNumbers: SERIALS.slice(0, 3) },
            { lineNumber: '002', quantity: 300 },
          ],
        },
        TODAY,
      ),
    );
    expect(clash.status).toBe(409);
    expect(clash.message).toContain('NV-003');
    expect(other).toBeUndefined();
    const kept = await db.select().from(eumItems).where(eq(eumItems.caseId, caseId));
    expect(kept.map((i) => i.serialNumber)).toEqual(['NV-003']);
    const events = await db.select().from(deliveryEvents).where(eq(deliveryEvents.kind, 'accepted'));
    expect(events).toEqual([]);
    expect((await db.select().from(shipmentLines).where(eq(shipmentLines.shipmentId, shipmentId))).map((l) => l.accepted)).toEqual([0, 0]);
    await db.delete(eumItems).where(eq(eumItems.serialNumber, 'NV-003'));

    s = await acceptShipment(
      db,
      pm,
      shipmentId,
      {
        version: s.version,
        acceptedOn: '2026-02-20',
        document: 'ACC-1',
        lines: [
          { lineNumber: '001', quantity: 3, serialNumbers: SERIALS.slice(0, 3) },
          { lineNumber: '002', quantity: 250 },
        ],
      },
      TODAY,
    );
    expect(s.lines.map((l) => [l.received, l.accepted])).toEqual([
      [3, 3],
      [300, 250],
    ]);
    expect(s.stage).toBe('accepted');
    const items = await db.select().from(eumItems).where(eq(eumItems.caseId, caseId)).orderBy(eumItems.serialNumber);
    expect(items.map((i) => [i.serialNumber, i.category, i.deliveredOn, i.inventoryDueOn])).toEqual([
      ['NV-001', 'enhanced', '2026-02-12', '2026-05-13'],
      ['NV-002', 'enhanced', '2026-02-12', '2026-05-13'],
      ['NV-003', 'enhanced', '2026-02-12', '2026-05-13'],
    ]);
  });

  it('refuses EEUM acceptance without a control plan or site certification on file (EUM rule), keeping nothing', async () => {
    const { db } = database;
    const bare = await implementedCase(db, 'GH', { agencyCode: 'D' });
    let s = await createShipment(
      db,
      pm,
      shipmentInput(bare.id, { lines: [{ lineNumber: '001', quantity: 1, itemTypeCode: 'NVD', serialNumbers: ['GH-NV-1'] }] }),
      TODAY,
    );
    for (const [milestone, actualOn] of [
      ['ready', '2026-01-05'],
      ['shipped', '2026-01-10'],
      ['in_transit', '2026-01-11'],
      ['arrived', '2026-01-20'],
      ['delivered', '2026-01-25'],
    ] as const)
      s = await updateMilestone(db, pm, s.id, { version: s.version, milestone, actualOn }, TODAY);
    s = await receiveShipment(
      db,
      pm,
      s.id,
      {
        version: s.version,
        receivedOn: '2026-01-26',
        document: 'R',
        lines: [{ lineNumber: '001', quantity: 1, serialNumbers: ['GH-NV-1'] }],
      },
      TODAY,
    );
    const refused = await failure(
      acceptShipment(
        db,
        pm,
        s.id,
        {
          version: s.version,
          acceptedOn: '2026-01-27',
          document: 'A',
          lines: [{ lineNumber: '001', quantity: 1, serialNumbers: ['GH-NV-1'] }],
        },
        TODAY,
      ),
    );
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/control plan|certification/i);
    expect((await getShipment(db, pm, s.id, TODAY)).lines[0]?.accepted).toBe(0);
    expect(await db.select().from(eumItems).where(eq(eumItems.serialNumber, 'GH-NV-1'))).toEqual([]);
  });

  it('discrepancies: reviewed from $200, refused after a year, resolved with their resolution', async () => {
    const { db } = database;
    const s1 = await reportDiscrepancy(
      db,
      pm,
      shipmentId,
      { lineNumber: '002', kind: 'sdr', valueCents: 19_999, submittedOn: '2026-02-20', description: 'Two cartons short' },
      '2027-06-01',
    );
    const s2 = await reportDiscrepancy(
      db,
      pm,
      shipmentId,
      { lineNumber: '002', kind: 'tdr', valueCents: 50_000, submittedOn: '2027-02-13', description: 'Crushed pallet' },
      '2027-06-01',
    );
    const s3 = await reportDiscrepancy(
      db,
      pm,
      shipmentId,
      { lineNumber: '001', kind: 'sdr', valueCents: 900_000, submittedOn: '2026-03-01', description: 'One goggle inoperable' },
      TODAY,
    );
    expect(s3.discrepancies.map((d) => d.status)).toEqual(['below_threshold', 'time_barred', 'under_review']);
    expect(s1.discrepancies[0]?.statusReason).toContain('$200');
    expect(s2.discrepancies[1]?.statusReason).toContain('2027-02-12');
    const barred = s3.discrepancies[1]!;
    expect(
      (
        await failure(
          resolveDiscrepancy(db, pm, barred.id, { version: 1, resolution: 'credited', note: 'x', resolvedOn: '2026-03-10' }, TODAY),
        )
      ).status,
    ).toBe(409);
    const review = s3.discrepancies[2]!;
    const done = await resolveDiscrepancy(
      db,
      pm,
      review.id,
      { version: 1, resolution: 'replaced', note: 'Replacement shipped', resolvedOn: '2026-03-10' },
      TODAY,
    );
    expect(done.discrepancies[2]).toMatchObject({ status: 'resolved', resolution: 'replaced', resolvedOn: '2026-03-10' });
    const unreceived = await createShipment(db, pm, shipmentInput(caseId, { lines: [{ lineNumber: '002', quantity: 10 }] }), TODAY);
    expect(
      (
        await failure(
          reportDiscrepancy(
            db,
            pm,
            unreceived.id,
            { lineNumber: '002', kind: 'sdr', valueCents: 50_000, submittedOn: '2026-03-01', description: 'x' },
            TODAY,
          ),
        )
      ).status,
    ).toBe(409);
  });

  it('the F/AD is read alone by holders of fad-pairing and never appears with the country: lists, exports, search, audit', async () => {
    const { db } = database;
    expect((await failure(setFad(db, admin, shipmentId, { fad: 'II' }))).status).toBe(403);
    expect((await failure(setFad(db, auditor, shipmentId, { fad: 'II' }))).status).toBe(403);
    await setFad(db, pm, shipmentId, { fad: 'II' });
    expect(await getFad(db, pm, shipmentId)).toEqual({
      shipmentNumber: 'SHP-000001',
      fad: 'II',
      source: expect.stringContaining('DSCA 00-09'),
    });
    for (const reader of [admin, auditor, director]) expect((await failure(getFad(db, reader, shipmentId))).status).toBe(403);
    expect((await failure(getFad(db, pmOtherPartner, shipmentId))).status).toBe(404);
    // F/AD values are the Roman numerals I–V: "II" must not appear as a field anywhere the country is shown.
    const hasFad = (value: unknown) => JSON.stringify(value).match(/"fad"|"II"/);
    for (const reader of [pm, admin, auditor]) {
      expect(hasFad(await getShipment(db, reader, shipmentId, TODAY))).toBeNull();
      expect(hasFad(await listShipments(db, reader, {}, TODAY))).toBeNull();
      expect(hasFad(await listShipments(db, reader, { q: 'SHP' }, TODAY))).toBeNull();
      expect(hasFad(await deliveryDashboard(db, reader, null, TODAY))).toBeNull();
      expect(hasFad(await timeliness(db, reader, { from: '2025-01-01' }, TODAY))).toBeNull();
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(
        Buffer.from(await new Response((await exportShipments(db, reader, {}, 'xlsx', TODAY)).body).arrayBuffer()) as never,
      );
      const cells: unknown[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => cells.push(...(row.values as unknown[]))));
      expect(cells).toContain('SHP-000001');
      expect(cells.filter((c) => c === 'II' || /F\/AD|designator/i.test(String(c)))).toEqual([]);
      const timelinessBook = await text((await exportTimeliness(db, reader, { from: '2025-01-01' }, 'csv', TODAY)).body);
      expect(timelinessBook).not.toMatch(/(^|,)II(,|$)/m);
      const csv = await text((await exportShipments(db, reader, {}, 'csv', TODAY)).body);
      expect(csv).toContain('SHP-000001');
      expect(csv).not.toMatch(/(^|,)II(,|$)/m);
    }
    const audit = await listAudit(db, testWiring.auditSubjects, admin, { limit: 200 } as never);
    const fadEntries = audit.items.filter((e: { entityType: string }) => e.entityType === 'delivery_fad');
    expect(fadEntries).toHaveLength(1);
    expect(fadEntries[0]).toMatchObject({ countryCode: null });
    expect(JSON.stringify(audit.items)).not.toMatch(/"fad"\s*:|"II"/);
    // The stored value is there, apart from the shipment.
    expect(await db.select({ shipmentId: deliveryFads.shipmentId, fad: deliveryFads.fad }).from(deliveryFads)).toEqual([
      { shipmentId, fad: 'II' },
    ]);
  });

  it('roles and partner scope: read-only roles cannot write; another partner is not found; GEX-only EUM is outside GCD', async () => {
    const { db } = database;
    expect((await failure(createShipment(db, auditor, shipmentInput(caseId), TODAY))).status).toBe(403);
    expect(
      (await failure(updateMilestone(db, director, shipmentId, { version: 1, milestone: 'ready', plannedOn: '2026-01-01' }, TODAY))).status,
    ).toBe(403);
    expect((await getShipment(db, director, shipmentId, TODAY)).number).toBe('SHP-000001');
    expect((await failure(getShipment(db, pmOtherPartner, shipmentId, TODAY))).status).toBe(404);
    expect((await listShipments(db, pmOtherPartner, {}, TODAY)).items.map((s) => s.partnerCode)).toEqual(['GH']);
    expect((await failure(listShipments(db, eumGex, {}, TODAY))).status).toBe(403);
    expect((await failure(saveDelayReason(db, pm, { code: 'WEATHER', label: 'Weather' }))).status).toBe(403);
    expect((await failure(createShipment(db, pmOtherPartner, shipmentInput(caseId), TODAY))).fields?.[0]?.path).toBe('caseId');
  });

  it('the dashboard, the receipt clock and the portfolio section', async () => {
    const { db } = database;
    const late = await createShipment(db, pm, shipmentInput(caseId, { lines: [{ lineNumber: '002', quantity: 5 }] }), TODAY);
    let s = late;
    for (const [milestone, actualOn] of [
      ['ready', '2026-01-05'],
      ['shipped', '2026-01-10'],
      ['in_transit', '2026-01-11'],
      ['arrived', '2026-01-20'],
      ['delivered', '2026-01-25'],
    ] as const)
      s = await updateMilestone(db, pm, s.id, { version: s.version, milestone, actualOn }, TODAY);
    const board = await deliveryDashboard(db, pm, 'KE', TODAY);
    expect(board.receiptsUnconfirmed.items.map((r) => [r.number, r.dueOn])).toEqual([[s.number, '2026-02-24']]);
    expect(board.awaitingAcceptance.items.map((r) => [r.number, r.lineNumber, r.awaiting])).toEqual([['SHP-000001', '002', 50]]);
    // The unreceived shipment planned to deliver on 25 January and not delivered is late.
    expect(board.late.items.map((r) => r.number)).toContain('SHP-000003');
    // Money expiring within 90 days, obligated on the case whose shipments still have undelivered lines.
    const money = await createAppropriation(
      db,
      admin,
      {
        programCode: 'SEC333',
        partnerCode: 'KE',
        fiscalYear: 2026,
        name: 'Section 333 FY2026 Kenya',
        amountCents: 5_000_000_00,
        statedYear: 2026,
      },
      TODAY,
    );
    await obligate(db, admin, money.id, { amountCents: 1_000_000_00, caseId, onDate: '2026-03-01' }, TODAY);
    expect((await deliveryDashboard(db, pm, 'KE', TODAY)).expiringMoney.total).toBe(0);
    // Title 10 money cancels on 30 September of its stated year: within 90 days from 2 July.
    const expiring = (await deliveryDashboard(db, pm, 'KE', '2026-07-02')).expiringMoney;
    expect(expiring.total).toBe(1);
    expect(expiring.items[0]).toMatchObject({ availableUntil: '2026-09-30', obligatedCents: 1_000_000_00, programCode: 'SEC333' });
    expect(expiring.items[0]?.undeliveredLines).toBeGreaterThan(0);
    expect((await deliveryDashboard(db, pm, 'KE', '2026-10-01')).expiringMoney.total).toBe(0);
    const clocks = await listDeadlines(db, testWiring.deadlineSources, pm, {
      from: TODAY,
      to: '2026-12-31',
      includeOverdue: true,
      area: 'deliveries',
    } as never);
    expect(JSON.stringify(clocks)).toContain(`Shipment ${s.number}: confirm the partner's receipt`);
    const figures = await deliveriesPortfolioSection.figures(db, pm, ['KE'], TODAY);
    expect(figures.get('KE')?.find((f) => f.key === 'deliveries.receipts_unconfirmed')?.count).toBe(1);
    // Units received and not accepted: the dashboard's lines summed (the section once counted none).
    const awaiting = board.awaitingAcceptance.items.reduce((sum, r) => sum + r.awaiting, 0);
    expect(awaiting).toBeGreaterThan(0);
    expect(figures.get('KE')?.find((f) => f.key === 'deliveries.awaiting_acceptance')?.count).toBe(awaiting);
  });

  it('timeliness per fiscal quarter by program, partner, agency and cause, as CSV', async () => {
    const { db } = database;
    const report = await timeliness(db, pm, { from: '2025-10-01', to: TODAY }, TODAY);
    // SHP-000001: estimated 25 Jan, delivered 9 Feb (15 days late, latest cause CUSTOMS); SHP-000002 (GH) and the last
    // one delivered 25 January as estimated.
    expect(report.rows).toEqual([
      {
        quarter: 'FY2026 Q2',
        program: 'FMS',
        partnerCode: 'GH',
        agencyCode: 'D',
        cause: 'on_time',
        causeLabel: 'On time',
        deliverables: 1,
        late: 0,
        daysLateTotal: 0,
        averageDaysLate: 0,
      },
      {
        quarter: 'FY2026 Q2',
        program: 'SEC333',
        partnerCode: 'KE',
        agencyCode: 'B',
        cause: 'CUSTOMS',
        causeLabel: 'Customs clearance',
        deliverables: 1,
        late: 1,
        daysLateTotal: 15,
        averageDaysLate: 15,
      },
      {
        quarter: 'FY2026 Q2',
        program: 'SEC333',
        partnerCode: 'KE',
        agencyCode: 'B',
        cause: 'on_time',
        causeLabel: 'On time',
        deliverables: 1,
        late: 0,
        daysLateTotal: 0,
        averageDaysLate: 0,
      },
    ]);
    const csv = await text((await exportTimeliness(db, pm, { from: '2025-10-01', to: TODAY }, 'csv', TODAY)).body);
    expect(csv).toContain('FY2026 Q2,SEC333,KE,B,Customs clearance,CUSTOMS,1,1,15,15');
  });
});
