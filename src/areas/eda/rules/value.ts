// The value of excess defense articles (shared/domain.md §5 "Value").
import { CURRENT_VALUE_RANGE } from './tables.ts';

/**
 * Current value as a share of original acquisition value, entered by the analyst per transfer (no table by age and
 * condition exists: [open]); the rule only checks the range the source gives. Basis points: 500 = 5%.
 */
export function currentValueShareProblem(basisPoints: number): string | null {
  const { minBasisPoints, maxBasisPoints } = CURRENT_VALUE_RANGE;
  if (basisPoints < minBasisPoints || basisPoints > maxBasisPoints)
    return `between ${minBasisPoints / 100}% and ${maxBasisPoints / 100}% of original acquisition value (${CURRENT_VALUE_RANGE.source})`;
  return null;
}

/** Quantity × unit original acquisition value: what FAA 516(f) measures. */
export const originalAcquisitionValueCents = (quantity: number, unitCents: number) => quantity * unitCents;

/** Quantity × unit value × share, rounded to the cent (half up). */
export const currentValueCents = (quantity: number, unitCents: number, basisPoints: number) =>
  Math.round((quantity * unitCents * basisPoints) / 10_000);

export { fiscalYearOf } from '../../../platform/dates.ts';
