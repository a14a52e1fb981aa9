import { and, asc, count, desc, eq, like, lt, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { startingWith } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, unlessWithheld, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { CASE, caseMarkingsOf, cases, loaLines, loaVersions } from '../cases/public.ts';
import { AREA, page } from './common.ts';
import { auditItemStatus } from './item-audit.ts';
import { type CreateItemInput, createItemInput, itemListQuery, itemStatusInput } from './model.ts';
import { EUM_ITEM, EUM_SITE, referencedRecord } from './records.ts';
import { normaliseSerial } from './rules/categories.ts';
import { deliveryGate } from './rules/delivery-gate.ts';
import { inventoryDue } from './rules/inventory-due.ts';
import { isHeld, moveItem } from './rules/item-status.ts';
import { eumIncidentItems, eumIncidents, eumInventories, eumInventoryExpected, eumItems, eumItemTypes, eumSites } from './schema.ts';
import { certificationsOf } from './site-service.ts';

type ItemRow = typeof eumItems.$inferSelect;

/** Serial numbers in byte order: the serial index's order, so a prefix search reads only what matches. */
const serialC = sql`${eumItems.serialNumber} collate "C"`;

/** A serial-number search lists by serial number (the index order); other lists by partner, type and serial. */
const listOrder = (q: string | undefined) =>
  q ? [asc(serialC), asc(eumItems.itemTypeCode)] : [asc(eumItems.partnerCode), asc(eumItems.itemTypeCode), asc(eumItems.serialNumber)];

/** The SQL filter of an item list; exports and counts use the same one. */
export function itemConditions(principal: Principal, query: ReturnType<typeof itemListQuery.parse>, today: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    scopeWhere(principal, eumItems.partnerCode),
    query.partner ? eq(eumItems.partnerCode, query.partner) : undefined,
    query.status ? eq(eumItems.status, query.status) : undefined,
    query.category ? eq(eumItems.category, query.category) : undefined,
    query.itemType ? eq(eumItems.itemTypeCode, query.itemType) : undefined,
    query.siteId ? eq(eumItems.siteId, query.siteId) : undefined,
    // A case withheld from the reader matches no filter on it: the list does not confirm that it has items.
    query.caseId ? and(eq(eumItems.caseId, query.caseId), sql`not ${withheldSql(principal, caseMarkingsOf(eumItems.caseId))}`) : undefined,
    query.overdue === 'true' ? and(eq(eumItems.status, 'in_inventory'), lt(eumItems.inventoryDueOn, today)) : undefined,
    query.q ? like(serialC, startingWith(normaliseSerial(query.q))) : undefined,
  ];
  return and(...conditions);
}

/**
 * The columns of an item list, page and export. The case an item was delivered under is named (id, identifier, line)
 * only to readers who may see the case: while it is withheld (pending congressional notification) those are null.
 */
export function itemColumns(principal: Principal) {
  const caseMarkings = caseMarkingsOf(eumItems.caseId);
  return {
    id: eumItems.id,
    partnerCode: eumItems.partnerCode,
    caseId: unlessWithheld<string>(principal, caseMarkings, eumItems.caseId),
    caseIdentifier: unlessWithheld<string>(principal, caseMarkings, cases.identifier),
    caseWithheld: withheldSql(principal, caseMarkings),
    lineNumber: unlessWithheld<string>(principal, caseMarkings, eumItems.lineNumber),
    itemTypeCode: eumItems.itemTypeCode,
    category: eumItems.category,
    serialNumber: eumItems.serialNumber,
    deliveredOn: eumItems.deliveredOn,
    siteId: eumItems.siteId,
    siteCode: eumSites.code,
    status: eumItems.status,
    statusReason: eumItems.statusReason,
    statusChangedOn: eumItems.statusChangedOn,
    lastInventoriedOn: eumItems.lastInventoriedOn,
    inventoryDueOn: eumItems.inventoryDueOn,
    version: eumItems.version,
  };
}

export async function listItems(db: Db, principal: Principal, raw: unknown = {}, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(itemListQuery, raw);
  const where = itemConditions(principal, query, today);
  const [rows, [total]] = await Promise.all([
    db
      .select(itemColumns(principal))
      .from(eumItems)
      .innerJoin(cases, eq(cases.id, eumItems.caseId))
      .leftJoin(eumSites, eq(eumSites.id, eumItems.siteId))
      .where(where)
      .orderBy(...listOrder(query.q))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(eumItems).where(where),
  ]);
  return page(
    rows.map((r) => ({ ...r, overdue: r.status === 'in_inventory' && r.inventoryDueOn !== null && r.inventoryDueOn < today })),
    total?.n ?? 0,
    query,
  );
}

