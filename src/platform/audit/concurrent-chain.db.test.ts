import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { testPrincipal } from '../testing/principals.ts';
import { auditLog, auditPending } from './schema.ts';
import { appendAudit, chainPending, verifyAuditChain } from './service.ts';

const admin = testPrincipal(['administrator']);
const WRITERS = 16;
const WRITES_EACH = 12;

const write = (database: Database, writer: number, i: number, entries = 1) =>
  database.db.transaction(async (tx) => {
    for (let e = 0; e < entries; e += 1) {
      await appendAudit(tx, admin, {
        entityType: 'partner',
        action: 'partner.updated',
        entityId: `P${writer}`,
        countryCode: 'AT',
        after: { writer, i, e },
      });
    }
  });

describe.each(TEST_ENGINES)('the audit chain under concurrent writers on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('chains every entry of many parallel transactions once, in one unbroken chain that verify counts exactly', async () => {
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, writer) => {
        for (let i = 0; i < WRITES_EACH; i += 1) await write(database, writer, i, 1 + (i % 3));
      }),
    );
    const expected = WRITERS * Array.from({ length: WRITES_EACH }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b, 0);
    const rows = await database.db.select({ seq: auditLog.seq, after: auditLog.after }).from(auditLog).orderBy(auditLog.seq);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
    const distinct = new Set(rows.map((r) => JSON.stringify(r.after)));
    expect(distinct.size).toBe(expected);
    expect(await database.db.select().from(auditPending)).toEqual([]);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: expected, keyed: expected, unkeyed: 0, checkpoints: 0 });
  });

  it('keeps the entries of one transaction together and in the order written', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, writer) => write(database, 100 + writer, 0, 5)));
    const rows = await database.db.select({ entityId: auditLog.entityId, after: auditLog.after }).from(auditLog).orderBy(auditLog.seq);
    const last = rows.slice(-40);
    for (let block = 0; block < 8; block += 1) {
      const run = last.slice(block * 5, block * 5 + 5);
      expect(new Set(run.map((r) => r.entityId)).size).toBe(1);
      expect(run.map((r) => (r.after as { e: number }).e)).toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('chains entries a stopped process left pending, at the next write or at verify, so the count stays exact', async () => {
    const before = (await verifyAuditChain(database.db)) as { checked: number };
    // What a process leaves when it dies between its COMMIT and its chain step.
    await database.db.execute(
      sql`insert into audit_pending (at, actor_id, actor_name, action, entity_type, entity_id, country_code, after)
          values (now(), 'u', 'someone', 'partner.updated', 'partner', 'LEFT', 'AT', '{"left":1}'),
                 (now(), 'u', 'someone', 'partner.updated', 'partner', 'LEFT', 'AT', '{"left":2}')`,
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: before.checked + 2 });
    await database.db.execute(
      sql`insert into audit_pending (at, actor_id, actor_name, action, entity_type, entity_id, after)
          values (now(), 'u', 'someone', 'partner.updated', 'partner', 'LEFT', '{"left":3}')`,
    );
    await write(database, 200, 0);
    expect(await database.db.select().from(auditPending)).toEqual([]);
    expect(await chainPending(database.db)).toBe(0);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: before.checked + 4 });
  });
});
