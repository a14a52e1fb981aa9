/*
 * The audit chain, and why audited writes do not wait on each other for it.
 *
 * Each entry is a row of `audit_log` whose keyed hash covers its content and the previous row's hash (hash-chain.ts),
 * and `seq` runs 1, 2, 3… without gaps, so `verify` finds any row changed, removed or inserted. Linking a row needs the
 * row before it, so linking is serial: but only linking, never a write's work or its commit. A write
 *  1. collects its entries in memory while it works (appendAudit);
 *  2. just before COMMIT inserts them into `audit_pending`, without any lock: they commit or roll back with the write;
 *  3. after COMMIT runs the chain step (chainPending): one short transaction under the chain lock (an advisory lock,
 *     so it holds across processes) that moves every committed pending entry, its own and those of writers that
 *     committed meanwhile, onto the chain with one insert.
 * Concurrent writers thus commit in parallel (PostgreSQL groups their commits) and share chain steps, instead of each
 * holding the lock through its own commit (~190 writes/s at 16 clients with that design; bench/audited-writes.ts).
 * A write answers only once its entries are chained, by its own step or one that took them, so what it did is in the
 * log when it answers. If a process dies between COMMIT and its step, its entries wait in `audit_pending` for the next
 * step of any writer, or of `verify`, which chains what is pending first so that its count is exact. The one window in
 * which an entry is not yet tamper-evident is those few milliseconds in `audit_pending`.
 */
import { and, asc, desc, eq, gt, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { deferUntilCommit, runAfterCommit } from '../../db/before-commit.ts';
import type { Db, Tx } from '../../db/client.ts';
import { type Principal, visibleCountries } from '../access/policy.ts';
import { requireArea } from '../access/require-access.ts';
import { hiddenSql, withheldSql } from '../access/scope-sql.ts';
import { listSort, type SortDir } from '../http/list-sort.ts';
import type { AuditSubject } from '../wiring.ts';
import { type AuditCheckpoint, checkpointSignatureHolds } from './checkpoint.ts';
import type { AuditRecordInput } from './events.ts';
import { type ChainedContent, GENESIS_HASH, HASH_VERSION, keyedChainHash, recordHash, sameDigest } from './hash-chain.ts';
import { currentAuditKey, loadedAuditKey } from './key.ts';
import { auditLog, auditPending } from './schema.ts';

/** Serialises linking so the chain has no forks; held for one chain step. */
const AUDIT_CHAIN_LOCK = 0x10b5a0d1;
/** Entries moved onto the chain per step (a step loops until none is left). */
const CHAIN_BATCH = 2000;

type AuditContent = Omit<ChainedContent, 'seq'>;
const pendingByTx = new WeakMap<object, AuditContent[]>();

/** Records one audit entry of the caller's transaction: written with it, chained right after it commits (see top). */
export async function appendAudit(tx: Tx, actor: Principal, record: AuditRecordInput): Promise<void> {
  currentAuditKey(); // no key, no write: refused now rather than after the write committed
  const content: AuditContent = {
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
  let pending = pendingByTx.get(tx);
  if (!pending) {
    const queue: AuditContent[] = [];
    const ids: number[] = [];
    const written = deferUntilCommit(tx, 'audit-pending', async () => {
      const rows = await tx.insert(auditPending).values(queue).returning({ id: auditPending.id });
      ids.push(...rows.map((r) => r.id));
    });
    // Outside a handle that defers (a savepoint, say), link at once under the lock, held to the end of the transaction.
    if (!written) return linkUnderLock(tx, [content]);
    runAfterCommit(tx, 'audit-chain', (db) => chainAfterCommit(db, ids));
    pendingByTx.set(tx, queue);
    pending = queue;
  }
  pending.push(content);
}

/** The write's own chain step; another writer's step may already have taken its entries. */
async function chainAfterCommit(db: Db, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  try {
    const [waiting] = await db
      .select({ id: auditPending.id })
      .from(auditPending)
      .where(inArray(auditPending.id, [...ids]))
      .limit(1);
    if (waiting) await chainSoon(db);
  } catch (error) {
    // The write has committed: saying it failed would be false. Its entries stay pending for the next step or verify.
    process.emitWarning(`audit entries left pending after commit: ${(error as Error).message}`);
  }
}

/**
 * One chain step at a time per database in this process: writers that commit while a step runs share the next one,
 * rather than each queueing on the chain lock with a connection held (other processes still meet at the lock).
 */
const chainers = new WeakMap<Db, () => Promise<void>>();

function chainSoon(db: Db): Promise<void> {
  let chain = chainers.get(db);
  if (!chain) {
    chain = oneAtATime(async () => void (await chainPending(db)));
    chainers.set(db, chain);
  }
  return chain();
}

/** `step` never runs twice at once; a call while it runs waits for the run after it (its input may be newer). */
export function oneAtATime(step: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const run = () => {
    const current = step().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return run();
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return run();
      });
    return next;
  };
}

