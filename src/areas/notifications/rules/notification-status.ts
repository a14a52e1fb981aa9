// A notification's life: drafted, sent for informal (tiered) review, formally notified, and cleared once the formal
// review period ends without a joint resolution of disapproval (AECA 36(b)(1); shared/domain.md §2). Withdrawn ends it.

export const NOTIFICATION_STATUSES = ['draft', 'in_tiered_review', 'formally_notified', 'cleared', 'withdrawn'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATION_ACTIONS = ['send_tiered_review', 'notify_formally', 'clear', 'withdraw'] as const;
export type NotificationAction = (typeof NOTIFICATION_ACTIONS)[number];

export const NOTIFICATION_TRANSITIONS: Readonly<Record<NotificationStatus, Partial<Record<NotificationAction, NotificationStatus>>>> = {
  draft: { send_tiered_review: 'in_tiered_review', notify_formally: 'formally_notified', withdraw: 'withdrawn' },
  in_tiered_review: { notify_formally: 'formally_notified', withdraw: 'withdrawn' },
  formally_notified: { clear: 'cleared', withdraw: 'withdrawn' },
  cleared: {},
  withdrawn: {},
};

export const NOTIFICATION_ACTION_LABELS: Record<NotificationAction, string> = {
  send_tiered_review: 'Send for tiered review',
  notify_formally: 'Record formal notification',
  clear: 'Record review period ended (cleared)',
  withdraw: 'Withdraw',
};

export const allowedNotificationActions = (status: NotificationStatus) =>
  Object.keys(NOTIFICATION_TRANSITIONS[status]) as NotificationAction[];

export type NotificationMove = { ok: true; to: NotificationStatus } | { ok: false; reason: string; allowed: NotificationAction[] };

export interface MoveContext {
  /** Date the action takes effect (ISO). */
  onDate: string;
  /** Last day of the formal review period, when formally notified. */
  reviewEndsOn: string | null;
}

/** The statute lets the LOA be offered only after the review period: clearing before its last day has passed is refused. */
export function moveNotification(status: NotificationStatus, action: NotificationAction, context: MoveContext): NotificationMove {
  const to = NOTIFICATION_TRANSITIONS[status][action];
  if (!to)
    return {
      ok: false,
      reason: `A ${status.replaceAll('_', ' ')} notification cannot ${action.replaceAll('_', ' ')}`,
      allowed: allowedNotificationActions(status),
    };
  if (action === 'clear' && context.reviewEndsOn !== null && context.onDate <= context.reviewEndsOn) {
    return {
      ok: false,
      reason: `The formal review period runs to ${context.reviewEndsOn}; it can be cleared from the next day`,
      allowed: [],
    };
  }
  return { ok: true, to };
}
