import type { WorkQueue } from '../../platform/work/source.ts';
import { listNotifications } from './notification-service.ts';
import type { NotificationStatus } from './rules/notification-status.ts';

const byStatus = (status: NotificationStatus, label: string, order: number): WorkQueue => ({
  key: `notifications.${status}`,
  label,
  area: 'notifications',
  action: 'write',
  order,
  tone: 'waiting',
  link: `/notifications?status=${status}`,
  count: async (db, principal) => (await listNotifications(db, principal, { status, limit: 1 })).total,
});

/** A notification analyst's day: notices to move to their next step. */
export const notificationWorkQueues: WorkQueue[] = [
  byStatus('draft', 'Notifications in draft', 30),
  byStatus('in_tiered_review', 'Notifications in tiered review', 31),
  byStatus('formally_notified', 'Notifications in their review period', 32),
];
