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
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OpenOptions {
  /** A postgres:// URL: use that server. Otherwise the embedded engine. */
  databaseUrl?: string;
  /** Embedded data directory; omit for an in-memory database (tests). */
  dataDir?: string;
  /** Embedded only: start from a data directory tarball (restore). */
  loadDataDir?: Blob;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection dropped by the server (restart, admin termination) must not crash the process;
    // the pool replaces it and the next query reports any lasting problem.
    pool.on('error', () => {});
    await pool.query('select 1');
    const url = new URL(options.databaseUrl);
    return {
      db: runDeferredBeforeCommit(drizzlePg(pool, { schema }) as unknown as Db),
      kind: 'postgres',
      location: `postgres://${url.host}${url.pathname}`,
      close: () => pool.end(),
    };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir ?? 'memory://', {
    // The extensions the migrations create (a PostgreSQL server ships them in its contrib package).
    extensions: { pg_trgm },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  return {
    db: runDeferredBeforeCommit(drizzlePglite(client, { schema }) as unknown as Db),
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
