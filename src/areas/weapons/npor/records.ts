// The NPOR records the access policy decides on: a request belongs to its partner; the NPOR types are a reference list.
import { byId, permission, type RecordKind } from '../../../platform/access/require-access.ts';
import { nporRequests } from './schema.ts';

export const nporRequestRecords: RecordKind<typeof nporRequests> = {
  name: 'NPOR request',
  area: 'weapons',
  table: nporRequests,
  match: byId(nporRequests.id),
  partner: nporRequests.partnerCode,
};

export const NPOR_REQUEST = { read: permission(nporRequestRecords, 'read'), write: permission(nporRequestRecords, 'write') };
