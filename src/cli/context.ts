import { type Wiring, wireAreas } from '../areas/area-module.ts';
import { AREA_MODULES } from '../areas/index.ts';
import { type Database, migrateDatabase } from '../db/client.ts';
import { openConfiguredDatabase } from '../main.ts';
import { loadAuditKey, setAuditKey } from '../platform/audit/key.ts';
import { type Config, loadConfig } from '../platform/config.ts';

export interface CliContext {
  config: Config;
  auditKey: Buffer;
}

/**
 * Runs a CLI action against the configured database (migrated first), closing it afterwards whatever happens.
 * The audit key is loaded first; `createAuditKey: false` (verify, checkpoint) refuses to make a new one, which would
 * verify nothing.
 */
export async function withDatabase<T>(
  action: (database: Database, wiring: Wiring, context: CliContext) => Promise<T>,
  options: { createAuditKey?: boolean } = {},
): Promise<T> {
  const wiring = wireAreas(AREA_MODULES);
  const config = loadConfig();
  const { key, warning } = loadAuditKey(config, { create: options.createAuditKey ?? true });
  if (warning) process.stderr.write(`iops: warning: ${warning}\n`);
  setAuditKey(key);
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    return await action(database, wiring, { config, auditKey: key });
  } finally {
    await database.close();
  }
}

export function print(value: unknown, asJson: boolean, text: () => string): void {
  process.stdout.write(asJson ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}
