// The statutory cap on the Special Defense Acquisition Fund — AECA 51 (22 U.S.C. 2795); history in shared/domain.md §7.

/** A row of a dated SDAF rule table: the statutory cap (cents) or the contract administration surcharge (basis points). */
export interface SdafRuleRow {
  effectiveFrom: string;
  value: number;
  source: string;
  verified: boolean;
}

const AECA_51 = 'AECA 51 (22 U.S.C. 2795), cap history in shared/domain.md §7 [confirmed: GAO NSIAD-85-18, P.L. 99-83]';

/**
 * The cap rows shipped with the migration. The source names fiscal years for the first two (FY82 begins 1 Oct 1981,
 * FY83 1 Oct 1982) and calendar years only for the others: those rows start on 1 January of the year named and are
 * unverified until an administrator records the exact date as a new row. A closed fund has a cap of zero.
 */
export const SHIPPED_CAP_ROWS: readonly SdafRuleRow[] = [
  { effectiveFrom: '1981-10-01', value: 300_000_000_00, source: `${AECA_51}: $300M for FY82`, verified: true },
  { effectiveFrom: '1982-10-01', value: 600_000_000_00, source: `${AECA_51}: $600M from FY83`, verified: true },
  { effectiveFrom: '1995-01-01', value: 0, source: `${AECA_51}: fund closed in 1995 (day to verify)`, verified: false },
  {
    effectiveFrom: '2012-01-01',
    value: 100_000_000_00,
    source: `${AECA_51}: re-established at $100M in 2012 (day to verify)`,
    verified: false,
  },
  {
    effectiveFrom: '2015-01-01',
    value: 900_000_000_00,
    source: `${AECA_51}: $900M from 2015 (day to verify; today's cap [to verify])`,
    verified: false,
  },
];

/** The row in force on a date: the latest effective on or before it (undefined before the first). */
export function rowInForce<T extends SdafRuleRow>(table: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const row of table) if (row.effectiveFrom <= date && (!found || row.effectiveFrom > found.effectiveFrom)) found = row;
  return found;
}

/** What the fund holds, from its ledger (rules/fund-position.ts). */
export interface FundSize {
  /** Capital credited plus reimbursements, less the cost of inventory transferred out. */
  sizeCents: number;
}

export type CapDecision =
  | { ok: true; capCents: number; headroomCents: number; row: SdafRuleRow }
  | { ok: false; field: string; reason: string; capCents: number | null; sizeCents: number; amountCents: number };

const usd = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * May the fund grow by `amountCents` on `date`? Never beyond the cap in force that day (AECA 51). `field` names the
 * input that would grow it (a capital credit's amount, a transfer's reimbursement).
 */
export function decideGrowth(table: readonly SdafRuleRow[], date: string, size: FundSize, amountCents: number, field: string): CapDecision {
  const row = rowInForce(table, date);
  if (!row)
    return {
      ok: false,
      field,
      reason: `No statutory cap is in force on ${date}: the fund did not exist (AECA 51 applies from FY82)`,
      capCents: null,
      sizeCents: size.sizeCents,
      amountCents,
    };
  const after = size.sizeCents + amountCents;
  if (after > row.value)
    return {
      ok: false,
      field,
      reason: `The statutory cap of ${usd(row.value)} in force on ${date} (${row.source}) would be exceeded: the fund holds ${usd(size.sizeCents)}, adding ${usd(amountCents)} makes ${usd(after)}, ${usd(after - row.value)} over`,
      capCents: row.value,
      sizeCents: size.sizeCents,
      amountCents,
    };
  return { ok: true, capCents: row.value, headroomCents: row.value - after, row };
}
