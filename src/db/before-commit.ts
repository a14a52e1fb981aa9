import type { Db, Tx } from './client.ts';

// Work a transaction defers to its end, run inside it just before COMMIT. The audit log uses it so that the one lock
// the chain needs is taken for the last statement of a write, not for the whole of it.

const deferred = new WeakMap<object, Map<string, () => Promise<void>>>();

/** Makes every `db.transaction` of this handle run its deferred work before it commits (not on rollback). */
export function runDeferredBeforeCommit(db: Db): Db {
  const begin = db.transaction.bind(db);
  const transaction: Db['transaction'] = (work, config) =>
    begin(async (tx) => {
      const jobs = new Map<string, () => Promise<void>>();
      deferred.set(tx, jobs);
      const result = await work(tx);
      // A job may defer more (nothing does yet); run until none is left.
      while (jobs.size) {
        const [name, job] = jobs.entries().next().value!;
        jobs.delete(name);
        await job();
      }
      return result;
    }, config);
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
