import type { z } from '@hono/zod-openapi';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, unlessWithheld, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture } from '../../platform/records/guards.ts';
import { CASE, caseMarkingsOf, cases, loaLines, loaVersions } from '../cases/public.ts';
import { getAppropriation, lockAppropriation, refuse } from './appropriation-service.ts';
import { balancesOf, commitmentRemaining, obligationRemaining } from './ledger.ts';
import {
  type DeobligateInput,
  deobligateInput,
  type ObligateInput,
  obligateInput,
  transactionListQuery,
  transactionSorting,
} from './model.ts';
import { type ObligationGate, runObligationGates } from './obligation-gates.ts';
import { FUND_TRANSACTION, stored } from './records.ts';
import { decideDeobligation, decideObligation } from './rules/balance.ts';
import { decideCaseFunding } from './rules/case-funding.ts';
import type { ExecutionChannel } from './rules/programs.ts';
import { appropriations, fundPrograms, fundTransactions } from './schema.ts';

type TransactionListQuery = z.output<typeof transactionListQuery>;

type TransactionRow = typeof fundTransactions.$inferSelect;
const AREA = 'funds' as const;

/** When money moved: the date given, or today; never in the future. */
export function dateOf(onDate: string | undefined, today: string): string {
  const date = onDate ?? today;
  requireNotFuture(date, today, 'onDate');
  return date;
}

/**
 * Applies money from an appropriation to a case (or one of its lines) or to a program for a partner. The appropriation row is
 * locked (SELECT … FOR UPDATE) for the whole transaction, so parallel obligations are decided one after another and cannot overdraw.
 * The obligation gates other areas declare (wiring.obligationGates: program conditions) run in the same transaction.
 */
export async function obligate(
  db: Db,
  principal: Principal,
  appropriationId: string,
  raw: ObligateInput,
  today = todayIso(),
  gates: readonly ObligationGate[] = [],
) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(obligateInput, raw);
  const onDate = dateOf(input.onDate, today);
  const id = await db.transaction((tx) => obligateIn(tx, principal, appropriationId, input, onDate, gates));
  return transactionResult(db, principal, id, today);
}

/**
 * An obligation inside the caller's transaction (another area's write that must stand or fall with it, such as an
 * FMF/DCC disbursement); the same checks, lock, gates and audit as `obligate`. Returns the ledger entry's id.
 */
export async function obligateWithin(
  tx: Tx,
  principal: Principal,
  appropriationId: string,
  raw: ObligateInput,
  today = todayIso(),
  gates: readonly ObligationGate[] = [],
) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(obligateInput, raw);
  return obligateIn(tx, principal, appropriationId, input, dateOf(input.onDate, today), gates);
}

async function obligateIn(
  tx: Tx,
  principal: Principal,
  appropriationId: string,
  input: z.output<typeof obligateInput>,
  onDate: string,
  gates: readonly ObligationGate[],
) {
  const fund = await lockAppropriation(tx, principal, appropriationId);
  const commitment = input.commitmentId ? await commitmentOf(tx, principal, input.commitmentId, fund.id) : null;
  const [program] = await tx.select().from(fundPrograms).where(eq(fundPrograms.code, fund.programCode));
  const target = commitment
    ? { partnerCode: commitment.partnerCode, caseId: commitment.caseId, lineNumber: commitment.lineNumber }
    : {
        ...(await targetOf(tx, principal, input, fund.partnerCode, {
          code: program!.code,
          executedThrough: program!.executedThrough as ExecutionChannel | null,
        })),
        lineNumber: input.lineNumber,
      };
  requireArea(principal, 'write', AREA, target.partnerCode);
  const balance = (await balancesOf(tx, [fund.id])).get(fund.id)!;
  const remaining = commitment ? await commitmentRemaining(tx, commitment.id, commitment.amountCents) : null;
  const decision = decideObligation(balance, input.amountCents, onDate, fund.availableUntil, remaining);
  if (!decision.ok) throw refuse(decision);
  await runObligationGates(gates, tx, {
    appropriationId: fund.id,
    programCode: fund.programCode,
    fiscalYear: fund.fiscalYear,
    partnerCode: target.partnerCode,
    caseId: target.caseId,
    amountCents: input.amountCents,
    onDate,
    recipientId: input.recipientId,
  });
  const [row] = await tx
    .insert(fundTransactions)
    .values({
      appropriationId: fund.id,
      kind: 'obligation',
      recipientId: input.recipientId,
      amountCents: input.amountCents,
      partnerCode: target.partnerCode,
      caseId: target.caseId,
      lineNumber: target.lineNumber,
      commitmentId: commitment?.id ?? null,
      description: input.description,
      onDate,
      createdBy: principal.username,
    })
    .returning();
  await appendAudit(tx, principal, {
    entityType: 'fund_transaction',
    action: 'fund_transaction.obligated',
    entityId: row!.id,
    countryCode: target.partnerCode,
    after: { ...row, availableBefore: balance.availableCents },
  });
  return row!.id;
}

