import type { z } from '@hono/zod-openapi';
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireInScope, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, unlessWithheld } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import { caseMilestones, cases, FUNDING_SOURCES, WITHHELD } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { appropriations, fundTransactions } from '../funds/public.ts';
import { assessmentInput, createProposalInput, fundingOptionsQuery, proposalListQuery, updateProposalInput } from './model.ts';
import { noticeOf } from './notice.ts';
import { PROPOSAL } from './records.ts';
import {
  cancellation,
  cancelledOn,
  earliestNoticeOn,
  NOTICE_TIMING_SOURCE,
  priorThreeFiscalYears,
  smallScaleConstruction,
  supportPeriod,
} from './rules/fund-rules.ts';
import { missingNoticeContents } from './rules/programs.ts';
import { AWAITING_PROGRAM_OFFICE, offeredProposalActions, type ProposalStatus } from './rules/proposal-status.ts';
import { cbProgramCodes, cbPrograms, cbProposalCases, cbProposalMoves, cbProposals } from './schema.ts';

export type ProposalRow = typeof cbProposals.$inferSelect;
const AREA = 'capacity-building' as const;

/** The fiscal year of a date column in SQL (31 U.S.C. 1102: from 1 October). */
const fiscalYearSql = (column: unknown) => sql<number>`extract(year from (${column} + interval '3 months'))::int`;

async function requireProgram(tx: Db | Tx, key: string) {
  const [program] = await tx.select().from(cbPrograms).where(eq(cbPrograms.key, key));
  if (!program?.active) throw badRequest('Unknown program', [{ path: 'programKey', message: `no active program ${key}` }]);
  return program;
}

/** The program code must be one of the program's; 400 naming it otherwise. */
async function requireProgramCode(tx: Db | Tx, programKey: string, code: string | null | undefined) {
  if (!code) return null;
  const [row] = await tx.select().from(cbProgramCodes).where(eq(cbProgramCodes.code, code));
  if (!row || row.programKey !== programKey)
    throw badRequest('Unknown program code', [{ path: 'programCode', message: `${code} is not a program code of ${programKey}` }]);
  return row;
}

/**
 * The appropriation funding the proposal (the funds area's records): of the program's funding source, for this partner or
 * for no partner in particular, of the proposal's fiscal year. Returns its stated (cancelling) year.
 */
async function requireAppropriation(
  tx: Db | Tx,
  program: typeof cbPrograms.$inferSelect,
  partnerCode: string,
  fiscalYear: number,
  appropriationId: string | null | undefined,
): Promise<number | null> {
  if (!appropriationId) return null;
  const [row] = await tx.select().from(appropriations).where(eq(appropriations.id, appropriationId));
  const fail = (message: string) => badRequest('This appropriation cannot fund the proposal', [{ path: 'appropriationId', message }]);
  if (!row) throw fail('no such appropriation');
  const fundsCode = FUNDING_SOURCES.find((s) => s.key === program.fundingSource)?.programCode;
  if (!fundsCode || row.programCode !== fundsCode)
    throw fail(`an appropriation of ${fundsCode ?? 'the program’s funding source'}, not ${row.programCode}`);
  if (row.partnerCode && row.partnerCode !== partnerCode) throw fail(`it is for partner ${row.partnerCode}`);
  if (row.fiscalYear !== fiscalYear) throw fail(`it is FY${row.fiscalYear} money; the proposal is for FY${fiscalYear}`);
  return row.statedYear ?? null;
}

function requireConstruction(input: { constructionCents: number; construction: unknown }) {
  const decision = smallScaleConstruction(input.constructionCents);
  if (!decision.allowed)
    throw badRequest('Small-scale construction is at most $2,000,000', [
      { path: 'constructionCents', message: decision.reasons[0]!.source },
    ]);
}

