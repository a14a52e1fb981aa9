// The delivery dashboard at bench size (50,000 shipments, loaded with the bench data set by the deliveries demo loader):
// the API beside the service and the raw SQL of its four lists (late with causes, awaiting acceptance, receipts not
// confirmed within 30 days, money expiring with undelivered lines).
import { sql } from 'drizzle-orm';
import { deliveryDashboard } from '../src/areas/deliveries/public.ts';
import type { Database } from '../src/db/client.ts';
import { SYSTEM_PRINCIPAL } from '../src/platform/access/policy.ts';
import { addDays, todayIso } from '../src/platform/dates.ts';
import { measure, ms, row } from './measure.ts';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** The same four lists as the dashboard, written by hand: first 50 rows and the count of each. */
export function dashboardSql(database: Database, today: string) {
  const { db } = database;
  const confirmBy = addDays(today, -30);
  const expiringBy = addDays(today, 90);
  return Promise.all([
    db.execute(sql`select s.id, s.number, s.partner_code, c.identifier, s.stage, m.planned_on, m.estimated_on,
        (select r.label from shipment_slips x join delivery_delay_reasons r on r.code = x.reason_code where x.shipment_id = s.id order by x.recorded_at desc limit 1)
      from shipments s join cases c on c.id = s.case_id join shipment_milestones m on m.shipment_id = s.id and m.milestone = 'delivered'
      where s.stage is distinct from 'accepted' and exists (select 1 from shipment_milestones o where o.shipment_id = s.id and o.actual_on is null
        and (o.planned_on < ${today} or (o.milestone = 'delivered' and o.planned_on > o.estimated_on)))
      order by m.planned_on, s.number limit 50`),
    db.execute(sql`select count(*) from shipments s where s.stage is distinct from 'accepted' and exists (select 1 from shipment_milestones o
      where o.shipment_id = s.id and o.actual_on is null and (o.planned_on < ${today} or (o.milestone = 'delivered' and o.planned_on > o.estimated_on)))`),
    db.execute(sql`select s.id, s.number, l.line_number, l.received - l.accepted
      from shipment_lines l join shipments s on s.id = l.shipment_id join cases c on c.id = s.case_id
      where l.received > l.accepted order by s.received_on, s.number, l.line_number limit 50`),
    db.execute(sql`select count(*) from shipment_lines l where l.received > l.accepted`),
    db.execute(sql`select s.id, s.number, s.delivered_on from shipments s join cases c on c.id = s.case_id
      where s.received_on is null and s.delivered_on < ${confirmBy} order by s.delivered_on, s.number limit 50`),
    db.execute(sql`select count(*) from shipments s where s.received_on is null and s.delivered_on < ${confirmBy}`),
    db.execute(sql`select a.id, c.id, sum(t.amount_cents) from fund_transactions t
      join appropriations a on a.id = t.appropriation_id join cases c on c.id = t.case_id
      where a.available_until between ${today} and ${expiringBy}
        and exists (select 1 from shipments s where s.case_id = c.id and exists (select 1 from shipment_lines l where l.shipment_id = s.id and l.received < l.quantity))
      group by a.id, c.id order by min(a.available_until), c.identifier limit 50`),
    db.execute(sql`select count(distinct (a.id, c.id)) from fund_transactions t
      join appropriations a on a.id = t.appropriation_id join cases c on c.id = t.case_id
      where a.available_until between ${today} and ${expiringBy}
        and exists (select 1 from shipments s where s.case_id = c.id and exists (select 1 from shipment_lines l where l.shipment_id = s.id and l.received < l.quantity))`),
  ]);
}

export async function benchDeliveries(database: Database, app: App, headers: Record<string, string>) {
  const { db } = database;
  const today = todayIso();
  const result = (await db.execute(
    sql`select (select count(*)::int from shipments) as shipments, (select count(*)::int from shipment_milestones) as milestones`,
  )) as unknown as { rows: { shipments: number; milestones: number }[] };
  const counts = result.rows[0];
  process.stdout.write(`  (${counts?.shipments ?? '?'} shipments, ${counts?.milestones ?? '?'} milestones)\n`);
  row('', 'p50', 'p99');
  const api = await measure(50, async () => {
    const res = await app.request('/api/deliveries/dashboard', { headers });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    await res.json();
  });
  const service = await measure(50, () => deliveryDashboard(db, SYSTEM_PRINCIPAL, null, today));
  const raw = await measure(50, () => dashboardSql(database, today));
  row('GET /api/deliveries/dashboard (every partner)', ms(api.p50), ms(api.p99));
  row('deliveryDashboard service', ms(service.p50), ms(service.p99));
  row('raw SQL of its four lists', ms(raw.p50), ms(raw.p99));
}
