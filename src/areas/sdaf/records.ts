// The kinds of SDAF record the access policy decides on. The fund's own records (procurements, receipts, its ledger and
// rule tables) belong to no partner: they are read only by users who see every partner (fund.ts `requireWholeFund`),
// so a partner-scoped reader never sees what the fund buys ahead of sales. A transfer belongs to the partner of the case
// it went to, and carries that case's markings (withheld while the case is).

import { sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../platform/access/require-access.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { sdafProcurements, sdafReceipts, sdafTransfers } from './schema.ts';

export const procurementRecords: RecordKind<typeof sdafProcurements> = {
  name: 'SDAF procurement',
  area: 'sdaf',
  table: sdafProcurements,
  match: byId(sdafProcurements.id),
  partner: sql<null>`null::text`,
};

export const receiptRecords: RecordKind<typeof sdafReceipts> = {
  name: 'SDAF receipt',
  area: 'sdaf',
  table: sdafReceipts,
  match: byId(sdafReceipts.id),
  partner: sql<null>`null::text`,
};

export const transferRecords: RecordKind<typeof sdafTransfers> = {
  name: 'SDAF transfer',
  area: 'sdaf',
  table: sdafTransfers,
  match: byId(sdafTransfers.id),
  partner: sdafTransfers.partnerCode,
  markings: caseMarkingsOf(sdafTransfers.caseId),
};

export const PROCUREMENT = { read: permission(procurementRecords, 'read'), write: permission(procurementRecords, 'write') };
export const RECEIPT = { write: permission(receiptRecords, 'write') };
export const TRANSFER = { read: permission(transferRecords, 'read') };

export const stored = <R extends { access: unknown }>({ access: _access, ...row }: R): Omit<R, 'access'> => row;
