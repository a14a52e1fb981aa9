import { and, asc, count, eq, inArray, isNull, lt, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, unlessWithheld } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { AREA, affected, arrayParam, page } from './common.ts';
import { inventoryInput, inventoryListQuery, inventoryTransitionInput } from './model.ts';
import { EUM_INVENTORY, EUM_SITE, referencedRecord } from './records.ts';
import { inventoryDue } from './rules/inventory-due.ts';
import { allowedInventoryActions, type InventoryAction, moveInventory } from './rules/inventory-status.ts';
import { reconcile } from './rules/reconciliation.ts';
import { eumDiscrepancies, eumInventories, eumInventoryExpected, eumInventoryScans, eumItems, eumSites } from './schema.ts';

type InventoryRow = typeof eumInventories.$inferSelect;

/** Not yet counted and reconciled: these can be overdue, and are the open clocks. */
const OPEN = ['planned', 'in_progress'] as const;

export function inventoryConditions(
  principal: Principal,
  query: ReturnType<typeof inventoryListQuery.parse>,
  today: string,
): SQL | undefined {
  return and(
    scopeWhere(principal, eumInventories.partnerCode),
    query.partner ? eq(eumInventories.partnerCode, query.partner) : undefined,
    query.status ? eq(eumInventories.status, query.status) : undefined,
    query.overdue === 'true' ? and(inArray(eumInventories.status, [...OPEN]), lt(eumInventories.dueOn, today)) : undefined,
  );
}

const openDiscrepancies = sql<number>`(select count(*)::int from ${eumDiscrepancies} d where d.inventory_id = ${eumInventories.id} and d.resolved_on is null)`;
const listColumns = { inventory: eumInventories, siteCode: eumSites.code, siteName: eumSites.name, openDiscrepancies };

export async function listInventories(db: Db, principal: Principal, raw: unknown = {}, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(inventoryListQuery, raw);
  const where = inventoryConditions(principal, query, today);
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(eumInventories)
      .innerJoin(eumSites, eq(eumSites.id, eumInventories.siteId))
      .where(where)
      .orderBy(asc(eumInventories.dueOn), asc(eumInventories.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(eumInventories).where(where),
  ]);
  return page(
    rows.map((r) => view(r.inventory, r, today)),
    total?.n ?? 0,
    query,
  );
}

export async function getInventory(db: Db | Tx, principal: Principal, id: string, today = todayIso()) {
  await requireRecord(db, principal, EUM_INVENTORY.read, id);
  const [found] = await db
    .select(listColumns)
    .from(eumInventories)
    .innerJoin(eumSites, eq(eumSites.id, eumInventories.siteId))
    .where(eq(eumInventories.id, id));
  const row = found!;
  const byKind = await db
    .select({ kind: eumDiscrepancies.kind, n: count() })
    .from(eumDiscrepancies)
    .where(eq(eumDiscrepancies.inventoryId, id))
    .groupBy(eumDiscrepancies.kind);
  return {
    ...view(row.inventory, row, today),
    discrepanciesByKind: Object.fromEntries(byKind.map((k) => [k.kind, k.n])) as Record<string, number>,
  };
}

/**
 * Plans an inventory of a site: the expected list is every item of the partner held there now. A scheduled
 * (initial or periodic) inventory is due when the earliest of those items falls due (rules/inventory-due.ts).
 */