async function commitmentOf(tx: Tx, principal: Principal, id: string, appropriationId: string) {
  const row = await findTransaction(tx, principal, id, 'read').catch(() => {
    throw badRequest('Unknown commitment', [{ path: 'commitmentId', message: `no commitment ${id} within your scope` }]);
  });
  if (row.kind !== 'commitment' || row.appropriationId !== appropriationId)
    throw badRequest('Not a commitment of this appropriation', [
      { path: 'commitmentId', message: 'name a commitment of this appropriation' },
    ]);
  return row;
}

/** Where money goes: a case (its partner; the program must be allowed to fund it) or a program for a partner. */
export async function targetOf(
  tx: Tx,
  principal: Principal,
  input: Pick<ReturnType<typeof obligateInput.parse>, 'caseId' | 'lineNumber' | 'partnerCode'>,
  allottedTo: string | null,
  program: { code: string; executedThrough: ExecutionChannel | null },
) {
  if (input.caseId) {
    const row = await requireRecord(tx, principal, CASE.read, input.caseId).catch(() => {
      throw badRequest('Unknown case', [{ path: 'caseId', message: `no case ${input.caseId} within your scope` }]);
    });
    if (input.partnerCode && input.partnerCode !== row.partnerCode)
      throw badRequest('The partner is the case’s', [{ path: 'partnerCode', message: `${row.identifier} belongs to ${row.partnerCode}` }]);
    const decision = decideCaseFunding(program, allottedTo, row);
    if (!decision.ok) throw refuse(decision);
    if (input.lineNumber) {
      const [line] = await tx
        .select({ id: loaLines.id })
        .from(loaLines)
        .innerJoin(loaVersions, eq(loaVersions.id, loaLines.versionId))
        .where(and(eq(loaVersions.caseId, row.id), eq(loaLines.lineNumber, input.lineNumber)))
        .limit(1);
      if (!line) throw badRequest('Unknown line', [{ path: 'lineNumber', message: `${row.identifier} has no line ${input.lineNumber}` }]);
    }
    return { partnerCode: row.partnerCode, caseId: row.id };
  }
  if (input.lineNumber) throw badRequest('A line belongs to a case', [{ path: 'caseId', message: 'name the case of the line' }]);
  const partnerCode = input.partnerCode ?? allottedTo;
  if (!partnerCode)
    throw badRequest('Name the partner the money is applied for', [{ path: 'partnerCode', message: 'required without a case' }]);
  if (allottedTo && allottedTo !== partnerCode)
    throw badRequest(`This money is allotted to ${allottedTo}`, [{ path: 'partnerCode', message: `must be ${allottedTo}` }]);
  return { partnerCode, caseId: null };
}

/** Returns money from one obligation to its appropriation (a new ledger entry; nothing is rewritten). */
export async function deobligate(db: Db, principal: Principal, obligationId: string, raw: DeobligateInput, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(deobligateInput, raw);
  const onDate = dateOf(input.onDate, today);
  const id = await db.transaction(async (tx) => {
    const original = await findTransaction(tx, principal, obligationId, 'write');
    if (original.kind !== 'obligation')
      throw badRequest('Money is returned from an obligation', [{ path: 'obligationId', message: 'this entry is a de-obligation' }]);
    await lockAppropriation(tx, principal, original.appropriationId);
    if (onDate < original.onDate)
      throw badRequest('A de-obligation follows its obligation', [{ path: 'onDate', message: `on or after ${original.onDate}` }]);
    const decision = decideDeobligation(await obligationRemaining(tx, original.id, original.amountCents), input.amountCents);
    if (!decision.ok) throw refuse(decision);
    const [row] = await tx
      .insert(fundTransactions)
      .values({
        appropriationId: original.appropriationId,
        kind: 'deobligation',
        amountCents: input.amountCents,
        partnerCode: original.partnerCode,
        caseId: original.caseId,
        lineNumber: original.lineNumber,
        obligationId: original.id,
        description: input.description,
        onDate,
        createdBy: principal.username,
      })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'fund_transaction',
      action: 'fund_transaction.deobligated',
      entityId: row!.id,
      countryCode: original.partnerCode,
      after: row,
    });
    return row!.id;
  });
  return transactionResult(db, principal, id, today);
}

/** A ledger entry through the one access path: out of scope (or unknown) is "not found". */
export async function findTransaction(db: Db | Tx, principal: Principal, id: string, action: 'read' | 'write'): Promise<TransactionRow> {
  return stored(await requireRecord(db, principal, FUND_TRANSACTION[action], id));
}

export async function transactionResult(db: Db, principal: Principal, id: string, today: string) {
  const [row] = await listRows(db, principal, eq(fundTransactions.id, id), 1, 0);
  return { transaction: row!, appropriation: await getAppropriation(db, principal, row!.appropriationId, today) };
}

