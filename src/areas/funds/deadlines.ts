import { and, eq, gt, gte, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { anyOf, prepared } from '../../db/prepared.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeParams } from '../../platform/access/scope-sql.ts';
import type { DeadlineSourceDef, DeadlineWindow } from '../../platform/deadlines/source.ts';
import { ledgerTotals } from './ledger.ts';
import { TITLE_10_CANCELLATION } from './rules/availability.ts';
import { appropriations, fundPrograms } from './schema.ts';

/** The statement, prepared once per shape (scope listed or not, window open at the start or not). */
function title10Statement(db: Db, scoped: boolean, bounded: boolean) {
  return prepared(db, `deadlines.funds.${scoped}.${bounded}`, (name) => {
    // Program-wide money, and money allotted to partners in scope (appropriationScope, as a parameter).
    const visible = scoped ? or(isNull(appropriations.partnerCode), anyOf(appropriations.partnerCode, 'scope')) : undefined;
    const ledger = ledgerTotals(db, and(lte(appropriations.availableUntil, sql.placeholder('to')), visible));
    const available = sql`${appropriations.amountCents} - coalesce(${ledger.obligated}, 0) + coalesce(${ledger.deobligated}, 0)`;
    const conditions: (SQL | undefined)[] = [
      eq(fundPrograms.title, 10),
      isNotNull(appropriations.availableUntil),
      lte(appropriations.availableUntil, sql.placeholder('to')),
      bounded ? gte(appropriations.availableUntil, sql.placeholder('from')) : undefined,
      gt(available, 0),
      visible,
    ];
    return db
      .select({
        id: appropriations.id,
        name: appropriations.name,
        programCode: appropriations.programCode,
        partnerCode: appropriations.partnerCode,
        due: appropriations.availableUntil,
        available: sql<number>`${available}`.mapWith(Number),
      })
      .from(appropriations)
      .innerJoin(fundPrograms, eq(fundPrograms.code, appropriations.programCode))
      .leftJoin(ledger, eq(ledger.appropriationId, appropriations.id))
      .where(and(...conditions))
      .orderBy(appropriations.availableUntil)
      .limit(sql.placeholder('limit'))
      .prepare(name);
  });
}

/** Title 10 money cancels at midnight 30 September of its stated year; the clock is open while money is left unobligated. */
async function title10Expiring(db: Db, principal: Principal, window: DeadlineWindow) {
  const { listed, scope } = scopeParams(principal);
  const rows = await title10Statement(db, listed, window.from !== null).execute({
    scope,
    to: window.to,
    from: window.from,
    limit: window.limit ?? null,
  });
  return rows.map((r) => ({
    id: `funds.expires:${r.id}`,
    area: 'funds' as const,
    kind: 'funds.expires',
    title: `${r.programCode} ${r.name}: $${(r.available / 100).toLocaleString('en-US')} unobligated cancels`,
    dueDate: r.due!,
    partnerCode: r.partnerCode,
    entityType: 'appropriation',
    entityId: r.id,
    link: `/funds/appropriations/${r.id}`,
    source: TITLE_10_CANCELLATION.source,
  }));
}

export const fundDeadlineSources: DeadlineSourceDef[] = [
  { area: 'funds', kind: 'funds.expires', label: 'Title 10 money cancels', list: title10Expiring },
];
