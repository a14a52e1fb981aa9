import { type Wiring, wireAreas } from '../areas/area-module.ts';
import { AREA_MODULES } from '../areas/index.ts';
import { type Database, migrateDatabase } from '../db/client.ts';
import { openConfiguredDatabase } from '../main.ts';
import { loadConfig } from '../platform/config.ts';

/** Runs a CLI action against the configured database (migrated first), closing it afterwards whatever happens. */
export async function withDatabase<T>(action: (database: Database, wiring: Wiring) => Promise<T>): Promise<T> {
  const wiring = wireAreas(AREA_MODULES);
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await migrateDatabase(database);
    return await action(database, wiring);
  } finally {
    await database.close();
  }
}

export function print(value: unknown, asJson: boolean, text: () => string): void {
  process.stdout.write(asJson ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}
