// What is already obligated under a condition, net of de-obligations: the figures the gate and the pages compare with
// the condition's ceiling. Always summed from the funds ledger, never stored.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { cases } from '../../cases/public.ts';
import { appropriations, fundTransactions } from '../../funds/public.ts';

/** The code money is under: the case identifier's customer code, or the partner's code without a case. */
export const obligationCodeSql = sql<string>`coalesce(split_part(${cases.identifier}, '-', 1), ${fundTransactions.partnerCode})`;

export interface ObligatedFilter {
  programCode: string;
  fiscalYear: number | null;
  partnerCode?: string;
  code?: string | null;
}

export async function netObligatedCents(db: Db | Tx, filter: ObligatedFilter): Promise<number> {
  const where: (SQL | undefined)[] = [
    eq(appropriations.programCode, filter.programCode),
    filter.fiscalYear === null ? undefined : eq(appropriations.fiscalYear, filter.fiscalYear),
    filter.partnerCode ? eq(fundTransactions.partnerCode, filter.partnerCode) : undefined,
    filter.code ? sql`${obligationCodeSql} = ${filter.code}` : undefined,
  ];
  const [row] = await db
    .select({
      net: sql<number>`coalesce(sum(case ${fundTransactions.kind} when 'obligation' then ${fundTransactions.amountCents} when 'deobligation' then -${fundTransactions.amountCents} else 0 end), 0)::bigint`.mapWith(
        Number,
      ),
    })
    .from(fundTransactions)
    .innerJoin(appropriations, eq(appropriations.id, fundTransactions.appropriationId))
    .leftJoin(cases, eq(cases.id, fundTransactions.caseId))
    .where(and(...where));
  return row?.net ?? 0;
}

/** What was appropriated under a program for a fiscal year (the base of a ceiling given as a share). */
export async function appropriatedCents(db: Db | Tx, programCode: string, fiscalYear: number | null): Promise<number> {
  if (fiscalYear === null) return 0;
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${appropriations.amountCents}), 0)::bigint`.mapWith(Number) })
    .from(appropriations)
    .where(and(eq(appropriations.programCode, programCode), eq(appropriations.fiscalYear, fiscalYear)));
  return row?.total ?? 0;
}
