// A case's milestones happen in their natural order: the LOR comes first, and the case is written, reviewed, offered,
// accepted, implemented, supplied and closed one after another (SAMM C5–C6 stages, shared/domain.md §3; the order is
// the lifecycle's own, no number involved). Milestones outside the chain (MILAP, LOA data, coordination, notification)
// only come after the LOR was received.
import type { MilestoneKey } from './lifecycle.ts';

export const MILESTONE_CHAIN: readonly MilestoneKey[] = [
  'lor_received',
  'lor_complete',
  'case_written',
  'cwd_review_complete',
  'offered',
  'accepted',
  'implemented',
  'supply_complete',
  'closed',
];

export interface MilestoneConflict {
  milestone: MilestoneKey;
  onDate: string;
  /** The milestone on record it conflicts with, and its date. */
  other: MilestoneKey;
  otherDate: string;
  relation: 'before' | 'after';
}

/**
 * Whether setting `milestone` to `onDate` keeps the case's dates in order, given the dates on record (the milestone's
 * own old date is ignored). A lifecycle move passes `redoing`: the case goes through that step again (resubmitted after
 * rework), so the later milestones of its previous round are about to be recorded anew and only earlier ones bind.
 * Returns the first conflict, or null.
 */
export function milestoneOrderConflict(
  recorded: Partial<Record<MilestoneKey, string>>,
  milestone: MilestoneKey,
  onDate: string,
  redoing = false,
): MilestoneConflict | null {
  const dated = (key: MilestoneKey) => (key === milestone ? undefined : recorded[key]);
  const received = dated('lor_received');
  if (milestone !== 'lor_received' && received !== undefined && onDate < received)
    return { milestone, onDate, other: 'lor_received', otherDate: received, relation: 'before' };
  const position = MILESTONE_CHAIN.indexOf(milestone);
  if (position < 0) return null;
  for (const [index, other] of MILESTONE_CHAIN.entries()) {
    const otherDate = dated(other);
    if (otherDate === undefined || index === position) continue;
    if (index < position && onDate < otherDate) return { milestone, onDate, other, otherDate, relation: 'before' };
    if (index > position && !redoing && onDate > otherDate) return { milestone, onDate, other, otherDate, relation: 'after' };
  }
  if (milestone === 'lor_received' && !redoing) {
    // Every milestone comes after the LOR, including those outside the chain.
    for (const [other, otherDate] of Object.entries(recorded) as [MilestoneKey, string][]) {
      if (other !== milestone && otherDate < onDate) return { milestone, onDate, other, otherDate, relation: 'after' };
    }
  }
  return null;
}

export function describeMilestoneConflict(c: MilestoneConflict): string {
  const name = (key: MilestoneKey) => key.replaceAll('_', ' ');
  return c.relation === 'before'
    ? `${name(c.milestone)} (${c.onDate}) cannot precede ${name(c.other)} (${c.otherDate})`
    : `${name(c.milestone)} (${c.onDate}) cannot follow ${name(c.other)} (${c.otherDate})`;
}
