// The kinds of EDA record the access policy decides on. A declaration is U.S. stock: it belongs to no partner and every
// reader of EDA sees it. A request belongs to its partner; its reviews are read only through it.

import { sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../platform/access/require-access.ts';
import { edaDeclarations, edaRequests } from './schema.ts';

export const declarationRecords: RecordKind<typeof edaDeclarations> = {
  name: 'EDA declaration',
  area: 'eda',
  table: edaDeclarations,
  match: byId(edaDeclarations.id),
  partner: sql<null>`null::text`,
};

export const requestRecords: RecordKind<typeof edaRequests> = {
  name: 'EDA request',
  area: 'eda',
  table: edaRequests,
  match: byId(edaRequests.id),
  partner: edaRequests.partnerCode,
};

export const DECLARATION = { read: permission(declarationRecords, 'read'), write: permission(declarationRecords, 'write') };
export const EDA_REQUEST = { read: permission(requestRecords, 'read'), write: permission(requestRecords, 'write') };
export const AREA = 'eda' as const;
