import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { type Balance, balanceOf } from './rules/balance.ts';
import { appropriations, fundTransactions } from './schema.ts';

// Balances are sums over the ledger, computed in SQL every time they are shown (never a stored counter).

const sumOf = (kind: 'obligation' | 'deobligation') =>
  sql<number>`coalesce(sum(${fundTransactions.amountCents}) filter (where ${fundTransactions.kind} = ${kind}), 0)`.mapWith(Number);
/** Outstanding commitments: committed − released − obligated from commitments (of the entries `counted`, when given). */
const committedSql = (counted?: SQL) =>
  sql<number>`coalesce(sum(case when ${fundTransactions.kind} = 'commitment' then ${fundTransactions.amountCents}
    when ${fundTransactions.kind} = 'commitment_release' or ${fundTransactions.commitmentId} is not null then -${fundTransactions.amountCents} else 0 end)${
      counted ? sql` filter (where ${counted})` : sql``
    }, 0)`.mapWith(Number);

/**
 * Per appropriation: obligated and de-obligated totals, as a subquery to join. `only` (a condition on appropriations)
 * limits it to the ledgers of the money a query is about, so a partner's figures never sum the whole ledger.
 * `committedCounted` (a condition on ledger entries) narrows what `committed` sums: the balances stay whole, but a
 * figure may leave out money reserved for what its reader may not see.
 */
export function ledgerTotals(db: Db | Tx, only?: SQL, committedCounted?: SQL) {
  const allotted = only
    ? inArray(fundTransactions.appropriationId, db.select({ id: appropriations.id }).from(appropriations).where(only))
    : undefined;
  return db
    .select({
      appropriationId: fundTransactions.appropriationId,
      obligated: sumOf('obligation').as('obligated'),
      deobligated: sumOf('deobligation').as('deobligated'),
      committed: committedSql(committedCounted).as('committed'),
    })
    .from(fundTransactions)
    .where(allotted)
    .groupBy(fundTransactions.appropriationId)
    .as('ledger');
}

export async function balancesOf(db: Db | Tx, ids: readonly string[]): Promise<Map<string, Balance>> {
  const out = new Map<string, Balance>();
  if (!ids.length) return out;
  const rows = await db
    .select({
      id: appropriations.id,
      amount: appropriations.amountCents,
      obligated: sumOf('obligation'),
      deobligated: sumOf('deobligation'),
      committed: committedSql(),
    })
    .from(appropriations)
    .leftJoin(fundTransactions, eq(fundTransactions.appropriationId, appropriations.id))
    .where(inArray(appropriations.id, [...ids]))
    .groupBy(appropriations.id);
  for (const r of rows) out.set(r.id, balanceOf(r.amount, r.obligated, r.deobligated, r.committed));
  return out;
}

/** What one obligation still holds: its amount less the de-obligations returned from it. */
export async function obligationRemaining(db: Db | Tx, obligationId: string, amountCents: number): Promise<number> {
  const [row] = await db
    .select({ returned: sql<number>`coalesce(sum(${fundTransactions.amountCents}), 0)`.mapWith(Number) })
    .from(fundTransactions)
    .where(and(eq(fundTransactions.kind, 'deobligation'), eq(fundTransactions.obligationId, obligationId)));
  return amountCents - (row?.returned ?? 0);
}

/** What one commitment still holds: its amount less what was released from it or obligated from it. */
export async function commitmentRemaining(db: Db | Tx, commitmentId: string, amountCents: number): Promise<number> {
  const [row] = await db
    .select({ used: sql<number>`coalesce(sum(${fundTransactions.amountCents}), 0)`.mapWith(Number) })
    .from(fundTransactions)
    .where(eq(fundTransactions.commitmentId, commitmentId));
  return amountCents - (row?.used ?? 0);
}

/** Appropriations the principal may see: program-wide money, and money allotted to partners in scope. */
export function appropriationScope(principal: Principal): SQL | undefined {
  const scoped = scopeWhere(principal, appropriations.partnerCode);
  return scoped ? or(isNull(appropriations.partnerCode), scoped) : undefined;
}
