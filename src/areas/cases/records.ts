import { inArray, or } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../platform/access/require-access.ts';
import { cases } from './schema.ts';

/** A case, found by its id or its identifier (`AT-B-AAA`); its partner and markings decide who may see it. */
export const caseRecords: RecordKind<typeof cases> = {
  name: 'Case',
  area: 'cases',
  table: cases,
  match: (refs) =>
    or(
      byId(cases.id)(refs),
      inArray(
        cases.identifier,
        refs.map((r) => r.toUpperCase()),
      ),
    )!,
  partner: cases.partnerCode,
  markings: cases.markings,
};

export const CASE = {
  read: permission(caseRecords, 'read'),
  write: permission(caseRecords, 'write'),
  /** Reviewer moves (approve, return) and review comments belong to Case Writing. */
  review: permission(caseRecords, 'write', 'case-writing'),
};
