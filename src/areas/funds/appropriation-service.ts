import { and, eq, gt, gte, isNotNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { addDays, todayIso } from '../../platform/dates.ts';
import { AppError, badRequest, forbidden } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import { partners } from '../countries/public.ts';
import { appropriationScope, balancesOf, ledgerTotals } from './ledger.ts';
import {
  appropriationListQuery,
  appropriationSorting,
  type CreateAppropriationInput,
  createAppropriationInput,
  updateAppropriationInput,
} from './model.ts';
import { APPROPRIATION, stored } from './records.ts';
import { endsBeforeFiscalYear, FISCAL_YEAR_SOURCE, fiscalYearStart, periodEnd } from './rules/availability.ts';
import { type Balance, balanceOf, type Decision, decideAmountChange, decideAnnualCap } from './rules/balance.ts';
import { appropriations, fundPrograms } from './schema.ts';

export type AppropriationRow = typeof appropriations.$inferSelect;
const AREA = 'funds' as const;

/** A refused fund operation: 409 with the rule's reason on the field it concerns. */
export function refuse(decision: Decision & { ok: false }): AppError {
  return new AppError(409, 'conflict', decision.reason, [{ path: decision.field, message: decision.reason }]);
}

export function appropriationView(row: AppropriationRow & { programName: string; title: number }, balance: Balance, today: string) {
  const { createdAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    title: row.title as 10 | 22,
    ...balance,
    expired: row.availableUntil !== null && row.availableUntil < today,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

export async function listAppropriations(db: Db, principal: Principal, raw: unknown = {}, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(appropriationListQuery, raw);
  const ledger = ledgerTotals(db);
  const available = sql`${appropriations.amountCents} - coalesce(${ledger.obligated}, 0) + coalesce(${ledger.deobligated}, 0)`;
  const conditions: (SQL | undefined)[] = [
    appropriationScope(principal),
    query.program ? eq(appropriations.programCode, query.program) : undefined,
    query.partner ? eq(appropriations.partnerCode, query.partner) : undefined,
    query.fiscalYear ? eq(appropriations.fiscalYear, query.fiscalYear) : undefined,
    query.title ? eq(fundPrograms.title, Number(query.title)) : undefined,
    query.state === 'available'
      ? and(or(sql`${appropriations.availableUntil} is null`, gte(appropriations.availableUntil, today)), gt(available, 0))
      : undefined,
    query.state === 'expiring'
      ? and(
          isNotNull(appropriations.availableUntil),
          gte(appropriations.availableUntil, today),
          lte(appropriations.availableUntil, addDays(today, query.days)),
          gt(available, 0),
        )
      : undefined,
    query.state === 'expired' ? lt(appropriations.availableUntil, today) : undefined,
  ];
  const where = and(...conditions);
  const base = db
    .select({
      row: appropriations,
      programName: fundPrograms.name,
      title: fundPrograms.title,
      partnerName: partners.name,
      obligated: ledger.obligated,
      deobligated: ledger.deobligated,
      committed: ledger.committed,
    })
    .from(appropriations)
    .innerJoin(fundPrograms, eq(fundPrograms.code, appropriations.programCode))
    .leftJoin(partners, eq(partners.code, appropriations.partnerCode))
    .leftJoin(ledger, eq(ledger.appropriationId, appropriations.id))
    .where(where);
  const [rows, [total]] = await Promise.all([
    base
      .orderBy(
        ...appropriationSorting.orderBy(
          {
            name: appropriations.name,
            program: appropriations.programCode,
            partner: appropriations.partnerCode,
            fiscalYear: appropriations.fiscalYear,
            until: appropriations.availableUntil,
            amount: appropriations.amountCents,
            obligated: sql`coalesce(${ledger.obligated}, 0) - coalesce(${ledger.deobligated}, 0)`,
            available,
          },
          query,
          appropriations.programCode,
          appropriations.name,
          appropriations.id,
        ),
      )
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({
        n: sql<number>`count(*)::int`,
        available: sql<number>`coalesce(sum(${available}), 0)`.mapWith(Number),
        amount: sql<number>`coalesce(sum(${appropriations.amountCents}), 0)`.mapWith(Number),
      })
      .from(appropriations)
      .innerJoin(fundPrograms, eq(fundPrograms.code, appropriations.programCode))
      .leftJoin(ledger, eq(ledger.appropriationId, appropriations.id))
      .where(where),
  ]);
  return {
    items: rows.map((r) => ({
      ...appropriationView(
        { ...r.row, programName: r.programName, title: r.title },
        balanceOf(r.row.amountCents, r.obligated ?? 0, r.deobligated ?? 0, r.committed ?? 0),
        today,
      ),
      partnerName: r.partnerName,
    })),
    total: total?.n ?? 0,
    totals: { amountCents: total?.amount ?? 0, availableCents: total?.available ?? 0 },
    limit: query.limit,
    offset: query.offset,
  };
}

export async function getAppropriation(db: Db | Tx, principal: Principal, id: string, today = todayIso()) {
  const row = stored(await requireRecord(db, principal, APPROPRIATION.read, id));
  const [program] = await db.select().from(fundPrograms).where(eq(fundPrograms.code, row.programCode));
  const balance = (await balancesOf(db, [row.id])).get(row.id)!;
  return appropriationView({ ...row, programName: program!.name, title: program!.title }, balance, today);
}

/**
 * The appropriation money is drawn from, locked (SELECT … FOR UPDATE) until the transaction ends: obligations,
 * commitments and their returns on one appropriation are decided one after another and cannot overdraw it.
 */
export async function lockAppropriation(tx: Tx, principal: Principal, id: string): Promise<AppropriationRow> {
  return stored(await requireRecord(tx, principal, APPROPRIATION.write, id, { lock: true }));
}

function requireAllotmentWriter(principal: Principal, partnerCode: string | null) {
  requireArea(principal, 'write', AREA, partnerCode);
  if (partnerCode === null && !principal.scope.allCountries)
    throw forbidden('Not allowed: program-wide money is kept by users who see every partner');
}

export async function createAppropriation(db: Db, principal: Principal, raw: CreateAppropriationInput, today = todayIso()) {
  const input = parseInput(createAppropriationInput, raw);
  requireAllotmentWriter(principal, input.partnerCode);
  const id = await db.transaction(async (tx) => {
    const [program] = await tx.select().from(fundPrograms).where(eq(fundPrograms.code, input.programCode)).for('update');
    if (!program?.active) throw badRequest('Unknown program', [{ path: 'programCode', message: `no active program ${input.programCode}` }]);
    if (input.partnerCode) {
      const [partner] = await tx.select({ code: partners.code }).from(partners).where(eq(partners.code, input.partnerCode));
      if (!partner) throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner ${input.partnerCode}` }]);
    }
    const period = availability(program.title as 10 | 22, input.statedYear, input.availableUntil);
    requireWithinFiscalYear(period.lastDay, input.fiscalYear, program.title === 10 ? 'statedYear' : 'availableUntil');
    await checkCap(tx, program, input.fiscalYear, input.amountCents, null);
    const [row] = await tx
      .insert(appropriations)
      .values({
        ...input,
        statedYear: program.title === 10 ? input.statedYear : null,
        availableUntil: period.lastDay,
        availabilityBasis: period.basis,
      })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'appropriation',
      action: 'appropriation.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return row!.id;
  });
  return getAppropriation(db, principal, id, today);
}

function availability(title: 10 | 22, statedYear: number | null, availableUntil: string | null) {
  if (title === 10) {
    if (statedYear === null)
      throw badRequest('Title 10 money cancels on 30 September of its stated year', [
        { path: 'statedYear', message: 'give the stated year (SAMM App 6 note)' },
      ]);
    if (availableUntil !== null && availableUntil !== periodEnd(10, statedYear, null).lastDay) {
      throw badRequest('Title 10 money ends on 30 September of its stated year', [
        { path: 'availableUntil', message: 'leave empty: it follows from statedYear' },
      ]);
    }
  } else if (statedYear !== null) {
    throw badRequest('A stated year applies to Title 10 money', [
      { path: 'statedYear', message: 'enter the period of availability instead' },
    ]);
  }
  return periodEnd(title, statedYear, availableUntil);
}

/** 400 naming `path` when the money would stop being available before its fiscal year begins (rules/availability.ts). */
function requireWithinFiscalYear(lastDay: string | null, fiscalYear: number, path: string) {
  if (endsBeforeFiscalYear(lastDay, fiscalYear))
    throw badRequest(`FY${fiscalYear} money cannot be available only until ${lastDay}: ${FISCAL_YEAR_SOURCE}`, [
      { path, message: `the period of availability ends on or after ${fiscalYearStart(fiscalYear)}` },
    ]);
}

async function checkCap(
  tx: Tx,
  program: typeof fundPrograms.$inferSelect,
  fiscalYear: number,
  amountCents: number,
  exceptId: string | null,
) {
  if (program.annualCapCents === null) return;
  const [other] = await tx
    .select({ total: sql<number>`coalesce(sum(${appropriations.amountCents}), 0)`.mapWith(Number) })
    .from(appropriations)
    .where(
      and(
        eq(appropriations.programCode, program.code),
        eq(appropriations.fiscalYear, fiscalYear),
        exceptId ? ne(appropriations.id, exceptId) : undefined,
      ),
    );
  const decision = decideAnnualCap(program.annualCapCents, other?.total ?? 0, amountCents, fiscalYear);
  if (!decision.ok) throw refuse(decision);
}

export async function updateAppropriation(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const { version, ...changes } = parseInput(updateAppropriationInput, raw);
  await db.transaction(async (tx) => {
    const before = await lockAppropriation(tx, principal, id);
    requireAllotmentWriter(principal, before.partnerCode);
    requireVersion('Appropriation', version, before.version);
    const [program] = await tx.select().from(fundPrograms).where(eq(fundPrograms.code, before.programCode)).for('update');
    if (changes.availableUntil !== undefined && program!.title === 10) {
      throw badRequest('Title 10 money ends on 30 September of its stated year', [
        { path: 'availableUntil', message: 'follows from the stated year' },
      ]);
    }
    if (changes.amountCents !== undefined) {
      const decision = decideAmountChange((await balancesOf(tx, [id])).get(id)!, changes.amountCents);
      if (!decision.ok) throw refuse(decision);
      await checkCap(tx, program!, before.fiscalYear, changes.amountCents, id);
    }
    const period = changes.availableUntil !== undefined ? periodEnd(22, null, changes.availableUntil) : null;
    if (period) requireWithinFiscalYear(period.lastDay, before.fiscalYear, 'availableUntil');
    const [after] = await tx
      .update(appropriations)
      .set({
        ...changes,
        ...(period ? { availableUntil: period.lastDay, availabilityBasis: period.basis } : {}),
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(appropriations.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'appropriation',
      action: 'appropriation.updated',
      entityId: id,
      countryCode: before.partnerCode,
      before,
      after,
    });
  });
  return getAppropriation(db, principal, id, today);
}
