// The value of a drawn-down article: the law does not define "value"; using replacement cost instead of net book value
// overstated the Ukraine drawdowns by $6.2B, $8.1B with DoD IG's further $1.9B [confirmed: shared/domain.md §12]. Each
// line records its method; the report shows what each method gives.

export const VALUATION_METHODS = ['net_book_value', 'replacement_cost'] as const;
export type ValuationMethod = (typeof VALUATION_METHODS)[number];

export const VALUATION_LABELS: Record<ValuationMethod, string> = {
  net_book_value: 'Net book value',
  replacement_cost: 'Replacement cost',
};

export interface Valued {
  valuationMethod: ValuationMethod;
  netBookValueCents: number | null;
  replacementCostCents: number | null;
}

/** The line's value by its own method (0 when that method's figure is not recorded, which the input refuses). */
export const lineValue = (line: Valued): number =>
  (line.valuationMethod === 'net_book_value' ? line.netBookValueCents : line.replacementCostCents) ?? 0;

export interface ValuationTotals {
  recordedCents: number;
  netBookValueCents: number;
  replacementCostCents: number;
  /** Lines missing a figure under a method: that method's total is then incomplete. */
  linesWithoutNetBookValue: number;
  linesWithoutReplacementCost: number;
}

/** What the lines total by the methods recorded, and by each method throughout. */
export function valuationTotals(lines: readonly Valued[]): ValuationTotals {
  return lines.reduce<ValuationTotals>(
    (t, l) => ({
      recordedCents: t.recordedCents + lineValue(l),
      netBookValueCents: t.netBookValueCents + (l.netBookValueCents ?? 0),
      replacementCostCents: t.replacementCostCents + (l.replacementCostCents ?? 0),
      linesWithoutNetBookValue: t.linesWithoutNetBookValue + (l.netBookValueCents === null ? 1 : 0),
      linesWithoutReplacementCost: t.linesWithoutReplacementCost + (l.replacementCostCents === null ? 1 : 0),
    }),
    { recordedCents: 0, netBookValueCents: 0, replacementCostCents: 0, linesWithoutNetBookValue: 0, linesWithoutReplacementCost: 0 },
  );
}