export async function getItem(db: Db | Tx, principal: Principal, id: string, today = todayIso()) {
  await requireRecord(db, principal, EUM_ITEM.read, id);
  const [found] = await db
    .select(itemColumns(principal))
    .from(eumItems)
    .innerJoin(cases, eq(cases.id, eumItems.caseId))
    .leftJoin(eumSites, eq(eumSites.id, eumItems.siteId))
    .where(eq(eumItems.id, id));
  const row = found!;
  const [inventories, incidents] = await Promise.all([
    db
      .select({
        id: eumInventories.id,
        kind: eumInventories.kind,
        status: eumInventories.status,
        dueOn: eumInventories.dueOn,
        reconciledOn: eumInventories.reconciledOn,
      })
      .from(eumInventoryExpected)
      .innerJoin(eumInventories, eq(eumInventories.id, eumInventoryExpected.inventoryId))
      .where(eq(eumInventoryExpected.itemId, id))
      .orderBy(desc(eumInventories.dueOn)),
    db
      .select({
        id: eumIncidents.id,
        kind: eumIncidents.kind,
        status: eumIncidents.status,
        title: eumIncidents.title,
        discoveredOn: eumIncidents.discoveredOn,
      })
      .from(eumIncidentItems)
      .innerJoin(eumIncidents, eq(eumIncidents.id, eumIncidentItems.incidentId))
      .where(eq(eumIncidentItems.itemId, id))
      .orderBy(desc(eumIncidents.discoveredOn)),
  ]);
  const due =
    row.status === 'in_inventory'
      ? inventoryDue({ category: row.category, deliveredOn: row.deliveredOn, lastInventoriedOn: row.lastInventoriedOn })
      : null;
  return { ...row, overdue: due !== null && due.due < today, dueBasis: due, inventories, incidents };
}

/** Records one delivered item; an enhanced-EUM article needs its control plan or site certification on file first. */
export async function createItem(db: Db, principal: Principal, raw: CreateItemInput, today = todayIso()) {
  const input = parseInput(createItemInput, raw);
  requireNotFuture(input.deliveredOn, today, 'deliveredOn');
  requireArea(principal, 'write', AREA);
  const id = await db.transaction(async (tx) => {
    // A case the user may not see (out of scope, or withheld pending notification) is unknown here.
    const found = await requireRecord(tx, principal, CASE.read, input.caseId).catch(() => {
      throw badRequest('Unknown case', [{ path: 'caseId', message: `no case ${input.caseId} within your scope` }]);
    });
    requireArea(principal, 'write', AREA, found.partnerCode);
    const [line] = await tx
      .select({ n: loaLines.lineNumber })
      .from(loaLines)
      .innerJoin(loaVersions, eq(loaVersions.id, loaLines.versionId))
      .where(and(eq(loaVersions.caseId, found.id), eq(loaLines.lineNumber, input.lineNumber)))
      .limit(1);
    if (!line)
      throw badRequest('Unknown LOA line', [{ path: 'lineNumber', message: `case ${found.identifier} has no line ${input.lineNumber}` }]);
    const [type] = await tx.select().from(eumItemTypes).where(eq(eumItemTypes.code, input.itemTypeCode));
    if (!type) throw badRequest('Unknown item type', [{ path: 'itemTypeCode', message: `no item type ${input.itemTypeCode}` }]);
    if (input.siteId) {
      const site = await referencedRecord(tx, principal, EUM_SITE.read, input.siteId, 'siteId');
      if (site.partnerCode !== found.partnerCode)
        throw badRequest('The site belongs to another partner', [{ path: 'siteId', message: `a site of ${site.partnerCode}` }]);
    }
    const gate = deliveryGate(
      { category: type.category, partnerCode: found.partnerCode, siteId: input.siteId, deliveredOn: input.deliveredOn },
      await certificationsOf(tx, found.partnerCode),
    );
    if (!gate.allowed)
      throw new AppError(409, 'conflict', `${gate.reason} (${gate.source})`, [
        { path: 'siteId', message: 'no control plan or site certification on file' },
      ]);
    const serialNumber = normaliseSerial(input.serialNumber);
    const [taken] = await tx
      .select({ id: eumItems.id })
      .from(eumItems)
      .where(and(eq(eumItems.itemTypeCode, type.code), eq(eumItems.serialNumber, serialNumber)));
    if (taken)
      throw new AppError(409, 'conflict', `A ${type.code} with serial number ${serialNumber} is already recorded`, [
        { path: 'serialNumber', message: 'already recorded for this item type' },
      ]);
    const due = inventoryDue({ category: type.category, deliveredOn: input.deliveredOn, lastInventoriedOn: null });
    const [row] = await tx
      .insert(eumItems)
      .values({
        partnerCode: found.partnerCode,
        caseId: found.id,
        lineNumber: input.lineNumber,
        itemTypeCode: type.code,
        category: type.category,
        serialNumber,
        deliveredOn: input.deliveredOn,
        siteId: input.siteId,
        inventoryDueOn: due?.due ?? null,
      })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'eum_item',
      action: 'eum_item.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: auditable(row!),
    });
    return row!.id;
  });
  return getItem(db, principal, id, today);
}

