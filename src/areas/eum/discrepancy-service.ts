import { and, asc, count, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { page } from './common.ts';
import { moveItemToSite } from './item-service.ts';
import { discrepancyListQuery, discrepancyResolutionInput } from './model.ts';
import { EUM_DISCREPANCY, EUM_INVENTORY } from './records.ts';
import { eumDiscrepancies, eumInventories } from './schema.ts';

type DiscrepancyRow = typeof eumDiscrepancies.$inferSelect;

export async function listDiscrepancies(db: Db, principal: Principal, inventoryId: string, raw: unknown = {}) {
  await requireRecord(db, principal, EUM_INVENTORY.read, inventoryId);
  const query = parseInput(discrepancyListQuery, raw);
  const where: SQL | undefined = and(
    eq(eumDiscrepancies.inventoryId, inventoryId),
    scopeWhere(principal, eumDiscrepancies.partnerCode),
    query.kind ? eq(eumDiscrepancies.kind, query.kind) : undefined,
    query.open === 'true'
      ? isNull(eumDiscrepancies.resolvedOn)
      : query.open === 'false'
        ? isNotNull(eumDiscrepancies.resolvedOn)
        : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(eumDiscrepancies)
      .where(where)
      .orderBy(asc(eumDiscrepancies.kind), asc(eumDiscrepancies.itemTypeCode), asc(eumDiscrepancies.serialNumber))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(eumDiscrepancies).where(where),
  ]);
  return page(rows.map(view), total?.n ?? 0, query);
}

/** Records how a discrepancy was resolved (found after all, recorded at the right site, written off, …). */
export async function resolveDiscrepancy(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(discrepancyResolutionInput, raw);
  const date = input.date ?? today;
  requireNotFuture(date, today, 'date');
  return db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, EUM_DISCREPANCY.write, id, { lock: true });
    requireVersion('The discrepancy', input.version, row.version);
    if (row.resolvedOn) throw conflict(`The discrepancy was resolved on ${row.resolvedOn}`);
    const itemSite = await settleItemSite(tx, principal, row, input.itemSite, input.resolution);
    const [after] = await tx
      .update(eumDiscrepancies)
      .set({ resolution: input.resolution, resolvedOn: date, version: row.version + 1 })
      .where(eq(eumDiscrepancies.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'eum_discrepancy',
      action: 'eum_discrepancy.resolved',
      entityId: id,
      countryCode: row.partnerCode,
      before: { resolvedOn: null },
      after: { resolution: input.resolution, resolvedOn: date, ...itemSite },
    });
    return view(after!);
  });
}

/**
 * A wrong-site discrepancy says what becomes of the item: moved to the site of the inventory that found it (counted
 * there on the reconciliation date), or kept where it is recorded (the resolution says why). Other kinds leave the
 * item's site alone.
 */
async function settleItemSite(tx: Tx, principal: Principal, row: DiscrepancyRow, choice: 'move' | 'keep' | undefined, reason: string) {
  if (row.kind !== 'wrong_site') {
    if (choice)
      throw badRequest('Only a wrong-site discrepancy moves its item', [
        { path: 'itemSite', message: `not for a ${row.kind} discrepancy` },
      ]);
    return {};
  }
  if (!choice)
    throw badRequest('Say what becomes of the item found at another site', [
      { path: 'itemSite', message: 'move (to the site where it was found) or keep (where it is recorded)' },
    ]);
  if (choice === 'keep' || !row.itemId) return { itemSite: choice };
  const [inventory] = await tx
    .select({ siteId: eumInventories.siteId, reconciledOn: eumInventories.reconciledOn })
    .from(eumInventories)
    .where(eq(eumInventories.id, row.inventoryId));
  const moved = await moveItemToSite(tx, principal, row.itemId, inventory!.siteId, reason, inventory!.reconciledOn);
  return { itemSite: choice, itemMovedFrom: moved.from, itemMovedTo: moved.to };
}

export const view = (r: DiscrepancyRow) => ({ ...r, createdAt: r.createdAt.toISOString() });
