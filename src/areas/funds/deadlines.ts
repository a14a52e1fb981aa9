import { and, eq, gt, gte, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import type { DeadlineWindow, RegisteredSource } from '../../platform/deadlines/registry.ts';
import { appropriationScope, ledgerTotals } from './ledger.ts';
import { TITLE_10_CANCELLATION } from './rules/availability.ts';
import { appropriations, fundPrograms } from './schema.ts';

/** Title 10 money cancels at midnight 30 September of its stated year; the clock is open while money is left unobligated. */
async function title10Expiring(db: Db, principal: Principal, window: DeadlineWindow) {
  const ledger = ledgerTotals(db, and(lte(appropriations.availableUntil, window.to), appropriationScope(principal)));
  const available = sql`${appropriations.amountCents} - coalesce(${ledger.obligated}, 0) + coalesce(${ledger.deobligated}, 0)`;
  const conditions: (SQL | undefined)[] = [
    eq(fundPrograms.title, 10),
    isNotNull(appropriations.availableUntil),
    lte(appropriations.availableUntil, window.to),
    window.from ? gte(appropriations.availableUntil, window.from) : undefined,
    gt(available, 0),
    appropriationScope(principal),
  ];
  const rows = await db
    .select({ id: appropriations.id, name: appropriations.name, programCode: appropriations.programCode, partnerCode: appropriations.partnerCode, due: appropriations.availableUntil, available: sql<number>`${available}`.mapWith(Number) })
    .from(appropriations)
    .innerJoin(fundPrograms, eq(fundPrograms.code, appropriations.programCode))
    .leftJoin(ledger, eq(ledger.appropriationId, appropriations.id))
    .where(and(...conditions));
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

export const fundDeadlineSources: RegisteredSource[] = [
  { area: 'funds', kind: 'funds.expires', label: 'Title 10 money cancels', list: title10Expiring },
];
