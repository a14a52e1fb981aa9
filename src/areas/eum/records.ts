// The kinds of end-use monitoring record the access policy decides on (src/platform/access/require-access.ts): each
// belongs to its partner. An item names a case but stays the area's own record: its case reference is masked while the
// case is withheld (item-service.ts), the item itself is not.
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { byId, type Permission, permission, type RecordKind, requireRecord } from '../../platform/access/require-access.ts';
import { AppError, badRequest } from '../../platform/http/errors.ts';
import { eumCertifications, eumDiscrepancies, eumIncidents, eumInventories, eumItems, eumSites, eumVisits } from './schema.ts';

const kind = <T extends PgTable>(name: string, table: T, id: PgColumn, partner: PgColumn): RecordKind<T> => ({
  name,
  area: 'eum',
  table,
  match: byId(id),
  partner,
});

const readWrite = <T extends PgTable>(k: RecordKind<T>) => ({ read: permission(k, 'read'), write: permission(k, 'write') });

export const eumSiteRecords = kind('Site', eumSites, eumSites.id, eumSites.partnerCode);
export const eumCertificationRecords = kind('Certification', eumCertifications, eumCertifications.id, eumCertifications.partnerCode);
export const eumItemRecords = kind('Item', eumItems, eumItems.id, eumItems.partnerCode);
export const eumInventoryRecords = kind('Inventory', eumInventories, eumInventories.id, eumInventories.partnerCode);
export const eumDiscrepancyRecords = kind('Discrepancy', eumDiscrepancies, eumDiscrepancies.id, eumDiscrepancies.partnerCode);
export const eumIncidentRecords = kind('Incident', eumIncidents, eumIncidents.id, eumIncidents.partnerCode);
export const eumVisitRecords = kind('Visit', eumVisits, eumVisits.id, eumVisits.partnerCode);

export const EUM_SITE = readWrite(eumSiteRecords);
export const EUM_CERTIFICATION = readWrite(eumCertificationRecords);
export const EUM_ITEM = readWrite(eumItemRecords);
export const EUM_INVENTORY = readWrite(eumInventoryRecords);
export const EUM_DISCREPANCY = readWrite(eumDiscrepancyRecords);
export const EUM_INCIDENT = readWrite(eumIncidentRecords);
export const EUM_VISIT = readWrite(eumVisitRecords);

/** The row as stored, without what the policy read to decide on it (for views and audit records). */
export const stored = <R extends { access: unknown }>({ access: _access, ...row }: R): Omit<R, 'access'> => row;

/**
 * A record named in a request body (a site for an item, a case for a delivery): through the one access path, but one
 * that does not exist or is out of scope is a 400 on that field (the form is wrong), confirming nothing.
 */
export async function referencedRecord<T extends PgTable>(
  db: Db | Tx,
  principal: Principal,
  perm: Permission<T>,
  id: string,
  path: string,
) {
  try {
    return await requireRecord(db, principal, perm, id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) {
      const what = perm.kind.name.toLowerCase();
      throw badRequest(`Unknown ${what}`, [{ path, message: `no ${what} ${id} within your scope` }]);
    }
    throw error;
  }
}
