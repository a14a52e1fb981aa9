import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { search } from '../../platform/search/service.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { myWork } from '../../platform/work/service.ts';
import { cases } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { receiveShipment, saveDelayReason } from './receipt-service.ts';
import { createShipment, getShipment, setFad, updateMilestone } from './shipment-service.ts';
import { implementedCase } from './test-fixtures.ts';

const pm = testPrincipal(['capacity_building_pm'], { directorates: ['GCD'] });
const pmGhana = testPrincipal(['capacity_building_pm'], { directorates: ['GCD'], countries: ['GH'] });
const admin = testPrincipal(['administrator']);
const eumGex = testPrincipal(['eum_specialist'], { directorates: ['GEX'] });
const TODAY = '2026-03-31';
const TCN = 'FB2519603110001XX';

const shipmentInput = (caseId: string, planned: Record<string, string>, overrides: Record<string, unknown> = {}) => ({
  caseId,
  mode: 'air' as const,
  origin: 'Defense Distribution Depot Susquehanna, PA',
  custodyTransferPoint: 'Port of debarkation',
  planned,
  lines: [{ lineNumber: '002', quantity: 100 }],
  ...overrides,
});

describe.each(TEST_ENGINES)('shipments in the global search and "my work" on %s', (engine) => {
  let database: Database;
  const find = (who: typeof admin, q: string) => search(database.db, testWiring.searchSources, who, { q });
  const titles = (result: Awaited<ReturnType<typeof find>>) =>
    result.groups.find((g) => g.kind === 'shipment')?.hits.map((h) => h.title) ?? [];
  let received: { id: string; number: string };
  let late: { id: string; number: string };
  let withheld: { id: string; number: string };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    await saveDelayReason(db, admin, { code: 'CUSTOMS', label: 'Customs clearance' });
    const kenya = await implementedCase(db, 'KE', { bpc: true, controlPlanOn: '2025-01-01' });
    const early = { ready: '2026-01-05', shipped: '2026-01-10', in_transit: '2026-01-11', arrived: '2026-01-20', delivered: '2026-01-25' };
    received = await createShipment(db, pm, shipmentInput(kenya.id, early, { tcn: TCN }), TODAY);
    received = { ...received, number: (await getShipment(db, pm, received.id, TODAY)).number };
    for (const [milestone, actualOn] of Object.entries(early)) {
      const { version } = await getShipment(db, pm, received.id, TODAY);
      await updateMilestone(db, pm, received.id, { version, milestone, actualOn }, TODAY);
    }
    const s = await getShipment(db, pm, received.id, TODAY);
    await receiveShipment(
      db,
      pm,
      received.id,
      {
        version: s.version,
        receivedOn: '2026-01-26',
        document: 'DD1348-1A W25G1Q-6026-0042',
        lines: [{ lineNumber: '002', quantity: 100 }],
      },
      TODAY,
    );
    await setFad(db, pm, received.id, { fad: 'II' });
    // Planned to be delivered before today, nothing actual: late.
    const created = await createShipment(db, pm, shipmentInput(kenya.id, { ...early, delivered: '2026-03-01' }), TODAY);
    late = { id: created.id, number: (await getShipment(db, pm, created.id, TODAY)).number };
    // A shipment of a case withheld pending congressional notification: nothing of it is found without the need-to-know.
    const other = await implementedCase(db, 'KE', { agencyCode: 'D' });
    const hidden = await createShipment(db, pm, shipmentInput(other.id, early), TODAY);
    withheld = { id: hidden.id, number: (await getShipment(db, admin, hidden.id, TODAY)).number };
    await db.update(cases).set({ markings: sql`array['pre-notification']::text[]` }).where(eq(cases.id, other.id));
  });
  afterAll(() => database?.close());

  it('finds a shipment by its number, its TCN and the document of its receipt, with a link to it', async () => {
    const byNumber = await find(pm, received.number);
    expect(byNumber.groups.find((g) => g.kind === 'shipment')).toMatchObject({
      total: 1,
      hits: [{ id: received.id, title: received.number, link: `/deliveries/shipments/${received.id}` }],
      listLink: `/deliveries?q=${received.number}`,
    });
    expect(titles(await find(pm, TCN.toLowerCase()))).toEqual([received.number]);
    expect(titles(await find(pm, 'W25G1Q-6026-0042'))).toEqual([received.number]);
    expect(titles(await find(pm, 'SHP-')).sort()).toEqual([received.number, late.number].sort());
  });

  it('never finds a shipment out of scope, of a withheld case, or in an area not granted; never shows the F/AD', async () => {
    expect(titles(await find(pmGhana, received.number))).toEqual([]);
    expect(titles(await find(pm, withheld.number))).toEqual([]);
    expect(titles(await find(admin, withheld.number))).toEqual([withheld.number]);
    expect((await find(eumGex, received.number)).groups.some((g) => g.kind === 'shipment')).toBe(false);
    // The F/AD is on file for this shipment and its partner is Kenya: the search names the partner and never the F/AD.
    const hit = (await find(pm, received.number)).groups.find((g) => g.kind === 'shipment')!.hits[0]!;
    expect(hit.detail).toContain('KE');
    expect(hit.detail).not.toMatch(/\bII\b|F\/AD|fad/i);
  });

  it('counts late shipments and those whose acceptance is to be recorded, as the lists they link to', async () => {
    const work = await myWork(database.db, testWiring.workQueues, testWiring.deadlineSources, pm, TODAY);
    const item = (key: string) => work.items.find((q) => q.key === key);
    expect(item('deliveries.late')).toMatchObject({ count: 1, link: '/deliveries?late=true', tone: 'overdue' });
    expect(item('deliveries.acceptance_due')).toMatchObject({ count: 1, link: '/deliveries?stage=received', tone: 'due' });
    const ghana = await myWork(database.db, testWiring.workQueues, testWiring.deadlineSources, pmGhana, TODAY);
    expect(ghana.items.find((q) => q.key === 'deliveries.late')?.count).toBe(0);
  });
});
