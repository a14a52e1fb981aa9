// Money withheld until a certification: before it, at most a ceiling (an amount, or a share of the fiscal year's
// appropriations) may be obligated (USAI FY17: $175M; FY19: 50%; GAO B-331564). Staged releases are several such rows.
import { usd } from './notice.ts';

export interface Ceiling {
  ceilingCents: number | null;
  ceilingBasisPoints: number | null;
}

/** The ceiling in cents: the amount, or the share of what was appropriated (rounded down: never more than the share). */
export function ceilingCentsOf(ceiling: Ceiling, appropriatedCents: number): number {
  if (ceiling.ceilingCents !== null) return ceiling.ceilingCents;
  return Math.floor((appropriatedCents * (ceiling.ceilingBasisPoints ?? 0)) / 10_000);
}

/** Refused when not yet certified (by the obligation's date) and the total would pass the ceiling; equal to it passes. */
export function decideWithheld(
  ceilingCents: number,
  obligatedCents: number,
  amountCents: number,
  certifiedOn: string | null,
  onDate: string,
  certification: string,
): string | null {
  if (certifiedOn !== null && certifiedOn <= onDate) return null;
  const total = obligatedCents + amountCents;
  if (total <= ceilingCents) return null;
  return `${usd(total)} would be obligated, more than the ${usd(ceilingCents)} allowed before the ${certification} is recorded`;
}

/** A ceiling without a certification to lift it (a program code's cap). */
export function decideCap(capCents: number, obligatedCents: number, amountCents: number): string | null {
  const total = obligatedCents + amountCents;
  return total <= capCents ? null : `${usd(total)} would be obligated, more than the ${usd(capCents)} available`;
}
