import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testWiring } from '../../areas/testing.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import type { Principal } from '../access/policy.ts';
import { principalOf } from '../auth/principal.ts';
import { failure } from '../testing/failure.ts';
import { testPrincipal } from '../testing/principals.ts';
import { createUser } from '../users/service.ts';
import { readFile } from './files.ts';
import { type JobKind, type JobQueue, startJobQueue } from './queue.ts';
import { getJob, listJobs } from './service.ts';

const logger = pino({ level: 'silent' });
const admin = testPrincipal(['administrator']);

/** Counts to `steps`, a step every `ms`, saving progress; `failFirst` fails the first attempt. Output: the steps it ran. */
const counting: JobKind<{ steps: number; ms: number; failFirst?: boolean }> = {
  kind: 'test.count',
  label: 'Count',
  params: z.object({ steps: z.number().int().min(1), ms: z.number().int().min(0), failFirst: z.boolean().optional() }),
  authorize: () => {},
  async run({ params, progress, database, id }) {
    const [row] = (await database.executeSql('select attempts from jobs where id = $1', [id])).rows as { attempts: number }[];
    if (params.failFirst && row!.attempts === 1) throw new Error('first attempt fails');
    for (let step = 1; step <= params.steps; step += 1) {
      await sleep(params.ms);
      await progress(step, params.steps, `step ${step}`);
    }
    const text = `counted to ${params.steps}`;
    return { result: { counted: params.steps }, file: { name: 'count.txt', type: 'text/plain', body: [Buffer.from(text)] } };
  },
};

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await sleep(100);
  }
}

describe.each(TEST_ENGINES)('background jobs on %s', (engine) => {
  let database: Database;
  let owner: Principal;
  let other: Principal;
  const queues: JobQueue[] = [];
  const start = async (work: boolean) => {
    const queue = await startJobQueue(database, [counting], { work, logger, retryDelaySeconds: 1, pollingIntervalSeconds: 0.5 });
    queues.push(queue);
    return queue;
  };
  const stopAll = async () => {
    for (const q of queues.splice(0)) await q.stop();
  };
  const user = async (username: string) =>
    principalOf(
      {
        ...(await createUser(database.db, testWiring.partners, admin, {
          username,
          displayName: username,
          password: 'a long enough password',
          roles: ['case_writer'],
          allDirectorates: true,
          directorates: [],
          allCountries: true,
          countries: [],
        })),
        needToKnow: [],
        mustChangePassword: false,
        partnerCode: null,
        partnerRole: null,
        partnerPermissions: [],
      },
      'session',
    );
  const state = (id: string) => () => getJob(database.db, admin, id);

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    owner = await user('job.owner');
    other = await user('job.other');
  });
  afterEach(stopAll);
  afterAll(() => database?.close());

  it('runs a job to completion with progress, result and output file; only its creator and administrators read it', async () => {
    const queue = await start(true);
    const job = await queue.submit(owner, 'test.count', { steps: 3, ms: 10 });
    expect(job.state).toBe('queued');
    const done = await until('completion', state(job.id), (j) => j.state === 'completed');
    expect(done).toMatchObject({ progressDone: 3, progressTotal: 3, progressNote: 'step 3', result: { counted: 3 }, attempts: 1 });
    const chunks: Uint8Array[] = [];
    for await (const chunk of readFile(database.db, job.id, 'output')) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe('counted to 3');
    expect((await getJob(database.db, owner, job.id)).id).toBe(job.id);
    expect((await failure(getJob(database.db, other, job.id))).status).toBe(404);
    expect((await listJobs(database.db, other, { limit: 50 })).map((j) => j.id)).not.toContain(job.id);
    expect((await listJobs(database.db, owner, { limit: 50 })).map((j) => j.id)).toContain(job.id);
    expect((await listJobs(database.db, admin, { limit: 50 })).map((j) => j.id)).toContain(job.id);
  });

  it('survives a restart: stopped mid-job, a new worker takes it up and completes it', async () => {
    const first = await start(true);
    const job = await first.submit(owner, 'test.count', { steps: 12, ms: 150 });
    await until('a few steps', state(job.id), (j) => j.progressDone >= 2);
    await first.stop();
    const stopped = await getJob(database.db, admin, job.id);
    expect(stopped.state).toBe('retrying');
    expect(stopped.progressDone).toBeLessThan(12);
    await start(true);
    const done = await until('completion after restart', state(job.id), (j) => j.state === 'completed');
    expect(done.attempts).toBe(2);
    expect(done.result).toEqual({ counted: 12 });
  });

  it('retries a failed attempt', async () => {
    const queue = await start(true);
    const job = await queue.submit(owner, 'test.count', { steps: 1, ms: 0, failFirst: true });
    const done = await until('completion on retry', state(job.id), (j) => j.state === 'completed');
    expect(done.attempts).toBe(2);
  });

  it('cancels a running job at its next step, and a queued one before it starts; another user cannot', async () => {
    const queue = await start(true);
    const job = await queue.submit(owner, 'test.count', { steps: 200, ms: 50 });
    const running = await until('running', state(job.id), (j) => j.state === 'running' && j.progressDone > 0);
    expect((await failure(queue.cancel(other, job.id, running.version))).status).toBe(404);
    expect((await failure(queue.cancel(owner, job.id, running.version - 1))).status).toBe(409);
    await queue.cancel(owner, job.id, running.version);
    const cancelled = await until('cancelled', state(job.id), (j) => j.state === 'cancelled');
    expect(cancelled.progressDone).toBeLessThan(200);
    await stopAll();

    const sender = await start(false);
    const queued = await sender.submit(owner, 'test.count', { steps: 1, ms: 0 });
    expect((await sender.cancel(owner, queued.id, queued.version)).state).toBe('cancelled');
    await start(true);
    await sleep(1500);
    expect((await getJob(database.db, owner, queued.id)).state).toBe('cancelled');
    expect((await getJob(database.db, owner, queued.id)).attempts).toBe(0);
  });

  it('refuses unknown kinds and bad parameters with the field named', async () => {
    const queue = await start(false);
    expect((await failure(queue.submit(owner, 'nope', {}))).fields?.[0]?.path).toBe('kind');
    expect((await failure(queue.submit(owner, 'test.count', { steps: 0, ms: 1 }))).fields?.[0]?.path).toBe('steps');
  });
});
