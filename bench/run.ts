// `npm run bench`: figures for the foundation at `bench` size, on the embedded database and on PostgreSQL
// (TEST_DATABASE_URL or the local server). Each API figure is printed beside the raw SQL it needs.

import { randomBytes } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { createApp } from '../src/app.ts';
import { wireAreas } from '../src/areas/area-module.ts';
import { cases, loaLines } from '../src/areas/cases/public.ts';
import { listPartners } from '../src/areas/countries/public.ts';
import { AREA_MODULES } from '../src/areas/index.ts';
import type { Database } from '../src/db/client.ts';
import { openTestDatabase, type TestEngine } from '../src/db/testing.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { SYSTEM_PRINCIPAL } from '../src/platform/access/policy.ts';
import { setAuditKey } from '../src/platform/audit/key.ts';
import { auditLog } from '../src/platform/audit/schema.ts';
import { verifyAuditChain } from '../src/platform/audit/service.ts';
import { principalOf } from '../src/platform/auth/principal.ts';
import { createApiToken } from '../src/platform/auth/service.ts';
import { loadConfig } from '../src/platform/config.ts';
import { users } from '../src/platform/users/schema.ts';
import { benchAuditChainOnly, benchAuditedWrites } from './audited-writes.ts';
import { benchDeliveries } from './deliveries.ts';
import { benchEum } from './eum.ts';
import { measure, ms, row } from './measure.ts';
import { benchNotifications } from './notifications.ts';
import { benchPortfolio } from './portfolio.ts';
import { benchSocket } from './socket.ts';
import { largestCase, SOCKET_ENDPOINTS } from './socket-endpoints.ts';

// Audit records are written with a key, as the server loads one at start-up.
setAuditKey(randomBytes(32));

const engines: TestEngine[] = process.argv.includes('--pglite-only')
  ? ['pglite']
  : process.argv.includes('--postgres-only')
    ? ['postgres']
    : ['pglite', 'postgres'];
/** `--eum-items N`: fewer end-use monitoring items than the bench size (e.g. for a quick look on the embedded engine). */
const eumItemsArg = process.argv.indexOf('--eum-items');
const eumItems = eumItemsArg > 0 ? Number(process.argv[eumItemsArg + 1]) : undefined;
/** `--size demo`: the demo dataset (and 100,000 EUM items unless --eum-items says otherwise) so a run takes minutes. */
const size: 'demo' | 'bench' =
  process.argv.includes('--size') && process.argv[process.argv.indexOf('--size') + 1] === 'demo' ? 'demo' : 'bench';
/** `--socket-seconds N`: each autocannon and SQL replay run of the socket-level load (default 5). */
const socketSecondsArg = process.argv.indexOf('--socket-seconds');
const socketSeconds = socketSecondsArg > 0 ? Number(process.argv[socketSecondsArg + 1]) : 5;

for (const engine of engines) {
  let database: Database;
  try {
    database = await openTestDatabase(engine);
  } catch (error) {
    process.stdout.write(`\n${engine}: not measured: ${(error as Error).message}\n`);
    continue;
  }
  process.stdout.write(`\n== ${engine} ==\n`);
  try {
    await benchFoundation(database);
  } finally {
    await database.close();
  }
}