/** Moves an item to another status with its reason (the transition table in rules/item-status.ts). */
export async function changeItemStatus(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(itemStatusInput, raw);
  const date = input.date ?? today;
  requireNotFuture(date, today, 'date');
  await db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, EUM_ITEM.write, id, { lock: true });
    requireVersion(`Item ${row.itemTypeCode} ${row.serialNumber}`, input.version, row.version);
    const move = moveItem(row.status, input.status, input.reason);
    if (!move.ok) throw illegalTransition(move.reason, move.allowed, 'status');
    if (date < row.deliveredOn)
      throw badRequest('The change cannot precede delivery', [{ path: 'date', message: `on or after ${row.deliveredOn}` }]);
    const due = isHeld(move.to)
      ? (inventoryDue({ category: row.category, deliveredOn: row.deliveredOn, lastInventoriedOn: row.lastInventoriedOn })?.due ?? null)
      : null;
    const [after] = await tx
      .update(eumItems)
      .set({
        status: move.to,
        statusReason: input.reason,
        statusChangedOn: date,
        inventoryDueOn: due,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(eumItems.id, row.id))
      .returning();
    await auditItemStatus(tx, principal, row, { status: after!.status, reason: input.reason, date });
  });
  return getItem(db, principal, id, today);
}

/**
 * Records an item at another site of its partner (an inventory found it there). Same transaction as the caller;
 * the item keeps its id, status, inventories and incidents; the audit record names the site before and after. When the
 * move follows a serial-number count (`countedOn`, the inventory's reconciliation date), the item was counted then and
 * its inventory clock restarts from that date, as for the items counted where they were expected.
 */
export async function moveItemToSite(
  tx: Tx,
  principal: Principal,
  itemId: string,
  siteId: string,
  reason: string,
  countedOn: string | null = null,
): Promise<{ from: string | null; to: string }> {
  const row = await requireRecord(tx, principal, EUM_ITEM.write, itemId, { lock: true });
  const site = await referencedRecord(tx, principal, EUM_SITE.read, siteId, 'siteId');
  if (site.partnerCode !== row.partnerCode)
    throw badRequest('The site belongs to another partner', [{ path: 'siteId', message: `a site of ${site.partnerCode}` }]);
  if (row.siteId === site.id) return { from: row.siteId, to: site.id };
  const [before] = row.siteId ? await tx.select({ code: eumSites.code }).from(eumSites).where(eq(eumSites.id, row.siteId)) : [];
  const counted = countedOn !== null && isHeld(row.status) && (row.lastInventoriedOn === null || row.lastInventoriedOn < countedOn);
  const clock = counted
    ? {
        lastInventoriedOn: countedOn,
        inventoryDueOn: inventoryDue({ category: row.category, deliveredOn: row.deliveredOn, lastInventoriedOn: countedOn })?.due ?? null,
      }
    : {};
  await tx
    .update(eumItems)
    .set({ siteId: site.id, ...clock, version: row.version + 1, updatedAt: new Date() })
    .where(eq(eumItems.id, row.id));
  await appendAudit(tx, principal, {
    entityType: 'eum_item',
    action: 'eum_item.site_changed',
    entityId: row.id,
    countryCode: row.partnerCode,
    before: { siteId: row.siteId, siteCode: before?.code ?? null },
    after: { siteId: site.id, siteCode: site.code, reason, ...clock },
  });
  return { from: row.siteId, to: site.id };
}

