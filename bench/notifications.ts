// Notifications figures: determinations per second in-process (target ≥ 20,000/s on one core), and the case panel's
// API latency beside the raw SQL it needs.
import { desc, sql } from 'drizzle-orm';
import { cases } from '../src/areas/cases/public.ts';
import {
  determineMany,
  determineNotification,
  determineWith,
  loadRuleContext,
  partnerGroupsOn,
} from '../src/areas/notifications/public.ts';
import type { Database } from '../src/db/client.ts';
import { SYSTEM_PRINCIPAL } from '../src/platform/access/policy.ts';
import { measure, ms, row } from './measure.ts';

const PARTNERS = ['AT', 'UK', 'SA', 'KS', 'IS', 'JA', 'BR', 'UP', 'PL', 'QA'];

function requests(n: number) {
  let x = 12345;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: n }, () => {
    const mde = next() % 40_000_000;
    return {
      partnerCode: PARTNERS[next() % PARTNERS.length]!,
      mdeValue: mde,
      totalValue: mde + (next() % 150_000_000),
      designConstructionValue: next() % 10 === 0 ? next() % 400_000_000 : 0,
      asOf: `20${10 + (next() % 16)}-0${1 + (next() % 9)}-15`,
    };
  });
}

const perSecond = (count: number, elapsedMs: number) => `${Math.round(count / (elapsedMs / 1000)).toLocaleString('en-US')} /s`;

export async function benchNotifications(
  database: Database,
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  headers: Record<string, string>,
) {
  const { db } = database;
  const context = await loadRuleContext(db);
  const known = new Set(PARTNERS);
  const batch = requests(200_000);

  let start = performance.now();
  let required = 0;
  for (const r of batch) {
    const d = determineNotification(
      {
        groups: partnerGroupsOn(context, r.partnerCode, r.asOf),
        mdeCents: r.mdeValue * 100,
        totalCents: r.totalValue * 100,
        designConstructionCents: r.designConstructionValue * 100,
        asOf: r.asOf,
      },
      context.thresholds,
    );
    if (d.required) required++;
  }
  row(
    `determinations, rule only (${batch.length.toLocaleString('en-US')}; ${required} required)`,
    perSecond(batch.length, performance.now() - start),
  );

  start = performance.now();
  for (const r of batch) determineWith(context, known, r);
  row('determinations, validated + reasons in dollars', perSecond(batch.length, performance.now() - start));

  start = performance.now();
  await determineMany(db, SYSTEM_PRINCIPAL, batch.slice(0, 100_000));
  row('determineMany (CLI --input path, 100,000)', perSecond(100_000, performance.now() - start));

  const one = batch[0]!;
  const api = await measure(300, async () => {
    const res = await app.request('/api/notifications/determinations', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(one),
    });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    await res.json();
  });
  row('POST /api/notifications/determinations', ms(api.p50), ms(api.p99));

  const [{ id: bigCase }] = (await db.select({ id: cases.id }).from(cases).orderBy(desc(cases.totalCents)).limit(1)) as [{ id: string }];
  const panel = await measure(200, async () => {
    const res = await app.request(`/api/cases/${bigCase}/notification`, { headers });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    await res.json();
  });
  const panelSql = await measure(200, async () => {
    await db.execute(sql`select id, partner_code from cases where id = ${bigCase}`);
    const version = sql`(select id from loa_versions where case_id = ${bigCase} order by number desc limit 1)`;
    await Promise.all([
      db.execute(
        sql`select number, total_cents, coalesce((select sum(quantity::bigint * unit_cost_cents) from loa_lines where version_id = ${version} and mde), 0) from loa_versions where id = ${version}`,
      ),
      db.execute(sql`select * from notification_thresholds`),
      db.execute(
        sql`select group_code, from_date, to_date from group_memberships m join cases c on c.partner_code = m.partner_code where c.id = ${bigCase}`,
      ),
      db.execute(
        sql`select n.* from notification_cases nc join notifications n on n.id = nc.notification_id where nc.case_id = ${bigCase} and n.status <> 'withdrawn'`,
      ),
    ]);
  });
  row('GET /api/cases/{id}/notification (largest case)', ms(panel.p50), ms(panel.p99));
  row('raw SQL the panel needs', ms(panelSql.p50), ms(panelSql.p99));
}
