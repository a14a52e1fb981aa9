import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { seedDemo } from '../../demo/seed.ts';
import { SYSTEM_PRINCIPAL } from '../../platform/access/policy.ts';
import { verifyAuditChain } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { eumItems } from '../eum/public.ts';
import { testWiring } from '../testing.ts';
import { deliveryDashboard } from './report-service.ts';
import { deliveryDiscrepancies, deliveryFads, shipments } from './schema.ts';
import { getShipment, listShipments } from './shipment-service.ts';

describe.each(TEST_ENGINES)('the deliveries demo on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('loads shipments in every state through the services, the accepted EEUM serials in end-use monitoring', async () => {
    const { db } = database;
    const result = await seedDemo(db, testWiring, { size: 'demo', seed: 1 });
    expect(result).toMatchObject({ shipments: 5 });
    const today = todayIso();
    const all = await listShipments(db, SYSTEM_PRINCIPAL, { limit: 50 }, today);
    expect(all.items.map((s) => s.stage ?? 'planned').sort()).toEqual(['accepted', 'delivered', 'in_transit', 'planned', 'received']);
    expect(all.items.find((s) => s.stage === 'in_transit')).toMatchObject({
      late: true,
      latestCause: expect.stringContaining('Production'),
    });
    const board = await deliveryDashboard(db, SYSTEM_PRINCIPAL, null, today);
    expect(board.receiptsUnconfirmed.total).toBe(1);
    expect(board.awaitingAcceptance.total).toBeGreaterThanOrEqual(2);
    expect(board.late.total).toBeGreaterThanOrEqual(1);
    const accepted = all.items.find((s) => s.stage === 'accepted')!;
    const page = await getShipment(db, SYSTEM_PRINCIPAL, accepted.id, today);
    const serials = page.lines.filter((l) => l.eeum).flatMap((l) => l.serials.map((s) => s.serialNumber));
    expect(serials.length).toBeGreaterThan(0);
    const items = await db.select().from(eumItems).where(eq(eumItems.caseId, accepted.caseId));
    expect(items.map((i) => i.serialNumber)).toEqual(expect.arrayContaining(serials));
    const statuses = await db.select({ status: deliveryDiscrepancies.status }).from(deliveryDiscrepancies);
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['under_review', 'below_threshold', 'resolved']));
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(deliveryFads)).toEqual([{ n: 1 }]);
    expect((await db.select({ n: sql<number>`count(*)::int` }).from(shipments))[0]?.n).toBe(5);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  }, 300_000);
});
