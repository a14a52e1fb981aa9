// What other areas may use of congressional notifications.
export { getCaseNotificationState } from './case-determination-service.ts';
export { type BatchEntry, type DeterminationResult, determineMany, determineWith } from './determination-service.ts';
export { createNotification, transitionNotification } from './notification-service.ts';
export { loadRuleContext, partnerGroupsOn } from './rule-context.ts';
export { determineNotification } from './rules/aeca-36b-determination.ts';
export type { SubjectNoticeKind } from './rules/notification-status.ts';
export { reviewEndsOn } from './rules/review-clock.ts';
export { notificationCases, notificationSubjects, notifications } from './schema.ts';
export { createSubjectNotice, noticesForSubject, type SubjectNoticeInput } from './subject-notice-service.ts';
