import { inArray } from 'drizzle-orm';
import { permission, type RecordKind } from '../../platform/access/require-access.ts';
import { partners } from './schema.ts';

/** A partner, found by its customer code; it is its own partner, so a partner outside the reader's scope is not found. */
export const partnerRecords: RecordKind<typeof partners> = {
  name: 'Partner',
  area: 'countries',
  table: partners,
  match: (refs) => inArray(partners.code, [...refs]),
  partner: partners.code,
};

export const PARTNER = {
  read: permission(partnerRecords, 'read'),
  /** Partners and their dated group memberships are reference data the rules read: kept by administrators (ROLE_GRANTS). */
  administer: permission(partnerRecords, 'administer'),
};
