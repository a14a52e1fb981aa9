import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Membership } from './rules.ts';
import { groupMemberships } from './schema.ts';

/** The dated group memberships of these partners (all partners when none are named), for rules that ask "as of". */
export function membershipsOf(db: Db | Tx, partnerCodes?: readonly string[]): Promise<Membership[]> {
  return db
    .select({
      groupCode: groupMemberships.groupCode,
      partnerCode: groupMemberships.partnerCode,
      fromDate: groupMemberships.fromDate,
      toDate: groupMemberships.toDate,
    })
    .from(groupMemberships)
    .where(partnerCodes ? inArray(groupMemberships.partnerCode, [...partnerCodes]) : undefined);
}
