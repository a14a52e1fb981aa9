// Case reviews: periodic and event-driven reviews of BPC cases and the annual FMS case review (SAMM C6.5.2), with the
// administrator-kept checklist, findings, actions with owners and due dates, closure readiness and the closure backlog.
import type { z } from '@hono/zod-openapi';
import { and, arrayContains, asc, desc, eq, isNull, lt, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { permission, requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { CLOSED_STATUSES, caseMarkingsOf, caseMilestones, caseRecords, cases, isBpc } from '../cases/public.ts';
import {
  actionDoneInput,
  actionInput,
  checklistAnswersInput,
  completeReviewInput,
  createReviewInput,
  findingInput,
  reviewListQuery,
} from './model.ts';
import { AREA, REVIEW } from './records.ts';
import {
  actionOverdue,
  BACKLOG_FIRST_FY,
  BACKLOG_SOURCE,
  backlogTranche,
  closureReadiness,
  reviewCompletable,
  reviewKindFits,
} from './rules/reviews.ts';
import {
  type ChecklistEntry,
  cbChecklistItems,
  cbProposalCases,
  cbProposals,
  cbReviewActions,
  cbReviewFindings,
  cbReviews,
} from './schema.ts';

type ReviewRow = typeof cbReviews.$inferSelect;

async function lockReview(tx: Tx, principal: Principal, id: string, version: number): Promise<ReviewRow> {
  const { access: _a, ...row } = await requireRecord(tx, principal, REVIEW.write, id, { lock: true });
  requireVersion('Case review', version, row.version);
  return row;
}

async function touch(tx: Tx, review: ReviewRow, changes: Partial<ReviewRow> = {}) {
  await tx
    .update(cbReviews)
    .set({ ...changes, version: review.version + 1, updatedAt: new Date() })
    .where(eq(cbReviews.id, review.id));
}

const requireOpen = (review: ReviewRow) => {
  if (review.status !== 'open') throw conflict('The review is complete');
};

/** Opens a review of a case the reviewer may read, with the checklist items in force for its kind. */
export async function createReview(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createReviewInput, raw);
  const id = await db.transaction(async (tx) => {
    // The case as this area's reviewers read it: their own grant and partner scope, and the case's markings.
    const kase = await requireRecord(tx, principal, permission(caseRecords, 'read', AREA), input.caseId);
    requireArea(principal, 'write', AREA, kase.partnerCode);
    const fits = reviewKindFits(input.kind, isBpc(kase.type));
    if (!fits.ok) throw badRequest(fits.reason, [{ path: 'kind', message: fits.reason }]);
    const items = await tx
      .select()
      .from(cbChecklistItems)
      .where(and(eq(cbChecklistItems.active, true), arrayContains(cbChecklistItems.kinds, [input.kind])))
      .orderBy(asc(cbChecklistItems.position), asc(cbChecklistItems.code));
    const checklist: ChecklistEntry[] = items.map((i) => ({ itemId: i.id, code: i.code, text: i.text, answer: null, note: '' }));
    const [row] = await tx
      .insert(cbReviews)
      .values({ ...input, caseId: kase.id, partnerCode: kase.partnerCode, checklist, reviewer: principal.username })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'cb_review',
      action: 'cb_review.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: { ...row, case: kase.identifier },
    });
    return row!.id;
  });
  return getReview(db, principal, id, today);
}

export async function answerChecklist(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(checklistAnswersInput, raw);
  await db.transaction(async (tx) => {
    const review = await lockReview(tx, principal, id, input.version);
    requireOpen(review);
    const checklist = review.checklist.map((entry) => ({ ...entry }));
    input.answers.forEach((a, i) => {
      const entry = checklist.find((e) => e.itemId === a.itemId);
      if (!entry)
        throw badRequest('Not an item of this review’s checklist', [{ path: `answers.${i}.itemId`, message: 'an item of this review' }]);
      entry.answer = a.answer;
      entry.note = a.note;
    });
    await touch(tx, review, { checklist });
    await appendAudit(tx, principal, {
      entityType: 'cb_review',
      action: 'cb_review.answered',
      entityId: review.id,
      countryCode: review.partnerCode,
      before: { checklist: review.checklist },
      after: { answers: input.answers },
    });
  });
  return getReview(db, principal, id, today);
}

export async function addFinding(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(findingInput, raw);
  await db.transaction(async (tx) => {
    const review = await lockReview(tx, principal, id, input.version);
    requireOpen(review);
    const [row] = await tx.insert(cbReviewFindings).values({ reviewId: review.id, text: input.text, severity: input.severity }).returning();
    await touch(tx, review);
    await appendAudit(tx, principal, {
      entityType: 'cb_review',
      action: 'cb_review.finding_added',
      entityId: review.id,
      countryCode: review.partnerCode,
      after: row,
    });
  });
  return getReview(db, principal, id, today);
}

