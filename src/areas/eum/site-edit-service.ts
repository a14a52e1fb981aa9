import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { revokeCertificationInput, updateCertificationInput, updateSiteInput } from './model.ts';
import { EUM_CERTIFICATION, EUM_SITE } from './records.ts';
import { eumCertifications, eumSites } from './schema.ts';

type SiteRow = typeof eumSites.$inferSelect;
type CertificationRow = typeof eumCertifications.$inferSelect;

/** Renames a site or corrects its location (its code stays: imports and inventories name sites by it). */
export async function updateSite(db: Db, principal: Principal, id: string, raw: unknown) {
  const input = parseInput(updateSiteInput, raw);
  return db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, EUM_SITE.write, id, { lock: true });
    requireVersion(`Site ${row.code}`, input.version, row.version);
    const { version: _v, ...changes } = input;
    const [after] = await tx
      .update(eumSites)
      .set({ ...changes, version: row.version + 1 })
      .where(eq(eumSites.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'eum_site',
      action: 'eum_site.updated',
      entityId: id,
      countryCode: row.partnerCode,
      before: siteFields(row),
      after: siteFields(after!),
    });
    return { ...after!, createdAt: after!.createdAt.toISOString() };
  });
}

/** Corrects a certification's reference, certifier or end date; a revoked one stays as it was revoked. */
export async function updateCertification(db: Db, principal: Principal, id: string, raw: unknown) {
  const input = parseInput(updateCertificationInput, raw);
  return db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, EUM_CERTIFICATION.write, id, { lock: true });
    requireVersion(`Certification ${row.reference}`, input.version, row.version);
    if (row.revokedOn) throw conflict(`The certification was revoked on ${row.revokedOn}; it can no longer be changed`);
    const { version: _v, ...changes } = input;
    if (changes.expiresOn && changes.expiresOn < row.certifiedOn)
      throw badRequest('A certification ends after it starts', [{ path: 'expiresOn', message: `on or after ${row.certifiedOn}` }]);
    const [after] = await tx
      .update(eumCertifications)
      .set({ ...changes, version: row.version + 1 })
      .where(eq(eumCertifications.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'eum_certification',
      action: 'eum_certification.updated',
      entityId: id,
      countryCode: row.partnerCode,
      before: certificationFields(row),
      after: certificationFields(after!),
    });
    return certificationView(after!);
  });
}

/** Withdraws a control plan or site certification from a date on: no enhanced-EUM delivery rests on it from then. */
export async function revokeCertification(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(revokeCertificationInput, raw);
  requireNotFuture(input.revokedOn, today, 'revokedOn');
  return db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, EUM_CERTIFICATION.write, id, { lock: true });
    requireVersion(`Certification ${row.reference}`, input.version, row.version);
    if (row.revokedOn) throw conflict(`The certification was revoked on ${row.revokedOn}`);
    if (input.revokedOn < row.certifiedOn)
      throw badRequest('A certification is revoked after it was given', [{ path: 'revokedOn', message: `on or after ${row.certifiedOn}` }]);
    const [after] = await tx
      .update(eumCertifications)
      .set({ revokedOn: input.revokedOn, revocationReason: input.reason, version: row.version + 1 })
      .where(eq(eumCertifications.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'eum_certification',
      action: 'eum_certification.revoked',
      entityId: id,
      countryCode: row.partnerCode,
      before: certificationFields(row),
      after: certificationFields(after!),
    });
    return certificationView(after!);
  });
}

const siteFields = (r: SiteRow) => ({ name: r.name, location: r.location });
const certificationFields = (r: CertificationRow) => ({
  reference: r.reference,
  certifiedBy: r.certifiedBy,
  expiresOn: r.expiresOn,
  revokedOn: r.revokedOn,
  revocationReason: r.revocationReason,
});
const certificationView = (r: CertificationRow) => ({ ...r, siteName: null, createdAt: r.createdAt.toISOString() });
