import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireRecord } from '../../platform/access/require-access.ts';
import { listAttachments } from '../../platform/attachments/service.ts';
import {
  caseMarkingsOf,
  caseMilestones,
  caseRecords,
  cases,
  lettersOfRequest,
  loaLines,
  loaPayments,
  loaVersions,
  lorRecords,
} from '../cases/public.ts';
import {
  deliveryDelayReasons,
  deliveryDiscrepancies,
  shipmentLines,
  shipmentMilestones,
  shipmentRecords,
  shipmentSlips,
  shipments,
} from '../deliveries/public.ts';
import { eumIncidents, eumInventories, eumItems } from '../eum/public.ts';
import { partnerRows, requirePortal, through } from './access.ts';
import { PARTNER_MILESTONES, partnerCaseStatus } from './rules/visibility.ts';
import { loaAcceptances } from './schema.ts';

const LIMIT = 200;

/** The partner's letters of request, newest first, with where each stands and the case it became (if shown). */
export async function listPartnerLors(db: Db, p: Principal) {
  requirePortal(p, 'read', 'requests');
  const rows = await db
    .select({
      id: lettersOfRequest.id,
      reference: lettersOfRequest.reference,
      receivedOn: lettersOfRequest.receivedOn,
      description: lettersOfRequest.description,
      status: lettersOfRequest.status,
      returnReasons: lettersOfRequest.returnReasons,
      caseIdentifier: sql<string | null>`(select ${cases.identifier} from ${cases} where ${cases.id} = ${lettersOfRequest.caseId})`,
    })
    .from(lettersOfRequest)
    .where(partnerRows(p, lettersOfRequest.partnerCode, lorRecords.markings))
    .orderBy(desc(lettersOfRequest.receivedOn), desc(lettersOfRequest.createdAt))
    .limit(LIMIT);
  const files = await listAttachments(
    db,
    'letter_of_request',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, attachments: files.filter((f) => f.entityId === r.id).map(fileView) }));
}

const fileView = (f: { id: string; fileName: string; mediaType: string; sizeBytes: number }) => ({
  id: f.id,
  fileName: f.fileName,
  mediaType: f.mediaType,
  sizeBytes: f.sizeBytes,
});

/** The partner's cases: identifier, title, status as the partner knows it, value and the offer's dates. */
export async function listPartnerCases(db: Db, p: Principal) {
  requirePortal(p, 'read', 'cases');
  const rows = await db
    .select({
      identifier: cases.identifier,
      title: cases.title,
      type: cases.type,
      status: cases.status,
      totalCents: cases.totalCents,
      offerExpirationDate: sql<string | null>`(select max(${loaVersions.offerExpirationDate}) from ${loaVersions}
        where ${loaVersions.caseId} = ${cases.id} and ${loaVersions.offerDate} is not null)`,
    })
    .from(cases)
    .where(partnerRows(p, cases.partnerCode, cases.markings))
    .orderBy(asc(cases.identifier))
    .limit(LIMIT);
  return rows.map((r) => ({ ...r, status: partnerCaseStatus(r.status) }));
}

/**
 * One case as its purchaser sees it: status, the issued LOA versions (basic, amendments, modifications) with their
 * lines and, to holders of `finance`, payment schedules; the public milestones; the partner's signature if recorded.
 */
