import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pino, { type Logger } from 'pino';
import { createApp } from './app.ts';
import { type AreaModule, type Wiring, wireAreas } from './areas/area-module.ts';
import { AREA_MODULES } from './areas/index.ts';
import { type Database, migrateDatabase, openDatabase } from './db/client.ts';
import { seedDemo } from './demo/seed.ts';
import { jobKinds } from './jobs.ts';
import { newestCheckpointProblem, writeCheckpoint } from './platform/audit/checkpoint.ts';
import { auditFiles, loadAuditKey, setAuditKey } from './platform/audit/key.ts';
import { purgeExpiredSessions } from './platform/auth/service.ts';
import { purgeExpiredThrottles } from './platform/auth/throttle.ts';
import { type Config, ConfigError } from './platform/config.ts';
import { todayIso } from './platform/dates.ts';
import { type JobQueue, startJobQueue } from './platform/jobs/queue.ts';
import { users } from './platform/users/schema.ts';

export function createLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({ level: config.LOG_LEVEL, base: { service: 'iops' } });
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.DATABASE_READ_URL && !config.DATABASE_URL)
    throw new ConfigError('DATABASE_READ_URL needs DATABASE_URL (a replica of that server)');
  return openDatabase(
    config.DATABASE_URL
      ? { databaseUrl: config.DATABASE_URL, ...(config.DATABASE_READ_URL ? { readUrl: config.DATABASE_READ_URL } : {}) }
      : { dataDir: config.DATA_DIR },
  );
}

export interface RunningServer {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

/**
 * Markings that depend on the date (a threshold or membership taking effect) are re-decided at start-up and when the
 * day changes; every write that changes what they depend on re-decides them in its own transaction.
 */
export async function refreshMarkings(database: Database, wiring: Wiring, logger: Logger, asOf = todayIso()): Promise<void> {
  const changed = await database.db.transaction((tx) => wiring.refreshMarkings(tx, asOf));
  logger.info({ asOf, changed }, 'record markings re-decided');
}

/** Loads the audit key (creating the key file on first start) for every audit record this process writes. */
export function loadAuditKeyFor(config: Config, logger: Logger): Buffer {
  const { key, source, warning } = loadAuditKey(config, { create: true });
  setAuditKey(key);
  logger.info({ source }, 'audit key loaded');
  if (warning) logger.warn(warning);
  return key;
}

/** A signed checkpoint of the audit log's head, appended to the checkpoint file outside the database, after a look at the last one. */
export async function checkpointAudit(database: Database, config: Config, key: Buffer, logger: Logger): Promise<void> {
  const file = auditFiles(config).checkpointFile;
  const problem = await newestCheckpointProblem(database.db, key, file);
  if (problem) logger.error({ file }, `audit log does not hold its checkpoint: ${problem}; run \`iops audit verify\``);
  const { seq, hash } = await writeCheckpoint(database.db, key, file);
  logger.info({ seq, hash, file }, 'audit checkpoint written');
}

/** Migrations, the demo data on first start if asked, markings as of today and an audit checkpoint: once per start. */
export async function prepareDatabase(
  database: Database,
  wiring: Wiring,
  config: Config,
  auditKey: Buffer,
  logger: Logger,
  seedDemoIfEmpty: boolean,
): Promise<void> {
  await migrateDatabase(database);
  logger.info({ database: database.location }, 'migrations applied');
  if (seedDemoIfEmpty) {
    const [existing] = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((existing?.n ?? 0) === 0) {
      const seeded = await seedDemo(database.db, wiring, { size: 'demo', seed: 1 });
      logger.info(seeded, 'demo data loaded');
    }
  }
  await refreshMarkings(database, wiring, logger);
  await checkpointAudit(database, config, auditKey, logger);
}

/** Opens the database, applies migrations, loads demo data on first start if asked, and serves the app. */
export async function startServer(
  config: Config,
  logger: Logger,
  /**
   * `modules`: the area modules to serve (default: all of them, src/areas/index.ts); tests pass a list with a part removed.
   * `jobs`: `work` runs background jobs in this process too (the default: one process does everything); `queue` only
   * queues them for `iops worker` processes. `prepared`: another process (`serve --workers`) has migrated, loaded and
   * checkpointed the database, so several API processes do not race to do it.
   */
  options: { seedDemoIfEmpty?: boolean; modules?: readonly AreaModule[]; jobs?: 'work' | 'queue'; prepared?: boolean } = {},
): Promise<RunningServer> {
  const wiring = wireAreas(options.modules ?? AREA_MODULES); // a missing gate or check stops here, before the database is touched
  const auditKey = loadAuditKeyFor(config, logger);
  const database = await openConfiguredDatabase(config);
  if (!options.prepared) await prepareDatabase(database, wiring, config, auditKey, logger, !!options.seedDemoIfEmpty);
  // Later checkpoints and the daily reminders are scheduled jobs (src/jobs.ts), run by whichever worker takes them.
  const jobs = await startJobQueue(database, jobKinds(wiring, config, auditKey), { work: options.jobs !== 'queue', logger });
  let markedOn = todayIso();
  const daily = setInterval(() => {
    if (todayIso() === markedOn) return;
    markedOn = todayIso();
    refreshMarkings(database, wiring, logger, markedOn).catch((err) => logger.error({ err }, 'record markings not re-decided'));
    Promise.all([purgeExpiredSessions(database.db), purgeExpiredThrottles(database.db)]).catch((err) =>
      logger.error({ err }, 'expired sessions and sign-in throttles not purged'),
    );
  }, 60_000);
  daily.unref();
  const app = createApp({ database, config, logger, jobs }, wiring);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Stop accepting, let requests in flight finish, then close the database so an embedded data directory is left clean.
      clearInterval(daily);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      await closed;
      await jobs.stop();
      await database.close();
      logger.info('stopped cleanly');
    })());
  return { url, database, stop };
}

export interface RunningWorker {
  jobs: JobQueue;
  stop(): Promise<void>;
}

/** `iops worker`: runs background jobs (imports, documents, reminders, checkpoints) and serves no requests. */
export async function startWorker(config: Config, logger: Logger): Promise<RunningWorker> {
  const wiring = wireAreas(AREA_MODULES);
  const auditKey = loadAuditKeyFor(config, logger);
  const database = await openConfiguredDatabase(config);
  await migrateDatabase(database);
  const jobs = await startJobQueue(database, jobKinds(wiring, config, auditKey), { work: true, logger });
  logger.info({ database: database.location }, 'worker taking jobs');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await jobs.stop();
      await database.close();
      logger.info('worker stopped cleanly');
    })());
  return { jobs, stop };
}
