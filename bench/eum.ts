// End-use monitoring figures: the 2,000,000-row delivery import (streamed CSV → batched INSERT … SELECT FROM unnest,
// target under a minute on PostgreSQL), and the compliance view and item list at that size, each beside its raw SQL.
import { sql } from 'drizzle-orm';
import { BENCH_EUM_ITEMS, bulkLoadEum, complianceView } from '../src/areas/eum/public.ts';
import type { Database } from '../src/db/client.ts';
import { type Principal, SYSTEM_PRINCIPAL } from '../src/platform/access/policy.ts';
import { todayIso } from '../src/platform/dates.ts';
import { measure, ms, row } from './measure.ts';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

export async function benchEum(database: Database, app: App, headers: Record<string, string>, items: number = BENCH_EUM_ITEMS) {
  const { db } = database;
  const today = todayIso();
  let peakRss = process.memoryUsage.rss();
  const rssBefore = peakRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  const loaded = await bulkLoadEum(db, SYSTEM_PRINCIPAL, today, items, database.kind === 'postgres' ? 2 : 1).finally(() =>
    clearInterval(sampler),
  );
  if (loaded.recorded !== items)
    throw new Error(`the EUM import recorded ${loaded.recorded} of ${items} rows (${loaded.errorCount} refused)`);
  row(
    `EUM delivery import, ${items.toLocaleString('en-US')} rows (CSV stream)`,
    `${(loaded.importMs / 1000).toFixed(1)} s`,
    `${Math.round(items / (loaded.importMs / 1000)).toLocaleString('en-US')} rows/s`,
    items >= 2_000_000 ? '< 30 s' : '',
  );
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  row('  peak RSS of this process while loading (before it)', mb(peakRss), `(${mb(rssBefore)})`, '< 500 MB');

  const get = (path: string) => async () => {
    const res = await app.request(path, { headers });
    if (res.status !== 200) throw new Error(`${path}: status ${res.status}`);
    await res.json();
  };
  row('', 'p50', 'p99');
  const api = await measure(20, get('/api/eum/compliance'));
  const service = await measure(20, () => complianceView(db, SYSTEM_PRINCIPAL, { asOf: today }));
  const raw = await measure(20, () => complianceSql(database, today));
  row('GET /api/eum/compliance (all partners)', ms(api.p50), ms(api.p99));
  row('complianceView service', ms(service.p50), ms(service.p99));
  row('raw SQL for the same aggregates', ms(raw.p50), ms(raw.p99));
  // Issue 18: overdue held items per partner were counted over every item; now from the per-site due counts.
  const overdueFromItems = await measure(20, () =>
    db.execute(sql`select partner_code, count(*) from eum_items where status = 'in_inventory' and inventory_due_on < ${today} group by 1`),
  );
  const overdueFromCounts = await measure(20, () =>
    db.execute(sql`select partner_code, sum(n) from eum_item_due_counts where n <> 0 and due_on < ${today} group by 1`),
  );
  row('overdue held items per partner, over eum_items (before)', ms(overdueFromItems.p50), ms(overdueFromItems.p99));
  row('the same from eum_item_due_counts (now)', ms(overdueFromCounts.p50), ms(overdueFromCounts.p99));

  const gulf: Principal = {
    ...SYSTEM_PRINCIPAL,
    roles: ['eum_specialist'],
    scope: { allDirectorates: true, directorates: [], allCountries: false, countries: ['SA', 'KU', 'BA', 'QA', 'AE'] },
  };
  const scoped = await measure(20, () => complianceView(db, gulf, { asOf: today }));
  row('complianceView, specialist scoped to 5 partners', ms(scoped.p50), ms(scoped.p99));

  const list = await measure(100, get('/api/eum/items?partner=SA&category=enhanced&limit=50'));
  const listSql = await measure(100, async () => {
    await db.execute(sql`select i.*, c.identifier, s.code from eum_items i join cases c on c.id = i.case_id left join eum_sites s on s.id = i.site_id
      where i.partner_code = 'SA' and i.category = 'enhanced' order by i.partner_code, i.item_type_code, i.serial_number limit 50`);
    await db.execute(sql`select count(*) from eum_items where partner_code = 'SA' and category = 'enhanced'`);
  });
  row('GET /api/eum/items?partner&category (page of 50)', ms(list.p50), ms(list.p99));
  row('raw SQL for the same page and count', ms(listSql.p50), ms(listSql.p99));
  const search = await measure(100, get('/api/eum/items?q=NV00A&limit=50'));
  row('GET /api/eum/items?q= (serial-number prefix)', ms(search.p50), ms(search.p99));
}

async function complianceSql(database: Database, asOf: string) {
  const { db } = database;
  await Promise.all([
    db.execute(sql`select partner_code, category, status, n from eum_item_counts`),
    db.execute(sql`select partner_code, sum(n) from eum_item_due_counts where n <> 0 and due_on < ${asOf} group by 1`),
    db.execute(
      sql`select partner_code, count(*) filter (where due_on <= ${asOf}), count(*) filter (where status in ('reconciled', 'closed')) from eum_inventories group by 1`,
    ),
    db.execute(sql`select partner_code, count(*) from eum_discrepancies where resolved_on is null group by 1`),
    db.execute(sql`select partner_code, count(*) from eum_incidents where status <> 'closed' group by 1`),
  ]);
}
