import { addDays } from '../../../platform/dates.ts';
// FAA 516(f): no transfer until 30 days after the notice (shared/domain.md §5). The notice is the notifications area's;
// this decides from its state whether the period has passed on the day of the act.

export interface NoticeState {
  status: string;
  formallyNotifiedOn: string | null;
  reviewEndsOn: string | null;
  clearedOn: string | null;
}

/** Null when the act may go ahead on `actOn`; otherwise why not, naming the date. */
export function noticeBlocker(notices: readonly NoticeState[], actOn: string): string | null {
  const live = notices.filter((n) => n.status !== 'withdrawn');
  if (live.some((n) => n.status === 'cleared' || (n.reviewEndsOn !== null && n.reviewEndsOn < actOn))) return null;
  const notified = live.find((n) => n.reviewEndsOn !== null);
  if (notified) return `the FAA 516(f) notice period ends on ${notified.reviewEndsOn}: not before ${addDays(notified.reviewEndsOn!, 1)}`;
  if (live.length) return 'the FAA 516(f) notice has not been formally made to the committees yet';
  return 'FAA 516(f) notice is required and none has been made';
}
