import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import type { Deadline, DeadlineSourceDef, DeadlineWindow } from '../../platform/deadlines/source.ts';
import { OPEN_INVENTORY_STATUSES } from './inventory-service.ts';
import { EEUM_INVENTORY_RULE } from './rules/inventory-due.ts';
import { eumInventories, eumItemDueCounts, eumSites } from './schema.ts';

const KIND = 'eum.inventory_due';

/**
 * EEUM serial-number inventories due (90 days after arrival, then annually: rules/inventory-due.ts): each planned or
 * running inventory by its due date, and each site whose held items fall due with no inventory planned yet.
 */
async function inventoriesDue(db: Db, principal: Principal, window: DeadlineWindow): Promise<Deadline[]> {
  const planned: (SQL | undefined)[] = [
    inArray(eumInventories.status, [...OPEN_INVENTORY_STATUSES]),
    lte(eumInventories.dueOn, window.to),
    window.from ? gte(eumInventories.dueOn, window.from) : undefined,
    scopeWhere(principal, eumInventories.partnerCode),
  ];
  const inventories = await db
    .select({
      id: eumInventories.id,
      partnerCode: eumInventories.partnerCode,
      dueOn: eumInventories.dueOn,
      kind: eumInventories.kind,
      site: eumSites.name,
    })
    .from(eumInventories)
    .innerJoin(eumSites, eq(eumSites.id, eumInventories.siteId))
    .where(and(...planned))
    .orderBy(eumInventories.dueOn)
    .limit(window.limit ?? Number.MAX_SAFE_INTEGER);
  // Per site from the maintained due counts (schema.ts eumItemDueCounts), not by reading every held item.
  const unplanned = await db
    .select({
      siteId: eumItemDueCounts.siteId,
      partnerCode: eumItemDueCounts.partnerCode,
      site: sql<string | null>`max(${eumSites.name})`,
      due: sql<string>`min(${eumItemDueCounts.dueOn})`,
      items: sql<number>`sum(${eumItemDueCounts.n})::int`,
    })
    .from(eumItemDueCounts)
    .leftJoin(eumSites, eq(eumSites.id, eumItemDueCounts.siteId))
    .where(
      and(
        sql`${eumItemDueCounts.n} <> 0`,
        scopeWhere(principal, eumItemDueCounts.partnerCode),
        sql`not exists (select 1 from ${eumInventories} v where v.site_id = ${eumItemDueCounts.siteId} and v.status in ('planned', 'in_progress'))`,
      ),
    )
    .groupBy(eumItemDueCounts.partnerCode, eumItemDueCounts.siteId)
    // The window picks the site's clock by its first due date, never the items inside it: a month view must not date
    // a site "due on the 19th" that the list shows overdue since its first item fell due (the same clock everywhere).
    .having(
      and(
        sql`min(${eumItemDueCounts.dueOn}) <= ${window.to}`,
        window.from ? sql`min(${eumItemDueCounts.dueOn}) >= ${window.from}` : undefined,
      ),
    )
    .orderBy(sql`min(${eumItemDueCounts.dueOn})`)
    .limit(window.limit ?? Number.MAX_SAFE_INTEGER);
  const clocks: Deadline[] = [
    ...inventories.map((r) => ({
      id: `${KIND}:${r.id}`,
      area: 'eum' as const,
      kind: KIND,
      title: `${r.partnerCode} ${r.site}: ${r.kind.replace('_', ' ')} serial-number inventory due`,
      dueDate: r.dueOn,
      partnerCode: r.partnerCode,
      entityType: 'eum_inventory',
      entityId: r.id,
      link: `/eum/inventories/${r.id}`,
      source: EEUM_INVENTORY_RULE.source,
    })),
    ...unplanned.map((r) => ({
      id: `${KIND}:${r.siteId ?? `${r.partnerCode}-unsited`}`,
      area: 'eum' as const,
      kind: KIND,
      title: `${r.partnerCode} ${r.site ?? '(no site recorded)'}: inventory of ${r.items} EEUM items due, none planned`,
      dueDate: r.due,
      partnerCode: r.partnerCode,
      entityType: r.siteId ? 'eum_site' : 'partner',
      entityId: r.siteId ?? r.partnerCode,
      link: r.siteId ? `/eum/items?siteId=${r.siteId}&overdue=true` : `/eum/items?partner=${r.partnerCode}`,
      source: EEUM_INVENTORY_RULE.source,
    })),
  ];
  // Two queries, one source: the earliest `limit` of both, so a cut list ends at a due date (DeadlineWindow.limit).
  return window.limit ? clocks.sort((a, b) => a.dueDate.localeCompare(b.dueDate)).slice(0, window.limit) : clocks;
}

export const eumDeadlineSources: DeadlineSourceDef[] = [
  { area: 'eum', kind: KIND, label: 'EEUM serial-number inventory due', list: inventoriesDue },
];
