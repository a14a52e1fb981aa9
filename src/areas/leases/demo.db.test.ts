import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { SYSTEM_PRINCIPAL } from '../../platform/access/policy.ts';
import { verifyAuditChain } from '../../platform/audit/service.ts';
import type { DemoContext } from '../area-module.ts';
import { testWiring } from '../testing.ts';
import { leasesDemo } from './demo.ts';
import { listLeases } from './lease-service.ts';

const TODAY = '2026-12-04';

describe.each(TEST_ENGINES)('the leases demo on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('loads a lease in every state through the services, an active one with a payment overdue; the audit chain intact', async () => {
    const context = {
      db: database.db,
      wiring: testWiring,
      actor: SYSTEM_PRINCIPAL,
      size: 'demo',
      seed: 1,
      today: TODAY,
    } as unknown as DemoContext;
    expect(await leasesDemo.load(context)).toEqual({ leases: 6 });
    const all = await listLeases(database.db, SYSTEM_PRINCIPAL, {}, TODAY);
    expect(new Set(all.items.map((l) => l.status))).toEqual(
      new Set(['draft', 'certification', 'period_ended', 'active', 'returned', 'closed']),
    );
    expect(all.items.find((l) => l.status === 'active')).toMatchObject({ partnerCode: 'PL', overdueCents: 300_000_00 });
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });
});