const auditable = (r: ItemRow) => ({
  partnerCode: r.partnerCode,
  caseId: r.caseId,
  lineNumber: r.lineNumber,
  itemTypeCode: r.itemTypeCode,
  category: r.category,
  serialNumber: r.serialNumber,
  deliveredOn: r.deliveredOn,
  siteId: r.siteId,
  status: r.status,
});

/** Serial-numbered articles of one case line, accepted by the partner (the deliveries area's acceptance). */
export interface AcceptedItems {
  caseId: string;
  partnerCode: string;
  lineNumber: string;
  itemTypeCode: string;
  serialNumbers: readonly string[];
  /** When they arrived in the partner's custody: the recorded receipt (DSCA 24-40). */
  deliveredOn: string;
  siteId: string | null;
  /** What the audit entries name as the origin of the items (e.g. the shipment and its acceptance document). */
  via: string;
}

/**
 * Records accepted items inside the caller's transaction, so that no item exists without its acceptance and no
 * acceptance without its items. The same checks as recording one item (the item type; an EEUM article's control plan
 * or site certification on file, rules/delivery-gate.ts; serial numbers not already recorded) and the same first
 * inventory due date (rules/inventory-due.ts). The caller has checked the case and line, and its user's write grant
 * on the acceptance is what authorises the items: no EUM grant is asked of them.
 */
export async function recordAcceptedItems(tx: Tx, principal: Principal, input: AcceptedItems) {
  if (!input.serialNumbers.length) return [];
  const [type] = await tx.select().from(eumItemTypes).where(eq(eumItemTypes.code, input.itemTypeCode));
  if (!type) throw badRequest('Unknown item type', [{ path: 'itemTypeCode', message: `no EUM item type ${input.itemTypeCode}` }]);
  if (input.siteId) {
    const [site] = await tx.select({ partnerCode: eumSites.partnerCode }).from(eumSites).where(eq(eumSites.id, input.siteId));
    if (!site || site.partnerCode !== input.partnerCode)
      throw badRequest('Unknown site', [{ path: 'siteId', message: `no EUM site ${input.siteId} of ${input.partnerCode}` }]);
  }
  const gate = deliveryGate(
    { category: type.category, partnerCode: input.partnerCode, siteId: input.siteId, deliveredOn: input.deliveredOn },
    await certificationsOf(tx, input.partnerCode),
  );
  if (!gate.allowed)
    throw new AppError(409, 'conflict', `${gate.reason} (${gate.source})`, [
      { path: 'siteId', message: 'no control plan or site certification on file' },
    ]);
  const serials = input.serialNumbers.map(normaliseSerial);
  const taken = await tx
    .select({ serialNumber: eumItems.serialNumber })
    .from(eumItems)
    .where(and(eq(eumItems.itemTypeCode, type.code), sql`${eumItems.serialNumber} = any(${sql.param(serials)}::text[])`));
  if (taken.length)
    throw new AppError(
      409,
      'conflict',
      `Already recorded in end-use monitoring: ${type.code} ${taken.map((t) => t.serialNumber).join(', ')}`,
      [{ path: 'serialNumbers', message: taken.map((t) => t.serialNumber).join(', ') }],
    );
  const due = inventoryDue({ category: type.category, deliveredOn: input.deliveredOn, lastInventoriedOn: null });
  const rows = await tx
    .insert(eumItems)
    .values(
      serials.map((serialNumber) => ({
        partnerCode: input.partnerCode,
        caseId: input.caseId,
        lineNumber: input.lineNumber,
        itemTypeCode: type.code,
        category: type.category,
        serialNumber,
        deliveredOn: input.deliveredOn,
        siteId: input.siteId,
        inventoryDueOn: due?.due ?? null,
      })),
    )
    .returning();
  for (const row of rows)
    await appendAudit(tx, principal, {
      entityType: 'eum_item',
      action: 'eum_item.created',
      entityId: row.id,
      countryCode: row.partnerCode,
      after: { ...auditable(row), via: input.via },
    });
  return rows.map((r) => ({ id: r.id, serialNumber: r.serialNumber, inventoryDueOn: r.inventoryDueOn }));
}
