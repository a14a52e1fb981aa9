import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { recordAcceptedItems } from '../eum/public.ts';
import { normaliseSerial } from './common.ts';
import { acceptanceInput, delayReasonInput, discrepancyInput, receiptInput, resolveDiscrepancyInput } from './model.ts';
import { AREA, DISCREPANCY, SHIPMENT } from './records.ts';
import { intakeStatus } from './rules/discrepancy.ts';
import { checkActual, MILESTONE_LABELS } from './rules/milestones.ts';
import { checkQuantities } from './rules/quantities.ts';
import { compareSerials } from './rules/receipt.ts';
import {
  deliveryDelayReasons,
  deliveryDiscrepancies,
  deliveryEvents,
  shipmentLines,
  shipmentMilestones,
  shipmentSerials,
} from './schema.ts';
import { getShipment, touch } from './shipment-service.ts';

type EventLine = { lineNumber: string; quantity: number; serialNumbers: string[] };
type LineRow = typeof shipmentLines.$inferSelect;

async function linesOf(tx: Tx, shipmentId: string) {
  const lines = await tx.select().from(shipmentLines).where(eq(shipmentLines.shipmentId, shipmentId)).for('update');
  const serials = lines.length
    ? await tx
        .select()
        .from(shipmentSerials)
        .where(
          inArray(
            shipmentSerials.shipmentLineId,
            lines.map((l) => l.id),
          ),
        )
    : [];
  return { lines, serials };
}

/** Each named line on the shipment, once; an EEUM line's serials one per article. */
function matchLines(lines: readonly LineRow[], named: readonly EventLine[]) {
  const seen = new Set<string>();
  return named.map((n, i) => {
    const line = lines.find((l) => l.lineNumber === n.lineNumber);
    if (!line)
      throw badRequest('Not on this shipment', [
        { path: `lines.${i}.lineNumber`, message: `line ${n.lineNumber} is not on this shipment` },
      ]);
    if (seen.has(n.lineNumber))
      throw badRequest('Line named twice', [{ path: `lines.${i}.lineNumber`, message: 'the line appears twice' }]);
    seen.add(n.lineNumber);
    const serials = n.serialNumbers.map(normaliseSerial);
    if (line.eeum && serials.length !== n.quantity)
      throw badRequest('Serial numbers required', [
        { path: `lines.${i}.serialNumbers`, message: `line ${n.lineNumber} is EEUM: one serial number per article (${n.quantity})` },
      ]);
    if (!line.eeum && serials.length)
      throw badRequest('Not an EEUM line', [
        { path: `lines.${i}.serialNumbers`, message: `line ${n.lineNumber} has no serial numbers to check` },
      ]);
    return { line, named: n, serials, index: i };
  });
}

async function setEventMilestone(tx: Tx, shipmentId: string, milestone: 'received' | 'accepted', on: string) {
  const all = await tx.select().from(shipmentMilestones).where(eq(shipmentMilestones.shipmentId, shipmentId));
  const current = all.find((m) => m.milestone === milestone)!;
  // The milestone is the first event's date; a later partial receipt or acceptance keeps it.
  if (current.actualOn !== null && current.actualOn <= on) return;
  const check = checkActual(all, milestone, on);
  if (!check.ok)
    throw illegalTransition(
      `${MILESTONE_LABELS[milestone]} on ${on}: ${check.reason}`,
      [],
      milestone === 'received' ? 'receivedOn' : 'acceptedOn',
    );
  await tx
    .update(shipmentMilestones)
    .set({ actualOn: on })
    .where(and(eq(shipmentMilestones.shipmentId, shipmentId), eq(shipmentMilestones.milestone, milestone)));
}

/**
 * The partner's receipt, confirmed by the security cooperation office: quantities per line with the receipt document,
 * the only thing that makes them delivered (DSCA 24-40). An EEUM line's serial numbers are checked against those
 * captured before shipment: one not on the shipment, or already received, is a 409 naming it.
 */
