// Case value = lines + accessorial charges + administrative surcharge; the surcharge is "a percentage of applicable
// line items as a below-the-line charge" (SAMM Table C9.T4), rate by acceptance date. Amounts in integer cents.
import { surchargeCents } from './administrative-surcharge.ts';

export interface PricedLine {
  quantity: number;
  unitCostCents: number;
}

export const extendedCostCents = (line: PricedLine) => line.quantity * line.unitCostCents;

export interface CaseTotals {
  linesCents: number;
  accessorialCents: number;
  surchargeBasisPoints: number;
  administrativeCents: number;
  totalCents: number;
}

export function caseTotals(lines: readonly PricedLine[], accessorialCents: number, surchargeBasisPoints: number): CaseTotals {
  const linesCents = lines.reduce((sum, line) => sum + extendedCostCents(line), 0);
  const administrativeCents = surchargeCents(linesCents, surchargeBasisPoints);
  return {
    linesCents,
    accessorialCents,
    surchargeBasisPoints,
    administrativeCents,
    totalCents: linesCents + accessorialCents + administrativeCents,
  };
}
