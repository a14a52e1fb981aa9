// Portfolio figures: the API for the largest partner (by open case value) beside the raw SQL it needs — the same queries
// with the partner filter (nine statements), all in parallel. Target: p50 ≤ 1.5× the SQL, < 100 ms on PostgreSQL.
import { desc, eq, sql } from 'drizzle-orm';
import { cases } from '../src/areas/cases/public.ts';
import { partners } from '../src/areas/countries/public.ts';
import type { Database, Db } from '../src/db/client.ts';
import { addDays, todayIso } from '../src/platform/dates.ts';
import { measure, ms, row } from './measure.ts';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** The partner with the largest open case value. */
export async function largestPartner(db: Db): Promise<string> {
  const [largest] = await db
    .select({ code: cases.partnerCode })
    .from(cases)
    .where(sql`${cases.status} not in ('closed', 'cancelled')`)
    .groupBy(cases.partnerCode)
    .orderBy(desc(sql`sum(${cases.totalCents})`))
    .limit(1);
  return largest!.code;
}

export async function benchPortfolio(database: Database, app: App, headers: Record<string, string>) {
  const { db } = database;
  const today = todayIso();
  const code = await largestPartner(db);
  const [sizes] = await db
    .select({
      cases: sql<number>`(select count(*)::int from cases where partner_code = ${code})`,
      funds: sql<number>`(select count(*)::int from appropriations)`,
      entries: sql<number>`(select count(*)::int from fund_transactions)`,
    })
    .from(partners)
    .where(eq(partners.code, code));
  process.stdout.write(
    `  (largest partner ${code}: ${sizes!.cases} cases; ${sizes!.funds} appropriations, ${sizes!.entries} ledger entries overall)\n`,
  );

  const api = await measure(200, async () => {
    const res = await app.request(`/api/portfolios/${code}`, { headers });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    await res.json();
  });
  const rawSql = await measure(200, () => portfolioSql(db, code, today));
  row(`GET /api/portfolios/${code} (largest partner)`, ms(api.p50), ms(api.p99));
  row('raw SQL the portfolio needs', ms(rawSql.p50), ms(rawSql.p99));
  row('ratio API / SQL (p50; target ≤ 1.5)', (api.p50 / rawSql.p50).toFixed(2));

  const overview = await measure(50, async () => {
    const res = await app.request('/api/portfolio-overview?sort=risk', { headers });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    await res.json();
  });
  row('GET /api/portfolio-overview (every partner)', ms(overview.p50), ms(overview.p99));
  const xlsx = await measure(20, async () => {
    const res = await app.request(`/api/portfolios/${code}/export.xlsx`, { headers });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    await res.arrayBuffer();
  });
  row(`GET /api/portfolios/${code}/export.xlsx`, ms(xlsx.p50), ms(xlsx.p99));

  // The calendar: its list (overdue and the next 90 days, first page) and a month, each bounded by what it shows.
  for (const [label, query] of [
    ['GET /api/deadlines (list: overdue + 90 days, page of 200)', 'limit=200'],
    ['GET /api/deadlines (one month, overdue=false)', `from=${today.slice(0, 8)}01&to=${today.slice(0, 8)}28&overdue=false&limit=2000`],
  ] as const) {
    let bytes = 0;
    const calendar = await measure(50, async () => {
      const res = await app.request(`/api/deadlines?${query}`, { headers });
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      bytes = (await res.arrayBuffer()).byteLength;
    });
    row(label, ms(calendar.p50), ms(calendar.p99), `${(bytes / 1024).toFixed(0)} kB`);
  }
}

/**
 * The SQL one partner's portfolio needs, all in parallel: the statements the API runs (the partner with its activity,
 * each section's, each deadline source's, the milestones), without the HTTP, the query building or the mapping.
 */