export async function receiveShipment(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(receiptInput, raw);
  requireNotFuture(input.receivedOn, today, 'receivedOn');
  await db.transaction(async (tx) => {
    const shipment = await requireRecord(tx, principal, SHIPMENT.write, id, { lock: true });
    requireVersion(`Shipment ${shipment.number}`, input.version, shipment.version);
    const { lines, serials } = await linesOf(tx, shipment.id);
    const matched = matchLines(lines, input.lines);
    for (const m of matched) {
      const check = checkQuantities({
        ordered: m.line.quantity,
        shipped: m.line.quantity,
        delivered: m.line.received + m.named.quantity,
        accepted: m.line.accepted,
      });
      if (!check.ok)
        throw badRequest('More than shipped', [
          { path: `lines.${m.index}.quantity`, message: `line ${m.line.lineNumber}: ${check.reason}` },
        ]);
      if (!m.line.eeum) continue;
      const open = serials.filter((s) => s.shipmentLineId === m.line.id && s.receivedOn === null).map((s) => s.serialNumber);
      const { unexpected } = compareSerials(open, m.serials);
      if (unexpected.length)
        throw new AppError(
          409,
          'conflict',
          `Serial numbers not on shipment ${shipment.number} (or already received): ${unexpected.join(', ')}`,
          [{ path: `lines.${m.index}.serialNumbers`, message: unexpected.join(', ') }],
        );
    }
    await setEventMilestone(tx, shipment.id, 'received', input.receivedOn);
    for (const m of matched) {
      await tx.insert(deliveryEvents).values({
        shipmentLineId: m.line.id,
        kind: 'received',
        quantity: m.named.quantity,
        onDate: input.receivedOn,
        document: input.document,
        recordedBy: principal.username,
      });
      await tx
        .update(shipmentLines)
        .set({ received: m.line.received + m.named.quantity })
        .where(eq(shipmentLines.id, m.line.id));
      if (m.serials.length)
        await tx
          .update(shipmentSerials)
          .set({ receivedOn: input.receivedOn })
          .where(and(eq(shipmentSerials.shipmentLineId, m.line.id), inArray(shipmentSerials.serialNumber, m.serials)));
    }
    await touch(tx, shipment.id, shipment.version);
    await appendAudit(tx, principal, {
      entityType: 'shipment',
      action: 'shipment.received',
      entityId: shipment.id,
      countryCode: shipment.partnerCode,
      after: {
        receivedOn: input.receivedOn,
        document: input.document,
        lines: matched.map((m) => ({ lineNumber: m.line.lineNumber, quantity: m.named.quantity, serialNumbers: m.serials })),
      },
    });
  });
  return getShipment(db, principal, id, today);
}

/**
 * The partner's acceptance: quantities per line, never more than received. Accepting an EEUM line's serial numbers
 * records them as end-use monitored items, with their first inventory due, in this same transaction: a refusal there
 * (no control plan on file, a serial number already recorded) refuses the acceptance, and nothing of either is kept.
 */
export async function acceptShipment(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(acceptanceInput, raw);
  requireNotFuture(input.acceptedOn, today, 'acceptedOn');
  await db.transaction(async (tx) => {
    const shipment = await requireRecord(tx, principal, SHIPMENT.write, id, { lock: true });
    requireVersion(`Shipment ${shipment.number}`, input.version, shipment.version);
    const { lines, serials } = await linesOf(tx, shipment.id);
    const matched = matchLines(lines, input.lines);
    for (const m of matched) {
      const check = checkQuantities({
        ordered: m.line.quantity,
        shipped: m.line.quantity,
        delivered: m.line.received,
        accepted: m.line.accepted + m.named.quantity,
      });
      if (!check.ok)
        throw badRequest('More than received', [
          { path: `lines.${m.index}.quantity`, message: `line ${m.line.lineNumber}: ${check.reason}` },
        ]);
      if (!m.line.eeum) continue;
      const open = serials
        .filter((s) => s.shipmentLineId === m.line.id && s.receivedOn !== null && s.acceptedOn === null)
        .map((s) => s.serialNumber);
      const { unexpected } = compareSerials(open, m.serials);
      if (unexpected.length)
        throw new AppError(
          409,
          'conflict',
          `Serial numbers not received on shipment ${shipment.number} (or already accepted): ${unexpected.join(', ')}`,
          [{ path: `lines.${m.index}.serialNumbers`, message: unexpected.join(', ') }],
        );
    }
    await setEventMilestone(tx, shipment.id, 'accepted', input.acceptedOn);
    for (const m of matched) {
      await tx.insert(deliveryEvents).values({
        shipmentLineId: m.line.id,
        kind: 'accepted',
        quantity: m.named.quantity,
        onDate: input.acceptedOn,
        document: input.document,
        recordedBy: principal.username,
      });
      await tx
        .update(shipmentLines)
        .set({ accepted: m.line.accepted + m.named.quantity })
        .where(eq(shipmentLines.id, m.line.id));
      if (!m.serials.length) continue;
      await tx
        .update(shipmentSerials)
        .set({ acceptedOn: input.acceptedOn })
        .where(and(eq(shipmentSerials.shipmentLineId, m.line.id), inArray(shipmentSerials.serialNumber, m.serials)));
      // Each item arrived in the partner's custody on its recorded receipt.
      const byReceipt = new Map<string, string[]>();
      for (const s of serials.filter((x) => x.shipmentLineId === m.line.id && m.serials.includes(x.serialNumber)))
        byReceipt.set(s.receivedOn!, [...(byReceipt.get(s.receivedOn!) ?? []), s.serialNumber]);
      for (const [deliveredOn, serialNumbers] of byReceipt)
        await recordAcceptedItems(tx, principal, {
          caseId: shipment.caseId,
          partnerCode: shipment.partnerCode,
          lineNumber: m.line.lineNumber,
          itemTypeCode: m.line.itemTypeCode!,
          serialNumbers,
          deliveredOn,
          siteId: input.siteId,
          via: `shipment ${shipment.number}, acceptance ${input.document}`,
        });
    }
    await touch(tx, shipment.id, shipment.version);
    await appendAudit(tx, principal, {
      entityType: 'shipment',
      action: 'shipment.accepted',
      entityId: shipment.id,
      countryCode: shipment.partnerCode,
      after: {
        acceptedOn: input.acceptedOn,
        document: input.document,
        siteId: input.siteId,
        lines: matched.map((m) => ({ lineNumber: m.line.lineNumber, quantity: m.named.quantity, serialNumbers: m.serials })),
      },
    });
  });
  return getShipment(db, principal, id, today);
}

