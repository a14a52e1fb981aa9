import { inArray, or, sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../platform/access/require-access.ts';
import { cases, lettersOfRequest } from './schema.ts';

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

/**
 * A letter of request, by id. Once converted, it carries the markings of its case: the request names the purchaser
 * and the items asked for, the very pairing a case withheld pending congressional notification keeps back.
 */
export const lorRecords: RecordKind<typeof lettersOfRequest> = {
  name: 'Letter of request',
  area: 'cases',
  table: lettersOfRequest,
  match: byId(lettersOfRequest.id),
  partner: lettersOfRequest.partnerCode,
  markings: sql<string[]>`coalesce((select ${cases.markings} from ${cases} where ${cases.id} = ${lettersOfRequest.caseId}), '{}'::text[])`,
};

export const LOR = {
  read: permission(lorRecords, 'read'),
  write: permission(lorRecords, 'write'),
};
