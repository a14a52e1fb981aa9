// A notification's life: drafted, sent for informal (tiered) review, formally notified, and cleared once the formal
// review period ends without a joint resolution of disapproval (AECA 36(b)(1); shared/domain.md §2). Withdrawn ends it.

/**
 * 36(b)(1) notices and 36(b)(5)(C) reports; FAA 516(f) EDA notices, AECA 62(a) lease certifications and 10 U.S.C. 333(e)
 * notices of Section 333 programs (domain.md §5, §6, §8).
 */
export const NOTIFICATION_KINDS = ['aeca_36b1', 'aeca_36b5c', 'faa_516f', 'aeca_62a', 'section_333'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** Each kind by the provision it is made under (each numbers its transmittals in its own series). */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  aeca_36b1: 'AECA 36(b)(1)',
  aeca_36b5c: 'AECA 36(b)(5)(C)',
  faa_516f: 'FAA 516(f)',
  aeca_62a: 'AECA 62(a)',
  section_333: '10 U.S.C. 333(e)',
};
/** Kinds made by another area about one of its records, through `createSubjectNotice`. */
export const SUBJECT_NOTICE_KINDS = ['faa_516f', 'aeca_62a', 'section_333'] as const;
export type SubjectNoticeKind = (typeof SUBJECT_NOTICE_KINDS)[number];
export const isSubjectNoticeKind = (kind: string): kind is SubjectNoticeKind => (SUBJECT_NOTICE_KINDS as readonly string[]).includes(kind);

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

/** Tiered (informal) review is a practice of 36(b) sales; a 516(f) or 62(a) notice goes straight to formal notice. */
export const allowedNotificationActions = (status: NotificationStatus, kind: NotificationKind = 'aeca_36b1') =>
  (Object.keys(NOTIFICATION_TRANSITIONS[status]) as NotificationAction[]).filter(
    (action) => action !== 'send_tiered_review' || !isSubjectNoticeKind(kind),
  );

export type NotificationMove = { ok: true; to: NotificationStatus } | { ok: false; reason: string; allowed: NotificationAction[] };

export interface MoveContext {
  /** Date the action takes effect (ISO). */
  onDate: string;
  /** Last day of the formal review period, when formally notified. */
  reviewEndsOn: string | null;
  kind?: NotificationKind;
}

/** The statute lets the LOA be offered only after the review period: clearing before its last day has passed is refused. */
export function moveNotification(status: NotificationStatus, action: NotificationAction, context: MoveContext): NotificationMove {
  const to = allowedNotificationActions(status, context.kind).includes(action) ? NOTIFICATION_TRANSITIONS[status][action] : undefined;
  if (!to)
    return {
      ok: false,
      reason: `A ${status.replaceAll('_', ' ')} notification cannot ${action.replaceAll('_', ' ')}`,
      allowed: allowedNotificationActions(status, context.kind),
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
