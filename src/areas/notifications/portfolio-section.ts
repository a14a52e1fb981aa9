import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { anyOf, notWithheld, prepared } from '../../db/prepared.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeParams } from '../../platform/access/scope-sql.ts';
import { figure, type PortfolioFigure, type PortfolioSection, push } from '../../platform/sections/portfolio-section.ts';
import { notificationMarkings } from './records.ts';
import { notifications } from './schema.ts';

const IN_PROGRESS = ['draft', 'in_tiered_review', 'formally_notified'] as const;
const LABELS: Record<(typeof IN_PROGRESS)[number], string> = {
  draft: 'Draft',
  in_tiered_review: 'In tiered review',
  formally_notified: 'Formally notified, in review',
};

function notificationStatement(db: Db, scoped: boolean, some: boolean, masked: boolean) {
  return prepared(db, `portfolio.notifications.${scoped}.${some}.${masked}`, (name) =>
    db
      .select({ partnerCode: notifications.partnerCode, status: notifications.status, n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(
        and(
          scoped ? anyOf(notifications.partnerCode, 'scope') : undefined,
          some ? anyOf(notifications.partnerCode, 'partners') : undefined,
          inArray(notifications.status, [...IN_PROGRESS]),
          // Partner-scoped figures leave a withheld notification out entirely: a count would pair the purchaser with a sale.
          masked ? notWithheld(notificationMarkings, 'unheld') : undefined,
        ),
      )
      .groupBy(notifications.partnerCode, notifications.status)
      .prepare(name),
  );
}

/** Congressional notifications not yet cleared or withdrawn (draft, tiered review, formal review period), withheld ones left out for readers without need-to-know. */
async function notificationFigures(db: Db, principal: Principal, partnerCodes: readonly string[] | null) {
  const { listed, scope, unheld } = scopeParams(principal);
  const rows = await notificationStatement(db, listed, partnerCodes !== null, unheld.length > 0).execute({
    scope,
    unheld,
    partners: [...(partnerCodes ?? [])],
  });
  const out = new Map<string, PortfolioFigure[]>();
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.partnerCode, (totals.get(r.partnerCode) ?? 0) + r.n);
  for (const [code, n] of totals)
    push(
      out,
      code,
      figure({ key: 'notifications.in_progress', label: 'Notifications in progress', count: n, link: `/notifications?partner=${code}` }),
    );
  for (const status of IN_PROGRESS) {
    for (const r of rows.filter((x) => x.status === status)) {
      push(
        out,
        r.partnerCode,
        figure({
          key: `notifications.status.${status}`,
          label: LABELS[status],
          group: 'by_status',
          count: r.n,
          link: `/notifications?partner=${r.partnerCode}&status=${status}`,
        }),
      );
    }
  }
  return out;
}

export const notificationsPortfolioSection: PortfolioSection = {
  id: 'notifications',
  area: 'notifications',
  label: 'Congressional notifications',
  order: 30,
  figures: (db, principal, partnerCodes) => notificationFigures(db, principal, partnerCodes),
};
