import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import pino, { type Logger } from 'pino';
import { seedDemo } from '../bench/generator/seed.ts';
import { createApp } from './app.ts';
import { type Database, migrateDatabase, openDatabase } from './db/client.ts';
import type { Config } from './platform/config.ts';
import { users } from './platform/users/schema.ts';

export function createLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({ level: config.LOG_LEVEL, base: { service: 'iops' } });
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
}

export interface RunningServer {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

/** Opens the database, applies migrations, loads demo data on first start if asked, and serves the app. */
export async function startServer(config: Config, logger: Logger, options: { seedDemoIfEmpty?: boolean } = {}): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config);
  await migrateDatabase(database);
  logger.info({ database: database.location }, 'migrations applied');
  if (options.seedDemoIfEmpty) {
    const [existing] = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((existing?.n ?? 0) === 0) {
      const seeded = await seedDemo(database.db, { size: 'demo', seed: 1 });
      logger.info(seeded, 'demo data loaded');
    }
  }
  const app = createApp({ database, config, logger });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Stop accepting, let requests in flight finish, then close the database so an embedded data directory is left clean.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      await closed;
      await database.close();
      logger.info('stopped cleanly');
    })());
  return { url, database, stop };
}
