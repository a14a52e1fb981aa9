import { and, asc, desc, eq, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { containing, startingWith } from '../../db/like.ts';
import { decide, type Principal } from '../../platform/access/policy.ts';
import { permission, requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest, conflict, forbidden } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { caseMarkingsOf, caseRecords, cases } from '../cases/public.ts';
import { sitesForHandOff } from '../eum/public.ts';
import { linesInForce, nextShipmentNumber, normaliseSerial } from './common.ts';
import { type CreateShipmentInput, createShipmentInput, fadInput, milestoneInput, shipmentListQuery } from './model.ts';
import { AREA, FAD, SHIPMENT } from './records.ts';
import { FAD_SOURCE } from './rules/fad.ts';
import {
  checkActual,
  currentMilestone,
  EVENT_MILESTONES,
  isSlip,
  MILESTONE_LABELS,
  MILESTONES,
  type Milestone,
} from './rules/milestones.ts';
import { checkQuantities } from './rules/quantities.ts';
import { receiptDueOn, receiptOverdue } from './rules/receipt.ts';
import { transportationPlanRequirement } from './rules/transportation-plan.ts';
import {
  deliveryDelayReasons,
  deliveryDiscrepancies,
  deliveryEvents,
  deliveryFads,
  shipmentLines,
  shipmentMilestones,
  shipmentSerials,
  shipmentSlips,
  shipments,
} from './schema.ts';

const SHIP_ON_CASE = permission(caseRecords, 'write', AREA);

/** Statuses of a case whose articles may be put on a new shipment: implemented (the LOA in force). */
const SHIPPABLE = ['implemented'] as const;

/** Quantities of a case line already on shipments (every shipment of the case), by line number. */
async function shippedByLine(tx: Db | Tx, caseId: string) {
  const rows = await tx
    .select({ lineNumber: shipmentLines.lineNumber, shipped: sql<number>`sum(${shipmentLines.quantity})::int` })
    .from(shipmentLines)
    .innerJoin(shipments, eq(shipments.id, shipmentLines.shipmentId))
    .where(eq(shipments.caseId, caseId))
    .groupBy(shipmentLines.lineNumber);
  return new Map(rows.map((r) => [r.lineNumber, r.shipped]));
}

/** Whether the principal holds the F/AD need-to-know for this shipment (and may read or write the area for its partner). */
export function mayHandleFad(principal: Principal, action: 'read' | 'write', partnerCode: string, caseMarkings: readonly string[]) {
  return decide(principal, action, { area: AREA, countryCode: partnerCode, markings: ['fad-pairing', ...caseMarkings] });
}

/** Plans a shipment of a case's lines: quantities within the lines, serial numbers for EEUM lines, the Transportation Plan. */
export async function createShipment(db: Db, principal: Principal, raw: CreateShipmentInput, today = todayIso()) {
  const input = parseInput(createShipmentInput, raw);
  requireArea(principal, 'write', AREA);
  const id = await db.transaction(async (tx) => {
    // The case as this area's policy sees it: the deliveries grant, the case's partner and markings.
    const found = await requireRecord(tx, principal, SHIP_ON_CASE, input.caseId).catch((error: { status?: number }) => {
      if (error.status === 403) throw error;
      throw badRequest('Unknown case', [{ path: 'caseId', message: `no case ${input.caseId} within your scope` }]);
    });
    if (!(SHIPPABLE as readonly string[]).includes(found.status))
      throw badRequest('The case is not implemented', [
        { path: 'caseId', message: `case ${found.identifier} is ${found.status}; articles ship on an implemented case` },
      ]);
    const plan = transportationPlanRequirement(input);
    if (plan.required && !input.transportationPlan)
      throw badRequest('A Transportation Plan is required', [
        { path: 'transportationPlan', message: `required for ${plan.reasons.join(', ')} (${plan.source})` },
      ]);
    if (input.fad !== null && !mayHandleFad(principal, 'write', found.partnerCode, found.access.markings).allowed)
      throw forbidden('Not allowed: recording a force/activity designator needs the fad-pairing need-to-know');
    // One shipment of a case at a time: the quantities already shipped are read under the case's lock.
    await tx.execute(sql`select 1 from ${cases} where ${cases.id} = ${found.id} for update`);
    const loa = await linesInForce(tx, found.id);
    const shipped = await shippedByLine(tx, found.id);
    const lines = input.lines.map((l, i) => {
      const at = (field: string) => `lines.${i}.${field}`;
      const loaLine = loa.get(l.lineNumber);
      if (!loaLine)
        throw badRequest('Unknown LOA line', [
          { path: at('lineNumber'), message: `case ${found.identifier} has no line ${l.lineNumber} in force` },
        ]);
      const check = checkQuantities({
        ordered: loaLine.quantity,
        shipped: (shipped.get(l.lineNumber) ?? 0) + l.quantity,
        delivered: 0,
        accepted: 0,
      });
      if (!check.ok) throw badRequest('More than the line', [{ path: at('quantity'), message: `line ${l.lineNumber}: ${check.reason}` }]);
      const serials = l.serialNumbers.map(normaliseSerial);
      if (loaLine.eeum) {
        if (!l.itemTypeCode)
          throw badRequest('EUM item type required', [{ path: at('itemTypeCode'), message: 'the EUM item type of this EEUM line' }]);
        if (serials.length !== l.quantity)
          throw badRequest('Serial numbers required', [
            {
              path: at('serialNumbers'),
              message: `line ${l.lineNumber} is designated for EEUM: one serial number per article (${l.quantity}), captured before shipment`,
            },
          ]);
        const twice = serials.filter((s, j) => serials.indexOf(s) !== j);
        if (twice.length)
          throw badRequest('Serial number repeated', [{ path: at('serialNumbers'), message: `twice: ${[...new Set(twice)].join(', ')}` }]);
      } else if (serials.length || l.itemTypeCode) {
        throw badRequest('Not an EEUM line', [
          { path: at('serialNumbers'), message: `line ${l.lineNumber} is not designated for enhanced EUM` },
        ]);
      }
      return { input: l, loaLine, serials };
    });
    // A serial number captured on another shipment of the same item type is the same article shipped twice.
    for (const [i, l] of lines.entries()) {
      if (!l.serials.length) continue;
      const taken = await tx
        .select({ serial: shipmentSerials.serialNumber, number: shipments.number })
        .from(shipmentSerials)
        .innerJoin(shipmentLines, eq(shipmentLines.id, shipmentSerials.shipmentLineId))
        .innerJoin(shipments, eq(shipments.id, shipmentLines.shipmentId))
        .where(and(eq(shipmentLines.itemTypeCode, l.input.itemTypeCode!), inArray(shipmentSerials.serialNumber, l.serials)));
      if (taken.length)
        throw new AppError(409, 'conflict', 'Serial numbers already on another shipment', [
          { path: `lines.${i}.serialNumbers`, message: taken.map((t) => `${t.serial} (${t.number})`).join(', ') },
        ]);
    }
    const { lines: _lines, planned, fad, caseId: _caseId, ...fields } = input;
    const [row] = await tx
      .insert(shipments)
      .values({ ...fields, number: await nextShipmentNumber(tx), caseId: found.id, partnerCode: found.partnerCode })
      .returning();
    const shipment = row!;
    for (const l of lines) {
      const [inserted] = await tx
        .insert(shipmentLines)
        .values({
          shipmentId: shipment.id,
          lineNumber: l.input.lineNumber,
          description: l.loaLine.description,
          quantity: l.input.quantity,
          eeum: l.loaLine.eeum,
          itemTypeCode: l.input.itemTypeCode,
        })
        .returning({ id: shipmentLines.id });
      if (l.serials.length)
        await tx.insert(shipmentSerials).values(l.serials.map((serialNumber) => ({ shipmentLineId: inserted!.id, serialNumber })));
    }
    await tx.insert(shipmentMilestones).values(
      MILESTONES.map((milestone) => ({
        shipmentId: shipment.id,
        milestone,
        plannedOn: planned[milestone] ?? null,
        estimatedOn: planned[milestone] ?? null,
      })),
    );
    await appendAudit(tx, principal, {
      entityType: 'shipment',
      action: 'shipment.created',
      entityId: shipment.id,
      countryCode: shipment.partnerCode,
      after: {
        ...auditable(shipment),
        caseIdentifier: found.identifier,
        planned,
        lines: lines.map((l) => ({ lineNumber: l.input.lineNumber, quantity: l.input.quantity, serialNumbers: l.serials })),
      },
    });
    if (fad !== null) await writeFad(tx, principal, shipment.id, fad);
    return shipment.id;
  });
  return getShipment(db, principal, id, today);
}

/**
 * The F/AD is written on its own row; its audit entry names the shipment (by id), no country and not the value: the
 * audit log is read by users without the need-to-know, and an entry pairing the two would be the classified pairing.
 */
async function writeFad(tx: Tx, principal: Principal, shipmentId: string, fad: string) {
  const [before] = await tx.select().from(deliveryFads).where(eq(deliveryFads.shipmentId, shipmentId));
  if (before)
    await tx
      .update(deliveryFads)
      .set({ fad: fad as never, version: before.version + 1, updatedAt: new Date() })
      .where(eq(deliveryFads.shipmentId, shipmentId));
  else await tx.insert(deliveryFads).values({ shipmentId, fad: fad as never });
  await appendAudit(tx, principal, {
    entityType: 'delivery_fad',
    action: before ? 'delivery_fad.changed' : 'delivery_fad.recorded',
    entityId: shipmentId,
    countryCode: null,
    after: { recorded: true, note: `value withheld from the audit log (${FAD_SOURCE})` },
  });
}

/** Records or changes a shipment's F/AD: the fad-pairing need-to-know and the area's write grant for its partner. */
export async function setFad(db: Db, principal: Principal, id: string, raw: unknown) {
  const input = parseInput(fadInput, raw);
  await db.transaction(async (tx) => {
    const shipment = await requireRecord(tx, principal, SHIPMENT.write, id, { lock: true });
    if (!mayHandleFad(principal, 'write', shipment.partnerCode, shipment.access.markings).allowed)
      throw forbidden('Not allowed: recording a force/activity designator needs the fad-pairing need-to-know');
    await writeFad(tx, principal, shipment.id, input.fad);
  });
  return { recorded: true as const };
}

/**
 * A shipment's F/AD on its own: the shipment's number (which names no partner) and the designator, nothing else.
 * Only holders of the fad-pairing need-to-know read it (the record kind is marked); the web shows it on a screen of
 * its own that names no country (DSCA 00-09).
 */
export async function getFad(db: Db, principal: Principal, id: string) {
  const shipment = await requireRecord(db, principal, SHIPMENT.read, id);
  // Whether one is on file is answered only to holders of the need-to-know: anyone else is refused either way.
  const decision = mayHandleFad(principal, 'read', shipment.partnerCode, shipment.access.markings);
  if (!decision.allowed) throw forbidden(`Not allowed: ${decision.reason}`);
  const fad = await requireRecord(db, principal, FAD.read, shipment.id);
  return { shipmentNumber: shipment.number, fad: fad.fad, source: FAD_SOURCE };
}

/**
 * Moves a milestone's planned date or records its actual date. A later plan, or an actual date after the plan, is a
 * slip: it needs a reason code (an active one of the administrator's list) and a note, and is kept. Receipt and
 * acceptance are events of their own (with their document), never set here.
 */
export async function updateMilestone(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(milestoneInput, raw);
  await db.transaction(async (tx) => {
    const shipment = await requireRecord(tx, principal, SHIPMENT.write, id, { lock: true });
    requireVersion(`Shipment ${shipment.number}`, input.version, shipment.version);
    if (input.plannedOn === undefined && input.actualOn === undefined)
      throw badRequest('Nothing to record', [{ path: 'plannedOn', message: 'a planned or an actual date' }]);
    const all = await tx.select().from(shipmentMilestones).where(eq(shipmentMilestones.shipmentId, shipment.id));
    const current = all.find((m) => m.milestone === input.milestone)!;
    if (input.actualOn !== undefined && EVENT_MILESTONES.includes(input.milestone))
      throw badRequest('Recorded by its event', [
        { path: 'actualOn', message: `${MILESTONE_LABELS[input.milestone]} is recorded by a receipt or acceptance with its document` },
      ]);
    const slips: { fromOn: string; toOn: string }[] = [];
    const update: Partial<typeof shipmentMilestones.$inferInsert> = {};
    let planned = current.plannedOn;
    if (input.plannedOn !== undefined) {
      if (current.actualOn) throw conflict(`${MILESTONE_LABELS[input.milestone]} happened on ${current.actualOn}: its plan is closed`);
      if (isSlip(planned, input.plannedOn)) slips.push({ fromOn: planned!, toOn: input.plannedOn });
      update.plannedOn = input.plannedOn;
      if (current.estimatedOn === null) update.estimatedOn = input.plannedOn;
      planned = input.plannedOn;
    }
    if (input.actualOn !== undefined) {
      requireNotFuture(input.actualOn, today, 'actualOn');
      const check = checkActual(all, input.milestone, input.actualOn);
      if (!check.ok) throw illegalTransition(check.reason, [], 'actualOn');
      if (isSlip(planned, input.actualOn)) slips.push({ fromOn: planned!, toOn: input.actualOn });
      update.actualOn = input.actualOn;
    }
    if (slips.length) await requireCause(tx, input.reasonCode, input.note);
    await tx
      .update(shipmentMilestones)
      .set(update)
      .where(and(eq(shipmentMilestones.shipmentId, shipment.id), eq(shipmentMilestones.milestone, input.milestone)));
    for (const s of slips)
      await tx.insert(shipmentSlips).values({
        shipmentId: shipment.id,
        milestone: input.milestone,
        ...s,
        reasonCode: input.reasonCode!,
        note: input.note!,
        recordedBy: principal.username,
      });
    await touch(tx, shipment.id, shipment.version);
    await appendAudit(tx, principal, {
      entityType: 'shipment',
      action: slips.length ? 'shipment.slipped' : 'shipment.milestone',
      entityId: shipment.id,
      countryCode: shipment.partnerCode,
      before: { milestone: input.milestone, plannedOn: current.plannedOn, actualOn: current.actualOn },
      after: { milestone: input.milestone, ...update, ...(slips.length ? { reasonCode: input.reasonCode, note: input.note } : {}) },
    });
  });
  return getShipment(db, principal, id, today);
}

async function requireCause(tx: Tx, reasonCode: string | undefined, note: string | undefined) {
  if (!reasonCode) throw badRequest('A slip needs its cause', [{ path: 'reasonCode', message: 'the reason code for the later date' }]);
  if (!note) throw badRequest('A slip needs a note', [{ path: 'note', message: 'what happened' }]);
  const [reason] = await tx.select().from(deliveryDelayReasons).where(eq(deliveryDelayReasons.code, reasonCode));
  if (!reason?.active) throw badRequest('Unknown reason code', [{ path: 'reasonCode', message: `no active delay reason ${reasonCode}` }]);
}

/** After a write: the version, and the stage, delivered and received dates kept on the shipment for lists. */
export async function touch(tx: Tx, shipmentId: string, version: number) {
  const all = await tx.select().from(shipmentMilestones).where(eq(shipmentMilestones.shipmentId, shipmentId));
  const on = (m: Milestone) => all.find((x) => x.milestone === m)?.actualOn ?? null;
  await tx
    .update(shipments)
    .set({
      stage: currentMilestone(all),
      deliveredOn: on('delivered'),
      receivedOn: on('received'),
      version: version + 1,
      updatedAt: new Date(),
    })
    .where(eq(shipments.id, shipmentId));
}

/**
 * Late: a milestone still to happen whose planned date has passed, or a delivery now planned after its estimate. A
 * shipment of a case withheld from the reader is in no list (it would confirm the case's items).
 */
export const lateSql = (
  today: string,
) => sql<boolean>`(${shipments.stage} is distinct from 'accepted' and exists (select 1 from ${shipmentMilestones} m
  where m.shipment_id = ${shipments.id} and m.actual_on is null and (m.planned_on < ${today} or (m.milestone = 'delivered' and m.planned_on > m.estimated_on))))`;

/** The cause of a shipment's latest slip (the reason's label), or null. */
export const latestCauseSql = sql<
  string | null
>`(select r.label from ${shipmentSlips} s join ${deliveryDelayReasons} r on r.code = s.reason_code
  where s.shipment_id = ${shipments.id} order by s.recorded_at desc, s.id desc limit 1)`;

export function shipmentConditions(
  principal: Principal,
  query: ReturnType<typeof shipmentListQuery.parse>,
  today: string,
): SQL | undefined {
  return and(
    scopeWhere(principal, shipments.partnerCode),
    sql`not ${withheldSql(principal, caseMarkingsOf(shipments.caseId))}`,
    query.partner ? eq(shipments.partnerCode, query.partner) : undefined,
    query.caseId ? eq(shipments.caseId, query.caseId) : undefined,
    query.stage === 'planned' ? isNull(shipments.stage) : query.stage ? eq(shipments.stage, query.stage) : undefined,
    query.late === 'true' ? lateSql(today) : query.late === 'false' ? sql`not ${lateSql(today)}` : undefined,
    query.q ? textMatch(query.q) : undefined,
  );
}

/** The shipment's number, case identifier or TCN from the start, or the document of one of its receipts or acceptances. */
function textMatch(q: string): SQL {
  const start = startingWith(q.toUpperCase());
  return or(
    like(shipments.number, start),
    like(cases.identifier, start),
    like(sql`upper(${shipments.tcn})`, start),
    sql`exists (select 1 from ${deliveryEvents} e join ${shipmentLines} l on l.id = e.shipment_line_id
      where l.shipment_id = ${shipments.id} and e.document ilike ${containing(q)})`,
  )!;
}

/** The columns of a shipment list and export: never the F/AD (DSCA 00-09). */
export const shipmentColumns = (today: string) => ({
  id: shipments.id,
  number: shipments.number,
  partnerCode: shipments.partnerCode,
  caseId: shipments.caseId,
  caseIdentifier: cases.identifier,
  mode: shipments.mode,
  origin: shipments.origin,
  custodyTransferPoint: shipments.custodyTransferPoint,
  stage: shipments.stage,
  deliveredOn: shipments.deliveredOn,
  receivedOn: shipments.receivedOn,
  plannedDeliveryOn: sql<
    string | null
  >`(select m.planned_on from ${shipmentMilestones} m where m.shipment_id = ${shipments.id} and m.milestone = 'delivered')`,
  late: lateSql(today),
  latestCause: latestCauseSql,
  version: shipments.version,
});

export async function listShipments(db: Db, principal: Principal, raw: unknown = {}, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(shipmentListQuery, raw);
  const where = shipmentConditions(principal, query, today);
  const [items, [total]] = await Promise.all([
    db
      .select(shipmentColumns(today))
      .from(shipments)
      .innerJoin(cases, eq(cases.id, shipments.caseId))
      .where(where)
      .orderBy(desc(shipments.createdAt), desc(shipments.number))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(shipments).innerJoin(cases, eq(cases.id, shipments.caseId)).where(where),
  ]);
  const n = total?.n ?? 0;
  return {
    items: items.map((r) => ({ ...r, receiptOverdue: receiptOverdue(r.deliveredOn, r.receivedOn, today) })),
    total: n,
    limit: query.limit,
    offset: query.offset,
    hasMore: query.offset + items.length < n,
  };
}

/** One shipment: lines with their quantities and serials, milestones, slips, receipt and acceptance events, discrepancies. */
export async function getShipment(db: Db | Tx, principal: Principal, id: string, today = todayIso()) {
  const shipment = await requireRecord(db, principal, SHIPMENT.read, id);
  const [[kase], lines, milestones, slips, events, discrepancies, [fad]] = await Promise.all([
    db
      .select({ identifier: cases.identifier, title: cases.title, type: cases.type, status: cases.status })
      .from(cases)
      .where(eq(cases.id, shipment.caseId)),
    db.select().from(shipmentLines).where(eq(shipmentLines.shipmentId, shipment.id)).orderBy(asc(shipmentLines.lineNumber)),
    db.select().from(shipmentMilestones).where(eq(shipmentMilestones.shipmentId, shipment.id)),
    db
      .select({
        id: shipmentSlips.id,
        milestone: shipmentSlips.milestone,
        fromOn: shipmentSlips.fromOn,
        toOn: shipmentSlips.toOn,
        reasonCode: shipmentSlips.reasonCode,
        reason: deliveryDelayReasons.label,
        note: shipmentSlips.note,
        recordedBy: shipmentSlips.recordedBy,
        recordedAt: shipmentSlips.recordedAt,
      })
      .from(shipmentSlips)
      .innerJoin(deliveryDelayReasons, eq(deliveryDelayReasons.code, shipmentSlips.reasonCode))
      .where(eq(shipmentSlips.shipmentId, shipment.id))
      .orderBy(asc(shipmentSlips.recordedAt)),
    db
      .select({
        id: deliveryEvents.id,
        lineNumber: shipmentLines.lineNumber,
        kind: deliveryEvents.kind,
        quantity: deliveryEvents.quantity,
        onDate: deliveryEvents.onDate,
        document: deliveryEvents.document,
        recordedBy: deliveryEvents.recordedBy,
      })
      .from(deliveryEvents)
      .innerJoin(shipmentLines, eq(shipmentLines.id, deliveryEvents.shipmentLineId))
      .where(eq(shipmentLines.shipmentId, shipment.id))
      .orderBy(asc(deliveryEvents.onDate), asc(deliveryEvents.createdAt)),
    db
      .select()
      .from(deliveryDiscrepancies)
      .where(eq(deliveryDiscrepancies.shipmentId, shipment.id))
      .orderBy(asc(deliveryDiscrepancies.createdAt)),
    db.select({ n: sql<number>`1` }).from(deliveryFads).where(eq(deliveryFads.shipmentId, shipment.id)),
  ]);
  const serials = lines.length
    ? await db
        .select()
        .from(shipmentSerials)
        .where(
          inArray(
            shipmentSerials.shipmentLineId,
            lines.map((l) => l.id),
          ),
        )
        .orderBy(asc(shipmentSerials.serialNumber))
    : [];
  const byMilestone = new Map(milestones.map((m) => [m.milestone, m]));
  const { access: _access, ...row } = shipment;
  return {
    ...row,
    caseIdentifier: kase!.identifier,
    caseTitle: kase!.title,
    caseType: kase!.type,
    transportationPlanRequirement: transportationPlanRequirement(shipment),
    lines: lines.map((l) => ({
      lineNumber: l.lineNumber,
      description: l.description,
      quantity: l.quantity,
      eeum: l.eeum,
      itemTypeCode: l.itemTypeCode,
      received: l.received,
      accepted: l.accepted,
      serials: serials
        .filter((s) => s.shipmentLineId === l.id)
        .map((s) => ({ serialNumber: s.serialNumber, receivedOn: s.receivedOn, acceptedOn: s.acceptedOn })),
    })),
    milestones: MILESTONES.map((m) => {
      const r = byMilestone.get(m)!;
      return {
        milestone: m,
        label: MILESTONE_LABELS[m],
        plannedOn: r.plannedOn,
        estimatedOn: r.estimatedOn,
        actualOn: r.actualOn,
        late: r.actualOn === null && r.plannedOn !== null && r.plannedOn < today,
      };
    }),
    slips,
    events,
    discrepancies,
    receiptDueOn: shipment.deliveredOn ? receiptDueOn(shipment.deliveredOn) : null,
    receiptOverdue: receiptOverdue(shipment.deliveredOn, shipment.receivedOn, today),
    fadRecorded: fad !== undefined,
  };
}

const auditable = (s: typeof shipments.$inferSelect) => ({
  number: s.number,
  caseId: s.caseId,
  partnerCode: s.partnerCode,
  mode: s.mode,
  origin: s.origin,
  portOfEmbarkation: s.portOfEmbarkation,
  portOfDebarkation: s.portOfDebarkation,
  carrier: s.carrier,
  tcn: s.tcn,
  custodyTransferPoint: s.custodyTransferPoint,
  classified: s.classified,
  cci: s.cci,
  aaeCategory: s.aaeCategory,
  transportationPlan: s.transportationPlan,
});

/** The partner's EUM storage sites the shipment's accepted EEUM items may go to (read with the shipment). */
export async function handOffSites(db: Db, principal: Principal, id: string) {
  const shipment = await requireRecord(db, principal, SHIPMENT.read, id);
  return sitesForHandOff(db, shipment.partnerCode);
}
