import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, unlessWithheld, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture } from '../../platform/records/guards.ts';
import { CASE, caseMarkingsOf, cases, isBpc } from '../cases/public.ts';
import { AREA, fundPosition, lockFund, refuse, requireWholeFund, ruleRows } from './fund.ts';
import { transferInput, transferListQuery } from './model.ts';
import { receivedSql, transferredSql } from './procurement-service.ts';
import { TRANSFER } from './records.ts';
import { decideGrowth } from './rules/cap.ts';
import { reimbursement } from './rules/reimbursement.ts';
import { sdafItems, sdafLedger, sdafProcurements, sdafTransfers } from './schema.ts';

/** The buyer pays on its case (AECA 51; DSCA 21-15), so title passes only to a case with an accepted LOA. */
const PAYING_STATUSES = ['accepted', 'implemented'];

/**
 * Transfers articles from the fund's inventory to an FMS case and, at title transfer (DSCA 21-15), credits the fund
 * with the reimbursement. Both ledger entries and the transfer are one transaction under the fund's lock.
 */
export async function transferToCase(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireWholeFund(principal, 'write');
  const input = parseInput(transferInput, raw);
  const id = await db.transaction(async (tx) => {
    const target = await requireRecord(tx, principal, CASE.read, input.caseId).catch(() => {
      throw badRequest('Unknown case', [{ path: 'caseId', message: `no case ${input.caseId} within your scope` }]);
    });
    requireNotFuture(input.titleTransferOn, today, 'titleTransferOn');
    if (isBpc(target.type))
      throw badRequest('SDAF articles are sold on FMS cases', [{ path: 'caseId', message: `${target.identifier} is a BPC case` }]);
    if (!PAYING_STATUSES.includes(target.status))
      throw refuse(
        'caseId',
        `${target.identifier} is ${target.status}: title passes to a case whose LOA is accepted (accepted or implemented)`,
      );
    await lockFund(tx);
    const [item] = await tx
      .select({ row: sdafItems, received: receivedSql, transferred: transferredSql })
      .from(sdafItems)
      .where(eq(sdafItems.id, input.itemId));
    if (!item) throw badRequest('Unknown item', [{ path: 'itemId', message: 'not an item of the fund' }]);
    const onHand = item.received - item.transferred;
    if (input.quantity > onHand)
      throw refuse('quantity', `${item.row.nomenclature}: ${onHand} on hand (received ${item.received}, transferred ${item.transferred})`);
    const decision = reimbursement(
      {
        quantity: input.quantity,
        unitCostCents: item.row.unitCostCents,
        mde: item.row.mde,
        nonrecurringCents: input.nonrecurringCents,
        storagePreparationCents: input.storagePreparationCents,
        titleTransferOn: input.titleTransferOn,
      },
      await ruleRows(tx, 'contract_administration_surcharge'),
    );
    if (!decision.ok)
      throw new AppError(decision.status, decision.status === 400 ? 'validation_failed' : 'conflict', decision.reason, [
        { path: decision.field, message: decision.reason },
      ]);
    // The inventory leaves at cost and the reimbursement comes in: the fund grows by the difference, never past its cap.
    const position = await fundPosition(tx);
    const growth = decision.reimbursementCents - decision.itemCostCents;
    const caps = await ruleRows(tx, 'statutory_cap');
    for (const date of new Set([input.titleTransferOn, today])) {
      const cap = decideGrowth(caps, date, position, growth, 'storagePreparationCents');
      if (!cap.ok) throw refuse(cap.field, cap.reason);
    }
    const { ok: _ok, casSource: _source, ...amounts } = decision;
    const [row] = await tx
      .insert(sdafTransfers)
      .values({
        itemId: item.row.id,
        caseId: target.id,
        partnerCode: target.partnerCode,
        quantity: input.quantity,
        titleTransferOn: input.titleTransferOn,
        documentReference: input.documentReference,
        createdBy: principal.username,
        ...amounts,
      })
      .returning();
    const entry = {
      onDate: input.titleTransferOn,
      documentReference: input.documentReference,
      transferId: row!.id,
      partnerCode: target.partnerCode,
      procurementId: item.row.procurementId,
      createdBy: principal.username,
    };
    await tx.insert(sdafLedger).values([
      { ...entry, kind: 'transfer', amountCents: decision.itemCostCents },
      { ...entry, kind: 'reimbursement', amountCents: decision.reimbursementCents },
    ]);
    await appendAudit(tx, principal, {
      entityType: 'sdaf_transfer',
      action: 'sdaf_transfer.created',
      entityId: row!.id,
      countryCode: target.partnerCode,
      after: row,
    });
    return row!.id;
  });
  return getTransfer(db, principal, id);
}

