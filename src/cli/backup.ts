import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../db/client.ts';
import type { Config } from '../platform/config.ts';

/**
 * Embedded: a tarball of the PGlite data directory (PGlite's own dumpDataDir, taken with the database open
 * and quiescent). PostgreSQL: pg_dump in its custom format, restored with pg_restore.
 */
export async function backup(config: Config, file: string): Promise<string> {
  if (config.DATABASE_URL) {
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, config.DATABASE_URL]);
    return `pg_dump of ${new URL(config.DATABASE_URL).pathname.slice(1)} written to ${file}`;
  }
  const database = await openDatabase({ dataDir: config.DATA_DIR });
  try {
    const dump = await database.pglite!.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
  return `embedded data directory ${config.DATA_DIR} written to ${file}`;
}

export async function restore(config: Config, file: string, options: { force: boolean }): Promise<string> {
  if (!existsSync(file)) throw new Error(`No backup file ${file}`);
  if (config.DATABASE_URL) {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${config.DATABASE_URL}`, file]);
    return `restored ${file} into ${new URL(config.DATABASE_URL).pathname.slice(1)}`;
  }
  if (existsSync(config.DATA_DIR) && !options.force) {
    throw new Error(`${config.DATA_DIR} exists; stop IOPS and pass --force to replace it with the backup`);
  }
  const blob = new Blob([readFileSync(file)]);
  const staging = `${config.DATA_DIR}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  const database = await openDatabase({ dataDir: staging, loadDataDir: blob });
  await database.close();
  rmSync(config.DATA_DIR, { recursive: true, force: true });
  renameSync(staging, config.DATA_DIR);
  return `restored ${file} into ${config.DATA_DIR}`;
}

async function run(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${command} exited with ${code}`);
}
