// The kinds of funds record the access policy decides on (src/platform/access/require-access.ts). An appropriation
// belongs to the partner it is allotted to, or to none (program-wide money, seen by every reader of funds); a ledger
// entry to the partner the money is applied for. An entry that names a case stays the area's own record: its case
// reference is masked while the case is withheld (obligation-service.ts), the entry itself is not. Programs are rule
// tables: read by every reader of funds, kept by those holding `administer` in funds.
import { inArray, sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../platform/access/require-access.ts';
import { appropriations, fundPrograms, fundTransactions } from './schema.ts';

export const appropriationRecords: RecordKind<typeof appropriations> = {
  name: 'Appropriation',
  area: 'funds',
  table: appropriations,
  match: byId(appropriations.id),
  partner: appropriations.partnerCode,
};

export const fundTransactionRecords: RecordKind<typeof fundTransactions> = {
  name: 'Fund transaction',
  area: 'funds',
  table: fundTransactions,
  match: byId(fundTransactions.id),
  partner: fundTransactions.partnerCode,
};

export const fundProgramRecords: RecordKind<typeof fundPrograms> = {
  name: 'Program',
  area: 'funds',
  table: fundPrograms,
  match: (refs) => (refs.length ? inArray(fundPrograms.code, [...refs]) : sql`false`),
  partner: sql<null>`null::text`,
};

export const APPROPRIATION = { read: permission(appropriationRecords, 'read'), write: permission(appropriationRecords, 'write') };
export const FUND_TRANSACTION = { read: permission(fundTransactionRecords, 'read'), write: permission(fundTransactionRecords, 'write') };
export const FUND_PROGRAM = { read: permission(fundProgramRecords, 'read'), administer: permission(fundProgramRecords, 'administer') };

/** The row as stored, without what the policy read to decide on it (for views and audit records). */
export const stored = <R extends { access: unknown }>({ access: _access, ...row }: R): Omit<R, 'access'> => row;