export async function getPartnerCase(db: Db, p: Principal, ref: string) {
  const row = await requireRecord(db, p, through(caseRecords, 'read', 'cases'), ref);
  const versions = await db
    .select({
      id: loaVersions.id,
      number: loaVersions.number,
      kind: loaVersions.kind,
      offerDate: loaVersions.offerDate,
      offerExpirationDate: loaVersions.offerExpirationDate,
      acceptedOn: loaVersions.acceptedOn,
      totalCents: loaVersions.totalCents,
    })
    .from(loaVersions)
    // An offered version (its offer date set) is the purchaser's to read and sign; it is 'issued' only once accepted.
    .where(and(eq(loaVersions.caseId, row.id), isNotNull(loaVersions.offerDate)))
    .orderBy(asc(loaVersions.number));
  const ids = versions.map((v) => v.id);
  const [lines, payments, milestones, signatures] = await Promise.all([
    ids.length
      ? db
          .select({
            versionId: loaLines.versionId,
            lineNumber: loaLines.lineNumber,
            description: loaLines.description,
            quantity: loaLines.quantity,
            unitOfIssue: loaLines.unitOfIssue,
            unitCostCents: loaLines.unitCostCents,
            deliveryPeriod: loaLines.deliveryPeriod,
          })
          .from(loaLines)
          .where(inArray(loaLines.versionId, ids))
          .orderBy(asc(loaLines.lineNumber))
      : [],
    ids.length && p.partner?.permissions.includes('finance')
      ? db
          .select({ versionId: loaPayments.versionId, dueDate: loaPayments.dueDate, amountCents: loaPayments.amountCents })
          .from(loaPayments)
          .where(inArray(loaPayments.versionId, ids))
          .orderBy(asc(loaPayments.dueDate))
      : [],
    db
      .select({ milestone: caseMilestones.milestone, onDate: caseMilestones.onDate })
      .from(caseMilestones)
      .where(and(eq(caseMilestones.caseId, row.id), inArray(caseMilestones.milestone, [...PARTNER_MILESTONES])))
      .orderBy(asc(caseMilestones.onDate)),
    db
      .select({
        versionNumber: loaAcceptances.versionNumber,
        signedOn: loaAcceptances.signedOn,
        signerName: loaAcceptances.signerName,
        signerTitle: loaAcceptances.signerTitle,
      })
      .from(loaAcceptances)
      .where(eq(loaAcceptances.caseId, row.id)),
  ]);
  return {
    identifier: row.identifier,
    title: row.title,
    type: row.type,
    status: partnerCaseStatus(row.status),
    totalCents: row.totalCents,
    loaVersions: versions.map(({ id, ...v }) => ({
      ...v,
      lines: lines.filter((l) => l.versionId === id).map(({ versionId: _v, ...l }) => l),
      payments: payments.filter((x) => x.versionId === id).map(({ versionId: _v, ...x }) => x),
      signature: signatures.find((s) => s.versionNumber === v.number) ?? null,
    })),
    milestones,
  };
}

/** What falls due on the partner's issued LOAs, by date, for holders of `finance`. */
export async function listPartnerPayments(db: Db, p: Principal) {
  requirePortal(p, 'read', 'finance');
  return db
    .select({
      caseIdentifier: cases.identifier,
      versionNumber: loaVersions.number,
      dueDate: loaPayments.dueDate,
      amountCents: loaPayments.amountCents,
    })
    .from(loaPayments)
    .innerJoin(loaVersions, eq(loaVersions.id, loaPayments.versionId))
    .innerJoin(cases, eq(cases.id, loaVersions.caseId))
    .where(and(partnerRows(p, cases.partnerCode, cases.markings), eq(loaVersions.state, 'issued'), isNotNull(loaVersions.offerDate)))
    .orderBy(asc(loaPayments.dueDate), asc(cases.identifier))
    .limit(LIMIT);
}

/** The partner's shipments with their stage and dates. */
export async function listPartnerShipments(db: Db, p: Principal) {
  requirePortal(p, 'read', 'deliveries');
  return db
    .select({
      id: shipments.id,
      number: shipments.number,
      caseIdentifier: cases.identifier,
      mode: shipments.mode,
      stage: shipments.stage,
      custodyTransferPoint: shipments.custodyTransferPoint,
      deliveredOn: shipments.deliveredOn,
      receivedOn: shipments.receivedOn,
    })
    .from(shipments)
    .innerJoin(cases, eq(cases.id, shipments.caseId))
    .where(partnerRows(p, shipments.partnerCode, caseMarkingsOf(shipments.caseId)))
    .orderBy(desc(shipments.number))
    .limit(LIMIT);
}