export async function createInventory(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  const input = parseInput(inventoryInput, raw);
  requireArea(principal, 'write', AREA);
  const id = await db.transaction(async (tx) => {
    const site = await referencedRecord(tx, principal, EUM_SITE.write, input.siteId, 'siteId');
    const held = and(eq(eumItems.siteId, site.id), eq(eumItems.partnerCode, site.partnerCode), eq(eumItems.status, 'in_inventory'));
    const [earliest] = await tx
      .select({ due: sql<string | null>`min(${eumItems.inventoryDueOn})` })
      .from(eumItems)
      .where(held);
    const dueOn = input.dueOn ?? (input.kind === 'ad_hoc' ? null : (earliest?.due ?? null));
    if (!dueOn)
      throw badRequest('Say when the inventory is due', [
        {
          path: 'dueOn',
          message:
            input.kind === 'ad_hoc' ? 'an ad hoc inventory needs its due date' : 'no item at this site has an inventory due; give the date',
        },
      ]);
    const [row] = await tx
      .insert(eumInventories)
      .values({ partnerCode: site.partnerCode, siteId: site.id, kind: input.kind, dueOn, notes: input.notes })
      .returning();
    const inserted =
      await tx.execute(sql`insert into ${eumInventoryExpected} (inventory_id, item_id) select ${row!.id}::uuid, i.id from ${eumItems} i
      where i.site_id = ${site.id} and i.partner_code = ${site.partnerCode} and i.status = 'in_inventory'`);
    const expectedCount = affected(inserted);
    await tx.update(eumInventories).set({ expectedCount }).where(eq(eumInventories.id, row!.id));
    await appendAudit(tx, principal, {
      entityType: 'eum_inventory',
      action: 'eum_inventory.created',
      entityId: row!.id,
      countryCode: site.partnerCode,
      after: { siteId: site.id, kind: input.kind, dueOn, expectedCount },
    });
    return row!.id;
  });
  return getInventory(db, principal, id, today);
}

/** Starts, reconciles (found against expected, writing each discrepancy), closes or cancels an inventory. */
export async function transitionInventory(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(inventoryTransitionInput, raw);
  const date = input.date ?? today;
  requireNotFuture(date, today, 'date');
  await db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, EUM_INVENTORY.write, id, { lock: true });
    requireVersion('The inventory', input.version, row.version);
    const [open] = await tx
      .select({ n: count() })
      .from(eumDiscrepancies)
      .where(and(eq(eumDiscrepancies.inventoryId, id), isNull(eumDiscrepancies.resolvedOn)));
    const move = moveInventory(row.status, input.action, open?.n ?? 0);
    if (!move.ok) throw illegalTransition(move.reason, move.allowed);
    const changes = input.action === 'reconcile' ? await reconcileInventory(tx, row, date) : stamps(input.action, date);
    await tx
      .update(eumInventories)
      .set({ ...changes, status: move.to, version: row.version + 1, updatedAt: new Date() })
      .where(eq(eumInventories.id, id));
    await appendAudit(tx, principal, {
      entityType: 'eum_inventory',
      action: 'eum_inventory.transitioned',
      entityId: id,
      countryCode: row.partnerCode,
      before: { status: row.status },
      after: { status: move.to, action: input.action, date, ...(input.reason ? { reason: input.reason } : {}), ...changes },
    });
  });
  return getInventory(db, principal, id, today);
}

const stamps = (action: InventoryAction, date: string): Partial<InventoryRow> =>
  action === 'start' ? { startedOn: date } : action === 'close' ? { closedOn: date } : {};

/**
 * Compares what was found with what was expected (rules/reconciliation.ts); writes the discrepancies not yet
 * recorded, and restarts each counted item's inventory clock from this date.
 */
