import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { AppError, badRequest } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { partners } from '../countries/public.ts';
import { AREA } from './common.ts';
import { certificationInput, itemTypeInput, siteInput } from './model.ts';
import { EUM_SITE, referencedRecord } from './records.ts';
import { eumCertifications, eumItemTypes, eumSites } from './schema.ts';

export async function listItemTypes(db: Db, principal: Principal) {
  requireArea(principal, 'read', AREA);
  return db.select().from(eumItemTypes).orderBy(asc(eumItemTypes.category), asc(eumItemTypes.code));
}

/** Administrators keep the EEUM list (its full content is not published: shared/domain.md §4). */
export async function addItemType(db: Db, principal: Principal, raw: unknown) {
  const input = parseInput(itemTypeInput, raw);
  requireArea(principal, 'administer', AREA);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select().from(eumItemTypes).where(eq(eumItemTypes.code, input.code));
    if (taken) throw new AppError(409, 'conflict', `Item type ${input.code} exists`, [{ path: 'code', message: 'already used' }]);
    const [row] = await tx.insert(eumItemTypes).values(input).returning();
    await appendAudit(tx, principal, { entityType: 'eum_item_type', action: 'eum_item_type.added', entityId: input.code, after: row });
    return row!;
  });
}

export async function listSites(db: Db, principal: Principal, partner?: string) {
  requireArea(principal, 'read', AREA);
  const where = and(scopeWhere(principal, eumSites.partnerCode), partner ? eq(eumSites.partnerCode, partner) : undefined);
  return (await db.select().from(eumSites).where(where).orderBy(asc(eumSites.partnerCode), asc(eumSites.code))).map(siteView);
}

export async function createSite(db: Db, principal: Principal, raw: unknown) {
  const input = parseInput(siteInput, raw);
  requireArea(principal, 'write', AREA, input.partnerCode);
  return db.transaction(async (tx) => {
    const [partner] = await tx.select({ code: partners.code }).from(partners).where(eq(partners.code, input.partnerCode));
    if (!partner) throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner ${input.partnerCode}` }]);
    const [taken] = await tx
      .select({ id: eumSites.id })
      .from(eumSites)
      .where(and(eq(eumSites.partnerCode, input.partnerCode), eq(eumSites.code, input.code)));
    if (taken)
      throw new AppError(409, 'conflict', `${input.partnerCode} already has a site ${input.code}`, [
        { path: 'code', message: 'already used' },
      ]);
    const [row] = await tx.insert(eumSites).values(input).returning();
    await appendAudit(tx, principal, {
      entityType: 'eum_site',
      action: 'eum_site.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: siteView(row!),
    });
    return siteView(row!);
  });
}

export async function listCertifications(db: Db, principal: Principal, partner?: string) {
  requireArea(principal, 'read', AREA);
  const conditions: (SQL | undefined)[] = [
    scopeWhere(principal, eumCertifications.partnerCode),
    partner ? eq(eumCertifications.partnerCode, partner) : undefined,
  ];
  const rows = await db
    .select({ cert: eumCertifications, siteName: eumSites.name })
    .from(eumCertifications)
    .leftJoin(eumSites, eq(eumSites.id, eumCertifications.siteId))
    .where(and(...conditions))
    .orderBy(
      asc(eumCertifications.partnerCode),
      asc(eumCertifications.certifiedOn),
      asc(eumCertifications.kind),
      asc(eumCertifications.reference),
    );
  return rows.map((r) => ({ ...certificationView(r.cert), siteName: r.siteName }));
}

export async function addCertification(db: Db, principal: Principal, raw: unknown) {
  const input = parseInput(certificationInput, raw);
  requireArea(principal, 'write', AREA, input.partnerCode);
  return db.transaction(async (tx) => {
    if (input.siteId) {
      const site = await referencedRecord(tx, principal, EUM_SITE.read, input.siteId, 'siteId');
      if (site.partnerCode !== input.partnerCode)
        throw badRequest('The site belongs to another partner', [{ path: 'siteId', message: `a site of ${site.partnerCode}` }]);
    }
    const [row] = await tx.insert(eumCertifications).values(input).returning();
    await appendAudit(tx, principal, {
      entityType: 'eum_certification',
      action: 'eum_certification.added',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: certificationView(row!),
    });
    return { ...certificationView(row!), siteName: null };
  });
}

/** The plans and certifications of a partner, for the delivery gate. */
export async function certificationsOf(db: Db | Tx, partnerCode: string) {
  return db.select().from(eumCertifications).where(eq(eumCertifications.partnerCode, partnerCode));
}

const siteView = (r: typeof eumSites.$inferSelect) => ({ ...r, createdAt: r.createdAt.toISOString() });
const certificationView = (r: typeof eumCertifications.$inferSelect) => ({ ...r, createdAt: r.createdAt.toISOString() });

/**
 * A partner's storage sites by code and name, for another area's hand-off to end-use monitoring (deliveries: where the
 * accepted items go). The caller has decided access on its own record of that partner.
 */
export async function sitesForHandOff(db: Db | Tx, partnerCode: string) {
  return db
    .select({ id: eumSites.id, code: eumSites.code, name: eumSites.name })
    .from(eumSites)
    .where(eq(eumSites.partnerCode, partnerCode))
    .orderBy(asc(eumSites.code));
}
