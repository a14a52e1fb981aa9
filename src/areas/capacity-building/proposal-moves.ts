import { count, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { createBpcCase, type FundingSourceKey, type LoaLine, type LoaNote } from '../cases/public.ts';
import { bpcCaseInput, executionDatesInput, proposalTransitionInput } from './model.ts';
import { draftNotice, noticeOf, noticePeriodFor } from './notice.ts';
import { getProposal, type ProposalRow } from './proposal-service.ts';
import { AREA, PROPOSAL } from './records.ts';
import {
  CANCELLATION_SOURCE,
  CLOSURE_SOURCE,
  cancellation,
  noticeTiming,
  smallScaleConstruction,
  supportPeriod,
} from './rules/fund-rules.ts';
import { missingNoticeContents, NOTICE_CONTENTS_SOURCE, NOTICE_PERIOD_OPEN } from './rules/programs.ts';
import { moveProposal, type ProposalStatus } from './rules/proposal-status.ts';
import { cbProgramCodes, cbPrograms, cbProposalCases, cbProposalMoves, cbProposals } from './schema.ts';

async function lockProposal(tx: Tx, principal: Principal, id: string, version: number): Promise<ProposalRow> {
  const { access: _a, ...row } = await requireRecord(tx, principal, PROPOSAL.write, id, { lock: true });
  requireVersion(`Proposal ${row.reference}`, version, row.version);
  return row;
}

async function programOf(tx: Tx, key: string) {
  const [program] = await tx.select().from(cbPrograms).where(eq(cbPrograms.key, key));
  if (!program) throw conflict(`The program ${key} no longer exists`);
  return program;
}

/**
 * Drafts the 333(e) notice: every content the statute names present (the DD 1391 data for construction over $750,000),
 * an administrator-entered review period in force, and not more than one fiscal year before the appropriation.
 */
async function notify(tx: Tx, principal: Principal, proposal: ProposalRow, onDate: string) {
  const missing = missingNoticeContents(proposal as unknown as Record<string, unknown>);
  if (smallScaleConstruction(proposal.constructionCents).needsDd1391 && !proposal.construction)
    missing.push({ field: 'construction', label: 'the DD 1391 construction data (construction over $750,000, DSCA 25-03)' });
  if (missing.length)
    throw badRequest(
      `The notice must name ${missing.map((m) => m.label).join(', ')} (${NOTICE_CONTENTS_SOURCE})`,
      missing.map((m) => ({ path: m.field, message: `required in the notice: ${m.label}` })),
    );
  if (!proposal.appropriationId)
    throw badRequest('Choose the appropriation first: the notice is timed against it (DSCA 19-22)', [
      { path: 'appropriationId', message: 'required before the notice' },
    ]);
  const timing = noticeTiming(onDate, proposal.fiscalYear);
  if (!timing.ok) throw new AppError(409, 'conflict', `${timing.reason} (${timing.source})`, [{ path: 'onDate', message: timing.reason }]);
  const period = await noticePeriodFor(tx, onDate);
  if (!period) throw conflict(NOTICE_PERIOD_OPEN);
  await draftNotice(tx, principal, proposal, period);
  return {};
}

/** Moves a proposal along its state machine (rules/proposal-status.ts), each move recorded and audited with its reason. Without reading the proposal back (`transitionProposal` does; the demo's many moves do not). */
export async function applyTransition(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()): Promise<void> {
  requireArea(principal, 'write', AREA);
  const input = parseInput(proposalTransitionInput, raw);
  const onDate = input.onDate ?? today;
  requireNotFuture(onDate, today, 'onDate');
  await db.transaction(async (tx) => {
    const proposal = await lockProposal(tx, principal, id, input.version);
    const program = await programOf(tx, proposal.programKey);
    const notice = await noticeOf(tx, proposal.id);
    const [made] = await tx.select({ n: count() }).from(cbProposalCases).where(eq(cbProposalCases.proposalId, proposal.id));
    const move = moveProposal(proposal.status as ProposalStatus, input.action, {
      assessed: proposal.assessment !== null,
      noticeRequired: program.requiresNotice,
      notice: notice?.status ?? null,
      cases: made?.n ?? 0,
    });
    if (!move.ok) throw illegalTransition(move.reason, move.allowed);
    if (input.action === 'notify') await notify(tx, principal, proposal, onDate);
    if (input.action === 'approve' && notice?.clearedOn && onDate < notice.clearedOn)
      throw badRequest(`The notice was cleared on ${notice.clearedOn}`, [{ path: 'onDate', message: `on or after ${notice.clearedOn}` }]);
    await tx
      .update(cbProposals)
      .set({ status: move.to, version: proposal.version + 1, updatedAt: new Date() })
      .where(eq(cbProposals.id, proposal.id));
    await tx.insert(cbProposalMoves).values({
      proposalId: proposal.id,
      action: input.action,
      fromStatus: proposal.status,
      toStatus: move.to,
      onDate,
      reason: input.reason,
      actor: principal.username,
    });
    await appendAudit(tx, principal, {
      entityType: 'cb_proposal',
      action: 'cb_proposal.transitioned',
      entityId: proposal.id,
      countryCode: proposal.partnerCode,
      before: { status: proposal.status },
      after: { status: move.to, action: input.action, onDate, reason: input.reason },
    });
  });
}

export async function transitionProposal(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  await applyTransition(db, principal, id, raw, today);
  return getProposal(db, principal, id, today);
}

/** Records the first obligation and the last key article's arrival; the support period (333(g)(2)) is kept with them. Without reading the proposal back (`recordExecutionDates` does; the demo's many moves do not). */
export async function applyExecutionDates(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()): Promise<void> {
  requireArea(principal, 'write', AREA);
  const input = parseInput(executionDatesInput, raw);
  if (input.firstObligationOn) requireNotFuture(input.firstObligationOn, today, 'firstObligationOn');
  if (input.lastKeyArticleOn) requireNotFuture(input.lastKeyArticleOn, today, 'lastKeyArticleOn');
  await db.transaction(async (tx) => {
    const proposal = await lockProposal(tx, principal, id, input.version);
    if (!['approved', 'executing', 'complete'].includes(proposal.status))
      throw conflict(`Obligations are recorded on an approved proposal; this one is ${proposal.status.replaceAll('_', ' ')}`);
    const [code] = proposal.programCode ? await tx.select().from(cbProgramCodes).where(eq(cbProgramCodes.code, proposal.programCode)) : [];
    const period = input.firstObligationOn
      ? supportPeriod({
          firstObligationOn: input.firstObligationOn,
          lastKeyArticleOn: input.lastKeyArticleOn,
          semiPermanent: code?.semiPermanent ?? false,
          programFiscalYear: code?.fiscalYear ?? null,
        })
      : null;
    const changes = {
      firstObligationOn: input.firstObligationOn,
      lastKeyArticleOn: input.lastKeyArticleOn,
      supportEndsOn: period?.endsOn ?? null,
    };
    await tx
      .update(cbProposals)
      .set({ ...changes, version: proposal.version + 1, updatedAt: new Date() })
      .where(eq(cbProposals.id, proposal.id));
    await appendAudit(tx, principal, {
      entityType: 'cb_proposal',
      action: 'cb_proposal.execution_dates',
      entityId: proposal.id,
      countryCode: proposal.partnerCode,
      before: {
        firstObligationOn: proposal.firstObligationOn,
        lastKeyArticleOn: proposal.lastKeyArticleOn,
        supportEndsOn: proposal.supportEndsOn,
      },
      after: { ...changes, rule: period?.rule ?? null, source: period?.source ?? null },
    });
  });
}

export async function recordExecutionDates(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  await applyExecutionDates(db, principal, id, raw, today);
  return getProposal(db, principal, id, today);
}

/** The requested items as pseudo-LOA lines: quantity and unit cost when the cost divides evenly, else one lot. */
export function linesOf(requested: ProposalRow['requested']): LoaLine[] {
  return requested.map((item, i) => {
    const even = item.costCents % item.quantity === 0;
    return {
      lineNumber: String(i + 1).padStart(3, '0'),
      description:
        `${item.kind === 'equipment' ? 'Equipment' : item.kind === 'training' ? 'Training' : 'Services'}: ${item.description}${even ? '' : ` (${item.quantity})`}`.slice(
          0,
          500,
        ),
      maslGenericCode: item.maslGenericCode ?? '',
      maslNumber: item.maslNumber ?? '',
      quantity: even ? item.quantity : 1,
      unitOfIssue: even ? 'EA' : 'LT',
      unitCostCents: even ? item.costCents / item.quantity : item.costCents,
      mde: false,
      sme: false,
      eeum: false,
      sourceOfSupply: '',
      deliveryPeriod: '',
      // Program of record or not is the case writer's to state (DSCA 21-50); until then the line is flagged.
      programOfRecord: null,
      nporType: null,
    };
  });
}

/** The BPC notes of the pseudo-LOA, from the program and its money (SAMM App 6 notes; SAMM C15.6.1). */
export function bpcNotes(
  program: { name: string; authority: string },
  proposal: Pick<ProposalRow, 'reference' | 'fiscalYear' | 'statedYear'>,
): LoaNote[] {
  const notes: LoaNote[] = [
    {
      code: 'BPC-AUTHORITY',
      title: 'Program authority',
      text: `Building partner capacity case under ${program.name} (${program.authority}), FY${proposal.fiscalYear}, proposal ${proposal.reference}. The authority is the source of funding; no administrative surcharge applies.`,
    },
  ];
  if (proposal.statedYear !== null) {
    const c = cancellation(proposal.statedYear);
    notes.push(
      {
        code: 'BPC-FUNDS',
        title: 'Funds source and availability',
        text: `The funds are available for expenditure until they cancel at midnight on ${c.lastDay}. They are the only funds for this case and are limited to its estimated total. (${CANCELLATION_SOURCE})`,
      },
      {
        code: 'BPC-CLOSURE',
        title: 'Case closure',
        text: `Closure begins when all lines are supply/services complete and is completed by ${c.closeBy}. (${CLOSURE_SOURCE})`,
      },
    );
  }
  return notes;
}

/** An approved proposal produces its BPC case in the cases area, in one transaction with the link and the audit. Without reading the proposal back (`createProposalCase` does; the demo's many moves do not). */
export async function applyProposalCase(db: Db, principal: Principal, id: string, raw: unknown): Promise<void> {
  requireArea(principal, 'write', AREA);
  const input = parseInput(bpcCaseInput, raw);
  await db.transaction(async (tx) => {
    const proposal = await lockProposal(tx, principal, id, input.version);
    if (proposal.status !== 'approved' && proposal.status !== 'executing')
      throw conflict(`A BPC case is made from an approved proposal; this one is ${proposal.status.replaceAll('_', ' ')}`);
    const program = await programOf(tx, proposal.programKey);
    if (!program.fundingSource)
      throw conflict(`${program.name} has no funding source for BPC cases yet: an administrator sets it on the program`);
    if (!proposal.programCode)
      throw badRequest('Choose the program code the case carries in place of the country code', [
        { path: 'programCode', message: 'required for a BPC case' },
      ]);
    if (!proposal.appropriationId)
      throw badRequest('Choose the appropriation funding the case', [{ path: 'appropriationId', message: 'required for a BPC case' }]);
    const created = await createBpcCase(tx, principal, {
      partnerCode: proposal.partnerCode,
      programCode: proposal.programCode,
      agencyCode: input.agencyCode,
      title: input.title ?? proposal.title,
      fundingSource: program.fundingSource as FundingSourceKey,
      caseManager: input.caseManager,
      lines: linesOf(proposal.requested),
      notes: bpcNotes(program, proposal),
      fundedOn: todayIso(),
    });
    await tx.insert(cbProposalCases).values({ proposalId: proposal.id, caseId: created.id });
    await tx
      .update(cbProposals)
      .set({ version: proposal.version + 1, updatedAt: new Date() })
      .where(eq(cbProposals.id, proposal.id));
    await appendAudit(tx, principal, {
      entityType: 'cb_proposal',
      action: 'cb_proposal.case_created',
      entityId: proposal.id,
      countryCode: proposal.partnerCode,
      after: { caseId: created.id, identifier: created.identifier, totalCents: created.totalCents },
    });
  });
}

export async function createProposalCase(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  await applyProposalCase(db, principal, id, raw);
  return getProposal(db, principal, id, today);
}
