import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture } from '../../platform/records/guards.ts';
import { officeInput, reviewInput } from './model.ts';
import { AREA } from './records.ts';
import { audit, getRequest, lockRequest, save } from './request-service.ts';
import type { RequestRow } from './request-view.ts';
import { officesToReview, type ReviewedField } from './rules/review-scope.ts';
import { edaReviewOffices, edaReviews } from './schema.ts';

type ReviewRow = typeof edaReviews.$inferSelect;

/**
 * Opens review round `round`: the offices the change touches (every active office in round 1) answer again; the others'
 * concurrences carry over, marked as carried, so the history shows every round.
 */
export async function startRound(tx: Tx, row: RequestRow, round: number, changed: ReviewedField[], prior: readonly ReviewRow[]) {
  const offices = (await tx.select().from(edaReviewOffices).where(eq(edaReviewOffices.active, true))).map((o) => o.code);
  const { reopened, carried } = officesToReview(changed, offices, prior);
  const rows = [
    ...reopened.map((officeCode) => ({ requestId: row.id, round, officeCode, changedFields: [...changed] })),
    ...carried.map((officeCode) => {
      const was = prior.find((p) => p.officeCode === officeCode)!;
      return {
        requestId: row.id,
        round,
        officeCode,
        changedFields: [...changed],
        decision: was.decision,
        carried: true,
        comments: was.comments,
        decidedBy: was.decidedBy,
        decidedOn: was.decidedOn,
      };
    }),
  ];
  if (!rows.length) throw conflict('No reviewing office is active: an administrator adds one');
  await tx.insert(edaReviews).values(rows);
}

/** An office's answer in the current round; one objection moves the request to `objected` (re-submission answers it). */
export async function recordReview(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(reviewInput, raw);
  const date = input.date ?? today;
  requireNotFuture(date, today, 'date');
  await db.transaction(async (tx) => {
    const row = await lockRequest(tx, principal, id, input.version);
    if (row.status !== 'in_review')
      throw conflict(`Reviews are recorded while the request is in review; it is ${row.status.replaceAll('_', ' ')}`);
    const [review] = await tx
      .select()
      .from(edaReviews)
      .where(and(eq(edaReviews.requestId, row.id), eq(edaReviews.round, row.reviewRound), eq(edaReviews.officeCode, input.officeCode)));
    if (!review)
      throw badRequest('Not a reviewer of this round', [
        { path: 'officeCode', message: `${input.officeCode} does not review round ${row.reviewRound}` },
      ]);
    if (review.decision !== 'pending')
      throw new AppError(409, 'conflict', `${input.officeCode} already answered round ${row.reviewRound} (${review.decision})`, [
        { path: 'officeCode', message: 'already answered' },
      ]);
    if (date < row.statusOn) throw badRequest('Before the round started', [{ path: 'date', message: `on or after ${row.statusOn}` }]);
    await tx
      .update(edaReviews)
      .set({ decision: input.decision, comments: input.comments, decidedBy: principal.displayName, decidedOn: date })
      .where(eq(edaReviews.id, review.id));
    const objected = input.decision === 'object';
    await save(tx, row, objected ? { status: 'objected', statusOn: date } : {});
    await audit(
      tx,
      principal,
      row,
      'eda_request.reviewed',
      { status: row.status },
      { round: row.reviewRound, officeCode: input.officeCode, decision: input.decision, comments: input.comments, date },
    );
  });
  return getRequest(db, principal, id);
}

export async function listOffices(db: Db, principal: Principal) {
  requireArea(principal, 'read', AREA);
  return db
    .select()
    .from(edaReviewOffices)
    .orderBy(asc(edaReviewOffices.code))
    .then((rows) => rows.map(officeView));
}

/** An administrator adds a reviewing office; it joins every round opened from then on (and every change that touches "all"). */
export async function addOffice(db: Db, principal: Principal, raw: unknown) {
  requireArea(principal, 'administer', AREA);
  const input = parseInput(officeInput, raw);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(edaReviewOffices).values(input).onConflictDoNothing().returning();
    if (!row) throw new AppError(409, 'conflict', `Office ${input.code} exists`, [{ path: 'code', message: 'already used' }]);
    await appendAudit(tx, principal, {
      entityType: 'eda_review_office',
      action: 'eda_review_office.added',
      entityId: row.code,
      after: row,
    });
    return officeView(row);
  });
}

const officeView = (o: typeof edaReviewOffices.$inferSelect) => ({ code: o.code, name: o.name, active: o.active });
