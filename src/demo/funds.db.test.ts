import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkLoadCases, generateCases } from '../areas/cases/public.ts';
import { bulkLoadFunds, generateFunds, listAppropriations, listTransactions, loadFundsThroughServices } from '../areas/funds/public.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../db/testing.ts';
import { SYSTEM_PRINCIPAL } from '../platform/access/policy.ts';
import { verifyAuditChain } from '../platform/audit/service.ts';

const TODAY = '2026-06-01';

describe.each(TEST_ENGINES)('demo and bench money on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await bulkLoadCases(database.db, SYSTEM_PRINCIPAL, generateCases(3, 120, ['RO', 'EN', 'LH'], TODAY), TODAY);
  });
  afterAll(() => database?.close());

  it('plans the same money for the same seed', () => {
    const rows = ['AAA', 'AAB', 'AAC'].map((d, i) => ({
      id: d,
      identifier: `RO-B-${d}`,
      partnerCode: 'RO',
      type: i === 2 ? 'bpc' : 'defined_order',
      status: 'implemented',
      fundingSources: i === 2 ? ['section_333'] : ['fmf', 'national_funds'],
      totalCents: (i + 1) * 9_000_000_00,
    }));
    expect(generateFunds(1, rows, TODAY)).toEqual(generateFunds(1, rows, TODAY));
    expect(generateFunds(1, rows, TODAY)).not.toEqual(generateFunds(2, rows, TODAY));
    expect(generateFunds(1, rows, TODAY).map((s) => s.programCode)).toEqual(['FMF', 'FMS', 'SEC333']);
  });

  it('bulk-loads money never more obligated than appropriated', async () => {
    expect((await listTransactions(database.db, SYSTEM_PRINCIPAL, {})).items).toEqual([]);
    const { db } = database;
    const bulk = await bulkLoadFunds(db, SYSTEM_PRINCIPAL, 3, TODAY);
    expect(bulk).toBeGreaterThan(2);
    const funds = await listAppropriations(db, SYSTEM_PRINCIPAL, { limit: 500 }, TODAY);
    expect(funds.total).toBe(bulk);
    for (const f of funds.items) {
      expect(f.availableCents).toBeGreaterThanOrEqual(0);
      expect(f.availableCents).toBe(f.appropriatedCents - f.obligatedCents + f.deobligatedCents);
    }
    expect(funds.items.some((f) => f.programCode === 'SEC333' && f.availableUntil === '2026-09-30')).toBe(true);
  });

  it('loads the same plan through the services (rules applied, audited)', async () => {
    const { db } = database;
    const count = await loadFundsThroughServices(db, SYSTEM_PRINCIPAL, 3, TODAY);
    const funds = await listAppropriations(db, SYSTEM_PRINCIPAL, { limit: 500 }, TODAY);
    expect(funds.total).toBe(2 * count);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
