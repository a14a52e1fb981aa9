// The lease, as the access policy decides on it: it belongs to its lessee. Its articles and payments are read and
// written through the lease (the same partner).
import { or, sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../platform/access/require-access.ts';
import { leases } from './schema.ts';

export const leaseRecords: RecordKind<typeof leases> = {
  name: 'Lease',
  area: 'leases',
  table: leases,
  match: (refs) => or(byId(leases.id)(refs), sql`${leases.designator} = any(${sql.param([...refs])}::text[])`)!,
  partner: leases.partnerCode,
};

export const LEASE = { read: permission(leaseRecords, 'read'), write: permission(leaseRecords, 'write') };
