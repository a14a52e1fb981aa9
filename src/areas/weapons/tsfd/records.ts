// The TSFD records the access policy decides on. Each carries the `tsfd` marking (its own column): only users holding
// it see that the record exists (src/platform/access/markings.ts). A request belongs to its partner; a policy to none.

import { sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../../platform/access/require-access.ts';
import { tsfdPolicies, tsfdRequests } from './schema.ts';

export const tsfdRequestRecords: RecordKind<typeof tsfdRequests> = {
  name: 'TSFD request',
  area: 'weapons',
  table: tsfdRequests,
  match: byId(tsfdRequests.id),
  partner: tsfdRequests.partnerCode,
  markings: tsfdRequests.markings,
};

export const tsfdPolicyRecords: RecordKind<typeof tsfdPolicies> = {
  name: 'Anticipatory policy',
  area: 'weapons',
  table: tsfdPolicies,
  match: byId(tsfdPolicies.id),
  partner: sql<null>`null::text`,
  markings: tsfdPolicies.markings,
};

export const TSFD_REQUEST = { read: permission(tsfdRequestRecords, 'read'), write: permission(tsfdRequestRecords, 'write') };
export const TSFD_POLICY = { read: permission(tsfdPolicyRecords, 'read'), write: permission(tsfdPolicyRecords, 'write') };
