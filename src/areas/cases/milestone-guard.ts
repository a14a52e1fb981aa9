import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { badRequest } from '../../platform/http/errors.ts';
import type { MilestoneKey } from './rules/lifecycle.ts';
import { describeMilestoneConflict, milestoneOrderConflict } from './rules/milestone-order.ts';
import { caseMilestones } from './schema.ts';

/** The case's milestones on record, by key. */
export async function recordedMilestones(tx: Db | Tx, caseId: string): Promise<Partial<Record<MilestoneKey, string>>> {
  const rows = await tx.select().from(caseMilestones).where(eq(caseMilestones.caseId, caseId));
  return Object.fromEntries(rows.map((r) => [r.milestone, r.onDate]));
}

/** 400 naming `path` and the milestone on record it would put out of order (rules/milestone-order.ts). */
export async function requireMilestoneInOrder(
  tx: Db | Tx,
  caseId: string,
  milestone: MilestoneKey,
  onDate: string,
  path: string,
  redoing = false,
) {
  const conflict = milestoneOrderConflict(await recordedMilestones(tx, caseId), milestone, onDate, redoing);
  if (conflict)
    throw badRequest(`Dates out of order: ${describeMilestoneConflict(conflict)}`, [
      {
        path,
        message: `must be on or ${conflict.relation === 'before' ? 'after' : 'before'} ${conflict.otherDate} (${conflict.other.replaceAll('_', ' ')})`,
      },
    ]);
}
