import { addDays } from '../../../platform/dates.ts';
import { SOURCE_RECEIPT_CONFIRMATION } from './sources.ts';

export const RECEIPT_CONFIRMATION_RULE = { days: 30, source: SOURCE_RECEIPT_CONFIRMATION, verified: true } as const;

/** The day by which the security cooperation office confirms receipt: 30 calendar days after delivery. */
export const receiptDueOn = (deliveredOn: string) => addDays(deliveredOn, RECEIPT_CONFIRMATION_RULE.days);

/** Not confirmed in time: delivered, no receipt yet, and the due day has passed (the due day itself is on time). */
export const receiptOverdue = (deliveredOn: string | null, receivedOn: string | null, today: string) =>
  deliveredOn !== null && receivedOn === null && receiptDueOn(deliveredOn) < today;

/**
 * The serial numbers a receipt names against those captured on the shipment before it left: what was expected and
 * not named (missing) and what was named and not expected (unexpected). Both empty: they match.
 */
export function compareSerials(expected: readonly string[], named: readonly string[]): { missing: string[]; unexpected: string[] } {
  const want = new Set(expected);
  const got = new Set(named);
  return {
    missing: [...want].filter((s) => !got.has(s)).sort(),
    unexpected: [...got].filter((s) => !want.has(s)).sort(),
  };
}