/** Returned from an obligation (de-obligations), or used from a commitment (releases and obligations drawn from it). */
const returnedSql =
  sql<number>`(select coalesce(sum(d.amount_cents), 0) from fund_transactions d where d.obligation_id = ${fundTransactions.id} or d.commitment_id = ${fundTransactions.id})`.mapWith(
    Number,
  );

/** The markings of the case an entry names (none for money applied to a program): the case's, kept by cases. */
const caseMarkings = caseMarkingsOf(fundTransactions.caseId);

/**
 * Ledger entries as the principal may see them. An entry naming a case withheld from the reader stays listed (it is
 * the funds area's record) with its case reference — case, identifier, line and the description that may name what
 * is bought — masked; `caseWithheld` says so.
 */
function listRows(
  db: Db,
  principal: Principal,
  where: SQL | undefined,
  limit: number,
  offset: number,
  order: SQL[] = transactionOrder(principal, { sort: 'date' }),
) {
  const shown = <T>(value: Parameters<typeof unlessWithheld>[2]) => unlessWithheld<T>(principal, caseMarkings, value);
  return db
    .select({
      id: fundTransactions.id,
      appropriationId: fundTransactions.appropriationId,
      appropriationName: appropriations.name,
      programCode: appropriations.programCode,
      kind: fundTransactions.kind,
      amountCents: fundTransactions.amountCents,
      partnerCode: fundTransactions.partnerCode,
      caseId: shown<string>(fundTransactions.caseId),
      caseIdentifier: shown<string>(cases.identifier),
      caseWithheld: withheldSql(principal, caseMarkings),
      lineNumber: shown<string>(fundTransactions.lineNumber),
      obligationId: fundTransactions.obligationId,
      commitmentId: fundTransactions.commitmentId,
      description: sql<string>`coalesce(${shown<string>(fundTransactions.description)}, '')`,
      onDate: fundTransactions.onDate,
      createdBy: fundTransactions.createdBy,
      returnedCents: returnedSql,
    })
    .from(fundTransactions)
    .innerJoin(appropriations, eq(appropriations.id, fundTransactions.appropriationId))
    .leftJoin(cases, eq(cases.id, fundTransactions.caseId))
    .where(and(where, scopeWhere(principal, fundTransactions.partnerCode)))
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
}

/** The ledger's order; an entry naming a withheld case sorts by case as if it named none. */
function transactionOrder(principal: Principal, chosen: Pick<TransactionListQuery, 'sort' | 'dir'>) {
  const shown = <T>(value: Parameters<typeof unlessWithheld>[2]) => unlessWithheld<T>(principal, caseMarkings, value);
  return transactionSorting.orderBy(
    {
      date: fundTransactions.onDate,
      kind: fundTransactions.kind,
      appropriation: sql`${appropriations.programCode} || ' ' || ${appropriations.name}`,
      partner: fundTransactions.partnerCode,
      case: sql`${shown<string>(cases.identifier)} || ' ' || coalesce(${shown<string>(fundTransactions.lineNumber)}, '')`,
      amount: fundTransactions.amountCents,
    },
    chosen,
    fundTransactions.createdAt,
    fundTransactions.id,
  );
}

export interface TransactionListOptions {
  /**
   * `masked` (a funds list): entries naming a withheld case are listed with the case masked. `left-out` (a partner-scoped
   * read such as the portfolio export): they are not listed at all, nor counted.
   */
  withheld?: 'masked' | 'left-out';
}

/** Ledger entries within the principal's partner scope, newest first unless sorted otherwise. */
export async function listTransactions(db: Db, principal: Principal, raw: unknown = {}, options: TransactionListOptions = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(transactionListQuery, raw);
  const { where, order } = await transactionListing(db, principal, query, options);
  const [items, [total]] = await Promise.all([
    listRows(db, principal, where, query.limit, query.offset, order),
    db.select({ n: sql<number>`count(*)::int` }).from(fundTransactions).where(where),
  ]);
  return { items, total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}

/** The ledger list's filters (in scope) and order in SQL: GET /fund-transactions and its downloads. */
export async function transactionListing(db: Db, principal: Principal, query: TransactionListQuery, options: TransactionListOptions = {}) {
  const caseId = query.case ? (await requireRecord(db, principal, CASE.read, query.case)).id : undefined;
  const where = and(
    query.appropriation ? eq(fundTransactions.appropriationId, query.appropriation) : undefined,
    query.partner ? eq(fundTransactions.partnerCode, query.partner) : undefined,
    caseId ? eq(fundTransactions.caseId, caseId) : undefined,
    query.kind ? eq(fundTransactions.kind, query.kind) : undefined,
    options.withheld === 'left-out' ? sql`not ${withheldSql(principal, caseMarkings)}` : undefined,
    scopeWhere(principal, fundTransactions.partnerCode),
  );
  return { where, order: transactionOrder(principal, query) };
}

/** Ledger rows as the list shows them, a batch at a time in the list's order (for downloads). */
export const transactionRows = (db: Db, principal: Principal, where: SQL | undefined, order: SQL[], limit: number, offset: number) =>
  listRows(db, principal, where, limit, offset, order);
