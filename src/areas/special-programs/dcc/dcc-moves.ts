import type { z } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { appendAudit } from '../../../platform/audit/service.ts';
import { todayIso } from '../../../platform/dates.ts';
import { AppError, badRequest, conflict } from '../../../platform/http/errors.ts';
import { parseInput } from '../../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture } from '../../../platform/records/guards.ts';
import { type ObligationGate, obligateWithin, partnerMoneyOldestFirst } from '../../funds/public.ts';
import { type DccRow, documentKindsOnFile, FMF_PROGRAMS, getDcc, lockDcc, requireFmfGrant } from './dcc-service.ts';
import { addDccDocumentInput, dccChecklistInput, dccDisbursementInput, dccTransitionInput } from './model.ts';
import { decideAdvanceRequest } from './rules/advance-request.ts';
import { DCC_CHECKLIST, DCC_CHECKLIST_LABELS, type DccStatus, moveDcc } from './rules/dcc-status.ts';
import { DCC_DOCUMENT_LABELS, missingDocuments } from './rules/editions.ts';
import { decideWithinCeiling, financeableCents } from './rules/financing.ts';
import { dccDisbursementSources, dccDisbursements, dccDocuments, dccRequests } from './schema.ts';

async function bump(tx: Tx, row: DccRow, changes: Partial<DccRow> = {}) {
  const [after] = await tx
    .update(dccRequests)
    .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
    .where(eq(dccRequests.id, row.id))
    .returning();
  return after!;
}

/** A document put on file; documents are kept while the request is a draft or with DSCA. */
export async function addDccDocument(
  db: Db,
  principal: Principal,
  ref: string,
  raw: z.input<typeof addDccDocumentInput>,
  today = todayIso(),
) {
  const input = parseInput(addDccDocumentInput, raw);
  requireNotFuture(input.receivedOn, today, 'receivedOn');
  const id = await db.transaction(async (tx) => {
    const row = await lockDcc(tx, principal, ref, input.version);
    if (row.status !== 'draft' && row.status !== 'submitted')
      throw conflict(`A request in status ${row.status} is decided: its file is closed`);
    const [doc] = await tx
      .insert(dccDocuments)
      .values({
        requestId: row.id,
        kind: input.kind,
        reference: input.reference,
        receivedOn: input.receivedOn,
        note: input.note,
        createdBy: principal.username,
      })
      .returning();
    await bump(tx, row);
    await appendAudit(tx, principal, {
      entityType: 'dcc_request',
      action: 'dcc_request.document_added',
      entityId: row.id,
      countryCode: row.partnerCode,
      after: doc,
    });
    return row.id;
  });
  return getDcc(db, principal, id);
}

/** DSCA's reviewer ticks (or unticks) a checklist item while the request is with DSCA. */
export async function markDccChecklist(db: Db, principal: Principal, ref: string, raw: z.input<typeof dccChecklistInput>) {
  const input = parseInput(dccChecklistInput, raw);
  const id = await db.transaction(async (tx) => {
    const row = await lockDcc(tx, principal, ref, input.version);
    if (row.status !== 'submitted') throw conflict('The review checklist is kept while the request is with DSCA (submitted)');
    const checklist = { ...row.checklist, [input.item]: input.done };
    await bump(tx, row, { checklist });
    await appendAudit(tx, principal, {
      entityType: 'dcc_request',
      action: 'dcc_request.checklist_marked',
      entityId: row.id,
      countryCode: row.partnerCode,
      before: { checklist: row.checklist },
      after: { checklist },
    });
    return row.id;
  });
  return getDcc(db, principal, id);
}

export async function transitionDcc(
  db: Db,
  principal: Principal,
  ref: string,
  raw: z.input<typeof dccTransitionInput>,
  today = todayIso(),
) {
  const input = parseInput(dccTransitionInput, raw);
  const id = await db.transaction(async (tx) => {
    const row = await lockDcc(tx, principal, ref, input.version);
    const missing = missingDocuments(row.edition, await documentKindsOnFile(tx, row.id)).map((k) => DCC_DOCUMENT_LABELS[k]);
    const unchecked = DCC_CHECKLIST.filter((i) => row.checklist[i] !== true).map((i) => DCC_CHECKLIST_LABELS[i]);
    const move = moveDcc(row.status as DccStatus, input.action, { missingDocuments: missing, uncheckedItems: unchecked });
    if (!move.ok) throw illegalTransition(move.reason, move.allowed);
    const changes: Partial<DccRow> = { status: move.to };
    if (input.action === 'approve' || input.action === 'reject') {
      if (input.action === 'reject' && !input.reason)
        throw badRequest('Give the reason for the decision', [{ path: 'reason', message: 'required to reject' }]);
      const financeable = financeableCents(row.contractValueCents, row.nonUsContentCents);
      const approved = input.action === 'approve' ? (input.approvedCents ?? financeable) : null;
      if (approved !== null && approved > financeable)
        throw badRequest('Only U.S. content is financed', [
          { path: 'approvedCents', message: `at most ${financeable} cents: the contract value less its non-U.S. content` },
        ]);
      Object.assign(changes, {
        approvedCents: approved,
        decisionReason: input.reason || null,
        decidedBy: principal.username,
        decidedOn: today,
      });
    }
    if (input.action === 'reopen') Object.assign(changes, { checklist: {}, decisionReason: null, decidedBy: null, decidedOn: null });
    const after = await bump(tx, row, changes);
    await appendAudit(tx, principal, {
      entityType: 'dcc_request',
      action: `dcc_request.${input.action}`,
      entityId: row.id,
      countryCode: row.partnerCode,
      before: { status: row.status },
      after: { status: after.status, approvedCents: after.approvedCents, reason: input.reason },
    });
    return row.id;
  });
  return getDcc(db, principal, id);
}