export async function addAction(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(actionInput, raw);
  await db.transaction(async (tx) => {
    const review = await lockReview(tx, principal, id, input.version);
    requireOpen(review);
    if (input.findingId) {
      const [finding] = await tx.select().from(cbReviewFindings).where(eq(cbReviewFindings.id, input.findingId));
      if (!finding || finding.reviewId !== review.id)
        throw badRequest('Not a finding of this review', [{ path: 'findingId', message: 'a finding of this review' }]);
    }
    const [row] = await tx
      .insert(cbReviewActions)
      .values({ reviewId: review.id, findingId: input.findingId, description: input.description, owner: input.owner, dueOn: input.dueOn })
      .returning();
    await touch(tx, review);
    await appendAudit(tx, principal, {
      entityType: 'cb_review',
      action: 'cb_review.action_added',
      entityId: review.id,
      countryCode: review.partnerCode,
      after: row,
    });
  });
  return getReview(db, principal, id, today);
}

export async function completeAction(db: Db, principal: Principal, id: string, actionId: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(actionDoneInput, raw);
  requireNotFuture(input.doneOn, today, 'doneOn');
  await db.transaction(async (tx) => {
    const review = await lockReview(tx, principal, id, input.version);
    const [action] = await tx.select().from(cbReviewActions).where(eq(cbReviewActions.id, actionId)).for('update');
    if (!action || action.reviewId !== review.id)
      throw badRequest('Not an action of this review', [{ path: 'actionId', message: 'an action of this review' }]);
    if (action.doneOn) throw conflict(`The action was done on ${action.doneOn}`);
    const [after] = await tx
      .update(cbReviewActions)
      .set({ doneOn: input.doneOn, doneNote: input.note })
      .where(eq(cbReviewActions.id, action.id))
      .returning();
    await touch(tx, review);
    await appendAudit(tx, principal, {
      entityType: 'cb_review',
      action: 'cb_review.action_done',
      entityId: review.id,
      countryCode: review.partnerCode,
      before: action,
      after,
    });
  });
  return getReview(db, principal, id, today);
}

export async function completeReview(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(completeReviewInput, raw);
  requireNotFuture(input.completedOn, today, 'completedOn');
  await db.transaction(async (tx) => {
    const review = await lockReview(tx, principal, id, input.version);
    requireOpen(review);
    const open = await tx
      .select({ id: cbReviewActions.id })
      .from(cbReviewActions)
      .where(and(eq(cbReviewActions.reviewId, review.id), isNull(cbReviewActions.doneOn)));
    const verdict = reviewCompletable({
      unanswered: review.checklist.filter((e) => e.answer === null).map((e) => e.code),
      openActions: open.length,
    });
    if (!verdict.ok) throw conflict(verdict.reason);
    await touch(tx, review, { status: 'complete', completedOn: input.completedOn, summary: input.summary });
    await appendAudit(tx, principal, {
      entityType: 'cb_review',
      action: 'cb_review.completed',
      entityId: review.id,
      countryCode: review.partnerCode,
      before: { status: review.status },
      after: { status: 'complete', completedOn: input.completedOn, summary: input.summary },
    });
  });
  return getReview(db, principal, id, today);
}

/** The review list's conditions: scope, and no review of a case withheld from the reader. */
function reviewConditions(principal: Principal, query: z.output<typeof reviewListQuery>, today: string): SQL | undefined {
  return and(
    scopeWhere(principal, cbReviews.partnerCode),
    sql`not ${withheldSql(principal, caseMarkingsOf(cbReviews.caseId))}`,
    query.status ? eq(cbReviews.status, query.status) : undefined,
    query.kind ? eq(cbReviews.kind, query.kind) : undefined,
    query.partner ? eq(cbReviews.partnerCode, query.partner) : undefined,
    query.caseId ? eq(cbReviews.caseId, query.caseId) : undefined,
    query.overdue ? and(eq(cbReviews.status, 'open'), lt(cbReviews.dueOn, today)) : undefined,
  );
}

export async function listReviews(db: Db, principal: Principal, raw: unknown = {}, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(reviewListQuery, raw);
  const where = reviewConditions(principal, query, today);
  const openActions = sql<number>`(select count(*)::int from ${cbReviewActions} where ${cbReviewActions.reviewId} = ${cbReviews.id} and ${cbReviewActions.doneOn} is null)`;
  const overdueActions = sql<number>`(select count(*)::int from ${cbReviewActions} where ${cbReviewActions.reviewId} = ${cbReviews.id} and ${cbReviewActions.doneOn} is null and ${cbReviewActions.dueOn} < ${today})`;
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: cbReviews, identifier: cases.identifier, openActions, overdueActions })
      .from(cbReviews)
      .innerJoin(cases, eq(cases.id, cbReviews.caseId))
      .where(where)
      .orderBy(desc(sql`${cbReviews.status} = 'open'`), asc(cbReviews.dueOn), desc(cbReviews.createdAt))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(cbReviews).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.row.id,
      caseId: r.row.caseId,
      caseIdentifier: r.identifier,
      partnerCode: r.row.partnerCode,
      kind: r.row.kind,
      trigger: r.row.trigger,
      dueOn: r.row.dueOn,
      status: r.row.status,
      openActions: r.openActions,
      overdueActions: r.overdueActions,
      overdue: r.row.status === 'open' && today > r.row.dueOn,
    })),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