async function reconcileInventory(tx: Tx, row: InventoryRow, date: string) {
  const expected = await tx
    .select({
      itemId: eumItems.id,
      itemTypeCode: eumItems.itemTypeCode,
      serialNumber: eumItems.serialNumber,
      category: eumItems.category,
      deliveredOn: eumItems.deliveredOn,
    })
    .from(eumInventoryExpected)
    .innerJoin(eumItems, eq(eumItems.id, eumInventoryExpected.itemId))
    .where(eq(eumInventoryExpected.inventoryId, row.id));
  const found = await tx
    .select({
      itemTypeCode: eumInventoryScans.itemTypeCode,
      serialNumber: eumInventoryScans.serialNumber,
      damaged: eumInventoryScans.damaged,
    })
    .from(eumInventoryScans)
    .where(eq(eumInventoryScans.inventoryId, row.id));
  const notExpected = sql`not exists (select 1 from ${eumInventoryExpected} x where x.inventory_id = ${row.id} and x.item_id = ${eumItems.id})`;
  const elsewhere = await tx
    .select({ itemId: eumItems.id, itemTypeCode: eumItems.itemTypeCode, serialNumber: eumItems.serialNumber, siteId: eumItems.siteId })
    .from(eumInventoryScans)
    .innerJoin(
      eumItems,
      and(eq(eumItems.itemTypeCode, eumInventoryScans.itemTypeCode), eq(eumItems.serialNumber, eumInventoryScans.serialNumber)),
    )
    .where(and(eq(eumInventoryScans.inventoryId, row.id), eq(eumItems.partnerCode, row.partnerCode), notExpected));
  const result = reconcile(expected, found, elsewhere);
  // Unresolved findings of an earlier pass that no longer hold (a late scan found the item) are withdrawn.
  const keys = result.discrepancies.map((d) => `${d.kind}|${d.itemTypeCode}|${d.serialNumber}`);
  const stale = and(
    eq(eumDiscrepancies.inventoryId, row.id),
    isNull(eumDiscrepancies.resolvedOn),
    isNull(eumDiscrepancies.incidentId),
    keys.length
      ? notInArray(
          sql`${eumDiscrepancies.kind} || '|' || ${eumDiscrepancies.itemTypeCode} || '|' || ${eumDiscrepancies.serialNumber}`,
          keys,
        )
      : undefined,
  );
  await tx.delete(eumDiscrepancies).where(stale);
  for (let i = 0; i < result.discrepancies.length; i += 2000) {
    const batch = result.discrepancies.slice(i, i + 2000).map((d) => ({ ...d, inventoryId: row.id, partnerCode: row.partnerCode }));
    await tx.insert(eumDiscrepancies).values(batch).onConflictDoNothing();
  }
  const matchedIds = new Set(result.matched.map((m) => m.itemId));
  const counted = expected.filter((e) => matchedIds.has(e.itemId));
  for (let i = 0; i < counted.length; i += 5000) {
    const batch = counted.slice(i, i + 5000);
    const dues = batch.map((e) => inventoryDue({ category: e.category, deliveredOn: e.deliveredOn, lastInventoriedOn: date })?.due ?? null);
    await tx.execute(sql`update ${eumItems} i set last_inventoried_on = ${date}, inventory_due_on = u.due::date, version = i.version + 1, updated_at = now()
      from unnest(${arrayParam(batch.map((e) => e.itemId))}::uuid[], ${arrayParam(dues)}::text[]) as u(id, due) where i.id = u.id and i.status = 'in_inventory'`);
  }
  return { reconciledOn: date, foundCount: found.length, ...(row.startedOn ? {} : { startedOn: date }) };
}

/**
 * The expected list, for the counting team's spreadsheet; one row per item, with whether it was found. The case and
 * line an item was delivered under are null while the case is withheld from the reader.
 */
export async function* expectedRows(db: Db, principal: Principal, id: string, batch = 5000) {
  const inventory = await getInventory(db, principal, id);
  const caseMarkings = caseMarkingsOf(eumItems.caseId);
  let after = '';
  for (;;) {
    const rows = await db
      .select({
        itemTypeCode: eumItems.itemTypeCode,
        serialNumber: eumItems.serialNumber,
        caseId: unlessWithheld<string>(principal, caseMarkings, eumItems.caseId),
        lineNumber: unlessWithheld<string>(principal, caseMarkings, eumItems.lineNumber),
        deliveredOn: eumItems.deliveredOn,
        found: sql<boolean>`exists (select 1 from ${eumInventoryScans} s where s.inventory_id = ${id} and s.item_type_code = ${eumItems.itemTypeCode} and s.serial_number = ${eumItems.serialNumber})`,
      })
      .from(eumInventoryExpected)
      .innerJoin(eumItems, eq(eumItems.id, eumInventoryExpected.itemId))
      .where(and(eq(eumInventoryExpected.inventoryId, id), sql`${eumItems.itemTypeCode} || '|' || ${eumItems.serialNumber} > ${after}`))
      .orderBy(sql`${eumItems.itemTypeCode} || '|' || ${eumItems.serialNumber}`)
      .limit(batch);
    if (!rows.length) return inventory;
    for (const r of rows) yield r;
    const last = rows[rows.length - 1]!;
    after = `${last.itemTypeCode}|${last.serialNumber}`;
  }
}

function view(r: InventoryRow, extra: { siteCode: string; siteName: string; openDiscrepancies: number }, today: string) {
  const open = (OPEN as readonly string[]).includes(r.status);
  return {
    ...r,
    siteCode: extra.siteCode,
    siteName: extra.siteName,
    openDiscrepancies: extra.openDiscrepancies,
    overdue: open && r.dueOn < today,
    allowedActions: allowedInventoryActions(r.status),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export const OPEN_INVENTORY_STATUSES = OPEN;