/** One shipment: lines, milestone dates (planned, estimated, actual), delays with their causes, discrepancy reports. */
export async function getPartnerShipment(db: Db, p: Principal, id: string) {
  const row = await requireRecord(db, p, through(shipmentRecords, 'read', 'deliveries'), id);
  const [lines, milestones, delays, discrepancies, [kase]] = await Promise.all([
    db
      .select({
        lineNumber: shipmentLines.lineNumber,
        description: shipmentLines.description,
        quantity: shipmentLines.quantity,
        received: shipmentLines.received,
        accepted: shipmentLines.accepted,
      })
      .from(shipmentLines)
      .where(eq(shipmentLines.shipmentId, id))
      .orderBy(asc(shipmentLines.lineNumber)),
    db
      .select({
        milestone: shipmentMilestones.milestone,
        plannedOn: shipmentMilestones.plannedOn,
        estimatedOn: shipmentMilestones.estimatedOn,
        actualOn: shipmentMilestones.actualOn,
      })
      .from(shipmentMilestones)
      .where(eq(shipmentMilestones.shipmentId, id)),
    db
      .select({
        milestone: shipmentSlips.milestone,
        fromOn: shipmentSlips.fromOn,
        toOn: shipmentSlips.toOn,
        cause: deliveryDelayReasons.label,
      })
      .from(shipmentSlips)
      .innerJoin(deliveryDelayReasons, eq(deliveryDelayReasons.code, shipmentSlips.reasonCode))
      .where(eq(shipmentSlips.shipmentId, id))
      .orderBy(asc(shipmentSlips.recordedAt)),
    db
      .select({
        lineNumber: deliveryDiscrepancies.lineNumber,
        kind: deliveryDiscrepancies.kind,
        valueCents: deliveryDiscrepancies.valueCents,
        submittedOn: deliveryDiscrepancies.submittedOn,
        description: deliveryDiscrepancies.description,
        status: deliveryDiscrepancies.status,
        resolution: deliveryDiscrepancies.resolution,
        resolvedOn: deliveryDiscrepancies.resolvedOn,
      })
      .from(deliveryDiscrepancies)
      .where(eq(deliveryDiscrepancies.shipmentId, id))
      .orderBy(asc(deliveryDiscrepancies.submittedOn)),
    db.select({ identifier: cases.identifier }).from(cases).where(eq(cases.id, row.caseId)),
  ]);
  return {
    id: row.id,
    number: row.number,
    caseIdentifier: kase?.identifier ?? '',
    mode: row.mode,
    stage: row.stage,
    origin: row.origin,
    portOfDebarkation: row.portOfDebarkation,
    custodyTransferPoint: row.custodyTransferPoint,
    deliveredOn: row.deliveredOn,
    receivedOn: row.receivedOn,
    lines,
    milestones,
    delays,
    discrepancies,
  };
}

/** The partner's end-use monitoring: items, inventories due and overdue, and incidents, with their dates. */
export async function getPartnerEum(db: Db, p: Principal) {
  requirePortal(p, 'read', 'eum');
  const [items, inventories, incidents] = await Promise.all([
    db
      .select({
        id: eumItems.id,
        serialNumber: eumItems.serialNumber,
        itemTypeCode: eumItems.itemTypeCode,
        status: eumItems.status,
        deliveredOn: eumItems.deliveredOn,
        lastInventoriedOn: eumItems.lastInventoriedOn,
        inventoryDueOn: eumItems.inventoryDueOn,
      })
      .from(eumItems)
      .where(partnerRows(p, eumItems.partnerCode, caseMarkingsOf(eumItems.caseId)))
      .orderBy(asc(eumItems.inventoryDueOn), asc(eumItems.serialNumber))
      .limit(LIMIT),
    db
      .select({
        id: eumInventories.id,
        kind: eumInventories.kind,
        status: eumInventories.status,
        dueOn: eumInventories.dueOn,
        expectedCount: eumInventories.expectedCount,
        foundCount: eumInventories.foundCount,
      })
      .from(eumInventories)
      .where(partnerRows(p, eumInventories.partnerCode))
      .orderBy(asc(eumInventories.dueOn))
      .limit(LIMIT),
    db
      .select({
        id: eumIncidents.id,
        kind: eumIncidents.kind,
        status: eumIncidents.status,
        title: eumIncidents.title,
        occurredOn: eumIncidents.occurredOn,
        discoveredOn: eumIncidents.discoveredOn,
        closedOn: eumIncidents.closedOn,
      })
      .from(eumIncidents)
      .where(partnerRows(p, eumIncidents.partnerCode))
      .orderBy(desc(eumIncidents.discoveredOn))
      .limit(LIMIT),
  ]);
  return { items, inventories, incidents };
}
