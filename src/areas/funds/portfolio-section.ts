import { and, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { anyOf, notWithheld, prepared } from '../../db/prepared.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeParams } from '../../platform/access/scope-sql.ts';
import { addDays } from '../../platform/dates.ts';
import {
  EXPIRING_WITHIN_DAYS,
  figure,
  type PortfolioFigure,
  type PortfolioSection,
  push,
} from '../../platform/sections/portfolio-section.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { ledgerTotals } from './ledger.ts';
import { appropriations, fundTransactions } from './schema.ts';

/**
 * The figures' one statement, prepared once per shape (scope listed, partners named, reader lacking need-to-know):
 * money by program, then each partner's net obligations. For a reader without need-to-know (`masked`) money committed
 * or obligated on a case withheld from them is left out of the committed and obligated figures: in a partner's figures
 * it would pair the purchaser with a pending sale. What is available stays the appropriation's true balance.
 */
function fundStatement(db: Db, scoped: boolean, some: boolean, masked: boolean) {
  return prepared(db, `portfolio.funds.${scoped}.${some}.${masked}`, (name) => {
    const counted = masked ? notWithheld(caseMarkingsOf(fundTransactions.caseId), 'unheld') : undefined;
    const ledger = ledgerTotals(db, some ? anyOf(appropriations.partnerCode, 'partners') : undefined, counted);
    const available = sql`(${appropriations.amountCents} - coalesce(${ledger.obligated}, 0) + coalesce(${ledger.deobligated}, 0))`;
    const live = sql`(${appropriations.availableUntil} is null or ${appropriations.availableUntil} >= ${sql.placeholder('today')})`;
    const soon = sql`(${appropriations.availableUntil} between ${sql.placeholder('today')} and ${sql.placeholder('soon')})`;
    const allotted: (SQL | undefined)[] = [
      isNotNull(appropriations.partnerCode),
      scoped ? anyOf(appropriations.partnerCode, 'scope') : undefined,
      some ? anyOf(appropriations.partnerCode, 'partners') : undefined,
    ];
    const zero = sql<number>`0::bigint`.mapWith(Number);
    // Program null marks the second part: the net obligations of each partner from any appropriation.
    return db
      .select({
        partnerCode: sql<string>`${appropriations.partnerCode}`,
        programCode: sql<string | null>`${appropriations.programCode}`,
        available: sql<number>`coalesce(sum(${available}) filter (where ${live}), 0)::bigint`.mapWith(Number),
        expiring: sql<number>`coalesce(sum(${available}) filter (where ${soon}), 0)::bigint`.mapWith(Number),
        committed: sql<number>`coalesce(sum(${ledger.committed}) filter (where ${live}), 0)::bigint`.mapWith(Number),
        obligated: zero,
      })
      .from(appropriations)
      .leftJoin(ledger, eq(ledger.appropriationId, appropriations.id))
      .where(and(...allotted))
      .groupBy(appropriations.partnerCode, appropriations.programCode)
      .unionAll(
        db
          .select({
            partnerCode: fundTransactions.partnerCode,
            programCode: sql<string | null>`null`,
            available: zero,
            expiring: zero,
            committed: zero,
            obligated:
              sql<number>`coalesce(sum(case ${fundTransactions.kind} when 'obligation' then ${fundTransactions.amountCents} when 'deobligation' then -${fundTransactions.amountCents} else 0 end), 0)::bigint`.mapWith(
                Number,
              ),
          })
          .from(fundTransactions)
          .where(
            and(
              scoped ? anyOf(fundTransactions.partnerCode, 'scope') : undefined,
              some ? anyOf(fundTransactions.partnerCode, 'partners') : undefined,
              counted,
            ),
          )
          .groupBy(fundTransactions.partnerCode),
      )
      .prepare(name);
  });
}

/**
 * A partner's money: available (allotted to the partner, not expired; of which committed to cases or programs), obligated (net, from any appropriation), and
 * available money whose period of availability ends within 90 days; by program. The same ledger sums as the funds API,
 * less (for a reader without need-to-know) the money committed or obligated on cases withheld from them.
 */
async function fundFigures(db: Db, principal: Principal, partnerCodes: readonly string[] | null, today: string) {
  const { listed, scope, unheld } = scopeParams(principal);
  const rows = await fundStatement(db, listed, partnerCodes !== null, unheld.length > 0).execute({
    scope,
    unheld,
    partners: [...(partnerCodes ?? [])],
    today,
    soon: addDays(today, EXPIRING_WITHIN_DAYS),
  });
  const byProgram = rows.flatMap((r) => (r.programCode === null ? [] : [{ ...r, programCode: r.programCode }]));
  const obligated = rows.filter((r) => r.programCode === null);
  const totals = new Map<string, { available: number; expiring: number; obligated: number; committed: number }>();
  const at = (code: string) => totals.get(code) ?? totals.set(code, { available: 0, expiring: 0, obligated: 0, committed: 0 }).get(code)!;
  for (const r of byProgram) {
    at(r.partnerCode).available += r.available;
    at(r.partnerCode).expiring += r.expiring;
    at(r.partnerCode).committed += r.committed;
  }
  for (const r of obligated) at(r.partnerCode).obligated += r.obligated;
  const out = new Map<string, PortfolioFigure[]>();
  for (const [code, t] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    push(
      out,
      code,
      figure({
        key: 'funds.available',
        label: 'Funds available',
        cents: t.available,
        link: `/funds/appropriations?partner=${code}&state=available`,
      }),
    );
    push(
      out,
      code,
      figure({
        key: 'funds.committed',
        label: 'Of which committed',
        cents: t.committed,
        link: `/funds/transactions?partner=${code}&kind=commitment`,
      }),
    );
    push(
      out,
      code,
      figure({ key: 'funds.obligated', label: 'Funds obligated (net)', cents: t.obligated, link: `/funds/transactions?partner=${code}` }),
    );
    push(
      out,
      code,
      figure({
        key: 'funds.expiring',
        label: `Expiring in ${EXPIRING_WITHIN_DAYS} days`,
        cents: t.expiring,
        risk: 'expiring',
        link: `/funds/appropriations?partner=${code}&state=expiring&days=${EXPIRING_WITHIN_DAYS}`,
      }),
    );
  }
  for (const r of [...byProgram].sort((a, b) => a.programCode.localeCompare(b.programCode))) {
    push(
      out,
      r.partnerCode,
      figure({
        key: `funds.program.${r.programCode}`,
        label: r.programCode,
        group: 'by_program',
        count: null,
        cents: r.available,
        link: `/funds/appropriations?partner=${r.partnerCode}&program=${r.programCode}`,
      }),
    );
  }
  return out;
}

export const fundsPortfolioSection: PortfolioSection = {
  id: 'funds',
  area: 'funds',
  label: 'Funds',
  order: 20,
  figures: fundFigures,
};