/**
 * An advance request against an approved request: timely (15 business days), U.S.-flag shipping attested, within the
 * approved amount (the request row is locked, so parallel requests are decided one after another) and within the
 * partner's FMF: the grant named, or oldest first, each part an obligation in the funds ledger in this transaction.
 */
export async function disburseDcc(
  db: Db,
  principal: Principal,
  ref: string,
  raw: z.input<typeof dccDisbursementInput>,
  today: string,
  /** The wired obligation gates (program conditions): each part is obligated through them like any obligation. */
  gates: readonly ObligationGate[],
) {
  const input = parseInput(dccDisbursementInput, raw);
  const id = await db.transaction(async (tx) => {
    // Access first: whoever may not write the request learns nothing from the dates' checks.
    const row = await lockDcc(tx, principal, ref, input.version);
    requireNotFuture(input.requestedOn, today, 'requestedOn');
    if (input.disbursementOn < input.requestedOn)
      throw badRequest('The disbursement follows its request', [{ path: 'disbursementOn', message: `on or after ${input.requestedOn}` }]);
    const advance = decideAdvanceRequest(input.requestedOn, input.disbursementOn);
    if (!advance.ok)
      throw badRequest(advance.reason, [{ path: 'disbursementOn', message: `request by ${advance.lastRequestDate} for this date` }]);
    if (row.status !== 'approved') throw conflict(`Only an approved request is disbursed; this one is ${row.status}`);
    const [used] = await tx
      .select({ n: sql<number>`coalesce(sum(${dccDisbursements.amountCents}), 0)`.mapWith(Number) })
      .from(dccDisbursements)
      .where(eq(dccDisbursements.requestId, row.id));
    const ceiling = decideWithinCeiling(row.approvedCents!, used?.n ?? 0, input.amountCents, 'the amount DSCA approved');
    if (!ceiling.ok) throw new AppError(409, 'conflict', ceiling.reason, [{ path: 'amountCents', message: ceiling.reason }]);
    const plan = await planSources(tx, row, input.amountCents, input.requestedOn);
    const [disbursement] = await tx
      .insert(dccDisbursements)
      .values({
        requestId: row.id,
        amountCents: input.amountCents,
        requestedOn: input.requestedOn,
        disbursementOn: input.disbursementOn,
        usFlagAttested: input.usFlagAttested,
        usFlagNote: input.usFlagNote,
        createdBy: principal.username,
      })
      .returning();
    for (const part of plan) {
      const transactionId = await obligateWithin(
        tx,
        principal,
        part.appropriationId,
        {
          amountCents: part.amountCents,
          partnerCode: row.partnerCode,
          description: `FMF/DCC ${row.reference}: advance for ${input.disbursementOn}`,
          onDate: input.requestedOn,
        },
        input.requestedOn,
        gates,
      );
      await tx.insert(dccDisbursementSources).values({ disbursementId: disbursement!.id, transactionId, ...part });
    }
    await bump(tx, row);
    await appendAudit(tx, principal, {
      entityType: 'dcc_request',
      action: 'dcc_request.disbursement_requested',
      entityId: row.id,
      countryCode: row.partnerCode,
      after: { ...disbursement, sources: plan, lastRequestDate: advance.lastRequestDate },
    });
    return row.id;
  });
  return getDcc(db, principal, id);
}

/** Which grants pay: the one named, or the partner's FMF oldest first; 409 when the partner's FMF cannot cover it. */
async function planSources(tx: Tx, row: DccRow, amountCents: number, onDate: string) {
  if (row.appropriationId) {
    await requireFmfGrant(tx, row.appropriationId, row.partnerCode);
    return [{ appropriationId: row.appropriationId, amountCents }];
  }
  const money = await partnerMoneyOldestFirst(tx, row.partnerCode, FMF_PROGRAMS, onDate);
  const plan: { appropriationId: string; amountCents: number }[] = [];
  let left = amountCents;
  for (const fund of money) {
    if (left === 0) break;
    const take = Math.min(left, Math.max(0, fund.usableCents));
    if (take > 0) plan.push({ appropriationId: fund.id, amountCents: take });
    left -= take;
  }
  if (left > 0) {
    const available = amountCents - left;
    const reason = `The partner’s FMF available on ${onDate} is $${(available / 100).toFixed(2)}, less than the $${(amountCents / 100).toFixed(2)} requested`;
    throw new AppError(409, 'conflict', reason, [{ path: 'amountCents', message: reason }]);
  }
  return plan;
}
