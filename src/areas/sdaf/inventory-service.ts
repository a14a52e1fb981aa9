import { and, asc, desc, eq, gt, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { lockFund, refuse, requireWholeFund } from './fund.ts';
import { inventoryListQuery, physicalInventoryInput, receiptInput, reportInput } from './model.ts';
import { getProcurement, receiptView, receivedSql, transferredSql } from './procurement-service.ts';
import { PROCUREMENT, RECEIPT, stored } from './records.ts';
import { fiscalYearOf } from './rules/clocks.ts';
import { sdafInventoryCounts, sdafItems, sdafLedger, sdafPhysicalInventories, sdafProcurements, sdafReceipts } from './schema.ts';

/** Receives delivered articles into the fund's inventory: the commitment becomes inventory at cost. */
export async function receiveDelivery(db: Db, principal: Principal, procurementId: string, raw: unknown, today = todayIso()) {
  requireWholeFund(principal, 'write');
  const input = parseInput(receiptInput, raw);
  requireNotFuture(input.receivedOn, today, 'receivedOn');
  await db.transaction(async (tx) => {
    await lockFund(tx);
    const procurement = stored(await requireRecord(tx, principal, PROCUREMENT.write, procurementId, { lock: true }));
    requireVersion('The procurement', input.version, procurement.version);
    if (procurement.closedOn)
      throw conflict(`Contract ${procurement.contractNumber} was closed on ${procurement.closedOn}: nothing more is received`);
    if (input.receivedOn < procurement.awardedOn)
      throw badRequest('Delivery follows the award', [{ path: 'receivedOn', message: `on or after ${procurement.awardedOn}` }]);
    const [item] = await tx
      .select({ row: sdafItems, received: receivedSql })
      .from(sdafItems)
      .where(and(eq(sdafItems.id, input.itemId), eq(sdafItems.procurementId, procurementId)));
    if (!item) throw badRequest('Not an item of this procurement', [{ path: 'itemId', message: 'name an item of this procurement' }]);
    const outstanding = item.row.quantity - item.received;
    if (input.quantity > outstanding)
      throw refuse(
        'quantity',
        `Line ${item.row.lineNumber} (${item.row.nomenclature}) ordered ${item.row.quantity}, received ${item.received}: at most ${outstanding} more can be received`,
      );
    const [receipt] = await tx
      .insert(sdafReceipts)
      .values({
        itemId: item.row.id,
        quantity: input.quantity,
        receivedOn: input.receivedOn,
        documentReference: input.documentReference,
        createdBy: principal.username,
      })
      .returning();
    await tx.insert(sdafLedger).values({
      kind: 'receipt',
      amountCents: input.quantity * item.row.unitCostCents,
      onDate: input.receivedOn,
      documentReference: input.documentReference,
      procurementId,
      receiptId: receipt!.id,
      createdBy: principal.username,
    });
    await tx
      .update(sdafProcurements)
      .set({ version: procurement.version + 1, updatedAt: new Date() })
      .where(eq(sdafProcurements.id, procurementId));
    await appendAudit(tx, principal, {
      entityType: 'sdaf_procurement',
      action: 'sdaf_procurement.received',
      entityId: procurementId,
      after: receipt,
    });
  });
  return getProcurement(db, principal, procurementId, today);
}

/** Records that a delivery was reported to DFAS (FMR Vol 15 Ch 8): the 30-day clock closes. */
export async function reportDelivery(db: Db, principal: Principal, receiptId: string, raw: unknown, today = todayIso()) {
  requireWholeFund(principal, 'write');
  const input = parseInput(reportInput, raw);
  requireNotFuture(input.reportedOn, today, 'reportedOn');
  const after = await db.transaction(async (tx) => {
    const before = stored(await requireRecord(tx, principal, RECEIPT.write, receiptId, { lock: true }));
    requireVersion('The receipt', input.version, before.version);
    if (before.reportedOn) throw conflict(`This delivery was reported on ${before.reportedOn}`);
    if (input.reportedOn < before.receivedOn)
      throw badRequest('A delivery is reported after it is received', [
        { path: 'reportedOn', message: `on or after ${before.receivedOn}` },
      ]);
    const [row] = await tx
      .update(sdafReceipts)
      .set({ reportedOn: input.reportedOn, version: before.version + 1 })
      .where(eq(sdafReceipts.id, receiptId))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'sdaf_receipt',
      action: 'sdaf_receipt.reported',
      entityId: receiptId,
      before: { reportedOn: null },
      after: { reportedOn: input.reportedOn },
    });
    return row!;
  });
  return receiptView(after, today);
}

const inventoryColumns = {
  itemId: sdafItems.id,
  procurementId: sdafItems.procurementId,
  contractNumber: sdafProcurements.contractNumber,
  lineNumber: sdafItems.lineNumber,
  nsn: sdafItems.nsn,
  nomenclature: sdafItems.nomenclature,
  mde: sdafItems.mde,
  unitCostCents: sdafItems.unitCostCents,
  orderedQuantity: sdafItems.quantity,
  receivedQuantity: receivedSql,
  transferredQuantity: transferredSql,
  onHandQuantity: sql<number>`(${receivedSql} - ${transferredSql})::int`,
  onHandCents: sql<number>`((${receivedSql} - ${transferredSql}) * ${sdafItems.unitCostCents})::bigint`.mapWith(Number),
};

