import type { Db, Tx } from './client.ts';

// Work a transaction defers to its end: run inside it just before COMMIT, or after it committed. The audit log writes
// its entries just before COMMIT and chains them after it, so no lock is held across any write's work or commit.

const deferred = new WeakMap<object, Map<string, () => Promise<void>>>();
const afterwards = new WeakMap<object, Map<string, (db: Db) => Promise<void>>>();

/** Makes every `db.transaction` of this handle run its deferred work before it commits (not on rollback). */
export function runDeferredBeforeCommit(db: Db): Db {
  const begin = db.transaction.bind(db);
  const transaction: Db['transaction'] = async (work, config) => {
    const after = new Map<string, (db: Db) => Promise<void>>();
    const result = await begin(async (tx) => {
      const jobs = new Map<string, () => Promise<void>>();
      deferred.set(tx, jobs);
      afterwards.set(tx, after);
      const result = await work(tx);
      // A job may defer more (nothing does yet); run until none is left.
      while (jobs.size) {
        const [name, job] = jobs.entries().next().value!;
        jobs.delete(name);
        await job();
      }
      return result;
    }, config);
    for (const job of after.values()) await job(db);
    return result;
  };
  return Object.assign(db, { transaction });
}

/**
 * Runs `job` once at the end of `tx` (the first deferral under `name` wins). Returns false, deferring nothing, when
 * `tx` is not a transaction of a handle made by `runDeferredBeforeCommit`: the caller then does the work at once.
 */
export function deferUntilCommit(tx: Db | Tx, name: string, job: () => Promise<void>): boolean {
  const jobs = deferred.get(tx);
  if (!jobs) return false;
  if (!jobs.has(name)) jobs.set(name, job);
  return true;
}

/**
 * Runs `job` with the handle once after `tx` committed (the first under `name` wins; never after a rollback). Returns false, running
 * nothing, when `tx` is not a transaction of a handle made by `runDeferredBeforeCommit`.
 */
export function runAfterCommit(tx: Db | Tx, name: string, job: (db: Db) => Promise<void>): boolean {
  const jobs = afterwards.get(tx);
  if (!jobs) return false;
  if (!jobs.has(name)) jobs.set(name, job);
  return true;
}