export function portfolioSql(db: Db, code: string, today: string) {
  const soon = addDays(today, 90);
  const year = addDays(today, 365);
  const live = sql`(a.available_until is null or a.available_until >= ${today})`;
  return Promise.all([
    db.execute(sql`select code, name, region, (select coalesce(json_agg(a order by a.seq desc), '[]') from (select seq, at, actor_name, action, entity_type, entity_id from audit_log
      where country_code = ${code} order by seq desc limit 20) a) from partners where code = ${code}`),
    db.execute(sql`select partner_code, 'status', status::text, count(*)::int, coalesce(sum(total_cents), 0) from cases where partner_code = ${code} group by partner_code, status
      union all select partner_code, 'program', unnest(funding_sources), count(*)::int, coalesce(sum(total_cents), 0) from cases
      where partner_code = ${code} and status not in ('closed', 'cancelled') group by partner_code, 3`),
    db.execute(sql`select a.partner_code, a.program_code, coalesce(sum(a.amount_cents - coalesce(l.o, 0) + coalesce(l.d, 0)) filter (where ${live}), 0)::bigint,
        coalesce(sum(a.amount_cents - coalesce(l.o, 0) + coalesce(l.d, 0)) filter (where a.available_until between ${today} and ${soon}), 0)::bigint,
        coalesce(sum(l.c) filter (where ${live}), 0)::bigint, 0::bigint
      from appropriations a left join (select appropriation_id, sum(amount_cents) filter (where kind = 'obligation') o, sum(amount_cents) filter (where kind = 'deobligation') d,
        sum(case when kind = 'commitment' then amount_cents when kind = 'commitment_release' or commitment_id is not null then -amount_cents else 0 end) c from fund_transactions
        where appropriation_id in (select id from appropriations where partner_code = ${code}) group by 1) l on l.appropriation_id = a.id
      where a.partner_code = ${code} group by a.partner_code, a.program_code
      union all select partner_code, null, 0, 0, 0, coalesce(sum(case kind when 'obligation' then amount_cents when 'deobligation' then -amount_cents else 0 end), 0)::bigint
      from fund_transactions where partner_code = ${code} group by partner_code`),
    db.execute(
      sql`select status, count(*)::int from notifications where partner_code = ${code} and status in ('draft', 'in_tiered_review', 'formally_notified') group by status`,
    ),
    db.execute(
      sql`select c.id, c.identifier, v.offer_expiration_date from cases c join loa_versions v on v.case_id = c.id where c.status = 'offered' and v.number = 0 and v.offer_expiration_date <= ${year} and c.partner_code = ${code}`,
    ),
    db.execute(
      sql`select id, transmittal_number, review_ends_on from notifications where status = 'formally_notified' and review_ends_on <= ${year} and partner_code = ${code}`,
    ),
    db.execute(
      sql`select id, transmittal_number, tiered_review_ends_on from notifications where status = 'in_tiered_review' and tiered_review_ends_on <= ${year} and partner_code = ${code}`,
    ),
    db.execute(sql`select a.id, a.available_until from appropriations a join fund_programs p on p.code = a.program_code left join (select appropriation_id, sum(amount_cents) filter (where kind = 'obligation') o, sum(amount_cents) filter (where kind = 'deobligation') d from fund_transactions
        where appropriation_id in (select id from appropriations where available_until <= ${year} and (partner_code is null or partner_code = ${code})) group by 1) l on l.appropriation_id = a.id
      where p.title = 10 and a.available_until <= ${year} and a.amount_cents - coalesce(l.o, 0) + coalesce(l.d, 0) > 0 and (a.partner_code is null or a.partner_code = ${code})`),
    db.execute(sql`select c.id, c.identifier, m.milestone, m.on_date from case_milestones m join cases c on c.id = m.case_id where c.partner_code = ${code}
      and m.case_id = any(array(select id from cases where partner_code = ${code})) and m.on_date >= ${addDays(today, -365)} order by m.on_date desc limit 200`),
    // End-use monitoring: the compliance measures (four statements) and the inventory-due clocks (two).
    db.execute(sql`select partner_code, category, status, n::int, 0 from eum_item_counts where n <> 0 and partner_code = ${code}
      union all select partner_code, 'enhanced', 'delinquent', 0, count(*)::int from eum_items where status = 'in_inventory' and inventory_due_on < ${today} and partner_code = ${code} group by partner_code`),
    db.execute(sql`select partner_code, count(*) filter (where status <> 'cancelled' and due_on <= ${today})::int, count(*) filter (where status in ('reconciled', 'closed') and due_on <= ${today})::int,
      count(*) filter (where status in ('reconciled', 'closed') and due_on <= ${today} and reconciled_on <= due_on)::int, count(*) filter (where status in ('planned', 'in_progress') and due_on < ${today})::int
      from eum_inventories where partner_code = ${code} group by partner_code`),
    db.execute(
      sql`select partner_code, count(*)::int from eum_discrepancies where resolved_on is null and partner_code = ${code} group by partner_code`,
    ),
    db.execute(
      sql`select partner_code, count(*)::int from eum_incidents where status <> 'closed' and partner_code = ${code} group by partner_code`,
    ),
    db.execute(
      sql`select v.id, v.partner_code, v.due_on, v.kind, s.name from eum_inventories v join eum_sites s on s.id = v.site_id where v.status in ('planned', 'in_progress') and v.due_on <= ${year} and v.partner_code = ${code}`,
    ),
    db.execute(sql`select i.site_id, i.partner_code, max(s.name), min(i.inventory_due_on), count(*)::int from eum_items i left join eum_sites s on s.id = i.site_id
      where i.status = 'in_inventory' and i.inventory_due_on <= ${year} and i.partner_code = ${code}
      and not exists (select 1 from eum_inventories v where v.site_id = i.site_id and v.status in ('planned', 'in_progress')) group by i.partner_code, i.site_id`),
  ]);
}
