// An FMF/DCC request, as the access policy decides on it: it belongs to its partner; its documents and disbursements
// are read and written through it.
import { or, sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../../platform/access/require-access.ts';
import { dccRequests } from './schema.ts';

export const dccRequestRecords: RecordKind<typeof dccRequests> = {
  name: 'DCC request',
  area: 'special-programs',
  table: dccRequests,
  match: (refs) => or(byId(dccRequests.id)(refs), sql`${dccRequests.reference} = any(${sql.param([...refs])}::text[])`)!,
  partner: dccRequests.partnerCode,
};

export const DCC_REQUEST = { read: permission(dccRequestRecords, 'read'), write: permission(dccRequestRecords, 'write') };
