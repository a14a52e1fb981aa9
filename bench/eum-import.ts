// The EUM delivery import alone: N rows (default 2,000,000) streamed from a generated CSV through importDeliveries on
// PostgreSQL, with the peak RSS sampled while it runs. Targets (issue 18): under 30 s, peak RSS under 500 MB.
// `tsx bench/eum-import.ts [--rows N] [--pglite]`
import { randomBytes } from 'node:crypto';
import { wireAreas } from '../src/areas/area-module.ts';
import { bulkLoadSites, deliveryCsv, importDeliveries } from '../src/areas/eum/public.ts';
import { AREA_MODULES } from '../src/areas/index.ts';
import type { Database } from '../src/db/client.ts';
import { openTestDatabase } from '../src/db/testing.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { SYSTEM_PRINCIPAL } from '../src/platform/access/policy.ts';
import { setAuditKey } from '../src/platform/audit/key.ts';
import { todayIso } from '../src/platform/dates.ts';
import { readSheetRows } from '../src/platform/import/rows.ts';
import { row } from './measure.ts';

const MB = 1024 * 1024;

export async function benchEumImport(database: Database, rows: number) {
  const today = todayIso();
  const identifiers = await bulkLoadSites(database.db, today);
  globalThis.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const started = performance.now();
  const summary = await importDeliveries(database.db, SYSTEM_PRINCIPAL, readSheetRows(deliveryCsv(identifiers, rows, today)), undefined, {
    writers: database.kind === 'postgres' ? 2 : 1,
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (summary.recorded !== rows) throw new Error(`the import recorded ${summary.recorded} of ${rows} rows (${summary.errorCount} refused)`);
  row(`EUM import, ${rows.toLocaleString('en-US')} rows on ${database.kind}`, `${seconds.toFixed(1)} s`, rows >= 2_000_000 ? '< 30 s' : '');
  row('  rows/s', Math.round(rows / seconds).toLocaleString('en-US'));
  row('  peak RSS during the import (process before it)', `${Math.round(peak / MB)} MB (${Math.round(baseline / MB)})`, '< 500 MB');
  return { seconds, peakRssMb: peak / MB };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  setAuditKey(randomBytes(32));
  const at = process.argv.indexOf('--rows');
  const rows = at > 0 ? Number(process.argv[at + 1]) : 2_000_000;
  const database = await openTestDatabase(process.argv.includes('--pglite') ? 'pglite' : 'postgres');
  try {
    await seedDemo(database.db, wireAreas(AREA_MODULES), { size: 'demo', seed: 1, skipEum: true });
    await benchEumImport(database, rows);
  } finally {
    await database.close();
  }
}
