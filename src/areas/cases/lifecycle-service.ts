import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { addDays, todayIso } from '../../platform/dates.ts';
import { AppError, badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { illegalTransition, requireVersion } from '../../platform/records/guards.ts';
import { areaOfAction, type CaseRow, getCasePage } from './case-service.ts';
import { approvalBlockers, blockingFindings, type CaseHooks, offerBlockers, refreshCaseMarkings, transitionBlockers } from './hooks.ts';
import { requireMilestoneInOrder } from './milestone-guard.ts';
import { type TransitionInput, transitionInput } from './model.ts';
import { priced } from './pricing.ts';
import { CASE } from './records.ts';
import { type CaseStatus, MILESTONE_OF_ACTION, transition } from './rules/lifecycle.ts';
import { isBpc, submissionBlocker } from './rules/loa.ts';
import { OFFER_EXPIRATION_SOURCE, offerValidityDays } from './rules/offer-expiration.ts';
import { caseMilestones, cases, loaVersions } from './schema.ts';
import { loadVersionContent, snapshotOf, type VersionRow } from './version-content.ts';

type Input = ReturnType<typeof transitionInput.parse>;

/** Moves a case along its lifecycle; an illegal move is a 409 naming the allowed ones. Every move is audited. */
export async function transitionCase(db: Db, hooks: CaseHooks, principal: Principal, caseRef: string, raw: TransitionInput) {
  const input = parseInput(transitionInput, raw);
  const date = input.date ?? todayIso();
  await db.transaction(async (tx) => {
    // Reviewer moves (approve, return) are Case Writing's to make; the others the case writers'.
    const permission = areaOfAction(input.action) === 'case-writing' ? CASE.review : CASE.write;
    const row = await requireRecord(tx, principal, permission, caseRef, { lock: true });
    requireVersion(`Case ${row.identifier}`, input.version, row.version);
    const move = transition(row.status as CaseStatus, input.action);
    if (!move.ok) {
      throw illegalTransition(
        `Cannot ${input.action.replaceAll('_', ' ')} a case that is ${row.status.replaceAll('_', ' ')}`,
        move.allowed,
      );
    }
    const [basic] = (await tx
      .select()
      .from(loaVersions)
      .where(and(eq(loaVersions.caseId, row.id), eq(loaVersions.number, 0)))
      .for('update')) as [VersionRow];
    const stopped = await transitionBlockers(hooks, tx, { caseId: row.id, action: input.action });
    if (stopped.length) {
      throw new AppError(
        409,
        'conflict',
        `The case cannot ${input.action.replaceAll('_', ' ')} yet: ${stopped.map((b) => b.reason).join('; ')}`,
        stopped.map((b) => ({ path: `gates.${b.gate}`, message: b.reason })),
      );
    }
    const milestone = MILESTONE_OF_ACTION[input.action];
    if (milestone) await requireMilestoneInOrder(tx, row.id, milestone, date, 'date', true);
    const effects = await applyEffects(tx, hooks, row, basic, input, date);
    await tx
      .update(cases)
      .set({ status: move.to, version: row.version + 1, updatedAt: new Date() })
      .where(eq(cases.id, row.id));
    if (milestone) {
      await tx
        .insert(caseMilestones)
        .values({ caseId: row.id, milestone, onDate: date })
        .onConflictDoUpdate({ target: [caseMilestones.caseId, caseMilestones.milestone], set: { onDate: date } });
    }
    await appendAudit(tx, principal, {
      entityType: 'case',
      action: 'case.transitioned',
      entityId: row.id,
      countryCode: row.partnerCode,
      before: { status: row.status },
      after: { status: move.to, action: input.action, date, ...(input.reason ? { reason: input.reason } : {}), ...effects },
    });
    await refreshCaseMarkings(hooks, tx, [row.id], todayIso());
  });
  return getCasePage(db, hooks, principal, caseRef);
}

/** What each move does besides changing the status; returns what the audit record must add (an override and what it overrode). */
async function applyEffects(
  tx: Tx,
  hooks: CaseHooks,
  row: CaseRow,
  basic: VersionRow,
  input: Input,
  date: string,
): Promise<{ overridden: { gate: string; reason: string }[] } | undefined> {
  const setBasic = (changes: Partial<VersionRow>) => tx.update(loaVersions).set(changes).where(eq(loaVersions.id, basic.id));
  switch (input.action) {
    case 'submit_for_review': {
      const blocker = submissionBlocker(await loadVersionContent(tx, basic.id));
      if (blocker) throw new AppError(409, 'conflict', blocker, [{ path: 'lines', message: 'at least one line' }]);
      return;
    }
    case 'return':
    case 'cancel':
      if (!input.reason) throw badRequest(`Give the reason to ${input.action}`, [{ path: 'reason', message: 'required' }]);
      return;
    case 'approve': {
      const blocked = blockingFindings(hooks.loaChecks.run(snapshotOf(row.type, basic, await loadVersionContent(tx, basic.id)), date));
      if (blocked) throw blocked;
      const gates = await approvalBlockers(hooks, tx, row.id);
      if (!gates.length) return;
      if (!input.override) {
        throw new AppError(
          409,
          'conflict',
          `The LOA cannot be approved yet: ${gates.map((g) => g.reason).join('; ')} (or approve with override and a reason)`,
          gates.map((g) => ({ path: `gates.${g.gate}`, message: g.reason })),
        );
      }
      if (!input.reason)
        throw badRequest('An override needs its reason', [{ path: 'reason', message: 'say why the LOA is approved over the objection' }]);
      return { overridden: gates };
    }
    case 'offer': {
      const offerExpirationDate = input.offerExpirationDate ?? (await defaultOfferExpiration(tx, row));
      if (offerExpirationDate <= date)
        throw badRequest('The offer expiration date must be after the offer date', [
          { path: 'offerExpirationDate', message: `must be after ${date}` },
        ]);
      const blockers = await offerBlockers(hooks, tx, {
        caseId: row.id,
        identifier: row.identifier,
        partnerCode: row.partnerCode,
        totalCents: row.totalCents,
        offerDate: date,
      });
      if (blockers.length) {
        throw new AppError(
          409,
          'conflict',
          `The LOA cannot be offered yet: ${blockers.map((b) => b.reason).join('; ')}`,
          blockers.map((b) => ({ path: `gates.${b.gate}`, message: b.reason })),
        );
      }
      const content = await loadVersionContent(tx, basic.id);
      await setBasic({
        offerDate: date,
        offerExpirationDate,
        ...priced(row.type, { acceptedOn: null, offerDate: date }, content.lines, basic.accessorialCents),
      });
      await tx
        .insert(caseMilestones)
        .values({ caseId: row.id, milestone: 'offer_expiration', onDate: offerExpirationDate })
        .onConflictDoUpdate({ target: [caseMilestones.caseId, caseMilestones.milestone], set: { onDate: offerExpirationDate } });
      return;
    }
    case 'expire_offer':
      if (!basic.offerExpirationDate || date <= basic.offerExpirationDate)
        throw conflict(`The offer is open until ${basic.offerExpirationDate}`);
      return;
    case 'accept': {
      if (basic.offerDate && date < basic.offerDate)
        throw badRequest('Acceptance cannot precede the offer', [{ path: 'date', message: `must be on or after ${basic.offerDate}` }]);
      if (basic.offerExpirationDate && date > basic.offerExpirationDate)
        throw conflict(`The offer expired on ${basic.offerExpirationDate}; record it expired and rework the LOA`);
      const content = await loadVersionContent(tx, basic.id);
      const pricing = priced(row.type, { acceptedOn: date, offerDate: basic.offerDate }, content.lines, basic.accessorialCents);
      await setBasic({ acceptedOn: date, state: 'issued', ...pricing });
      await tx.update(cases).set({ totalCents: pricing.totalCents }).where(eq(cases.id, row.id));
      return;
    }
    case 'rework':
      await setBasic({ offerDate: null, offerExpirationDate: null, revision: basic.revision + 1 });
      await tx
        .delete(caseMilestones)
        .where(and(eq(caseMilestones.caseId, row.id), inArray(caseMilestones.milestone, ['offered', 'offer_expiration'])));
      return;
    default:
      return;
  }
}

/** The standard offer expiration counted from MILDEP approval (MILAP), which must be on record. */
async function defaultOfferExpiration(tx: Tx, row: CaseRow): Promise<string> {
  const [milap] = await tx
    .select()
    .from(caseMilestones)
    .where(and(eq(caseMilestones.caseId, row.id), eq(caseMilestones.milestone, 'milap')));
  if (!milap) {
    throw badRequest(
      `Record the MILAP date or give the offer expiration date (${offerValidityDays(isBpc(row.type))} days from MILAP: ${OFFER_EXPIRATION_SOURCE})`,
      [{ path: 'offerExpirationDate', message: 'required when no MILAP date is on record' }],
    );
  }
  return addDays(milap.onDate, offerValidityDays(isBpc(row.type)));
}
