import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest, forbidden } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture } from '../../platform/records/guards.ts';
import { claimCeiling } from './ceiling-service.ts';
import { type RequestTransitionInput, requestTransitionInput } from './model.ts';
import { createEdaNotice, edaNotices } from './notices.ts';
import { AREA } from './records.ts';
import { audit, getRequest, lockRequest, type TermsInput, termsChange } from './request-service.ts';
import type { RequestRow } from './request-view.ts';
import { startRound } from './review-service.ts';
import { edaNotice } from './rules/eda-rules.ts';
import { noticeBlocker } from './rules/notice-state.ts';
import { moveRequest, type RequestAction } from './rules/request-status.ts';
import { REVIEWED_FIELDS, type ReviewedField } from './rules/review-scope.ts';
import { allocationProblems } from './rules/transfer-rules.ts';
import { currentValueCents, originalAcquisitionValueCents } from './rules/value.ts';
import { edaDeclarations, edaRequests, edaReviews } from './schema.ts';

type Input = ReturnType<typeof requestTransitionInput.parse>;
type Effect = (tx: Tx, principal: Principal, row: RequestRow, input: Input, date: string) => Promise<Partial<RequestRow>>;

/**
 * Moves a request along its state machine (rules/request-status.ts); an illegal move is a 409 naming the allowed ones.
 * Each move checks its own conditions and is audited with its reason and what it set.
 */
export async function transitionRequest(db: Db, principal: Principal, id: string, raw: RequestTransitionInput, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(requestTransitionInput, raw);
  const date = input.date ?? today;
  requireNotFuture(date, today, 'date');
  await db.transaction(async (tx) => {
    const row = await lockRequest(tx, principal, id, input.version);
    const move = moveRequest(row.status, input.action);
    if (!move.ok) throw illegalTransition(move.reason, move.allowed);
    if (date < row.statusOn)
      throw badRequest(`Dates out of order: ${input.action.replaceAll('_', ' ')} on ${date} is before the last step (${row.statusOn})`, [
        { path: 'date', message: `on or after ${row.statusOn}` },
      ]);
    const changes = await EFFECTS[input.action](tx, principal, row, input, date);
    const [after] = await tx
      .update(edaRequests)
      .set({ ...changes, status: move.to, statusOn: date, version: row.version + 1, updatedAt: new Date() })
      .where(eq(edaRequests.id, row.id))
      .returning();
    await audit(
      tx,
      principal,
      row,
      'eda_request.transitioned',
      { status: row.status },
      { status: after!.status, action: input.action, date, reason: input.reason, ...changes },
    );
  });
  return getRequest(db, principal, id);
}

const requireReason = (input: Input) => {
  if (!input.reason) throw badRequest(`Give the reason to ${input.action.replaceAll('_', ' ')}`, [{ path: 'reason', message: 'required' }]);
};

function requireDueOn(input: Input, date: string): string {
  if (!input.reviewDueOn) throw badRequest('When are the answers due?', [{ path: 'reviewDueOn', message: 'required' }]);
  if (input.reviewDueOn < date) throw badRequest('Due before it starts', [{ path: 'reviewDueOn', message: `on or after ${date}` }]);
  return input.reviewDueOn;
}

async function declarationOf(tx: Tx, row: RequestRow, lock = false) {
  const query = tx.select().from(edaDeclarations).where(eq(edaDeclarations.id, row.declarationId));
  const [declaration] = lock ? await query.for('update') : await query;
  return declaration!;
}

/** FAA 516(f): the transfer (and the authorization of it) waits until the notice period has passed. */
async function requireNoticePassed(tx: Tx, row: RequestRow, quantity: number, date: string) {
  const declaration = await declarationOf(tx, row);
  const value = originalAcquisitionValueCents(quantity, declaration.unitAcquisitionValueCents);
  if (!edaNotice({ originalAcquisitionValueCents: value, sme: declaration.sme, asOf: date }).noticeRequired) return;
  const blocker = noticeBlocker(await edaNotices(tx, row.id), date);
  if (blocker) throw new AppError(409, 'conflict', `Not yet: ${blocker}`, [{ path: 'date', message: blocker }]);
}

