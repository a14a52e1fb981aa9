import { inArray, or, sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../platform/access/require-access.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { notificationCases, notifications } from './schema.ts';

/**
 * A notification's markings: every marking of the cases it covers. A notice of a sale still withheld pending
 * congressional notification would pair the purchaser with the items, so it is withheld exactly as long as they are.
 * Correlated on `notifications.id`: use it in a query over `notifications` (not aliased).
 */
export const notificationMarkings = sql<string[]>`coalesce((select array_agg(distinct covered.marking order by covered.marking)
  from ${notificationCases} cross join lateral unnest(${caseMarkingsOf(notificationCases.caseId)}) as covered(marking)
  where ${notificationCases.notificationId} = ${notifications.id}), '{}'::text[])`;

/** A congressional notification, found by its id or its transmittal number (`24-45`); its partner and its cases' markings decide who sees it. */
export const notificationRecords: RecordKind<typeof notifications> = {
  name: 'Notification',
  area: 'notifications',
  table: notifications,
  match: (refs) => or(byId(notifications.id)(refs), inArray(notifications.transmittalNumber, [...refs]))!,
  partner: notifications.partnerCode,
  markings: notificationMarkings,
};

export const NOTIFICATION = {
  read: permission(notificationRecords, 'read'),
  write: permission(notificationRecords, 'write'),
};
