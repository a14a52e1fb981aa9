import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { runDeferredBeforeCommit } from './before-commit.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; services take `Db | Tx` through this alias. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Human-readable location, for logs (never includes a password). */
  location: string;
  close(): Promise<void>;
  /** The embedded engine, when there is one (backup and restore use it). */
  pglite?: PGlite;
  /** Reports and exports read through this: the replica at DATABASE_READ_URL when given, else `db` itself. */
  readDb: Db;
  /** Connections the read pool has handed out (0 when reads share the main pool): tests see reads go where they should. */
  readCheckouts(): number;
  /** Plain SQL text with $n parameters (several statements when there are none), for pg-boss's `db` adapter. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OpenOptions {
  /** A postgres:// URL: use that server. Otherwise the embedded engine. */
  databaseUrl?: string;
  /** Embedded data directory; omit for an in-memory database (tests). */
  dataDir?: string;
  /** Embedded only: start from a data directory tarball (restore). */
  loadDataDir?: Blob;
  /** A postgres:// URL of a read replica for reports and exports (PostgreSQL only); default: `databaseUrl`. */
  readUrl?: string;
}

/**
 * Every connection runs with JIT compilation off: the app's statements are short and planned with subplans whose
 * estimated cost crosses `jit_above_cost`, so PostgreSQL spent seconds compiling for milliseconds of work (the
 * portfolio overview's activity count: 3.3 s of JIT for 15 ms of execution at bench size; issue 18).
 */
const POOL_OPTIONS = { max: 10, options: '-c jit=off' };

function readPool(readUrl: string) {
  const pool = new pg.Pool({ connectionString: readUrl, ...POOL_OPTIONS });
  pool.on('error', () => {});
  let checkouts = 0;
  pool.on('acquire', () => {
    checkouts += 1;
  });
  return { pool, checkouts: () => checkouts };
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, ...POOL_OPTIONS });
    // An idle connection dropped by the server (restart, admin termination) must not crash the process;
    // the pool replaces it and the next query reports any lasting problem.
    pool.on('error', () => {});
    await pool.query('select 1');
    const url = new URL(options.databaseUrl);
    const db = runDeferredBeforeCommit(drizzlePg(pool, { schema }) as unknown as Db);
    const replica = options.readUrl ? readPool(options.readUrl) : undefined;
    return {
      db,
      kind: 'postgres',
      location: `postgres://${url.host}${url.pathname}`,
      close: async () => {
        await Promise.all([pool.end(), replica?.pool.end()]);
      },
      readDb: replica ? (drizzlePg(replica.pool, { schema }) as unknown as Db) : db,
      readCheckouts: () => replica?.checkouts() ?? 0,
      executeSql: (text, values) => pool.query(text, values as unknown[]),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir ?? 'memory://', {
    // The extensions the migrations create (a PostgreSQL server ships them in its contrib package).
    extensions: { pg_trgm },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = runDeferredBeforeCommit(drizzlePglite(client, { schema }) as unknown as Db);
  return {
    db,
    readDb: db,
    readCheckouts: () => 0,
    // PGlite's query() takes one statement with parameters; pg-boss sends its schema and locks as one unparameterised script.
    executeSql: async (text, values) =>
      values?.length ? client.query(text, values) : { rows: (await client.exec(text)).at(-1)?.rows ?? [] },
    kind: 'pglite',
    location: options.dataDir ? `embedded PGlite at ${options.dataDir}` : 'embedded PGlite in memory',
    close: () => client.close(),
    pglite: client,
  };
}

/** Applies every pending migration (forward-only, the same SQL on both engines). */
export async function migrateDatabase(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, config);
  } else {
    await migratePg(database.db as never, config);
  }
}
