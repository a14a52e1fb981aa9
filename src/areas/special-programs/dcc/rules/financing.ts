// Only U.S.-origin articles and services are financed [confirmed: SAMM App 3; shared/domain.md §12]: the financeable
// amount is the contract value less the non-U.S. content declared; DSCA approves an amount within it, and disbursements
// never exceed what was approved.

export const financeableCents = (contractValueCents: number, nonUsContentCents: number) =>
  Math.max(0, contractValueCents - nonUsContentCents);

export type CeilingDecision = { ok: true; remainingAfterCents: number } | { ok: false; reason: string; remainingCents: number };

const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;

/** A further amount against a ceiling already partly used: refused when the total would pass it. */
export function decideWithinCeiling(ceilingCents: number, usedCents: number, amountCents: number, what: string): CeilingDecision {
  const remaining = ceilingCents - usedCents;
  if (amountCents <= remaining) return { ok: true, remainingAfterCents: remaining - amountCents };
  return {
    ok: false,
    remainingCents: remaining,
    reason: `${dollars(amountCents)} would exceed ${what}: ${dollars(ceilingCents)}, of which ${dollars(usedCents)} is used (${dollars(Math.max(0, remaining))} left)`,
  };
}