/** The money's cancelling year of the case, from the proposal that produced it (null for an FMS case or unknown money). */
async function cancellationYearOf(db: Db | Tx, caseId: string): Promise<number | null> {
  const [row] = await db
    .select({ statedYear: cbProposals.statedYear })
    .from(cbProposalCases)
    .innerJoin(cbProposals, eq(cbProposals.id, cbProposalCases.proposalId))
    .where(eq(cbProposalCases.caseId, caseId));
  return row?.statedYear ?? null;
}

export async function getReview(db: Db | Tx, principal: Principal, id: string, today = todayIso()) {
  const { access: _a, ...row } = await requireRecord(db, principal, REVIEW.read, id);
  const [[kase], findings, actions, cancellationYear] = await Promise.all([
    db
      .select({ id: cases.id, identifier: cases.identifier, status: cases.status, type: cases.type, title: cases.title })
      .from(cases)
      .where(eq(cases.id, row.caseId)),
    db
      .select()
      .from(cbReviewFindings)
      .where(eq(cbReviewFindings.reviewId, row.id))
      .orderBy(asc(cbReviewFindings.createdAt), asc(cbReviewFindings.id)),
    db
      .select()
      .from(cbReviewActions)
      .where(eq(cbReviewActions.reviewId, row.id))
      .orderBy(asc(cbReviewActions.dueOn), asc(cbReviewActions.id)),
    cancellationYearOf(db, row.caseId),
  ]);
  const openActions = actions.filter((a) => a.doneOn === null).length;
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    case: kase!,
    findings: findings.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    actions: actions.map((a) => ({ ...a, createdAt: a.createdAt.toISOString(), overdue: actionOverdue(a, today) })),
    closure: closureReadiness({ caseStatus: kase!.status, openActions, cancellationYear, today }),
  };
}

/**
 * The closure backlog (DSCA 25-97): implemented cases not yet closed, by implementation fiscal year, FY2017 or earlier
 * first; with the oldest cases to work on. In the reader's scope, without cases withheld from them.
 */
export async function closureBacklog(db: Db, principal: Principal, raw: { partner?: string } = {}) {
  requireArea(principal, 'read', AREA);
  const fy = sql<number>`extract(year from (${caseMilestones.onDate} + interval '3 months'))::int`;
  const where = and(
    notInArray(cases.status, [...CLOSED_STATUSES]),
    scopeWhere(principal, cases.partnerCode),
    sql`not ${withheldSql(principal, cases.markings)}`,
    raw.partner ? eq(cases.partnerCode, raw.partner) : undefined,
  );
  const [groups, oldest] = await Promise.all([
    db
      .select({
        implementationFy: fy,
        cases: sql<number>`count(*)::int`,
        bpc: sql<number>`count(*) filter (where ${cases.type} = 'bpc')::int`,
        supplyComplete: sql<number>`count(*) filter (where ${cases.status} = 'supply_complete')::int`,
        valueCents: sql<number>`coalesce(sum(${cases.totalCents}), 0)::bigint`.mapWith(Number),
      })
      .from(cases)
      .innerJoin(caseMilestones, and(eq(caseMilestones.caseId, cases.id), eq(caseMilestones.milestone, 'implemented')))
      .where(where)
      .groupBy(fy)
      .orderBy(fy),
    db
      .select({
        id: cases.id,
        identifier: cases.identifier,
        partnerCode: cases.partnerCode,
        type: cases.type,
        status: cases.status,
        implementedOn: caseMilestones.onDate,
      })
      .from(cases)
      .innerJoin(caseMilestones, and(eq(caseMilestones.caseId, cases.id), eq(caseMilestones.milestone, 'implemented')))
      .where(where)
      .orderBy(asc(caseMilestones.onDate), asc(cases.identifier))
      .limit(50),
  ]);
  return {
    source: BACKLOG_SOURCE,
    firstTrancheThroughFy: BACKLOG_FIRST_FY,
    groups: groups.map((g) => ({ ...g, first: g.implementationFy <= BACKLOG_FIRST_FY })),
    oldest: oldest.map((c) => ({ ...c, ...backlogTranche(c.implementedOn) })),
  };
}
