import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { anyOf, notWithheld, prepared } from '../../db/prepared.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeParams } from '../../platform/access/scope-sql.ts';
import type { DeadlineSourceDef, DeadlineWindow } from '../../platform/deadlines/source.ts';
import { notificationMarkings } from './records.ts';
import { notifications } from './schema.ts';

function source(kind: 'notification.review_ends' | 'notification.tiered_review_ends'): DeadlineSourceDef['list'] {
  const formal = kind === 'notification.review_ends';
  const column = formal ? notifications.reviewEndsOn : notifications.tieredReviewEndsOn;
  // Prepared once per shape (scope listed or not, window open at the start or not, some marking withheld or not).
  const statement = (db: Db, scoped: boolean, bounded: boolean, masked: boolean) =>
    prepared(db, `deadlines.${kind}.${scoped}.${bounded}.${masked}`, (name) => {
      const conditions: (SQL | undefined)[] = [
        eq(notifications.status, formal ? 'formally_notified' : 'in_tiered_review'),
        lte(column, sql.placeholder('to')),
        bounded ? gte(column, sql.placeholder('from')) : undefined,
        scoped ? anyOf(notifications.partnerCode, 'scope') : undefined,
        // A clock of a notification still withheld (its cases are) would pair purchaser and sale: left out entirely.
        masked ? notWithheld(notificationMarkings, 'unheld') : undefined,
      ];
      return db
        .select({ id: notifications.id, transmittal: notifications.transmittalNumber, partnerCode: notifications.partnerCode, due: column })
        .from(notifications)
        .where(and(...conditions))
        .orderBy(column)
        .limit(sql.placeholder('limit'))
        .prepare(name);
    });
  return async (db: Db, principal: Principal, window: DeadlineWindow) => {
    const { listed, scope, unheld } = scopeParams(principal);
    const rows = await statement(db, listed, window.from !== null, unheld.length > 0).execute({
      scope,
      unheld,
      to: window.to,
      from: window.from,
      limit: window.limit ?? null,
    });
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
      source: formal
        ? 'AECA 36(b)(1), 22 U.S.C. 2776(b)(1): calendar days after formal notification'
        : 'Tiered (informal) review before formal notification — shared/domain.md §2, to verify',
    }));
  };
}

export const notificationDeadlineSources: DeadlineSourceDef[] = [
  {
    area: 'notifications',
    kind: 'notification.review_ends',
    label: 'Congressional review period ends',
    list: source('notification.review_ends'),
  },
  {
    area: 'notifications',
    kind: 'notification.tiered_review_ends',
    label: 'Tiered review ends',
    list: source('notification.tiered_review_ends'),
  },
];
