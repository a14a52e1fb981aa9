import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, migrateDatabase, openDatabase } from './client.ts';

/** Database tests run on both engines; neither may be skipped. */
export const TEST_ENGINES = ['pglite', 'postgres'] as const;
export type TestEngine = (typeof TEST_ENGINES)[number];

export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A fresh, migrated database of its own: an in-memory PGlite, or a new database created on the test server
 * (dropped on close) so parallel test files and runs never see each other's data.
 */
export async function openTestDatabase(engine: TestEngine): Promise<Database & { url?: string }> {
  if (engine === 'pglite') {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return database;
  }
  const name = `iops_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `The PostgreSQL test server at ${TEST_SERVER_URL} is unreachable (${(error as Error).message}). ` +
        'Database tests run on PostgreSQL as well as PGlite and are never skipped; `npm test` starts or installs the server.',
    );
  }
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await migrateDatabase(database);
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: TEST_SERVER_URL });
      await dropper.connect();
      await dropper.query(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}