const EFFECTS: Record<RequestAction, Effect> = {
  async propose(_tx, _p, _row, input) {
    if (!input.ccmdProposal) throw badRequest('Record the combatant command’s proposal', [{ path: 'ccmdProposal', message: 'required' }]);
    return { ccmdProposal: input.ccmdProposal };
  },
  async allocate(_tx, _p, row, input, date) {
    const memo = {
      noIndustryInitiative: input.noIndustryInitiative ?? row.noIndustryInitiative,
      noReadinessImpact: input.noReadinessImpact ?? row.noReadinessImpact,
      mtcrChecked: input.mtcrChecked ?? row.mtcrChecked,
    };
    const problems = allocationProblems(memo);
    if (!row.agencyCode) problems.push({ path: 'agencyCode', message: 'name the implementing agency on the request first' });
    if (problems.length) throw badRequest('The allocation memo is not complete', problems);
    return { ...memo, allocationMemoOn: date };
  },
  async submit_for_review(tx, _p, row, input, date) {
    if (row.currentValueBasisPoints === null)
      throw badRequest('Set the current value before the review', [{ path: 'currentValuePercent', message: 'required (5–50%)' }]);
    const reviewDueOn = requireDueOn(input, date);
    await startRound(tx, row, 1, [], []);
    return { reviewRound: 1, reviewDueOn };
  },
  async resubmit(tx, principal, row, input, date) {
    requireReason(input);
    const reviewDueOn = requireDueOn(input, date);
    const proposed = await termsChange(tx, row, (input.changes ?? {}) as TermsInput, principal);
    const changed = changedFields(row, proposed);
    if (!changed.length)
      throw badRequest('Re-submission answers the objection with a change', [{ path: 'changes', message: 'change at least one term' }]);
    const round = row.reviewRound + 1;
    await startRound(tx, row, round, changed, await priorRound(tx, row));
    return { ...proposed, reviewRound: round, reviewDueOn };
  },
  async committee_approve(tx, principal, row, _input, date) {
    await requireAllConcurred(tx, row);
    await noticeIfRequired(tx, principal, row, date);
    return { committeeDecidedOn: date };
  },
  async committee_disapprove(_tx, _p, _row, input, date) {
    requireReason(input);
    return { committeeDecidedOn: date };
  },
  async authorize(tx, _p, row, input, date) {
    const quantity = input.authorizedQuantity ?? row.quantity;
    if (quantity > row.quantity)
      throw badRequest('More than requested', [{ path: 'authorizedQuantity', message: `at most ${row.quantity}` }]);
    const declaration = await declarationOf(tx, row, true);
    const [taken] = await tx
      .select({ n: sql<number>`coalesce(sum(${edaRequests.authorizedQuantity}), 0)::int` })
      .from(edaRequests)
      .where(
        and(
          eq(edaRequests.declarationId, row.declarationId),
          inArray(edaRequests.status, ['authorized', 'transferred']),
          ne(edaRequests.id, row.id),
        ),
      );
    if ((taken?.n ?? 0) + quantity > declaration.quantity)
      throw new AppError(409, 'conflict', `Only ${declaration.quantity - (taken?.n ?? 0)} of ${declaration.reference} remain unallocated`, [
        { path: 'authorizedQuantity', message: `at most ${declaration.quantity - (taken?.n ?? 0)}` },
      ]);
    await requireNoticePassed(tx, row, quantity, date);
    const current = currentValueCents(quantity, declaration.unitAcquisitionValueCents, row.currentValueBasisPoints!);
    const counted =
      row.authority === 'grant_516'
        ? await claimCeiling(tx, { id: row.id, date, currentValueCents: current, ship: declaration.ship })
        : { fiscalYear: null, ceilingCents: null };
    return {
      authorizedQuantity: quantity,
      authorizedValueCents: input.authorizedValueCents ?? current,
      authorizedOn: date,
      fiscalYear: counted.fiscalYear,
      ceilingCents: counted.ceilingCents,
    };
  },
  async transfer(tx, _p, row, _input, date) {
    await requireNoticePassed(tx, row, row.authorizedQuantity!, date);
    return { transferredOn: date };
  },
  async withdraw(_tx, _p, _row, input) {
    requireReason(input);
    return {};
  },
};

function changedFields(row: RequestRow, proposed: Partial<RequestRow>): ReviewedField[] {
  const columnOf: Record<ReviewedField, keyof RequestRow> = {
    quantity: 'quantity',
    currentValue: 'currentValueBasisPoints',
    authority: 'authority',
    mtcrChecked: 'mtcrChecked',
    noIndustryInitiative: 'noIndustryInitiative',
    noReadinessImpact: 'noReadinessImpact',
    pchtPaidBy: 'pchtPaidBy',
  };
  return REVIEWED_FIELDS.filter((f) => columnOf[f] in proposed && proposed[columnOf[f]] !== row[columnOf[f]]);
}

async function priorRound(tx: Tx, row: RequestRow) {
  return tx
    .select()
    .from(edaReviews)
    .where(and(eq(edaReviews.requestId, row.id), eq(edaReviews.round, row.reviewRound)));
}

async function requireAllConcurred(tx: Tx, row: RequestRow) {
  const round = await priorRound(tx, row);
  const open = round.filter((r) => r.decision !== 'concur');
  if (open.length)
    throw new AppError(
      409,
      'conflict',
      `The Committee decides when every office has concurred; waiting on ${open.map((r) => r.officeCode).join(', ')}`,
      open.map((r) => ({ path: `reviews.${r.officeCode}`, message: r.decision })),
    );
}

/** FAA 516(f): at the Committee's transfer recommendation, the notice to the committees is drafted in notifications. */
async function noticeIfRequired(tx: Tx, principal: Principal, row: RequestRow, date: string) {
  const declaration = await declarationOf(tx, row);
  const value = originalAcquisitionValueCents(row.quantity, declaration.unitAcquisitionValueCents);
  const determination = edaNotice({ originalAcquisitionValueCents: value, sme: declaration.sme, asOf: date });
  if (!determination.noticeRequired) return;
  const existing = (await edaNotices(tx, row.id)).filter((n) => n.status !== 'withdrawn');
  if (existing.length) return;
  const draft = createEdaNotice(tx, principal, {
    partnerCode: row.partnerCode,
    requestId: row.id,
    label: `EDA request ${row.reference}`,
    description: `${declaration.nomenclature} (${row.quantity}, NSN ${declaration.nsn}) ${row.authority === 'grant_516' ? 'grant under FAA 516' : 'sale under AECA 21'}; original acquisition value $${(value / 100).toLocaleString('en-US')}`,
    mdeCents: declaration.mde ? value : 0,
    totalCents: value,
    reviewDays: determination.noticeDays!,
    reviewSource: determination.reasons[0]!.source,
  });
  await draft.catch((error: unknown) => {
    if (error instanceof AppError && error.status === 403)
      throw forbidden(
        `The Committee's approval drafts the FAA 516(f) notice (original acquisition value $7,000,000 or more), a congressional notification: ${error.message}`,
      );
    throw error;
  });
}
