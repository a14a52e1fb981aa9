import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture } from '../../platform/records/guards.ts';
import { fundPosition, lockFund, refuse, requireWholeFund } from './fund.ts';
import { procurementInput, procurementListQuery } from './model.ts';
import { PROCUREMENT, stored } from './records.ts';
import { deliveryReportDue } from './rules/clocks.ts';
import { decideCommitment } from './rules/position.ts';
import { sdafItems, sdafLedger, sdafProcurements, sdafReceipts, sdafTransfers } from './schema.ts';

/** Per item: received and transferred quantities, summed from receipts and transfers (never stored). */
export const receivedSql = sql<number>`(select coalesce(sum(r.quantity), 0) from sdaf_receipts r where r.item_id = "sdaf_items"."id")::int`;
export const transferredSql = sql<number>`(select coalesce(sum(t.quantity), 0) from sdaf_transfers t where t.item_id = "sdaf_items"."id")::int`;

/** Commits the fund's money to a contract for articles releasable to foreign countries at award (AECA 51). */
export async function createProcurement(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireWholeFund(principal, 'write');
  const input = parseInput(procurementInput, raw);
  requireNotFuture(input.awardedOn, today, 'awardedOn');
  if (input.expectedDeliveryOn < input.awardedOn)
    throw badRequest('Delivery follows the award', [{ path: 'expectedDeliveryOn', message: `on or after ${input.awardedOn}` }]);
  const attestation = input.releasability;
  if (!attestation?.releasable)
    throw refuse(
      'releasability',
      'The fund buys only articles releasable to foreign countries at contract award (AECA 51): record who attests it, when and on what basis',
    );
  if (attestation.attestedOn > input.awardedOn)
    throw badRequest('Releasability is attested at contract award', [
      { path: 'releasability.attestedOn', message: `on or before ${input.awardedOn}` },
    ]);
  const totalCents = input.items.reduce((sum, i) => sum + i.quantity * i.unitCostCents, 0);
  if (!Number.isSafeInteger(totalCents)) throw badRequest('The total is too large', [{ path: 'items', message: 'too large' }]);
  const id = await db.transaction(async (tx) => {
    await lockFund(tx);
    const [taken] = await tx
      .select({ id: sdafProcurements.id })
      .from(sdafProcurements)
      .where(eq(sdafProcurements.contractNumber, input.contractNumber));
    if (taken) throw conflict(`Contract ${input.contractNumber} is already recorded`);
    const position = await fundPosition(tx);
    const decision = decideCommitment(position, totalCents);
    if (!decision.ok) throw refuse(decision.field, decision.reason);
    const [row] = await tx
      .insert(sdafProcurements)
      .values({
        contractNumber: input.contractNumber,
        awardedOn: input.awardedOn,
        expectedDeliveryOn: input.expectedDeliveryOn,
        description: input.description,
        totalCents,
        releasabilityAttestedBy: attestation.attestedBy,
        releasabilityAttestedOn: attestation.attestedOn,
        releasabilityBasis: attestation.basis,
        createdBy: principal.username,
      })
      .returning();
    const items = await tx
      .insert(sdafItems)
      .values(input.items.map((item, i) => ({ ...item, nsn: item.nsn.replaceAll('-', ''), procurementId: row!.id, lineNumber: i + 1 })))
      .returning();
    await tx.insert(sdafLedger).values({
      kind: 'commitment',
      amountCents: totalCents,
      onDate: input.awardedOn,
      documentReference: input.contractNumber,
      procurementId: row!.id,
      createdBy: principal.username,
    });
    await appendAudit(tx, principal, {
      entityType: 'sdaf_procurement',
      action: 'sdaf_procurement.created',
      entityId: row!.id,
      after: { ...row, items, uncommittedBefore: position.uncommittedCents },
    });
    return row!.id;
  });
  return getProcurement(db, principal, id, today);
}

const procurementColumns = {
  id: sdafProcurements.id,
  contractNumber: sdafProcurements.contractNumber,
  awardedOn: sdafProcurements.awardedOn,
  expectedDeliveryOn: sdafProcurements.expectedDeliveryOn,
  totalCents: sdafProcurements.totalCents,
  description: sdafProcurements.description,
  orderedQuantity: sql<number>`(select coalesce(sum(i.quantity), 0) from sdaf_items i where i.procurement_id = "sdaf_procurements"."id")::int`,
  receivedQuantity: sql<number>`(select coalesce(sum(r.quantity), 0) from sdaf_receipts r join sdaf_items i on i.id = r.item_id where i.procurement_id = "sdaf_procurements"."id")::int`,
  closedOn: sdafProcurements.closedOn,
  version: sdafProcurements.version,
};

