import { and, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import type { PartnerPermission } from '../../platform/access/partner.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { type RecordKind, requireRecord } from '../../platform/access/require-access.ts';
import { checkAttachments, storeAttachments } from '../../platform/attachments/service.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import type { SheetRow } from '../../platform/import/rows.ts';
import { requireNotFuture } from '../../platform/records/guards.ts';
import { caseRecords, loaVersions, lorRecords, receiveLor } from '../cases/public.ts';
import { reportDiscrepancy, shipmentRecords } from '../deliveries/public.ts';
import { eumInventoryRecords, type ImportProgress, recordScans } from '../eum/public.ts';
import { actingThrough, requirePortal, through } from './access.ts';
import { loaSignatureInput, partnerDiscrepancyInput, partnerLorInput } from './model.ts';
import { loaAcceptances } from './schema.ts';

/** A letter of request sent through the portal: it lands in the cases area as received today, channel partner direct. */
export async function sendLor(db: Db, p: Principal, raw: unknown, today = todayIso()) {
  requirePortal(p, 'write', 'requests');
  const input = parseInput(partnerLorInput, raw);
  const lor = await receiveLor(
    db,
    actingThrough(p, 'case_writer'),
    { ...input, partnerCode: p.partner!.code, receivedOn: today, channel: 'partner_direct', agencyCode: null },
    today,
  );
  return { id: lor.id, status: lor.status, receivedOn: lor.receivedOn };
}

/** The records a partner may attach files to, and the permission each is sent under. */
const ATTACHABLE: Record<string, { kind: RecordKind<PgTable>; permission: PartnerPermission }> = {
  letter_of_request: { kind: lorRecords as unknown as RecordKind<PgTable>, permission: 'requests' },
  shipment: { kind: shipmentRecords as unknown as RecordKind<PgTable>, permission: 'deliveries' },
};
export type Attachable = 'letter_of_request' | 'shipment';

/**
 * Attaches a file to the partner's own record (its type from its content, its size bounded), audited. The record is
 * decided on before the upload is read, so a refusal costs no upload.
 */
export async function attachFile(
  db: Db,
  p: Principal,
  entityType: Attachable,
  id: string,
  fileName: string,
  readBytes: () => Promise<Uint8Array>,
) {
  const { kind, permission } = ATTACHABLE[entityType]!;
  const allowed = through(kind, 'write', permission);
  await requireRecord(db, p, allowed, id);
  const [checked] = await checkAttachments([{ fileName, bytes: await readBytes() }], 'file');
  return db.transaction(async (tx) => {
    const record = await requireRecord(tx, p, allowed, id, { lock: true });
    const entityId = String((record as { id?: unknown }).id);
    const [attachmentId] = await storeAttachments(tx, p, { entityType, entityId, partnerCode: record.access.partnerCode }, [checked!]);
    return { id: attachmentId! };
  });
}

/** A file the partner may read: it belongs to one of their records that they may read (the record's own policy). */
export async function requireAttachmentRecord(db: Db, p: Principal, owner: { entityType: string; entityId: string }) {
  const attachable = ATTACHABLE[owner.entityType];
  if (!attachable) throw badRequest('Not a partner record', [{ path: 'id', message: 'this file belongs to no record you can open' }]);
  await requireRecord(db, p, through(attachable.kind, 'read', attachable.permission), owner.entityId);
}

/**
 * The partner's signature of an offered LOA (SAMM C5.4.8: signed before the offer expires). The case stays offered: the
 * agency moves it to accepted once it records the initial deposit.
 */
export async function signLoa(db: Db, p: Principal, ref: string, raw: unknown, today = todayIso()) {
  const input = parseInput(loaSignatureInput, raw);
  requireNotFuture(input.signedOn, today, 'signedOn');
  return db.transaction(async (tx) => {
    const kase = await requireRecord(tx, p, through(caseRecords, 'write', 'cases'), ref, { lock: true });
    if (kase.status !== 'offered') throw conflict('Only an offered LOA can be signed');
    const [version] = await tx
      .select()
      .from(loaVersions)
      // The offered version is still 'draft' until accepted; its offer date says it was offered.
      .where(and(eq(loaVersions.caseId, kase.id), eq(loaVersions.number, input.versionNumber)));
    if (!version?.offerDate || !version.offerExpirationDate) {
      throw badRequest('No such offered LOA', [{ path: 'versionNumber', message: `version ${input.versionNumber} was not offered` }]);
    }
    if (input.signedOn < version.offerDate || input.signedOn > version.offerExpirationDate) {
      throw badRequest('Outside the offer', [
        { path: 'signedOn', message: `between the offer (${version.offerDate}) and its expiration (${version.offerExpirationDate})` },
      ]);
    }
    const [row] = await tx
      .insert(loaAcceptances)
      .values({ caseId: kase.id, partnerCode: kase.partnerCode, ...input, recordedBy: p.username })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict(`Version ${input.versionNumber} of ${kase.identifier} is already signed`);
    await appendAudit(tx, p, {
      entityType: 'loa_acceptance',
      action: 'loa_acceptance.signed',
      entityId: row.id,
      countryCode: kase.partnerCode,
      after: { case: kase.identifier, ...input },
    });
    return { identifier: kase.identifier, versionNumber: row.versionNumber, signedOn: row.signedOn };
  });
}

/** Scans uploaded against the partner's own inventory, recorded by end-use monitoring's import (same checks, same audit). */
export async function uploadScans(
  db: Db,
  p: Principal,
  inventoryId: string,
  rows: AsyncIterable<SheetRow>,
  onProgress?: (progress: ImportProgress) => void,
) {
  await requireRecord(db, p, through(eumInventoryRecords, 'write', 'eum'), inventoryId);
  return recordScans(db, actingThrough(p, 'eum_specialist'), inventoryId, rows, onProgress);
}

/** A supply or transportation discrepancy report on the partner's shipment, through the deliveries area's rules. */
export async function sendDiscrepancy(db: Db, p: Principal, shipmentId: string, raw: unknown, today = todayIso()) {
  const input = parseInput(partnerDiscrepancyInput, raw);
  await requireRecord(db, p, through(shipmentRecords, 'write', 'deliveries'), shipmentId);
  await reportDiscrepancy(db, actingThrough(p, 'capacity_building_pm'), shipmentId, input, today);
  return { shipmentId };
}
