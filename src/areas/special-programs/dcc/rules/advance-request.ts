import { businessDaysBefore, holidayOn, isBusinessDay } from './business-days.ts';

/** SAMM App 3 Fig 12: an FMF/DCC advance request reaches DFAS at least 15 business days before the disbursement date. */
export const ADVANCE_REQUEST_BUSINESS_DAYS = 15;
const SOURCE = 'SAMM App 3 Fig 12 (shared/domain.md §12)';

export type AdvanceDecision =
  | { ok: true; lastRequestDate: string; source: string }
  | { ok: false; reason: string; lastRequestDate: string; source: string };

/** Whether a request made on `requestedOn` is early enough for `disbursementOn`; the last day it could have been made. */
export function decideAdvanceRequest(requestedOn: string, disbursementOn: string): AdvanceDecision {
  const lastRequestDate = businessDaysBefore(disbursementOn, ADVANCE_REQUEST_BUSINESS_DAYS);
  if (requestedOn <= lastRequestDate) return { ok: true, lastRequestDate, source: SOURCE };
  return {
    ok: false,
    lastRequestDate,
    source: SOURCE,
    reason: `An advance request reaches DFAS at least ${ADVANCE_REQUEST_BUSINESS_DAYS} business days before the disbursement date (weekends and federal holidays not counted): for ${disbursementOn} the last day was ${lastRequestDate} (${SOURCE})`,
  };
}

/** Why the date is not a business day, for a message; null when it is one. */
export function notBusinessDay(isoDate: string): string | null {
  if (isBusinessDay(isoDate)) return null;
  return holidayOn(isoDate) ?? 'a weekend day';
}
