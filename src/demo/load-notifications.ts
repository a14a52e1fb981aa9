import { createNotification, getCaseNotificationState, transitionNotification } from '../areas/notifications/public.ts';
import type { Db } from '../db/client.ts';
import type { Principal } from '../platform/access/policy.ts';
import { addDays } from '../platform/dates.ts';

interface CaseRef {
  id: string;
  identifier: string;
  partnerCode: string;
  title: string;
}

/**
 * Before a demo case that needs AECA 36(b)(1) notice is offered, its notification goes through tiered review and formal
 * notice and clears, with the review period over before the offer date — as the offer gate demands.
 */
export async function notifyBeforeOffer(db: Db, actor: Principal, row: CaseRef, offerDate: string): Promise<void> {
  const state = await getCaseNotificationState(db, actor, row.id, offerDate);
  if (!state.offerBlocker || !state.determination?.required) return;
  const reviewDays = state.determination.reviewDays ?? 30;
  const tieredDays = state.determination.tieredReviewDays ?? 0;
  const formal = addDays(offerDate, -(reviewDays + 2));
  const notice = await createNotification(db, actor, { partnerCode: row.partnerCode, caseIds: [row.id], description: row.title });
  const tiered = await transitionNotification(
    db,
    actor,
    notice.id,
    { action: 'send_tiered_review', version: notice.version, date: addDays(formal, -(tieredDays + 1)) },
    offerDate,
  );
  const notified = await transitionNotification(
    db,
    actor,
    notice.id,
    { action: 'notify_formally', version: tiered.version, date: formal },
    offerDate,
  );
  await transitionNotification(
    db,
    actor,
    notice.id,
    { action: 'clear', version: notified.version, date: addDays(offerDate, -1) },
    offerDate,
  );
}

/** Cases not yet offered that need notice get one in progress, so the demo shows each stage and the calendar has clocks. */
export async function notifyInProgress(db: Db, actor: Principal, row: CaseRef, stage: number, today: string): Promise<void> {
  const state = await getCaseNotificationState(db, actor, row.id, today);
  if (!state.determination?.required || state.notifications.length) return;
  const notice = await createNotification(db, actor, { partnerCode: row.partnerCode, caseIds: [row.id], description: row.title });
  if (stage % 3 === 0) return;
  const tiered = await transitionNotification(
    db,
    actor,
    notice.id,
    { action: 'send_tiered_review', version: notice.version, date: addDays(today, -(5 + stage)) },
    today,
  );
  if (stage % 3 === 1) return;
  await transitionNotification(
    db,
    actor,
    notice.id,
    { action: 'notify_formally', version: tiered.version, date: addDays(today, -(3 + stage)) },
    today,
  );
}