const caseMarkings = caseMarkingsOf(sdafTransfers.caseId);

/** Transfers as the principal may see them: partners in scope only; a withheld case's reference masked. */
function transferRows(db: Db, principal: Principal, where: SQL | undefined, limit: number, offset: number) {
  const shown = <T>(value: Parameters<typeof unlessWithheld>[2]) => unlessWithheld<T>(principal, caseMarkings, value);
  return db
    .select({
      id: sdafTransfers.id,
      itemId: sdafTransfers.itemId,
      nsn: sdafItems.nsn,
      nomenclature: sdafItems.nomenclature,
      mde: sdafItems.mde,
      contractNumber: sdafProcurements.contractNumber,
      partnerCode: sdafTransfers.partnerCode,
      caseId: shown<string>(sdafTransfers.caseId),
      caseIdentifier: shown<string>(cases.identifier),
      caseWithheld: withheldSql(principal, caseMarkings),
      quantity: sdafTransfers.quantity,
      titleTransferOn: sdafTransfers.titleTransferOn,
      itemCostCents: sdafTransfers.itemCostCents,
      nonrecurringCents: sdafTransfers.nonrecurringCents,
      casBasisPoints: sdafTransfers.casBasisPoints,
      casCents: sdafTransfers.casCents,
      storagePreparationCents: sdafTransfers.storagePreparationCents,
      reimbursementCents: sdafTransfers.reimbursementCents,
      documentReference: sdafTransfers.documentReference,
      createdBy: sdafTransfers.createdBy,
    })
    .from(sdafTransfers)
    .innerJoin(sdafItems, eq(sdafItems.id, sdafTransfers.itemId))
    .innerJoin(sdafProcurements, eq(sdafProcurements.id, sdafItems.procurementId))
    .innerJoin(cases, eq(cases.id, sdafTransfers.caseId))
    .where(and(where, scopeWhere(principal, sdafTransfers.partnerCode)))
    .orderBy(desc(sdafTransfers.titleTransferOn), desc(sdafTransfers.createdAt))
    .limit(limit)
    .offset(offset);
}

export async function getTransfer(db: Db, principal: Principal, id: string) {
  await requireRecord(db, principal, TRANSFER.read, id);
  const [row] = await transferRows(db, principal, eq(sdafTransfers.id, id), 1, 0);
  return row!;
}

/** Transfers to the cases of partners in the principal's scope: a partner's users see theirs and nothing of the fund. */
export async function listTransfers(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(transferListQuery, raw);
  let caseId: string | undefined;
  if (query.case) caseId = (await requireRecord(db, principal, CASE.read, query.case)).id;
  const where = and(
    query.partner ? eq(sdafTransfers.partnerCode, query.partner.toUpperCase()) : undefined,
    caseId ? eq(sdafTransfers.caseId, caseId) : undefined,
  );
  const [items, [total]] = await Promise.all([
    transferRows(db, principal, where, query.limit, query.offset),
    db
      .select({
        n: sql<number>`count(*)::int`,
        reimbursed: sql<number>`coalesce(sum(${sdafTransfers.reimbursementCents}), 0)`.mapWith(Number),
      })
      .from(sdafTransfers)
      .where(and(where, scopeWhere(principal, sdafTransfers.partnerCode))),
  ]);
  return { items, total: total?.n ?? 0, reimbursedCents: total?.reimbursed ?? 0, limit: query.limit, offset: query.offset };
}
