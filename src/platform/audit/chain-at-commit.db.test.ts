import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { testPrincipal } from '../testing/principals.ts';
import type { AuditRecordInput } from './events.ts';
import { auditLog } from './schema.ts';
import { appendAudit, verifyAuditChain } from './service.ts';

const admin = testPrincipal(['administrator']);
const entry = (entityId: string): AuditRecordInput => ({
  entityType: 'partner',
  action: 'partner.updated',
  entityId,
  countryCode: 'AT',
  after: { n: entityId },
});
const entities = async (database: Database) =>
  (await database.db.select({ seq: auditLog.seq, entityId: auditLog.entityId }).from(auditLog).orderBy(auditLog.seq)).map(
    (r) => `${r.seq}:${r.entityId}`,
  );

describe.each(TEST_ENGINES)('audit records chained at commit on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('links a transaction’s records in the order written, and none of a transaction rolled back', async () => {
    const { db } = database;
    await db.transaction(async (tx) => {
      await appendAudit(tx, admin, entry('a1'));
      await appendAudit(tx, admin, entry('a2'));
    });
    await expect(
      db.transaction(async (tx) => {
        await appendAudit(tx, admin, entry('lost'));
        throw new Error('refused after the audit entry was made');
      }),
    ).rejects.toThrow('refused');
    await db.transaction((tx) => appendAudit(tx, admin, entry('b1')));
    expect(await entities(database)).toEqual(['1:a1', '2:a2', '3:b1']);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 3 });
  });

  // PGlite has one connection: its transactions run one after another, so this is a server's property, tested there.
  if (engine === 'postgres')
    it('lets an unrelated write commit while another is still working (no chain lock held during work)', async () => {
      const { db } = database;
      let releaseSlow!: () => void;
      const slowMayFinish = new Promise<void>((resolve) => {
        releaseSlow = resolve;
      });
      const order: string[] = [];
      const slow = db.transaction(async (tx) => {
        await appendAudit(tx, admin, entry('slow'));
        await slowMayFinish;
        order.push('slow commits');
      });
      // Before chaining at commit, this waited on the slow writer's chain lock until the slow one ended: a deadlock here.
      await db.transaction((tx) => appendAudit(tx, admin, entry('fast')));
      order.push('fast committed');
      releaseSlow();
      await slow;
      expect(order).toEqual(['fast committed', 'slow commits']);
      const rows = await entities(database);
      expect(rows.slice(-2)).toEqual(['4:fast', '5:slow']);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 5 });
    });
});
