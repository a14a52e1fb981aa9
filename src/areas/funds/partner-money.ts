import { and, asc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { balancesOf } from './ledger.ts';
import { appropriations } from './schema.ts';

/**
 * A partner's allotments under the programs named that are still available on the date, oldest first (fiscal year,
 * then creation), each with what a new obligation outside a commitment may use (its uncommitted balance).
 */
export async function partnerMoneyOldestFirst(db: Db | Tx, partnerCode: string, programCodes: readonly string[], onDate: string) {
  const rows = await db
    .select({
      id: appropriations.id,
      name: appropriations.name,
      fiscalYear: appropriations.fiscalYear,
      programCode: appropriations.programCode,
    })
    .from(appropriations)
    .where(
      and(
        eq(appropriations.partnerCode, partnerCode),
        inArray(appropriations.programCode, [...programCodes]),
        or(isNull(appropriations.availableUntil), gte(appropriations.availableUntil, onDate)),
      ),
    )
    .orderBy(asc(appropriations.fiscalYear), asc(appropriations.createdAt), asc(appropriations.id));
  const balances = await balancesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, usableCents: balances.get(r.id)!.uncommittedCents }));
}