/**
 * A supply or transportation discrepancy report on a received line: recorded whatever it is, reviewed only from $200 and
 * within one year of the receipt (rules/discrepancy.ts); a late one is refused, with its reason kept.
 */
export async function reportDiscrepancy(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(discrepancyInput, raw);
  requireNotFuture(input.submittedOn, today, 'submittedOn');
  await db.transaction(async (tx) => {
    const shipment = await requireRecord(tx, principal, SHIPMENT.write, id, { lock: true });
    const [line] = await tx
      .select()
      .from(shipmentLines)
      .where(and(eq(shipmentLines.shipmentId, shipment.id), eq(shipmentLines.lineNumber, input.lineNumber)));
    if (!line)
      throw badRequest('Not on this shipment', [{ path: 'lineNumber', message: `line ${input.lineNumber} is not on this shipment` }]);
    const [first] = await tx
      .select({ on: deliveryEvents.onDate })
      .from(deliveryEvents)
      .where(and(eq(deliveryEvents.shipmentLineId, line.id), eq(deliveryEvents.kind, 'received')))
      .orderBy(asc(deliveryEvents.onDate))
      .limit(1);
    if (!first) throw conflict(`Line ${input.lineNumber} has no recorded receipt: a discrepancy is reported on receipt`);
    if (input.submittedOn < first.on)
      throw badRequest('Before the receipt', [{ path: 'submittedOn', message: `on or after the receipt of ${first.on}` }]);
    const intake = intakeStatus(input.valueCents, first.on, input.submittedOn);
    const [row] = await tx
      .insert(deliveryDiscrepancies)
      .values({ shipmentId: shipment.id, ...input, status: intake.status, statusReason: intake.reason })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'shipment',
      action: 'shipment.discrepancy_reported',
      entityId: shipment.id,
      countryCode: shipment.partnerCode,
      after: row,
    });
  });
  return getShipment(db, principal, id, today);
}

/** Resolves a discrepancy under review (replaced, repaired, credited or denied) with its note; one not reviewed cannot be. */
export async function resolveDiscrepancy(db: Db, principal: Principal, discrepancyId: string, raw: unknown, today = todayIso()) {
  const input = parseInput(resolveDiscrepancyInput, raw);
  requireNotFuture(input.resolvedOn, today, 'resolvedOn');
  const shipmentId = await db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, DISCREPANCY.write, discrepancyId, { lock: true });
    requireVersion('Discrepancy report', input.version, row.version);
    if (row.status !== 'under_review')
      throw illegalTransition(`the report is ${row.status.replace('_', ' ')}: ${row.statusReason}`, [], 'resolution');
    if (input.resolvedOn < row.submittedOn)
      throw badRequest('Before the report', [{ path: 'resolvedOn', message: `on or after ${row.submittedOn}` }]);
    const [after] = await tx
      .update(deliveryDiscrepancies)
      .set({
        status: 'resolved',
        resolution: input.resolution,
        resolutionNote: input.note,
        resolvedOn: input.resolvedOn,
        version: row.version + 1,
      })
      .where(eq(deliveryDiscrepancies.id, row.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'shipment',
      action: 'shipment.discrepancy_resolved',
      entityId: row.shipmentId,
      countryCode: row.access.partnerCode,
      before: { status: row.status },
      after: { discrepancyId: row.id, status: after!.status, resolution: input.resolution, note: input.note, resolvedOn: input.resolvedOn },
    });
    return row.shipmentId;
  });
  return getShipment(db, principal, shipmentId, today);
}

export async function listDelayReasons(db: Db, principal: Principal) {
  requireArea(principal, 'read', AREA);
  return db
    .select({ code: deliveryDelayReasons.code, label: deliveryDelayReasons.label, active: deliveryDelayReasons.active })
    .from(deliveryDelayReasons)
    .orderBy(asc(deliveryDelayReasons.code));
}

/** Adds (or renames and reactivates) a delay reason code: the administrator-kept list slips are explained by. */
export async function saveDelayReason(db: Db, principal: Principal, raw: unknown) {
  const input = parseInput(delayReasonInput, raw);
  requireArea(principal, 'administer', AREA);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(deliveryDelayReasons).where(eq(deliveryDelayReasons.code, input.code));
    await tx
      .insert(deliveryDelayReasons)
      .values({ code: input.code, label: input.label })
      .onConflictDoUpdate({ target: deliveryDelayReasons.code, set: { label: input.label, active: true } });
    await appendAudit(tx, principal, {
      entityType: 'delivery_delay_reason',
      action: before ? 'delivery_delay_reason.changed' : 'delivery_delay_reason.created',
      entityId: input.code,
      before: before ?? null,
      after: input,
    });
  });
  return listDelayReasons(db, principal);
}
