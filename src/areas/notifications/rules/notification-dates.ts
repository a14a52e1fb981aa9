// A notification's dates follow its life in order: the sale's LOR is received, the tiered review is sent, Congress is
// formally notified, the review period ends, and only then is it cleared (AECA 36(b)(1), shared/domain.md §2: the
// informal review comes before formal notice; the LOA may be offered after the period ends). No number involved.
import type { NotificationAction } from './notification-status.ts';

export interface NotificationDates {
  tieredReviewSentOn: string | null;
  formallyNotifiedOn: string | null;
  clearedOn: string | null;
  withdrawnOn: string | null;
}

export interface DateBound {
  /** The earliest date the action may carry, and what sets it. */
  notBefore: string;
  what: string;
}

/**
 * The bound `onDate` breaks for `action`, or null. `lorReceivedOn` is the latest LOR received among the cases the
 * notification covers (a notice cannot precede the request it reports).
 */
export function notificationDateConflict(
  dates: NotificationDates,
  action: NotificationAction,
  onDate: string,
  lorReceivedOn: string | null,
): DateBound | null {
  const bounds: DateBound[] = [];
  if (lorReceivedOn) bounds.push({ notBefore: lorReceivedOn, what: 'the LOR of a covered case was received' });
  if (action !== 'send_tiered_review' && dates.tieredReviewSentOn)
    bounds.push({ notBefore: dates.tieredReviewSentOn, what: 'the tiered review was sent' });
  if ((action === 'clear' || action === 'withdraw') && dates.formallyNotifiedOn)
    bounds.push({ notBefore: dates.formallyNotifiedOn, what: 'Congress was formally notified' });
  // The latest bound broken names the nearest record the date must follow.
  const broken = bounds.filter((b) => onDate < b.notBefore).sort((a, b) => (a.notBefore < b.notBefore ? 1 : -1));
  return broken[0] ?? null;
}

/** MDE is part of the defense articles and services total (AECA 36(b)(1) "major defense equipment … or defense articles or services"; shared/domain.md §2 contents (ii)). */
export function mdeExceedsTotal(mdeCents: number, totalCents: number): boolean {
  return mdeCents > totalCents;
}
