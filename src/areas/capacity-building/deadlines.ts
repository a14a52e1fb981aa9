// The clocks of Title 10 programs and case reviews. The 333(e) notice's review period is the notice's own clock, kept
// by the notifications area ("formal review period ends").
import { type AnyColumn, and, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import type { DeadlineSourceDef, DeadlineWindow } from '../../platform/deadlines/source.ts';
import { caseMarkingsOf, cases } from '../cases/public.ts';
import { CLOSURE_SOURCE, CROSS_FY_SOURCE, SEMI_PERMANENT_SOURCE } from './rules/fund-rules.ts';
import { REVIEW_KIND_LABELS } from './rules/reviews.ts';
import { cbProposals, cbReviewActions, cbReviews } from './schema.ts';

const earliest = <Q extends { limit(n: number): unknown }>(query: Q, w: DeadlineWindow): Q =>
  w.limit ? (query.limit(w.limit) as Q) : query;
const window = (column: SQL | AnyColumn, w: DeadlineWindow) => [
  sql`${column} <= ${w.to}`,
  w.from ? sql`${column} >= ${w.from}` : undefined,
];
const RUNNING = ['approved', 'executing', 'complete'] as const;

async function supportPeriodEnds(db: Db, principal: Principal, w: DeadlineWindow) {
  const rows = db
    .select({
      id: cbProposals.id,
      reference: cbProposals.reference,
      partnerCode: cbProposals.partnerCode,
      due: sql<string>`${cbProposals.supportEndsOn}`,
    })
    .from(cbProposals)
    .where(
      and(
        inArray(cbProposals.status, [...RUNNING]),
        isNotNull(cbProposals.supportEndsOn),
        ...window(sql`${cbProposals.supportEndsOn}`, w),
        scopeWhere(principal, cbProposals.partnerCode),
      ),
    )
    .orderBy(cbProposals.supportEndsOn)
    .$dynamic();
  return (await earliest(rows, w)).map((r) => ({
    id: `cb.support_period_ends:${r.id}`,
    area: 'capacity-building' as const,
    kind: 'cb.support_period_ends',
    title: `Proposal ${r.reference}: Section 333 support period ends`,
    dueDate: r.due,
    partnerCode: r.partnerCode,
    entityType: 'cb_proposal',
    entityId: r.id,
    link: `/capacity-building/proposals/${r.id}`,
    source: `${CROSS_FY_SOURCE}; ${SEMI_PERMANENT_SOURCE}`,
  }));
}

const closeBy = sql<string>`make_date(${cbProposals.statedYear}, 7, 31)::text`;

async function closureDue(db: Db, principal: Principal, w: DeadlineWindow) {
  const rows = db
    .select({ id: cbProposals.id, reference: cbProposals.reference, partnerCode: cbProposals.partnerCode, due: closeBy })
    .from(cbProposals)
    .where(
      and(
        inArray(cbProposals.status, [...RUNNING]),
        isNotNull(cbProposals.statedYear),
        ...window(sql`make_date(${cbProposals.statedYear}, 7, 31)`, w),
        scopeWhere(principal, cbProposals.partnerCode),
      ),
    )
    .orderBy(cbProposals.statedYear)
    .$dynamic();
  return (await earliest(rows, w)).map((r) => ({
    id: `cb.cases_close_by:${r.id}`,
    area: 'capacity-building' as const,
    kind: 'cb.cases_close_by',
    title: `Proposal ${r.reference}: its BPC cases closed before the money cancels`,
    dueDate: r.due,
    partnerCode: r.partnerCode,
    entityType: 'cb_proposal',
    entityId: r.id,
    link: `/capacity-building/proposals/${r.id}`,
    source: CLOSURE_SOURCE,
  }));
}

async function reviewsDue(db: Db, principal: Principal, w: DeadlineWindow) {
  const rows = db
    .select({
      id: cbReviews.id,
      kind: cbReviews.kind,
      identifier: cases.identifier,
      partnerCode: cbReviews.partnerCode,
      due: cbReviews.dueOn,
    })
    .from(cbReviews)
    .innerJoin(cases, eq(cases.id, cbReviews.caseId))
    .where(
      and(
        eq(cbReviews.status, 'open'),
        ...window(cbReviews.dueOn, w),
        scopeWhere(principal, cbReviews.partnerCode),
        sql`not ${withheldSql(principal, cases.markings)}`,
      ),
    )
    .orderBy(cbReviews.dueOn)
    .$dynamic();
  return (await earliest(rows, w)).map((r) => ({
    id: `cb.review_due:${r.id}`,
    area: 'capacity-building' as const,
    kind: 'cb.review_due',
    title: `${REVIEW_KIND_LABELS[r.kind]} of ${r.identifier} due`,
    dueDate: r.due,
    partnerCode: r.partnerCode,
    entityType: 'cb_review',
    entityId: r.id,
    link: `/capacity-building/reviews/${r.id}`,
    source: r.kind === 'annual_fms' ? 'SAMM C6.5.2: annual FMS case review' : 'BPC case review (SAMM C15), date set by the reviewer',
  }));
}

async function actionsDue(db: Db, principal: Principal, w: DeadlineWindow) {
  const rows = db
    .select({
      id: cbReviewActions.id,
      reviewId: cbReviews.id,
      description: cbReviewActions.description,
      owner: cbReviewActions.owner,
      partnerCode: cbReviews.partnerCode,
      due: cbReviewActions.dueOn,
    })
    .from(cbReviewActions)
    .innerJoin(cbReviews, eq(cbReviews.id, cbReviewActions.reviewId))
    .where(
      and(
        isNull(cbReviewActions.doneOn),
        ...window(cbReviewActions.dueOn, w),
        scopeWhere(principal, cbReviews.partnerCode),
        sql`not ${withheldSql(principal, caseMarkingsOf(cbReviews.caseId))}`,
      ),
    )
    .orderBy(cbReviewActions.dueOn)
    .$dynamic();
  return (await earliest(rows, w)).map((r) => ({
    id: `cb.review_action_due:${r.id}`,
    area: 'capacity-building' as const,
    kind: 'cb.review_action_due',
    title: `Case review action (${r.owner}): ${r.description.slice(0, 80)}`,
    dueDate: r.due,
    partnerCode: r.partnerCode,
    entityType: 'cb_review',
    entityId: r.reviewId,
    link: `/capacity-building/reviews/${r.reviewId}`,
    source: 'Case review action, owner and due date set by the reviewer',
  }));
}

export const capacityBuildingDeadlineSources: DeadlineSourceDef[] = [
  { area: 'capacity-building', kind: 'cb.support_period_ends', label: 'Section 333 support period ends', list: supportPeriodEnds },
  {
    area: 'capacity-building',
    kind: 'cb.cases_close_by',
    label: 'BPC cases ready to close (31 July of the cancelling year)',
    list: closureDue,
  },
  { area: 'capacity-building', kind: 'cb.review_due', label: 'Case review due', list: reviewsDue },
  { area: 'capacity-building', kind: 'cb.review_action_due', label: 'Case review action due', list: actionsDue },
];