function procurementConditions(query: ReturnType<typeof procurementListQuery.parse>): SQL | undefined {
  const delivered = sql`${procurementColumns.receivedQuantity} >= ${procurementColumns.orderedQuantity}`;
  const closed = sql`${sdafProcurements.closedOn} is not null`;
  return and(
    query.state === 'open' ? sql`not ${delivered} and not ${closed}` : undefined,
    query.state === 'delivered' ? delivered : query.state === 'closed' ? sql`${closed} and not ${delivered}` : undefined,
    query.q
      ? or(
          ilike(sdafProcurements.contractNumber, containing(query.q)),
          ilike(sdafProcurements.description, containing(query.q)),
          sql`exists (select 1 from sdaf_items i where i.procurement_id = "sdaf_procurements"."id" and (i.nsn ilike ${containing(query.q.replaceAll('-', ''))} or i.nomenclature ilike ${containing(query.q)}))`,
        )
      : undefined,
  );
}

export async function listProcurements(db: Db, principal: Principal, raw: unknown = {}) {
  requireWholeFund(principal, 'read');
  const query = parseInput(procurementListQuery, raw);
  const where = procurementConditions(query);
  const [items, [total]] = await Promise.all([
    db
      .select(procurementColumns)
      .from(sdafProcurements)
      .where(where)
      .orderBy(desc(sdafProcurements.awardedOn), asc(sdafProcurements.contractNumber))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(sdafProcurements).where(where),
  ]);
  return { items: items.map(withState), total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}

export async function* procurementRowsForExport(db: Db, principal: Principal, raw: unknown) {
  requireWholeFund(principal, 'read');
  const query = parseInput(procurementListQuery, raw);
  for (let offset = 0; ; offset += 2000) {
    const batch = await db
      .select(procurementColumns)
      .from(sdafProcurements)
      .where(procurementConditions(query))
      .orderBy(desc(sdafProcurements.awardedOn), asc(sdafProcurements.id))
      .limit(2000)
      .offset(offset);
    yield* batch.map(withState);
    if (batch.length < 2000) return;
  }
}

const withState = <R extends { orderedQuantity: number; receivedQuantity: number; closedOn: string | null }>(r: R) => ({
  ...r,
  state: r.receivedQuantity >= r.orderedQuantity ? ('delivered' as const) : r.closedOn ? ('closed' as const) : ('open' as const),
});

/** One procurement with its items (ordered, received, transferred, on hand), receipts and transfers. */
export async function getProcurement(db: Db | Tx, principal: Principal, id: string, today = todayIso()) {
  requireWholeFund(principal, 'read');
  const row = stored(await requireRecord(db, principal, PROCUREMENT.read, id));
  const [[summary], items] = await Promise.all([
    db.select(procurementColumns).from(sdafProcurements).where(eq(sdafProcurements.id, id)),
    db
      .select({
        id: sdafItems.id,
        lineNumber: sdafItems.lineNumber,
        nsn: sdafItems.nsn,
        nomenclature: sdafItems.nomenclature,
        quantity: sdafItems.quantity,
        unitCostCents: sdafItems.unitCostCents,
        mde: sdafItems.mde,
        receivedQuantity: receivedSql,
        transferredQuantity: transferredSql,
      })
      .from(sdafItems)
      .where(eq(sdafItems.procurementId, id))
      .orderBy(asc(sdafItems.lineNumber)),
  ]);
  const itemIds = items.map((i) => i.id);
  const [receipts, transfers] = itemIds.length
    ? await Promise.all([
        db
          .select()
          .from(sdafReceipts)
          .where(inArray(sdafReceipts.itemId, itemIds))
          .orderBy(asc(sdafReceipts.receivedOn), asc(sdafReceipts.createdAt)),
        db.select().from(sdafTransfers).where(inArray(sdafTransfers.itemId, itemIds)).orderBy(asc(sdafTransfers.titleTransferOn)),
      ])
    : [[], []];
  const { createdAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    ...withState(summary!),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    items: items.map((i) => ({ ...i, onHandQuantity: i.receivedQuantity - i.transferredQuantity })),
    receipts: receipts.map((r) => receiptView(r, today)),
    transfers: transfers.map(({ createdAt: at, ...t }) => ({ ...t, createdAt: at.toISOString() })),
  };
}

export function receiptView({ createdAt, ...r }: typeof sdafReceipts.$inferSelect, today: string) {
  const reportDueOn = deliveryReportDue(r.receivedOn);
  return { ...r, reportDueOn, reportOverdue: r.reportedOn === null && reportDueOn < today, createdAt: createdAt.toISOString() };
}