async function benchFoundation(database: Database & { url?: string }) {
  const { db } = database;
  const wiring = wireAreas(AREA_MODULES);
  let start = performance.now();
  const seeded = await seedDemo(db, wiring, { size, seed: 1, skipEum: true });
  row(`seed-demo --size ${size} (${seeded.users} users, ${seeded.cases} cases)`, ms(performance.now() - start));

  const app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) }, wiring);
  const [admin] = await db.select().from(users).where(eq(users.username, 'admin'));
  const { token } = await createApiToken(db, principalOf(admin!, 'system'), { name: 'bench' });
  const headers = { authorization: `Bearer ${token}` };

  row('', 'p50', 'p99');
  const api = await measure(300, async () => {
    const res = await app.request('/api/countries?limit=50&sort=name', { headers });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    await res.json();
  });
  const service = await measure(300, () => listPartners(db, SYSTEM_PRINCIPAL, { limit: 50, sort: 'name' }));
  const raw = await measure(300, () =>
    db.execute(sql`select p.code, p.name, array(select m.group_code from group_memberships m where m.partner_code = p.code
      and m.from_date <= current_date and (m.to_date is null or m.to_date >= current_date)) as groups,
      count(*) over () as total from partners p order by p.name limit 50`),
  );
  row('GET /api/countries (page of 50, token auth)', ms(api.p50), ms(api.p99));
  row('listPartners service', ms(service.p50), ms(service.p99));
  row('raw SQL for the same page', ms(raw.p50), ms(raw.p99));

  const [{ id: bigCase }] = (await db.select({ id: cases.id }).from(cases).orderBy(desc(cases.totalCents)).limit(1)) as [{ id: string }];
  const [{ n: lineCount }] = (await db.select({ n: sql<number>`count(*)::int` }).from(loaLines)) as [{ n: number }];
  const [{ n: caseCount }] = (await db.select({ n: sql<number>`count(*)::int` }).from(cases)) as [{ n: number }];
  process.stdout.write(`  (${caseCount} cases, ${lineCount} LOA lines)\n`);
  const caseList = await measure(200, async () => {
    const res = await app.request('/api/cases?limit=50&sort=updated&dir=desc', { headers });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    await res.json();
  });
  // The same two queries the service runs: the page, and the total for the pager.
  const caseListSql = await measure(200, async () => {
    await db.execute(sql`select c.id, c.identifier, c.partner_code, p.name, c.agency_code, c.type, c.title, c.status, c.total_cents, c.case_manager, c.updated_at
      from cases c join partners p on p.code = c.partner_code order by c.updated_at desc, c.identifier limit 50`);
    await db.execute(sql`select count(*)::int from cases`);
  });
  row('GET /api/cases (page of 50, newest first)', ms(caseList.p50), ms(caseList.p99));
  row('raw SQL for the same page', ms(caseListSql.p50), ms(caseListSql.p99));
  const filtered = await measure(200, async () => {
    const res = await app.request('/api/cases?status=implemented&partner=AT&sort=value&limit=50', { headers });
    await res.json();
  });
  row('GET /api/cases?status&partner&sort=value', ms(filtered.p50), ms(filtered.p99));
  const casePage = await measure(200, async () => {
    const res = await app.request(`/api/cases/${bigCase}`, { headers });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    await res.json();
  });
  const casePageSql = await measure(200, async () => {
    await db.execute(sql`select * from cases where id = ${bigCase}`);
    await Promise.all([
      db.execute(sql`select * from loa_versions where case_id = ${bigCase} order by number`),
      db.execute(sql`select milestone, on_date from case_milestones where case_id = ${bigCase}`),
      db.execute(sql`select name from partners p join cases c on c.partner_code = p.code where c.id = ${bigCase}`),
    ]);
    const version = sql`(select id from loa_versions where case_id = ${bigCase} order by number desc limit 1)`;
    await Promise.all([
      db.execute(sql`select * from loa_lines where version_id = ${version} order by line_number`),
      db.execute(sql`select * from loa_notes where version_id = ${version} order by code`),
      db.execute(sql`select * from loa_payments where version_id = ${version} order by due_date`),
    ]);
  });
  row('GET /api/cases/{id} (case page, largest case)', ms(casePage.p50), ms(casePage.p99));
  row('raw SQL the case page needs', ms(casePageSql.p50), ms(casePageSql.p99));

  await benchAuditedWrites(database);
  await benchAuditChainOnly(database);

  await benchNotifications(database, app, headers);
  await benchDeliveries(database, app, headers);
  // EUM first: its 2,000,000 items are part of the bench-size data the portfolio is then measured on.
  await benchEum(database, app, headers, eumItems ?? (size === 'demo' ? 100_000 : undefined));
  await benchPortfolio(database, app, headers);
  if (database.url) {
    await benchSocket(app, database.url, headers, SOCKET_ENDPOINTS(await largestCase(db)), { seconds: socketSeconds });
  }

  const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(auditLog)) as [{ n: number }];
  start = performance.now();
  const verdict = await verifyAuditChain(db);
  const verifyMs = performance.now() - start;
  if (!verdict.ok) throw new Error('audit chain broken during bench');
  row(`audit verify (${n} records)`, `${((n / verifyMs) * 1000).toFixed(0)} rec/s`);
}
