// A drawdown, as the access policy decides on it: it belongs to its partner; its documents, lines and revaluations are
// read and written through it. The authority caps are a rule table (any reader; administrators keep it).
import { or, sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../../platform/access/require-access.ts';
import { drawdowns } from './schema.ts';

export const drawdownRecords: RecordKind<typeof drawdowns> = {
  name: 'Drawdown',
  area: 'special-programs',
  table: drawdowns,
  match: (refs) => or(byId(drawdowns.id)(refs), sql`${drawdowns.reference} = any(${sql.param([...refs])}::text[])`)!,
  partner: drawdowns.partnerCode,
};

export const DRAWDOWN = { read: permission(drawdownRecords, 'read'), write: permission(drawdownRecords, 'write') };
