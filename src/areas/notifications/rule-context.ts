import type { Db, Tx } from '../../db/client.ts';
import { groupsOn, type Membership, membershipsOf } from '../countries/public.ts';
import type { ThresholdRow } from './rules/thresholds.ts';
import { notificationThresholds } from './schema.ts';

/** What a determination reads from the database: the threshold table and the partners' dated group memberships. */
export interface RuleContext {
  thresholds: ThresholdRow[];
  memberships: Membership[];
}

export async function loadRuleContext(db: Db | Tx, partnerCodes?: readonly string[]): Promise<RuleContext> {
  // One after the other: inside a transaction both run on its single connection.
  const thresholds = await db.select().from(notificationThresholds);
  const memberships = await membershipsOf(db, partnerCodes);
  return { thresholds: thresholds.map(({ createdAt: _c, ...row }) => row), memberships };
}

export const partnerGroupsOn = (context: RuleContext, partnerCode: string, asOf: string) =>
  groupsOn(context.memberships, partnerCode, asOf);