/** Moves every committed pending entry onto the chain, oldest first; returns how many. */
export async function chainPending(db: Db): Promise<number> {
  let moved = 0;
  for (;;) {
    const taken = await db.transaction(async (tx) => {
      // Not waiting for the flush is safe: a step lost in a crash is lost whole (WAL is replayed in order, up to a
      // prefix), its entries back in audit_pending to be chained again; the write's own commit was flushed.
      await tx.execute(sql`select set_config('synchronous_commit', 'off', true), pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
      // Whole transactions only, so that none is split by entries of one committed meanwhile.
      const oldest = tx
        .select({ txn: auditPending.txn })
        .from(auditPending)
        .orderBy(asc(auditPending.txn), asc(auditPending.id))
        .limit(CHAIN_BATCH);
      const rows = await tx.delete(auditPending).where(inArray(auditPending.txn, oldest)).returning();
      rows.sort((a, b) => a.txn - b.txn || a.id - b.id);
      await link(
        tx,
        rows.map(({ id: _id, txn: _txn, at, ...rest }) => ({ ...rest, at: new Date(at).toISOString() })),
      );
      return rows.length;
    });
    moved += taken;
    if (taken < CHAIN_BATCH) return moved;
  }
}

async function linkUnderLock(tx: Tx, entries: readonly AuditContent[]): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  await link(tx, entries);
}

/** Links `entries` onto the chain, in order; the caller holds the chain lock. */
async function link(tx: Tx, entries: readonly AuditContent[]): Promise<void> {
  if (!entries.length) return;
  const key = currentAuditKey();
  const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map((entry) => {
    const content: ChainedContent = { seq: ++seq, ...entry };
    const hash = keyedChainHash(key, prevHash, content);
    const linked = { ...content, prevHash, hash, hashVersion: HASH_VERSION.keyed };
    prevHash = hash;
    return linked;
  });
  await tx.insert(auditLog).values(rows);
}

/** Round-trips through JSON so the hash covers exactly what jsonb will store (dates as strings, no undefined). */
function normalise(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export type ChainVerdict =
  | { ok: true; checked: number; keyed: number; unkeyed: number; checkpoints: number }
  | { ok: false; checked: number; brokenAt?: number; reason: string };

export interface VerifyOptions {
  /** Default: the key this process loaded (setAuditKey). */
  key?: Buffer;
  /** Checkpoints kept outside the database; each must be signed with the key and match the log. */
  checkpoints?: readonly AuditCheckpoint[];
  batchSize?: number;
}

/**
 * Recomputes the chain from the first record and holds it against the checkpoints; reports the first record whose
 * link, content or hash kind does not hold, or the records a checkpoint shows were removed.
 */
export async function verifyAuditChain(db: Db, options: VerifyOptions = {}): Promise<ChainVerdict> {
  const key = options.key ?? loadedAuditKey();
  const checkpoints = options.checkpoints ?? [];
  const broken = (checked: number, reason: string, brokenAt?: number): ChainVerdict => ({
    ok: false,
    checked,
    reason,
    ...(brokenAt !== undefined ? { brokenAt } : {}),
  });
  if (checkpoints.length && !key) throw new Error('the audit key is needed to check the checkpoints');
  // Entries of writes that committed but were not chained yet (a process stopped in between) belong in the count.
  if (loadedAuditKey() && (await db.select({ id: auditPending.id }).from(auditPending).limit(1)).length) await chainPending(db);
  for (const checkpoint of checkpoints) {
    if (!checkpointSignatureHolds(key!, checkpoint)) {
      return broken(0, `checkpoint of ${checkpoint.at} (record ${checkpoint.seq}) has a bad signature: forged, or signed with another key`);
    }
  }
  // Every checkpoint counts, several at one record too: a log rolled back and grown again differs from the older one.
  const expectedAt = new Map<number, AuditCheckpoint[]>();
  for (const c of checkpoints) expectedAt.set(c.seq, [...(expectedAt.get(c.seq) ?? []), c]);
  // Every checkpoint was written after the key existed, so an unkeyed record after the earliest one was forged.
  const keyedSince = checkpoints.length ? Math.min(...checkpoints.map((c) => c.seq)) : Number.POSITIVE_INFINITY;
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let keyed = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(options.batchSize ?? 5000);
    for (const row of rows) {
      const at = `record ${row.seq}`;
      if (row.seq !== expectedSeq) return broken(checked, `record ${expectedSeq} is missing (the next is ${row.seq})`, expectedSeq);
      if (row.prevHash !== prevHash) return broken(checked, `${at}: does not link to record ${row.seq - 1}`, row.seq);
      if (row.hashVersion === HASH_VERSION.unkeyed && keyed > 0) {
        return broken(checked, `${at}: unkeyed hash after keyed records (re-hashed without the key)`, row.seq);
      }
      if (row.hashVersion === HASH_VERSION.unkeyed && row.seq > keyedSince) {
        return broken(checked, `${at}: unkeyed hash after the checkpoint at record ${keyedSince} (re-hashed without the key)`, row.seq);
      }
      if (row.hashVersion !== HASH_VERSION.unkeyed && row.hashVersion !== HASH_VERSION.keyed) {
        return broken(checked, `${at}: unknown hash version ${row.hashVersion}`, row.seq);
      }
      if (row.hashVersion === HASH_VERSION.keyed && !key) throw new Error('the audit key is needed to verify keyed records');
      const { hash, prevHash: _p, hashVersion, at: time, ...rest } = row;
      const recomputed = recordHash(hashVersion, key, prevHash, { ...rest, at: new Date(time).toISOString() });
      if (!sameDigest(recomputed, hash)) {
        const kind = hashVersion === HASH_VERSION.keyed ? 'keyed' : 'unkeyed';
        return broken(checked, `${at}: hash does not match its content (${kind})`, row.seq);
      }
      const checkpoint = expectedAt.get(row.seq)?.find((c) => c.hash !== hash);
      if (checkpoint) {
        return broken(checked, `${at}: hash differs from the checkpoint of ${checkpoint.at} (the log was rewritten up to it)`, row.seq);
      }
      if (hashVersion === HASH_VERSION.keyed) keyed += 1;
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length === 0) break;
  }
  const latest = checkpoints.reduce<AuditCheckpoint | undefined>((a, c) => (a && a.seq >= c.seq ? a : c), undefined);
  if (latest && latest.seq > checked) {
    return checked === 0
      ? broken(0, `log is empty but the checkpoint of ${latest.at} says ${latest.seq}`, 1)
      : broken(checked, `records after ${checked} are missing: the checkpoint of ${latest.at} says ${latest.seq}`, checked + 1);
  }
  return { ok: true, checked, keyed, unkeyed: checked - keyed, checkpoints: checkpoints.length };
}

/** The audit log's sorts: `time` is the order entries were written in (their sequence). */
export const auditSorting = listSort(['time', 'actor', 'action'], { default: 'time', descendingFirst: ['time'] });

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  /** The records a business identifier names (resolved by the caller): entries about any of them. */
  entityIds?: readonly string[];
  actor?: string;
  from?: string;
  to?: string;
  sort?: (typeof auditSorting.keys)[number];
  dir?: SortDir | undefined;
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
  const { where, withheld, order } = auditListing(subjects, principal, query);
  const [items, [total]] = await Promise.all([
    db
      .select({ entry: auditLog, withheld })
      .from(auditLog)
      .where(where)
      .orderBy(...order)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items: items.map(shownEntry), total: total?.n ?? 0 };
}

/** An entry as the principal may see it: of a withheld record, only that it exists. */
export const shownEntry = ({
  entry: { hashVersion: _v, ...entry },
  withheld,
}: {
  entry: typeof auditLog.$inferSelect;
  withheld: boolean;
}) => ({
  ...entry,
  at: new Date(entry.at).toISOString(),
  ...(withheld
    ? { entityId: WITHHELD_REFERENCE, countryCode: null, before: null, after: null }
    : { before: entry.before as Record<string, unknown> | null, after: entry.after as Record<string, unknown> | null }),
});

/**
 * The audit log's filters, masking and order in SQL (GET /audit and its downloads). Time is the log's sequence, the
 * order entries were written in; other sorts keep entries of equal value in that order.
 */
export function auditListing(subjects: readonly AuditSubject[], principal: Principal, query: Omit<AuditQuery, 'limit' | 'offset'>) {
  const markings = subjectMarkings(subjects);
  const withheld = markings ? withheldSql(principal, markings) : sql<boolean>`false`;
  const conditions: SQL[] = [];
  // Entries about a record-marked record (TSFD) the principal lacks need-to-know for are not listed at all.
  if (markings) conditions.push(sql`not ${hiddenSql(principal, markings)}`);
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) conditions.push(sql`(not ${withheld} and ${eq(auditLog.entityId, query.entityId)})`);
  if (query.entityIds)
    conditions.push(query.entityIds.length ? sql`(not ${withheld} and ${inArray(auditLog.entityId, [...query.entityIds])})` : sql`false`);
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
  const order = auditSorting.orderBy(
    { time: auditLog.seq, actor: auditLog.actorName, action: auditLog.action },
    { sort: query.sort ?? 'time', dir: query.dir },
    auditLog.seq,
  );
  return { where: conditions.length ? and(...conditions) : undefined, withheld, order };
}

/** What a withheld record's reference reads as in the audit log. */
export const WITHHELD_REFERENCE = 'withheld';
