import { type Database, migrateDatabase } from '../db/client.ts';
import { openConfiguredDatabase } from '../main.ts';
import { loadConfig } from '../platform/config.ts';

/** Runs a CLI action against the configured database (migrated first), closing it afterwards whatever happens. */
export async function withDatabase<T>(action: (database: Database) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await migrateDatabase(database);
    return await action(database);
  } finally {
    await database.close();
  }
}

export function print(value: unknown, asJson: boolean, text: () => string): void {
  process.stdout.write(asJson ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}
