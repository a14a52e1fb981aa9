import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import type { DeadlineWindow, RegisteredSource } from '../../platform/deadlines/registry.ts';
import { partnerScope } from '../countries/service.ts';
import { notifications } from './schema.ts';

function source(kind: 'notification.review_ends' | 'notification.tiered_review_ends'): RegisteredSource['list'] {
  const formal = kind === 'notification.review_ends';
  const column = formal ? notifications.reviewEndsOn : notifications.tieredReviewEndsOn;
  return async (db: Db, principal: Principal, window: DeadlineWindow) => {
    const conditions: (SQL | undefined)[] = [
      eq(notifications.status, formal ? 'formally_notified' : 'in_tiered_review'),
      lte(column, window.to),
      window.from ? gte(column, window.from) : undefined,
      partnerScope(principal, notifications.partnerCode),
    ];
    const rows = await db.select({ id: notifications.id, transmittal: notifications.transmittalNumber, partnerCode: notifications.partnerCode, due: column }).from(notifications).where(and(...conditions));
    return rows.map((r) => ({
      id: `${kind}:${r.id}`,
      area: 'notifications' as const,
      kind,
      title: formal ? `Transmittal ${r.transmittal}: formal review period ends` : `Transmittal ${r.transmittal}: tiered review ends`,
      dueDate: r.due!,
      partnerCode: r.partnerCode,
      entityType: 'notification',
      entityId: r.id,
      link: `/notifications/${r.id}`,
      source: formal ? 'AECA 36(b)(1), 22 U.S.C. 2776(b)(1): calendar days after formal notification' : 'Tiered (informal) review before formal notification — shared/domain.md §2, to verify',
    }));
  };
}

export const notificationDeadlineSources: RegisteredSource[] = [
  { area: 'notifications', kind: 'notification.review_ends', label: 'Congressional review period ends', list: source('notification.review_ends') },
  { area: 'notifications', kind: 'notification.tiered_review_ends', label: 'Tiered review ends', list: source('notification.tiered_review_ends') },
];
