// Program conditions and their certifications are the program's, not a partner's: read by every reader of special
// programs, conditions kept by those who administer the area. A notice belongs to the partner it is given for.
import { sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../../platform/access/require-access.ts';
import { programConditions, programNotices } from '../schema.ts';

export const conditionRecords: RecordKind<typeof programConditions> = {
  name: 'Program condition',
  area: 'special-programs',
  table: programConditions,
  match: byId(programConditions.id),
  partner: sql<null>`null::text`,
};

export const noticeRecords: RecordKind<typeof programNotices> = {
  name: 'Program notice',
  area: 'special-programs',
  table: programNotices,
  match: byId(programNotices.id),
  partner: programNotices.partnerCode,
};

export const CONDITION = {
  read: permission(conditionRecords, 'read'),
  write: permission(conditionRecords, 'write'),
  administer: permission(conditionRecords, 'administer'),
};
export const NOTICE = { read: permission(noticeRecords, 'read'), write: permission(noticeRecords, 'write') };

export const stored = <R extends { access: unknown }>({ access: _access, ...row }: R): Omit<R, 'access'> => row;
