import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkLoadCases, generateCases } from '../areas/cases/public.ts';
import { bulkLoadEum, complianceView, listIncidents, listItems } from '../areas/eum/public.ts';
import { testWiring } from '../areas/testing.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../db/testing.ts';
import { SYSTEM_PRINCIPAL } from '../platform/access/policy.ts';
import { verifyAuditChain } from '../platform/audit/service.ts';
import { seedDemo } from './seed.ts';

const TODAY = '2026-11-25';

describe.each(TEST_ENGINES)('end-use monitoring demo and bench data on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('demo: items at certified depots, an inventory reconciled, an incident under investigation, visits; the audit chain intact', async () => {
    const { db } = database;
    const seeded = await seedDemo(db, testWiring, { size: 'demo', seed: 1 });
    expect(seeded.eumItems).toBeGreaterThanOrEqual(36);
    const gulf = {
      ...SYSTEM_PRINCIPAL,
      roles: ['eum_specialist' as const],
      scope: { allDirectorates: true, directorates: [], allCountries: false, countries: ['SA', 'KU', 'BA', 'QA', 'AE'] },
    };
    const items = await listItems(db, gulf, { limit: 500 });
    expect(items.total).toBeGreaterThan(0);
    expect(items.items.every((i) => ['SA', 'KU', 'BA', 'QA', 'AE'].includes(i.partnerCode))).toBe(true);
    expect((await listIncidents(db, SYSTEM_PRINCIPAL, { status: 'under_investigation' })).total).toBeGreaterThan(0);
    expect((await complianceView(db, SYSTEM_PRINCIPAL, {})).overall.inventoriesCompleted).toBeGreaterThan(0);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  }, 300_000);

  it('bench: delivery records streamed through the import, then a year of inventories leaving some items delinquent', async () => {
    const { db } = database;
    await bulkLoadCases(db, SYSTEM_PRINCIPAL, generateCases(3, 60, ['RO', 'EN'], TODAY), TODAY);
    const loaded = await bulkLoadEum(db, SYSTEM_PRINCIPAL, TODAY, 20_000);
    expect(loaded).toMatchObject({ rows: 20_000, recorded: 20_000, errorCount: 0 });
    const view = await complianceView(db, SYSTEM_PRINCIPAL, { partner: 'RO', asOf: TODAY });
    expect(view.overall.items).toBeGreaterThan(5_000);
    expect(view.overall.delinquentItems).toBeGreaterThan(0);
    expect(view.overall.overdueInventories).toBe(2);
  }, 300_000);
});