function inventoryConditions(query: ReturnType<typeof inventoryListQuery.parse>): SQL | undefined {
  return and(
    gt(receivedSql, 0),
    query.onHand === 'yes' ? gt(sql`${receivedSql} - ${transferredSql}`, 0) : undefined,
    query.q
      ? or(
          ilike(sdafItems.nsn, containing(query.q.replaceAll('-', ''))),
          ilike(sdafItems.nomenclature, containing(query.q)),
          ilike(sdafProcurements.contractNumber, containing(query.q)),
        )
      : undefined,
  );
}

const inventoryQuery = (db: Db, where: SQL | undefined) =>
  db.select(inventoryColumns).from(sdafItems).innerJoin(sdafProcurements, eq(sdafProcurements.id, sdafItems.procurementId)).where(where);

/** The fund's inventory: every item received, with what was received, transferred and is on hand (derived). */
export async function listInventory(db: Db, principal: Principal, raw: unknown = {}) {
  requireWholeFund(principal, 'read');
  const query = parseInput(inventoryListQuery, raw);
  const where = inventoryConditions(query);
  const [items, [total]] = await Promise.all([
    inventoryQuery(db, where).orderBy(asc(sdafItems.nomenclature), asc(sdafItems.id)).limit(query.limit).offset(query.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(sdafItems)
      .innerJoin(sdafProcurements, eq(sdafProcurements.id, sdafItems.procurementId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}

export async function* inventoryRowsForExport(db: Db, principal: Principal, raw: unknown) {
  requireWholeFund(principal, 'read');
  const where = inventoryConditions(parseInput(inventoryListQuery, raw));
  for (let offset = 0; ; offset += 2000) {
    const batch = await inventoryQuery(db, where).orderBy(asc(sdafItems.id)).limit(2000).offset(offset);
    yield* batch;
    if (batch.length < 2000) return;
  }
}

/**
 * The annual physical inventory (DSCA 20-85) of a fiscal year: what was counted of each item against what the records
 * hold on hand; the difference is the discrepancy. Items on hand but not counted are counted as zero.
 */
export async function recordPhysicalInventory(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireWholeFund(principal, 'write');
  const input = parseInput(physicalInventoryInput, raw);
  requireNotFuture(input.countedOn, today, 'countedOn');
  if (fiscalYearOf(input.countedOn) !== input.fiscalYear)
    throw badRequest(`${input.countedOn} is not in FY${input.fiscalYear}`, [
      { path: 'countedOn', message: `a date in FY${input.fiscalYear}` },
    ]);
  const id = await db.transaction(async (tx) => {
    await lockFund(tx);
    const [done] = await tx
      .select({ id: sdafPhysicalInventories.id })
      .from(sdafPhysicalInventories)
      .where(eq(sdafPhysicalInventories.fiscalYear, input.fiscalYear));
    if (done) throw conflict(`The FY${input.fiscalYear} physical inventory is already recorded`);
    const expected = await tx
      .select({ itemId: sdafItems.id, onHand: inventoryColumns.onHandQuantity })
      .from(sdafItems)
      .where(gt(receivedSql, 0));
    const known = new Map(expected.map((e) => [e.itemId, e.onHand]));
    for (const [i, c] of input.counts.entries())
      if (!known.has(c.itemId))
        throw badRequest('Not an item of the inventory', [{ path: `counts.${i}.itemId`, message: 'never received' }]);
    const counted = new Map(input.counts.map((c) => [c.itemId, c]));
    const [row] = await tx
      .insert(sdafPhysicalInventories)
      .values({ fiscalYear: input.fiscalYear, countedOn: input.countedOn, note: input.note, createdBy: principal.username })
      .returning();
    const lines = expected
      .filter((e) => e.onHand > 0 || counted.has(e.itemId))
      .map((e) => ({
        inventoryId: row!.id,
        itemId: e.itemId,
        expectedQuantity: e.onHand,
        countedQuantity: counted.get(e.itemId)?.countedQuantity ?? 0,
        note: counted.get(e.itemId)?.note ?? 'not counted',
      }));
    if (lines.length) await tx.insert(sdafInventoryCounts).values(lines);
    await appendAudit(tx, principal, {
      entityType: 'sdaf_physical_inventory',
      action: 'sdaf_physical_inventory.recorded',
      entityId: row!.id,
      after: { ...row, lines: lines.length },
    });
    return row!.id;
  });
  return (await listPhysicalInventories(db, principal)).find((p) => p.id === id)!;
}

export async function listPhysicalInventories(db: Db, principal: Principal) {
  requireWholeFund(principal, 'read');
  const rows = await db.select().from(sdafPhysicalInventories).orderBy(desc(sdafPhysicalInventories.fiscalYear));
  const counts = await db
    .select({
      inventoryId: sdafInventoryCounts.inventoryId,
      itemId: sdafInventoryCounts.itemId,
      nsn: sdafItems.nsn,
      nomenclature: sdafItems.nomenclature,
      expectedQuantity: sdafInventoryCounts.expectedQuantity,
      countedQuantity: sdafInventoryCounts.countedQuantity,
      note: sdafInventoryCounts.note,
    })
    .from(sdafInventoryCounts)
    .innerJoin(sdafItems, eq(sdafItems.id, sdafInventoryCounts.itemId))
    .orderBy(asc(sdafItems.nomenclature));
  return rows.map(({ createdAt, ...r }) => {
    const lines = counts
      .filter((c) => c.inventoryId === r.id)
      .map(({ inventoryId: _, ...c }) => ({ ...c, discrepancy: c.countedQuantity - c.expectedQuantity }));
    return { ...r, createdAt: createdAt.toISOString(), lines, discrepancies: lines.filter((l) => l.discrepancy !== 0).length };
  });
}
