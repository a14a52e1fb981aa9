import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { todayIso } from '../../platform/dates.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { AREA, arrayParam, rowsOf } from './common.ts';
import { complianceQuery } from './model.ts';
import { byDelinquency, completionRate, monthStarts } from './rules/compliance.ts';
import { EEUM_INVENTORY_RULE } from './rules/inventory-due.ts';

/** `and <column> in (scope)` for raw SQL (the policy's `scopeWhere`), narrowed to `partner` (one or some) when given. */
function scoped(principal: Principal, column: SQL, partner?: string | readonly string[] | null): SQL {
  const conditions = [
    scopeWhere(principal, column),
    !partner
      ? undefined
      : typeof partner === 'string'
        ? sql`${column} = ${partner}`
        : sql`${column} = any(${arrayParam([...partner])}::text[])`,
  ].filter((c): c is SQL => c !== undefined);
  return conditions.length ? sql` and ${sql.join(conditions, sql` and `)}` : sql``;
}

const num = (v: unknown) => Number(v ?? 0);

interface PartnerRow {
  partnerCode: string;
  items: number;
  enhancedHeld: number;
  delinquentItems: number;
  inventoriesDue: number;
  inventoriesCompleted: number;
  completedOnTime: number;
  overdueInventories: number;
  openDiscrepancies: number;
  openIncidents: number;
  completionRate: number | null;
}

/**
 * Per partner (worst delinquency first): items, enhanced items held and delinquent, inventories due, completed (on
 * time) and overdue, open discrepancies and incidents; and items by category and status. `partners` narrows to some
 * partners (within the principal's scope).
 */
export async function measuresByPartner(db: Db, principal: Principal, asOf: string, p?: string | readonly string[] | null) {
  const [items, inventories, discrepancies, incidents] = await Promise.all([
    db.execute(sql`select partner_code, category, status, n::int as n, 0 as delinquent
      from eum_item_counts where n <> 0${scoped(principal, sql`partner_code`, p)}
      union all select partner_code, 'enhanced', 'delinquent', 0, sum(n)::int from eum_item_due_counts
      where n <> 0 and due_on < ${asOf}${scoped(principal, sql`partner_code`, p)} group by partner_code`),
    db.execute(sql`select partner_code,
        count(*) filter (where status <> 'cancelled' and due_on <= ${asOf})::int as due,
        count(*) filter (where status in ('reconciled', 'closed') and due_on <= ${asOf})::int as completed,
        count(*) filter (where status in ('reconciled', 'closed') and due_on <= ${asOf} and reconciled_on <= due_on)::int as on_time,
        count(*) filter (where status in ('planned', 'in_progress') and due_on < ${asOf})::int as overdue
      from eum_inventories where true${scoped(principal, sql`partner_code`, p)} group by partner_code`),
    db.execute(
      sql`select partner_code, count(*)::int as n from eum_discrepancies where resolved_on is null${scoped(principal, sql`partner_code`, p)} group by partner_code`,
    ),
    db.execute(
      sql`select partner_code, count(*)::int as n from eum_incidents where status <> 'closed'${scoped(principal, sql`partner_code`, p)} group by partner_code`,
    ),
  ]);
  const partners = new Map<string, PartnerRow>();
  const of = (code: string) => {
    let row = partners.get(code);
    if (!row) {
      row = {
        partnerCode: code,
        items: 0,
        enhancedHeld: 0,
        delinquentItems: 0,
        inventoriesDue: 0,
        inventoriesCompleted: 0,
        completedOnTime: 0,
        overdueInventories: 0,
        openDiscrepancies: 0,
        openIncidents: 0,
        completionRate: null,
      };
      partners.set(code, row);
    }
    return row;
  };
  const byCategoryStatus = new Map<string, number>();
  for (const r of rowsOf<{ partner_code: string; category: string; status: string; n: number; delinquent: number }>(items)) {
    const row = of(r.partner_code);
    row.delinquentItems += num(r.delinquent);
    if (r.status === 'delinquent') continue;
    row.items += num(r.n);
    if (r.category === 'enhanced' && r.status === 'in_inventory') row.enhancedHeld += num(r.n);
    const key = `${r.category}|${r.status}`;
    byCategoryStatus.set(key, (byCategoryStatus.get(key) ?? 0) + num(r.n));
  }
  for (const r of rowsOf<{ partner_code: string; due: number; completed: number; on_time: number; overdue: number }>(inventories)) {
    Object.assign(of(r.partner_code), {
      inventoriesDue: num(r.due),
      inventoriesCompleted: num(r.completed),
      completedOnTime: num(r.on_time),
      overdueInventories: num(r.overdue),
    });
  }
  for (const r of rowsOf<{ partner_code: string; n: number }>(discrepancies)) of(r.partner_code).openDiscrepancies = num(r.n);
  for (const r of rowsOf<{ partner_code: string; n: number }>(incidents)) of(r.partner_code).openIncidents = num(r.n);
  const rows = [...partners.values()]
    .map((r) => ({ ...r, completionRate: completionRate(r.inventoriesCompleted, r.inventoriesDue) }))
    .sort(byDelinquency);
  return { rows, byCategoryStatus };
}

