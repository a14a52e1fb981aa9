import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { lockFund, requireWholeFund } from './fund.ts';
import { closeInput } from './model.ts';
import { getProcurement } from './procurement-service.ts';
import { PROCUREMENT, stored } from './records.ts';
import { sdafItems, sdafLedger, sdafProcurements } from './schema.ts';

/**
 * Closes a procurement short (the contract ends before all was delivered): what the undelivered articles would have
 * cost goes back to the fund's uncommitted cash, and nothing more is received against it.
 */
export async function closeProcurement(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  requireWholeFund(principal, 'write');
  const input = parseInput(closeInput, raw);
  requireNotFuture(input.closedOn, today, 'closedOn');
  await db.transaction(async (tx) => {
    await lockFund(tx);
    const before = stored(await requireRecord(tx, principal, PROCUREMENT.write, id, { lock: true }));
    requireVersion('The procurement', input.version, before.version);
    if (before.closedOn) throw conflict(`Contract ${before.contractNumber} was closed on ${before.closedOn}`);
    if (input.closedOn < before.awardedOn)
      throw badRequest('A contract closes after its award', [{ path: 'closedOn', message: `on or after ${before.awardedOn}` }]);
    const [undelivered] = await tx
      .select({
        cents:
          sql<number>`coalesce(sum((${sdafItems.quantity} - (select coalesce(sum(r.quantity), 0) from sdaf_receipts r where r.item_id = "sdaf_items"."id")) * ${sdafItems.unitCostCents}), 0)::bigint`.mapWith(
            Number,
          ),
      })
      .from(sdafItems)
      .where(eq(sdafItems.procurementId, id));
    if (!undelivered?.cents) throw conflict(`Contract ${before.contractNumber} is fully delivered: there is nothing to close`);
    await tx.insert(sdafLedger).values({
      kind: 'release',
      amountCents: undelivered.cents,
      onDate: input.closedOn,
      documentReference: before.contractNumber,
      description: input.reason,
      procurementId: id,
      createdBy: principal.username,
    });
    const [after] = await tx
      .update(sdafProcurements)
      .set({ closedOn: input.closedOn, closeReason: input.reason, version: before.version + 1, updatedAt: new Date() })
      .where(eq(sdafProcurements.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'sdaf_procurement',
      action: 'sdaf_procurement.closed',
      entityId: id,
      before: { closedOn: null },
      after: { closedOn: after!.closedOn, reason: input.reason, releasedCents: undelivered.cents },
    });
  });
  return getProcurement(db, principal, id, today);
}
