import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { SYSTEM_PRINCIPAL } from '../../platform/access/policy.ts';
import { verifyAuditChain } from '../../platform/audit/service.ts';
import type { DemoContext } from '../area-module.ts';
import { testWiring } from '../testing.ts';
import { capacityBuildingDemo } from './demo.ts';
import { listProposals } from './proposal-service.ts';
import { listReviews } from './review-service.ts';
import { PROPOSAL_STATUSES } from './rules/proposal-status.ts';

const TODAY = '2026-12-04';

describe.each(TEST_ENGINES)('the capacity-building demo on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('loads a proposal in every state through the services, BPC cases and reviews; the audit chain intact', async () => {
    const context = {
      db: database.db,
      wiring: testWiring,
      actor: SYSTEM_PRINCIPAL,
      size: 'demo',
      seed: 1,
      today: TODAY,
    } as unknown as DemoContext;
    expect(await capacityBuildingDemo.load(context)).toEqual({ cb_proposals: 11, bpc_cases: 3 });
    const all = await listProposals(database.db, SYSTEM_PRINCIPAL, { limit: 200 });
    expect(new Set(all.items.map((p) => p.status))).toEqual(new Set(PROPOSAL_STATUSES));
    const reviews = await listReviews(database.db, SYSTEM_PRINCIPAL, {}, TODAY);
    expect(reviews.items.map((r) => [r.kind, r.status, r.openActions, r.overdueActions])).toEqual([
      ['periodic', 'open', 2, 1],
      ['event', 'complete', 0, 0],
    ]);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true });
  });
});