async function nextReference(tx: Tx, fiscalYear: number): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`cb-proposal-reference:${fiscalYear}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(cbProposals)
    .where(sql`${cbProposals.reference} like ${`T10-FY${fiscalYear}-%`}`);
  return `T10-FY${fiscalYear}-${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

export async function createProposal(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createProposalInput, raw);
  requireInScope(principal, 'write', AREA, input.partnerCode, `Partner ${input.partnerCode}`);
  const id = await db.transaction(async (tx) => {
    const [partner] = await tx.select({ code: partners.code }).from(partners).where(eq(partners.code, input.partnerCode));
    if (!partner) throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner ${input.partnerCode}` }]);
    const program = await requireProgram(tx, input.programKey);
    await requireProgramCode(tx, program.key, input.programCode);
    requireConstruction(input);
    const statedYear = await requireAppropriation(tx, program, input.partnerCode, input.fiscalYear, input.appropriationId);
    const [row] = await tx
      .insert(cbProposals)
      .values({ ...input, statedYear, reference: await nextReference(tx, input.fiscalYear) })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'cb_proposal',
      action: 'cb_proposal.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return row!.id;
  });
  return getProposal(db, principal, id, today);
}

/** Changes a proposal still being developed (or returned for rework): what went to the reviewers is what they saw. */
export async function updateProposal(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const { version, ...changes } = parseInput(updateProposalInput, raw);
  await db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, PROPOSAL.write, id, { lock: true });
    requireVersion(`Proposal ${before.reference}`, version, before.version);
    if (before.status !== 'development' && before.status !== 'returned')
      throw conflict(`A proposal ${before.status.replaceAll('_', ' ')} is what its reviewers saw; return it for rework to change it`);
    const merged = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as ProposalRow;
    if (merged.constructionCents > merged.costEstimateCents)
      throw badRequest('Construction is part of the cost estimate', [
        { path: 'constructionCents', message: 'not more than the cost estimate' },
      ]);
    const itemsCents = merged.requested.reduce((s, r) => s + r.costCents, 0);
    if (itemsCents > merged.costEstimateCents)
      throw badRequest('The items requested cost more than the estimate', [
        { path: 'costEstimateCents', message: `at least ${itemsCents} cents` },
      ]);
    requireConstruction(merged);
    const program = await requireProgram(tx, merged.programKey);
    await requireProgramCode(tx, program.key, merged.programCode);
    const statedYear = await requireAppropriation(tx, program, merged.partnerCode, merged.fiscalYear, merged.appropriationId);
    const [after] = await tx
      .update(cbProposals)
      .set({ ...changes, statedYear, version: before.version + 1, updatedAt: new Date() })
      .where(eq(cbProposals.id, before.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'cb_proposal',
      action: 'cb_proposal.updated',
      entityId: before.id,
      countryCode: before.partnerCode,
      before,
      after,
    });
  });
  return getProposal(db, principal, id, today);
}

/** Records the AM&E initial assessment (SAMM C15: mandatory; required before the proposal goes forward). Without reading the proposal back (`recordAssessment` does; the demo's many moves do not). */
export async function applyAssessment(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()): Promise<void> {
  requireArea(principal, 'write', AREA);
  const { version, ...assessment } = parseInput(assessmentInput, raw);
  if (assessment.assessedOn > today) throw badRequest('Not in the future', [{ path: 'assessedOn', message: `on or before ${today}` }]);
  await db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, PROPOSAL.write, id, { lock: true });
    requireVersion(`Proposal ${before.reference}`, version, before.version);
    if (before.status !== 'development' && before.status !== 'returned')
      throw conflict('The initial assessment is made while the proposal is developed');
    await tx
      .update(cbProposals)
      .set({ assessment, version: before.version + 1, updatedAt: new Date() })
      .where(eq(cbProposals.id, before.id));
    await appendAudit(tx, principal, {
      entityType: 'cb_proposal',
      action: 'cb_proposal.assessed',
      entityId: before.id,
      countryCode: before.partnerCode,
      before: { assessment: before.assessment },
      after: { assessment },
    });
  });
}

export async function recordAssessment(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  await applyAssessment(db, principal, id, raw, today);
  return getProposal(db, principal, id, today);
}

/** The list's filters and partner scope in SQL (list, count and export). */
export function proposalConditions(principal: Principal, query: z.output<typeof proposalListQuery>): SQL | undefined {
  return and(
    scopeWhere(principal, cbProposals.partnerCode),
    query.status ? eq(cbProposals.status, query.status) : undefined,
    query.partner ? eq(cbProposals.partnerCode, query.partner) : undefined,
    query.program ? eq(cbProposals.programKey, query.program) : undefined,
    query.waiting ? inArray(cbProposals.status, [...AWAITING_PROGRAM_OFFICE]) : undefined,
    query.q
      ? or(
          ilike(cbProposals.reference, containing(query.q)),
          ilike(cbProposals.title, containing(query.q)),
          ilike(cbProposals.recipientUnit, containing(query.q)),
          eq(cbProposals.partnerCode, query.q.toUpperCase()),
          sql`exists (select 1 from ${partners} p where p.code = ${cbProposals.partnerCode} and p.name ilike ${containing(query.q)})`,
          sql`exists (select 1 from ${cbPrograms} g where g.key = ${cbProposals.programKey} and g.name ilike ${containing(query.q)})`,
        )
      : undefined,
  );
}

export async function listProposals(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(proposalListQuery, raw);
  const where = proposalConditions(principal, query);
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: cbProposals, partnerName: partners.name, programName: cbPrograms.name })
      .from(cbProposals)
      .innerJoin(partners, eq(partners.code, cbProposals.partnerCode))
      .innerJoin(cbPrograms, eq(cbPrograms.key, cbProposals.programKey))
      .where(where)
      .orderBy(desc(cbProposals.updatedAt), asc(cbProposals.reference))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(cbProposals).where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...summaryOf(r.row), partnerName: r.partnerName, programName: r.programName })),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

export function summaryOf(row: ProposalRow) {
  return {
    id: row.id,
    reference: row.reference,
    programKey: row.programKey,
    partnerCode: row.partnerCode,
    title: row.title,
    recipientUnit: row.recipientUnit,
    status: row.status,
    fiscalYear: row.fiscalYear,
    costEstimateCents: row.costEstimateCents,
    assessed: row.assessment !== null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The partner's assistance in the three fiscal years before the proposal's, from IOPS's own records (333(e)): money
 * obligated for the partner (net of de-obligations) by fiscal year and program, and BPC cases implemented.
 */
export async function priorAssistance(db: Db | Tx, partnerCode: string, fiscalYear: number) {
  const years = priorThreeFiscalYears(fiscalYear);
  const fy = fiscalYearSql(fundTransactions.onDate);
  const [money, bpcCases] = await Promise.all([
    db
      .select({
        fiscalYear: fy,
        programCode: appropriations.programCode,
        cents:
          sql<number>`sum(case when ${fundTransactions.kind} = 'obligation' then ${fundTransactions.amountCents} else -${fundTransactions.amountCents} end)::bigint`.mapWith(
            Number,
          ),
      })
      .from(fundTransactions)
      .innerJoin(appropriations, eq(appropriations.id, fundTransactions.appropriationId))
      .where(
        and(
          eq(fundTransactions.partnerCode, partnerCode),
          inArray(fundTransactions.kind, ['obligation', 'deobligation']),
          sql`${fy} between ${years[0]} and ${years[2]}`,
        ),
      )
      .groupBy(fy, appropriations.programCode)
      .orderBy(fy, appropriations.programCode),
    db
      .select({
        fiscalYear: fiscalYearSql(caseMilestones.onDate),
        n: sql<number>`count(*)::int`,
        cents: sql<number>`coalesce(sum(${cases.totalCents}), 0)::bigint`.mapWith(Number),
      })
      .from(cases)
      .innerJoin(caseMilestones, and(eq(caseMilestones.caseId, cases.id), eq(caseMilestones.milestone, 'implemented')))
      .where(
        and(
          eq(cases.partnerCode, partnerCode),
          eq(cases.type, 'bpc'),
          sql`${fiscalYearSql(caseMilestones.onDate)} between ${years[0]} and ${years[2]}`,
        ),
      )
      .groupBy(fiscalYearSql(caseMilestones.onDate)),
  ]);
  return years.map((year) => {
    const programs = money.filter((m) => m.fiscalYear === year).map((m) => ({ programCode: m.programCode, obligatedCents: m.cents }));
    const implemented = bpcCases.find((c) => c.fiscalYear === year);
    return {
      fiscalYear: year,
      obligatedCents: programs.reduce((s, p) => s + p.obligatedCents, 0),
      programs,
      bpcCasesImplemented: implemented?.n ?? 0,
      bpcCasesValueCents: implemented?.cents ?? 0,
    };
  });
}

/** One proposal with its program, money rules and dates, prior assistance, notice, BPC cases, history and next moves. */
export async function getProposal(db: Db | Tx, principal: Principal, id: string, today = todayIso()) {
  const { access: _access, ...row } = await requireRecord(db, principal, PROPOSAL.read, id);
  const [[program], [partner], [code], moves, caseRows, prior, notice, [appropriation]] = await Promise.all([
    db.select().from(cbPrograms).where(eq(cbPrograms.key, row.programKey)),
    db.select({ name: partners.name }).from(partners).where(eq(partners.code, row.partnerCode)),
    row.programCode ? db.select().from(cbProgramCodes).where(eq(cbProgramCodes.code, row.programCode)) : Promise.resolve([]),
    db
      .select()
      .from(cbProposalMoves)
      .where(eq(cbProposalMoves.proposalId, row.id))
      .orderBy(asc(cbProposalMoves.createdAt), asc(cbProposalMoves.id)),
    db
      .select({
        id: cases.id,
        identifier: unlessWithheld<string>(principal, cases.markings, cases.identifier),
        status: cases.status,
        totalCents: cases.totalCents,
      })
      .from(cbProposalCases)
      .innerJoin(cases, eq(cases.id, cbProposalCases.caseId))
      .where(eq(cbProposalCases.proposalId, row.id))
      .orderBy(asc(cases.identifier)),
    priorAssistance(db, row.partnerCode, row.fiscalYear),
    noticeOf(db, row.id),
    row.appropriationId
      ? db
          .select({
            id: appropriations.id,
            name: appropriations.name,
            fiscalYear: appropriations.fiscalYear,
            programCode: appropriations.programCode,
          })
          .from(appropriations)
          .where(eq(appropriations.id, row.appropriationId))
      : Promise.resolve([]),
  ]);
  const construction = smallScaleConstruction(row.constructionCents);
  const period = row.firstObligationOn
    ? supportPeriod({
        firstObligationOn: row.firstObligationOn,
        lastKeyArticleOn: row.lastKeyArticleOn,
        semiPermanent: code?.semiPermanent ?? false,
        programFiscalYear: code?.fiscalYear ?? null,
      })
    : null;
  const missing = missingNoticeContents(row as unknown as Record<string, unknown>);
  if (construction.needsDd1391 && !row.construction) missing.push({ field: 'construction', label: 'the DD 1391 construction data' });
  const context = {
    assessed: row.assessment !== null,
    noticeRequired: program?.requiresNotice ?? true,
    notice: notice?.status ?? null,
    cases: caseRows.length,
  };
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    partnerName: partner?.name ?? row.partnerCode,
    program: program
      ? { key: program.key, name: program.name, authority: program.authority, requiresNotice: program.requiresNotice }
      : null,
    programCodeInfo: code ? { code: code.code, fiscalYear: code.fiscalYear, semiPermanent: code.semiPermanent, source: code.source } : null,
    appropriation: appropriation ?? null,
    construction: row.construction,
    constructionDecision: construction,
    noticeTiming: { earliestOn: earliestNoticeOn(row.fiscalYear), source: NOTICE_TIMING_SOURCE },
    missingNoticeContents: missing,
    cancellation: row.statedYear === null ? null : { ...cancellation(row.statedYear), cancelled: cancelledOn(row.statedYear, today) },
    supportPeriod: period,
    priorAssistance: prior,
    notice,
    cases: caseRows.map((c) => ({ ...c, identifier: c.identifier ?? WITHHELD })),
    moves: moves.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    allowedActions: offeredProposalActions(row.status as ProposalStatus, context),
  };
}

/**
 * The appropriations that may fund a proposal of the program for the partner (the funds area's records, through its
 * public tables): of the program's funding source, for the partner or for no partner in particular.
 */
export async function fundingOptions(db: Db, principal: Principal, raw: unknown) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(fundingOptionsQuery, raw);
  if (query.partner) requireInScope(principal, 'read', AREA, query.partner, `Partner ${query.partner}`);
  const program = await requireProgram(db, query.program);
  const fundsCode = FUNDING_SOURCES.find((s) => s.key === program.fundingSource)?.programCode;
  if (!fundsCode) return { items: [] };
  const rows = await db
    .select({
      id: appropriations.id,
      name: appropriations.name,
      fiscalYear: appropriations.fiscalYear,
      statedYear: appropriations.statedYear,
      amountCents: appropriations.amountCents,
      partnerCode: appropriations.partnerCode,
    })
    .from(appropriations)
    .where(
      and(
        eq(appropriations.programCode, fundsCode),
        or(
          query.partner ? eq(appropriations.partnerCode, query.partner) : (scopeWhere(principal, appropriations.partnerCode) ?? sql`true`),
          sql`${appropriations.partnerCode} is null`,
        ),
        query.fiscalYear ? eq(appropriations.fiscalYear, query.fiscalYear) : undefined,
      ),
    )
    .orderBy(desc(appropriations.fiscalYear), asc(appropriations.name))
    .limit(200);
  return { items: rows };
}
