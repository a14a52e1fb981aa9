import { eq } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { type Principal, SYSTEM_PRINCIPAL } from '../access/policy.ts';
import { principalOf } from '../auth/principal.ts';
import { badRequest } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { users } from '../users/schema.ts';
import { dropFile, readFile, storeFile } from './files.ts';
import { finishAttempt, insertJob, type JobRow, markRunning, requestCancel, saveProgress } from './service.ts';

export interface JobContext<P> {
  id: string;
  params: P;
  /** The user who asked, as they are now (a revoked scope applies to a job still queued); the system for scheduled jobs. */
  principal: Principal;
  database: Database;
  /** Aborted when the job is cancelled or the worker stops: a long job checks it between steps. */
  signal: AbortSignal;
  /** Saves progress (shown in the jobs panel); aborts `signal` when a cancel was asked for meanwhile. */
  progress(done: number, total?: number | null, note?: string): Promise<void>;
  /** The uploaded file, for a kind that takes one. */
  input(): AsyncIterable<Uint8Array>;
}

export interface JobOutcome {
  /** A JSON summary shown with the finished job. */
  result: unknown;
  /** A rendered document, stored with the job and downloaded by its creator. */
  file?: { name: string; type: string; body: AsyncIterable<Uint8Array> | Iterable<Uint8Array> };
}

export interface JobKind<P = unknown> {
  kind: string;
  /** What the job does, in plain words for the jobs panel. */
  label: string;
  params: z.ZodType<P>;
  /** True when the job works on an uploaded file. */
  upload?: boolean;
  /** Refuses (403/404) a principal who may not start this job; run again when the job starts. */
  authorize(principal: Principal, params: P, database: Database): void | Promise<void>;
  run(context: JobContext<P>): Promise<JobOutcome>;
  /** Run by the system on this cron schedule (UTC) with these parameters. */
  schedule?: { cron: string; params: P };
}

export interface JobQueue {
  kinds: ReadonlyMap<string, JobKind>;
  submit(principal: Principal, kind: string, rawParams: unknown, input?: AsyncIterable<Uint8Array>): Promise<JobRow>;
  cancel(principal: Principal, id: string, version: number): Promise<JobRow>;
  /** Stops taking jobs; jobs running here are stopped and handed back to the queue for a retry by the next worker. */
  stop(): Promise<void>;
}

export interface QueueOptions {
  /** Run jobs in this process (the single-process default and `iops worker`); otherwise only queue them. */
  work: boolean;
  logger: Logger;
  /** Attempts after the first when a job fails. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  pollingIntervalSeconds?: number;
}

class Cancelled extends Error {}

async function principalFor(database: Database, userId: string | null): Promise<Principal> {
  if (userId === null) return SYSTEM_PRINCIPAL;
  const [user] = await database.db.select().from(users).where(eq(users.id, userId));
  if (!user?.active) throw new Error('The user who started this job can no longer sign in');
  return principalOf(user, 'token');
}

/**
 * Jobs in PostgreSQL with pg-boss, on both engines: pg-boss runs its SQL through our connection (its `db` adapter), so
 * the embedded PGlite default has the same queue, retries and schedules in the same database as a server.
 */
export async function startJobQueue(database: Database, kinds: readonly JobKind[], options: QueueOptions): Promise<JobQueue> {
  const byKind = new Map(kinds.map((k) => [k.kind, k as JobKind]));
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => database.executeSql(text, values) },
    schema: 'pgboss',
    supervise: options.work,
    schedule: options.work,
    migrate: true,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (err) => options.logger.error({ err }, 'job queue error'));
  await boss.start();
  const queueOptions = { retryLimit: options.retryLimit ?? 3, retryDelay: options.retryDelaySeconds ?? 5, expireInSeconds: 60 * 60 };
  for (const kind of byKind.keys()) if (!(await boss.getQueue(kind))) await boss.createQueue(kind, { name: kind, ...queueOptions });
  const running = new Map<string, AbortController>();

  const runOne = async (job: PgBoss.JobWithMetadata<{ jobId?: string }>) => {
    const kind = byKind.get(job.name)!;
    // A scheduled run arrives without our row: the system's job, under the queue's id (so a retry finds the same row).
    const id = job.data.jobId ?? (await insertJob(database.db, SYSTEM_PRINCIPAL, kind.kind, kind.schedule?.params ?? {}, true, job.id)).id;
    const row = await markRunning(database.db, id);
    if (!row) return; // cancelled while queued
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const principal = await principalFor(database, row.createdBy);
      const params = kind.params.parse(row.params);
      await kind.authorize(principal, params, database);
      const outcome = await kind.run({
        id,
        params,
        principal,
        database,
        signal: controller.signal,
        progress: async (done, total = null, note) => {
          if (await saveProgress(database.db, id, done, total, note ?? null)) controller.abort(new Cancelled('cancelled'));
          controller.signal.throwIfAborted();
        },
        input: () => readFile(database.db, id, 'input'),
      });
      controller.signal.throwIfAborted();
      if (outcome.file) {
        await dropFile(database.db, id, 'output');
        await storeFile(database.db, id, 'output', outcome.file.body);
      }
      const file = outcome.file ? { name: outcome.file.name, type: outcome.file.type } : undefined;
      await finishAttempt(database.db, id, { state: 'completed', result: outcome.result, ...(file ? { file } : {}) });
    } catch (error) {
      if (controller.signal.reason instanceof Cancelled) {
        await finishAttempt(database.db, id, { state: 'cancelled' });
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      const retrying = job.retryCount < job.retryLimit;
      await finishAttempt(database.db, id, { state: retrying ? 'retrying' : 'failed', error: message });
      options.logger.warn({ err: error, job: id, kind: job.name, retrying }, 'job attempt failed');
      throw error;
    } finally {
      running.delete(id);
    }
  };

  if (options.work) {
    const workOptions = { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 } as const;
    for (const kind of byKind.values()) {
      await boss.work<{ jobId?: string }>(kind.kind, workOptions, async ([job]) => runOne(job!));
      if (kind.schedule) await boss.schedule(kind.kind, kind.schedule.cron, { scheduled: true }, { tz: 'UTC' });
    }
  }

  return {
    kinds: byKind,
    async submit(principal, kindName, rawParams, input) {
      const kind = byKind.get(kindName);
      if (!kind) throw badRequest('Unknown job', [{ path: 'kind', message: `one of ${[...byKind.keys()].join(', ')}` }]);
      const params = parseInput(kind.params, rawParams ?? {});
      await kind.authorize(principal, params, database);
      if (kind.upload && !input) throw badRequest('Send the file as the request body', [{ path: '(body)', message: 'a CSV or XLSX file' }]);
      const row = await insertJob(database.db, principal, kind.kind, params, principal === SYSTEM_PRINCIPAL);
      if (input) await storeFile(database.db, row.id, 'input', input);
      await boss.send(kind.kind, { jobId: row.id }, { id: row.id, ...queueOptions });
      return row;
    },
    async cancel(principal, id, version) {
      const { row, queued } = await requestCancel(database.db, principal, id, version);
      if (queued) await boss.cancel(row.kind, id);
      else running.get(id)?.abort(new Cancelled('cancelled'));
      return row;
    },
    async stop() {
      for (const controller of running.values()) controller.abort(new Error('The worker stopped; the job is retried'));
      await boss.stop({ graceful: true, timeout: 5_000, wait: true });
    },
  };
}
