import cluster from 'node:cluster';
import { type Command, InvalidArgumentError } from 'commander';
import type { Logger } from 'pino';
import { wireAreas } from '../areas/area-module.ts';
import { AREA_MODULES } from '../areas/index.ts';
import { DEMO_PASSWORD } from '../demo/users.ts';
import { createLogger, loadAuditKeyFor, openConfiguredDatabase, prepareDatabase, startServer, startWorker } from '../main.ts';
import { type Config, ConfigError, loadConfig } from '../platform/config.ts';

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('a whole number from 1 to 64');
  return n;
};

/** Stops `stop` on SIGTERM/SIGINT, then exits. */
function exitOnSignal(logger: Logger, stop: () => Promise<void>) {
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

/** Migrations, the first demo load and the start-up checkpoint happen once, here, before any API process starts. */
async function prepareOnce(config: Config, logger: Logger, demo: boolean) {
  const key = loadAuditKeyFor(config, logger);
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, wireAreas(AREA_MODULES), config, key, logger, demo);
  } finally {
    await database.close();
  }
}

/**
 * `--workers N`: N API processes (node:cluster, one port shared) on one PostgreSQL; this process runs the background
 * jobs unless `--no-jobs` (then run `iops worker` somewhere). A process that dies is replaced.
 */
async function serveCluster(config: Config, logger: Logger, options: { workers: number; demo?: boolean; jobs: boolean }) {
  if (!config.DATABASE_URL) throw new ConfigError('--workers needs DATABASE_URL: the embedded database belongs to one process');
  await prepareOnce(config, logger, !!options.demo);
  const worker = options.jobs ? await startWorker(config, logger) : undefined;
  let stopping = false;
  const fork = () => cluster.fork({ IOPS_API_PROCESS: '1' });
  cluster.on('exit', (child, code, signal) => {
    if (stopping) return;
    logger.error({ pid: child.process.pid, code, signal }, 'API process ended; starting another');
    fork();
  });
  for (let i = 0; i < options.workers; i += 1) fork();
  process.stdout.write(`\nIOPS: ${options.workers} API processes on port ${config.PORT}${worker ? ', jobs run here' : ''}\n`);
  exitOnSignal(logger, async () => {
    stopping = true;
    const children = Object.values(cluster.workers ?? {}).filter((c) => c !== undefined);
    await Promise.all(children.map((child) => new Promise<void>((resolve) => child.once('exit', () => resolve()).process.kill('SIGTERM'))));
    await worker?.stop();
  });
}

export function addServeCommands(program: Command): void {
  program
    .command('serve')
    .description('Start the API and web UI (embedded PGlite under DATA_DIR unless DATABASE_URL is set); applies migrations first')
    .option('--port <port>', 'port to listen on (default: PORT or 3000)', (v) => Number.parseInt(v, 10))
    .option('--demo', 'load demo data on first start (an empty database)')
    .option('--workers <n>', 'API processes sharing the port (PostgreSQL only); this process then runs the jobs', positive)
    .option('--no-jobs', 'queue background jobs but run none here (run `iops worker` for them)')
    .action(async (options: { port?: number; demo?: boolean; workers?: number; jobs: boolean }) => {
      const config = loadConfig({ ...process.env, ...(options.port !== undefined ? { PORT: String(options.port) } : {}) });
      const logger = createLogger(config);
      if (cluster.isPrimary && options.workers !== undefined && options.workers > 1) {
        await serveCluster(config, logger, { workers: options.workers, demo: options.demo, jobs: options.jobs });
        return;
      }
      const child = cluster.isWorker;
      const server = await startServer(config, logger, {
        seedDemoIfEmpty: !!options.demo && !child,
        jobs: options.jobs && !child ? 'work' : 'queue',
        prepared: child,
      });
      logger.info({ url: server.url, pid: process.pid }, 'IOPS is listening');
      if (!child) {
        process.stdout.write(`\nIOPS is running at ${server.url}  (API docs: ${server.url}/api/docs)\n`);
        if (options.demo) process.stdout.write(`Demo sign-in: admin / ${DEMO_PASSWORD}  (every demo account has this password)\n\n`);
      }
      exitOnSignal(logger, server.stop);
    });

  program
    .command('worker')
    .description('Run background jobs (imports, documents, reminders, audit checkpoints) from the database; serves no requests')
    .action(async () => {
      const config = loadConfig();
      const logger = createLogger(config);
      const worker = await startWorker(config, logger);
      process.stdout.write(`IOPS worker taking jobs (${[...worker.jobs.kinds.keys()].join(', ')})\n`);
      exitOnSignal(logger, worker.stop);
    });
}
