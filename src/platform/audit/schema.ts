import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/** Append-only, hash-chained: each row's hash (keyed since version 2) covers its content and the previous row's hash. */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string', precision: 3 }).notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    countryCode: text('country_code'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** HASH_VERSION in hash-chain.ts: 1 unkeyed SHA-256 (records from before the audit key), 2 HMAC-SHA256 with the key. */
    hashVersion: smallint('hash_version').notNull(),
  },
  (t) => [
    index('audit_entity_idx').on(t.entityType, t.entityId),
    index('audit_actor_idx').on(t.actorId),
    index('audit_at_idx').on(t.at),
    index('audit_country_idx').on(t.countryCode),
  ],
);

/**
 * Entries written by a transaction, not yet chained: inserted in the writing transaction (so they commit or roll back
 * with it) and moved onto `audit_log` right after commit by one short step under the chain lock (service.ts).
 */
export const auditPending = pgTable('audit_pending', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  /**
   * The writing transaction: its entries are chained together and in the order written. `id` alone does not keep them
   * together, since concurrent inserts draw from the sequence in turn.
   */
  txn: bigint('txn', { mode: 'number' }).notNull().default(sql`(pg_current_xact_id()::text)::bigint`),
  at: timestamp('at', { withTimezone: true, mode: 'string', precision: 3 }).notNull(),
  actorId: text('actor_id').notNull(),
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id').notNull(),
  countryCode: text('country_code'),
  before: jsonb('before'),
  after: jsonb('after'),
});
