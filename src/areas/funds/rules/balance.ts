// Fund arithmetic (issue 6): available = appropriated − obligated + de-obligated, never negative; no new obligation after the
// period of availability (shared/domain.md §8). Amounts are integer cents.
import { availableOn } from './availability.ts';

export type LedgerKind = 'obligation' | 'deobligation';
export interface LedgerEntry {
  kind: LedgerKind;
  amountCents: number;
}

export interface Balance {
  appropriatedCents: number;
  obligatedCents: number;
  deobligatedCents: number;
  /** Net obligations: obligated − de-obligated. */
  netObligatedCents: number;
  availableCents: number;
}

export function balanceOf(appropriatedCents: number, obligatedCents: number, deobligatedCents: number): Balance {
  const netObligatedCents = obligatedCents - deobligatedCents;
  return { appropriatedCents, obligatedCents, deobligatedCents, netObligatedCents, availableCents: appropriatedCents - netObligatedCents };
}

export function fundBalance(appropriatedCents: number, entries: readonly LedgerEntry[]): Balance {
  let obligated = 0;
  let deobligated = 0;
  for (const e of entries) {
    if (e.kind === 'obligation') obligated += e.amountCents;
    else deobligated += e.amountCents;
  }
  return balanceOf(appropriatedCents, obligated, deobligated);
}

export type Decision = { ok: true } | { ok: false; reason: string; field: string };

const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** May `amountCents` be obligated on `onDate` from money with `balance` whose last day is `lastDay`? */
export function decideObligation(balance: Balance, amountCents: number, onDate: string, lastDay: string | null): Decision {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return { ok: false, reason: 'An obligation is a positive amount of whole cents', field: 'amountCents' };
  if (!availableOn(lastDay, onDate)) {
    return { ok: false, reason: `The period of availability ended on ${lastDay}: no new obligation on ${onDate}`, field: 'onDate' };
  }
  if (amountCents > balance.availableCents) {
    return { ok: false, reason: `Only ${dollars(balance.availableCents)} is available; ${dollars(amountCents)} would overdraw the fund by ${dollars(amountCents - balance.availableCents)}`, field: 'amountCents' };
  }
  return { ok: true };
}

/** A de-obligation returns money from one obligation, never more than that obligation still holds. */
export function decideDeobligation(obligationRemainingCents: number, amountCents: number): Decision {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) return { ok: false, reason: 'A de-obligation is a positive amount of whole cents', field: 'amountCents' };
  if (amountCents > obligationRemainingCents) {
    return { ok: false, reason: `The obligation holds ${dollars(obligationRemainingCents)}; ${dollars(amountCents)} cannot be returned from it`, field: 'amountCents' };
  }
  return { ok: true };
}

/** An appropriation's amount may change, but never below what is already obligated (available stays ≥ 0). */
export function decideAmountChange(balance: Balance, newAmountCents: number): Decision {
  if (!Number.isSafeInteger(newAmountCents) || newAmountCents <= 0) return { ok: false, reason: 'The amount is a positive number of whole cents', field: 'amountCents' };
  if (newAmountCents < balance.netObligatedCents) {
    return { ok: false, reason: `${dollars(balance.netObligatedCents)} is already obligated; the amount cannot go below it`, field: 'amountCents' };
  }
  return { ok: true };
}

/** Cap on an authority per fiscal year (e.g. FAA 506(a)(1) $100M/FY, shared/domain.md §9): appropriations of that year may not exceed it. */
export function decideAnnualCap(capCents: number | null, otherThisYearCents: number, amountCents: number, fiscalYear: number): Decision {
  if (capCents === null || otherThisYearCents + amountCents <= capCents) return { ok: true };
  return { ok: false, reason: `FY${fiscalYear} would total ${dollars(otherThisYearCents + amountCents)}, over the authority's cap of ${dollars(capCents)} a fiscal year`, field: 'amountCents' };
}
