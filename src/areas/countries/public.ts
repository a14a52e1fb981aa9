// What other areas may use of partners and country groups.
import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { PartnerDirectory } from '../../platform/wiring.ts';
import { partners } from './schema.ts';

export { membershipsOf } from './memberships.ts';
export { groupsOn, type Membership, wasMemberOn } from './rules.ts';
/** Partner and membership tables, for foreign keys and for joining a partner's name or groups into another area's read. */
export { countryGroups, groupMemberships, partners } from './schema.ts';
export { getPartner, isMemberOn, listPartners, updatePartner } from './service.ts';

export const partnerDirectory: PartnerDirectory = {
  async knownCodes(db: Db | Tx, codes: readonly string[]) {
    if (!codes.length) return new Set();
    const rows = await db
      .select({ code: partners.code })
      .from(partners)
      .where(inArray(partners.code, [...codes]));
    return new Set(rows.map((p) => p.code));
  },
};
export { GROUP_MEMBERSHIPS } from './reference-data.ts';
