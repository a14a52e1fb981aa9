import { and, asc, desc, eq, gt, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { type Principal, visibleCountries } from '../access/policy.ts';
import { requireArea } from '../access/require-access.ts';
import { withheldSql } from '../access/scope-sql.ts';
import type { AuditSubject } from '../wiring.ts';
import type { AuditRecordInput } from './events.ts';
import { chainHash, GENESIS_HASH } from './hash-chain.ts';
import { auditLog } from './schema.ts';

/** Serialises appends so the chain has no forks; held until the writing transaction ends. */
const AUDIT_CHAIN_LOCK = 0x10b5a0d1;

/** Appends one audit record inside the caller's transaction, linked to the previous record's hash. */
export async function appendAudit(tx: Tx, actor: Principal, record: AuditRecordInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const content = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actorId: actor.userId,
    actorName: actor.username,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    countryCode: record.countryCode ?? null,
    before: normalise(record.before),
    after: normalise(record.after),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditLog).values({ ...content, prevHash, hash: chainHash(prevHash, content) });
}

/** Round-trips through JSON so the hash covers exactly what jsonb will store (dates as strings, no undefined). */
function normalise(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export type ChainVerdict = { ok: true; checked: number } | { ok: false; checked: number; brokenAt: number; reason: string };

/** Recomputes the chain from the first record; reports the first record whose link or content does not hold. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return { ok: false, checked, brokenAt: expectedSeq, reason: `record ${expectedSeq} is missing (next is ${row.seq})` };
      }
      if (row.prevHash !== prevHash) {
        return { ok: false, checked, brokenAt: row.seq, reason: `record ${row.seq} does not link to record ${row.seq - 1}` };
      }
      const { hash, prevHash: _p, at, ...rest } = row;
      const recomputed = chainHash(prevHash, { ...rest, at: new Date(at).toISOString() });
      if (recomputed !== hash) {
        return { ok: false, checked, brokenAt: row.seq, reason: `record ${row.seq} was altered after it was written` };
      }
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** The SQL giving the markings of the record an entry is about, from what the areas declare (`subjects`). */
export function subjectMarkings(subjects: readonly AuditSubject[]): SQL<string[]> | null {
  const cases = subjects.flatMap((subject) =>
    subject.entityTypes.map((type) => sql`when ${type} then ${subject.markings(sql`${auditLog.entityId}`)}`),
  );
  return cases.length ? sql<string[]>`coalesce(case ${auditLog.entityType} ${sql.join(cases, sql` `)} end, '{}'::text[])` : null;
}

/**
 * The audit log as the principal may see it: entries of partners in scope, and of a withheld record only that the entry
 * exists (no partner, record reference, before or after); filters on the record match only entries shown in full.
 */
export async function listAudit(db: Db, subjects: readonly AuditSubject[], principal: Principal, query: AuditQuery) {
  requireArea(principal, 'read', 'audit');
  const markings = subjectMarkings(subjects);
  const withheld = markings ? withheldSql(principal, markings) : sql<boolean>`false`;
  const conditions: SQL[] = [];
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) conditions.push(sql`(not ${withheld} and ${eq(auditLog.entityId, query.entityId)})`);
  if (query.actor) conditions.push(eq(auditLog.actorName, query.actor));
  if (query.from) conditions.push(gte(auditLog.at, `${query.from}T00:00:00.000Z`));
  if (query.to) conditions.push(lte(auditLog.at, `${query.to}T23:59:59.999Z`));
  const countries = visibleCountries(principal);
  if (countries !== 'all') {
    conditions.push(
      countries.length
        ? sql`(${auditLog.countryCode} is null or ${inArray(auditLog.countryCode, [...countries])})`
        : sql`${auditLog.countryCode} is null`,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({ entry: auditLog, withheld })
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return {
    items: items.map(({ entry, withheld }) => ({
      ...entry,
      at: new Date(entry.at).toISOString(),
      ...(withheld
        ? { entityId: WITHHELD_REFERENCE, countryCode: null, before: null, after: null }
        : { before: entry.before as Record<string, unknown> | null, after: entry.after as Record<string, unknown> | null }),
    })),
    total: total?.n ?? 0,
  };
}

/** What a withheld record's reference reads as in the audit log. */
export const WITHHELD_REFERENCE = 'withheld';
