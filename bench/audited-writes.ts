// Audited write throughput from 1, 4 and 16 clients, each editing a different partner (no row in common but the audit
// chain). Target (issue 18): ≥ 1,000 writes/s at 16 clients on PostgreSQL.
import { getPartner, listPartners, updatePartner } from '../src/areas/countries/public.ts';
import type { Database } from '../src/db/client.ts';
import { SYSTEM_PRINCIPAL } from '../src/platform/access/policy.ts';
import { appendAudit } from '../src/platform/audit/service.ts';
import { row } from './measure.ts';

export async function benchAuditedWrites(database: Database, { seconds = 3 } = {}) {
  const { db } = database;
  const codes = (await listPartners(db, SYSTEM_PRINCIPAL, { limit: 16, sort: 'name' })).items.map((p) => p.code);
  row('audited partner edits (read + write + audit)', 'writes/s', 'p50', 'limit');
  for (const clients of [1, 4, 16]) {
    const until = performance.now() + seconds * 1000;
    const latencies: number[] = [];
    await Promise.all(
      codes.slice(0, clients).map(async (code, client) => {
        let i = 0;
        while (performance.now() < until) {
          const start = performance.now();
          const { version } = await getPartner(db, SYSTEM_PRINCIPAL, code);
          await updatePartner(db, SYSTEM_PRINCIPAL, code, { version, notes: `bench ${client}.${i++}` });
          latencies.push(performance.now() - start);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const p50 = latencies[Math.floor(latencies.length / 2)] ?? 0;
    row(
      `  ${clients} client${clients > 1 ? 's' : ''}`,
      (latencies.length / seconds).toFixed(0),
      `${p50.toFixed(1)} ms`,
      clients === 16 ? '≥ 1,000/s' : '',
    );
  }
}

/** Transactions that write only an audit entry each: what the chain alone allows (its lock, its commits). */
export async function benchAuditChainOnly(database: Database, { seconds = 3 } = {}) {
  row('audit entry only (one per transaction)', 'writes/s', 'p50');
  for (const clients of [1, 4, 16]) {
    const until = performance.now() + seconds * 1000;
    const latencies: number[] = [];
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        while (performance.now() < until) {
          const start = performance.now();
          await database.db.transaction((tx) =>
            appendAudit(tx, SYSTEM_PRINCIPAL, { entityType: 'partner', action: 'partner.updated', entityId: `B${client}`, after: {} }),
          );
          latencies.push(performance.now() - start);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const p50 = latencies[Math.floor(latencies.length / 2)] ?? 0;
    row(`  ${clients} client${clients > 1 ? 's' : ''}`, (latencies.length / seconds).toFixed(0), `${p50.toFixed(1)} ms`);
  }
}

// `tsx bench/audited-writes.ts`: this figure alone, on PostgreSQL (TEST_DATABASE_URL or the local server).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { randomBytes } = await import('node:crypto');
  const { setAuditKey } = await import('../src/platform/audit/key.ts');
  const { openTestDatabase } = await import('../src/db/testing.ts');
  const { seedDemo } = await import('../src/demo/seed.ts');
  const { wireAreas } = await import('../src/areas/area-module.ts');
  const { AREA_MODULES } = await import('../src/areas/index.ts');
  setAuditKey(randomBytes(32));
  const database = await openTestDatabase(process.argv.includes('--pglite') ? 'pglite' : 'postgres');
  try {
    await seedDemo(database.db, wireAreas(AREA_MODULES), { size: 'demo', seed: 1, skipEum: true });
    await benchAuditedWrites(database);
    await benchAuditChainOnly(database);
  } finally {
    await database.close();
  }
}
