import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Action } from '../../platform/access/permissions.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { AppError, forbidden } from '../../platform/http/errors.ts';
import type { SdafRuleRow } from './rules/cap.ts';
import { type FundPosition, LEDGER_KINDS, type LedgerSums, positionOf } from './rules/position.ts';
import { type SdafRuleKind, sdafFund, sdafLedger, sdafRuleRows } from './schema.ts';

export const AREA = 'sdaf' as const;

/**
 * The fund's own records are read and kept by users who see every partner: a partner-scoped user sees only the
 * transfers to its partners' cases (records.ts).
 */
export function requireWholeFund(principal: Principal, action: Action): void {
  requireArea(principal, action, AREA);
  if (!principal.scope.allCountries)
    throw forbidden('Not allowed: the fund’s procurements, inventory and ledger are kept by users who see every partner');
}

/** A refused fund operation: 409 naming the field and the rule's reason (with its figures). */
export const refuse = (field: string, reason: string) => new AppError(409, 'conflict', reason, [{ path: field, message: reason }]);

/** Locks the fund's row until the transaction ends: writes that move its money are decided one after another. */
export async function lockFund(tx: Tx): Promise<void> {
  await tx.select({ id: sdafFund.id }).from(sdafFund).where(eq(sdafFund.id, 1)).for('update');
}

/** The ledger summed by kind (as of a date when given), in one query. */
export async function ledgerSums(db: Db | Tx, asOf?: string): Promise<LedgerSums> {
  const [row] = await db
    .select(
      Object.fromEntries(
        LEDGER_KINDS.map((k) => [
          k,
          sql<number>`coalesce(sum(${sdafLedger.amountCents}) filter (where ${sdafLedger.kind} = ${k}${asOf ? sql` and ${sdafLedger.onDate} <= ${asOf}` : sql``}), 0)`.mapWith(
            Number,
          ),
        ]),
      ) as Record<(typeof LEDGER_KINDS)[number], ReturnType<typeof sql<number>>>,
    )
    .from(sdafLedger);
  return row as unknown as LedgerSums;
}

export async function fundPosition(db: Db | Tx): Promise<FundPosition> {
  return positionOf(await ledgerSums(db));
}

export async function ruleRows(db: Db | Tx, kind: SdafRuleKind): Promise<SdafRuleRow[]> {
  const rows = await db.select().from(sdafRuleRows).where(eq(sdafRuleRows.kind, kind)).orderBy(asc(sdafRuleRows.effectiveFrom));
  return rows.map((r) => ({ effectiveFrom: r.effectiveFrom, value: r.value, source: r.source, verified: r.verified }));
}
