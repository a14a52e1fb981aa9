import { and, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { ceilingQuery } from './model.ts';
import { AREA } from './records.ts';
import { ceilingExceeded, NoEdaRuleInForce } from './rules/eda-rules.ts';
import { ANNUAL_CEILINGS } from './rules/tables.ts';
import { fiscalYearOf } from './rules/value.ts';
import { edaCeilingYears, edaRequests } from './schema.ts';

const COUNTED = ['authorized', 'transferred'] as const;

/** What a fiscal year's grants have counted against the ceiling so far (every partner: the ceiling is one figure). */
async function countedIn(tx: Db | Tx, fiscalYear: number, exceptId?: string) {
  const [row] = await tx
    .select({ cents: sql<number>`coalesce(sum(${edaRequests.ceilingCents}), 0)`.mapWith(Number) })
    .from(edaRequests)
    .where(
      and(
        eq(edaRequests.fiscalYear, fiscalYear),
        inArray(edaRequests.status, [...COUNTED]),
        exceptId ? ne(edaRequests.id, exceptId) : undefined,
      ),
    );
  return row?.cents ?? 0;
}

/**
 * FAA 516(g): takes the fiscal year's row lock, so that parallel authorizations are decided one after another, and refuses
 * (409 with the figures) a grant that would take the year's aggregate current value above the ceiling. Returns what the
 * grant counts (null for a ship, excluded) and the fiscal year.
 */
export async function claimCeiling(tx: Tx, grant: { id: string; date: string; currentValueCents: number; ship: boolean }) {
  const fiscalYear = fiscalYearOf(grant.date);
  await tx.insert(edaCeilingYears).values({ fiscalYear }).onConflictDoNothing();
  await tx.select().from(edaCeilingYears).where(eq(edaCeilingYears.fiscalYear, fiscalYear)).for('update');
  const already = await countedIn(tx, fiscalYear, grant.id);
  let check: ReturnType<typeof ceilingExceeded>;
  try {
    check = ceilingExceeded(fiscalYear, already, grant.currentValueCents, grant.ship);
  } catch (error) {
    if (error instanceof NoEdaRuleInForce) throw new AppError(409, 'conflict', error.message, [{ path: 'date', message: error.message }]);
    throw error;
  }
  if (check.exceeded) {
    const dollars = (c: number) => `$${(c / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    const message = `The FY${fiscalYear} EDA grant ceiling of ${dollars(check.ceilingCents!)} (current value) would be exceeded: ${dollars(already)} already authorised + ${dollars(grant.currentValueCents)} = ${dollars(check.totalCents)}`;
    throw new AppError(409, 'conflict', message, [{ path: 'authorizedQuantity', message: `${check.source}` }]);
  }
  return { fiscalYear, ceilingCents: check.ceilingCents === null ? null : grant.currentValueCents };
}

/** The ceiling per fiscal year: the figure in force, what grants have counted against it, what is left. */
export async function ceilingView(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(ceilingQuery, raw);
  const used = await db
    .selectDistinct({ fy: edaRequests.fiscalYear })
    .from(edaRequests)
    .where(isNotNull(edaRequests.fiscalYear))
    .orderBy(desc(edaRequests.fiscalYear));
  const years = query.fiscalYear
    ? [query.fiscalYear]
    : [...new Set([fiscalYearOf(todayIso()), ...used.map((u) => u.fy!)])].sort((a, b) => b - a);
  const out = [];
  for (const fiscalYear of years) {
    const row = [...ANNUAL_CEILINGS].reverse().find((r) => r.fromFiscalYear <= fiscalYear);
    const authorizedCents = await countedIn(db, fiscalYear);
    out.push({
      fiscalYear,
      ceilingCents: row?.ceilingCents ?? null,
      authorizedCents,
      remainingCents: row ? row.ceilingCents - authorizedCents : null,
      source: row?.source ?? 'No FAA 516(g) ceiling in the EDA rule tables for this fiscal year',
      verified: row?.verified ?? false,
    });
  }
  return out;
}
