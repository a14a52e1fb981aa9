import { addMonths } from '../../../platform/dates.ts';
import { SOURCE_DISCREPANCY } from './sources.ts';

// Supply and transportation discrepancy reports (SDR/TDR) on receipt: reviewed only from $200, refused after one year.
export const DISCREPANCY_RULE = { minimumCents: 200_00, periodYears: 1, source: SOURCE_DISCREPANCY, verified: true } as const;

export const DISCREPANCY_KINDS = ['sdr', 'tdr'] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];
export const DISCREPANCY_STATUSES = ['under_review', 'below_threshold', 'time_barred', 'resolved'] as const;
export type DiscrepancyStatus = (typeof DISCREPANCY_STATUSES)[number];
export const RESOLUTIONS = ['replaced', 'repaired', 'credited', 'denied'] as const;

/** The last day a claim on a receipt of `receivedOn` may be submitted: one year after it (29 Feb → 28 Feb). */
export function claimDeadline(receivedOn: string): string {
  return addMonths(receivedOn, 12 * DISCREPANCY_RULE.periodYears);
}

/** How a submitted claim starts: refused when late, recorded but not reviewed below $200, else under review. */
export function intakeStatus(valueCents: number, receivedOn: string, submittedOn: string): { status: DiscrepancyStatus; reason: string } {
  const deadline = claimDeadline(receivedOn);
  if (submittedOn > deadline)
    return { status: 'time_barred', reason: `submitted after ${deadline}, one year after receipt (${DISCREPANCY_RULE.source})` };
  if (valueCents < DISCREPANCY_RULE.minimumCents)
    return { status: 'below_threshold', reason: `below $200, not reviewed (${DISCREPANCY_RULE.source})` };
  return { status: 'under_review', reason: `from $200 and within one year of receipt: reviewed (${DISCREPANCY_RULE.source})` };
}
