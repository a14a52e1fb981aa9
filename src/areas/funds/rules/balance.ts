// Fund arithmetic (issue 6): available = appropriated − obligated + de-obligated, never negative; no new obligation after the
// period of availability (shared/domain.md §8). Commitments reserve available money for a case or program ahead of its
// obligation: uncommitted = available − outstanding commitments, never negative either. Amounts are integer cents.
import { availableOn } from './availability.ts';

export type LedgerKind = 'commitment' | 'commitment_release' | 'obligation' | 'deobligation';
export interface LedgerEntry {
  kind: LedgerKind;
  amountCents: number;
  /** An obligation drawn from a commitment (or a release of one). */
  fromCommitment?: boolean;
}

export interface Balance {
  appropriatedCents: number;
  obligatedCents: number;
  deobligatedCents: number;
  /** Net obligations: obligated − de-obligated. */
  netObligatedCents: number;
  availableCents: number;
  /** Commitments not yet obligated or released. */
  committedCents: number;
  /** available − outstanding commitments: what a new commitment, or an obligation outside any commitment, may use. */
  uncommittedCents: number;
}

export function balanceOf(appropriatedCents: number, obligatedCents: number, deobligatedCents: number, committedCents = 0): Balance {
  const netObligatedCents = obligatedCents - deobligatedCents;
  const availableCents = appropriatedCents - netObligatedCents;
  return {
    appropriatedCents,
    obligatedCents,
    deobligatedCents,
    netObligatedCents,
    availableCents,
    committedCents,
    uncommittedCents: availableCents - committedCents,
  };
}

export function fundBalance(appropriatedCents: number, entries: readonly LedgerEntry[]): Balance {
  let obligated = 0;
  let deobligated = 0;
  let committed = 0;
  for (const e of entries) {
    if (e.kind === 'obligation') {
      obligated += e.amountCents;
      if (e.fromCommitment) committed -= e.amountCents;
    } else if (e.kind === 'deobligation') deobligated += e.amountCents;
    else if (e.kind === 'commitment') committed += e.amountCents;
    else committed -= e.amountCents;
  }
  return balanceOf(appropriatedCents, obligated, deobligated, committed);
}

export type Decision = { ok: true } | { ok: false; reason: string; field: string };

const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * May `amountCents` be obligated (or committed) on `onDate` from money with `balance` whose last day is `lastDay`?
 * Drawn from a commitment, the limit is what that commitment still holds; otherwise the uncommitted balance, so money
 * reserved for one case is not spent on another. With no commitments, uncommitted = available.
 */
export function decideObligation(
  balance: Balance,
  amountCents: number,
  onDate: string,
  lastDay: string | null,
  commitmentRemainingCents: number | null = null,
  what: 'obligation' | 'commitment' = 'obligation',
): Decision {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    return {
      ok: false,
      reason: `A${what === 'obligation' ? 'n obligation' : ' commitment'} is a positive amount of whole cents`,
      field: 'amountCents',
    };
  if (!availableOn(lastDay, onDate)) {
    return { ok: false, reason: `The period of availability ended on ${lastDay}: no new ${what} on ${onDate}`, field: 'onDate' };
  }
  if (commitmentRemainingCents !== null) {
    if (amountCents > commitmentRemainingCents)
      return {
        ok: false,
        reason: `The commitment holds ${dollars(commitmentRemainingCents)}; ${dollars(amountCents)} cannot be obligated from it`,
        field: 'amountCents',
      };
    return { ok: true };
  }
  if (amountCents > balance.uncommittedCents) {
    const reserved = balance.committedCents
      ? ` (${dollars(balance.committedCents)} of the ${dollars(balance.availableCents)} available is committed)`
      : '';
    return {
      ok: false,
      reason: `Only ${dollars(balance.uncommittedCents)} is available${reserved}; ${dollars(amountCents)} would overdraw the fund by ${dollars(amountCents - balance.uncommittedCents)}`,
      field: 'amountCents',
    };
  }
  return { ok: true };
}

/** A de-obligation (or a commitment's release) returns money from one entry, never more than that entry still holds. */
export function decideDeobligation(
  remainingCents: number,
  amountCents: number,
  what: 'obligation' | 'commitment' = 'obligation',
): Decision {
  const noun = what === 'obligation' ? 'de-obligation' : 'release';
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    return { ok: false, reason: `A ${noun} is a positive amount of whole cents`, field: 'amountCents' };
  if (amountCents > remainingCents) {
    return {
      ok: false,
      reason: `The ${what} holds ${dollars(remainingCents)}; ${dollars(amountCents)} cannot be returned from it`,
      field: 'amountCents',
    };
  }
  return { ok: true };
}

/** An appropriation's amount may change, but never below what is obligated and committed (uncommitted stays ≥ 0). */
export function decideAmountChange(balance: Balance, newAmountCents: number): Decision {
  if (!Number.isSafeInteger(newAmountCents) || newAmountCents <= 0)
    return { ok: false, reason: 'The amount is a positive number of whole cents', field: 'amountCents' };
  const floor = balance.netObligatedCents + balance.committedCents;
  if (newAmountCents < floor) {
    const committed = balance.committedCents ? ` and ${dollars(balance.committedCents)} committed` : '';
    return {
      ok: false,
      reason: `${dollars(balance.netObligatedCents)} is already obligated${committed}; the amount cannot go below ${dollars(floor)}`,
      field: 'amountCents',
    };
  }
  return { ok: true };
}

/** Cap on an authority per fiscal year (e.g. FAA 506(a)(1) $100M/FY, shared/domain.md §9): appropriations of that year may not exceed it. */
export function decideAnnualCap(capCents: number | null, otherThisYearCents: number, amountCents: number, fiscalYear: number): Decision {
  if (capCents === null || otherThisYearCents + amountCents <= capCents) return { ok: true };
  return {
    ok: false,
    reason: `FY${fiscalYear} would total ${dollars(otherThisYearCents + amountCents)}, over the authority's cap of ${dollars(capCents)} a fiscal year`,
    field: 'amountCents',
  };
}