/** Items by category and status, inventory completion, overdue inventories, open discrepancies and incidents, per partner and overall, with a monthly trend. */
export async function complianceView(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(complianceQuery, raw);
  const asOf = query.asOf ?? todayIso();
  const p = query.partner;
  const { rows, byCategoryStatus } = await measuresByPartner(db, principal, asOf, p);
  const sum = (k: keyof Omit<PartnerRow, 'partnerCode' | 'completionRate'>) => rows.reduce((s, r) => s + r[k], 0);
  const overall = {
    items: sum('items'),
    enhancedHeld: sum('enhancedHeld'),
    delinquentItems: sum('delinquentItems'),
    inventoriesDue: sum('inventoriesDue'),
    inventoriesCompleted: sum('inventoriesCompleted'),
    completedOnTime: sum('completedOnTime'),
    overdueInventories: sum('overdueInventories'),
    openDiscrepancies: sum('openDiscrepancies'),
    openIncidents: sum('openIncidents'),
    completionRate: completionRate(sum('inventoriesCompleted'), sum('inventoriesDue')),
  };
  return {
    asOf,
    partner: p ?? null,
    overall,
    byCategoryStatus: [...byCategoryStatus.entries()]
      .map(([k, n]) => ({ category: k.split('|')[0]!, status: k.split('|')[1]!, count: n }))
      .sort((a, b) => a.category.localeCompare(b.category) || a.status.localeCompare(b.status)),
    partners: rows,
    trend: await trend(db, principal, asOf, query.months, p),
    source: EEUM_INVENTORY_RULE.source,
  };
}

async function trend(db: Db, principal: Principal, asOf: string, months: number, partner?: string) {
  const starts = monthStarts(asOf, months);
  const from = starts[0]!;
  const monthly = (table: string, column: string, extra: SQL = sql``) =>
    db.execute(sql`select to_char(date_trunc('month', ${sql.raw(column)}), 'YYYY-MM-DD') as month, count(*)::int as n from ${sql.raw(table)}
      where ${sql.raw(column)} >= ${from} and ${sql.raw(column)} <= ${asOf}${extra}${scoped(principal, sql.raw('partner_code'), partner)} group by 1`);
  const [completed, found, raised] = await Promise.all([
    monthly('eum_inventories', 'reconciled_on'),
    monthly('eum_discrepancies', 'created_at'),
    monthly('eum_incidents', 'discovered_on'),
  ]);
  const index = (r: unknown) => new Map(rowsOf<{ month: string; n: number }>(r).map((x) => [x.month, num(x.n)]));
  const [c, f, i] = [index(completed), index(found), index(raised)];
  return starts.map((month) => ({
    month: month.slice(0, 7),
    inventoriesCompleted: c.get(month) ?? 0,
    discrepanciesFound: f.get(month) ?? 0,
    incidentsRaised: i.get(month) ?? 0,
  }));
}
