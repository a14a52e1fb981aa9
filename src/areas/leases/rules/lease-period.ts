// AECA 61(b) (22 U.S.C. 2796(b)): the fixed duration plus time for major refurbishment before delivery; AECA 62(a)/(c):
// the lease is entered into only after the certification's period has run (shared/domain.md §6).
import { addDays, addMonths } from '../../../platform/dates.ts';

/** The last day the lease runs: the day before start + term + refurbishment months. */
export const leaseEndOn = (startOn: string, termMonths: number, refurbishmentMonths: number) =>
  addDays(addMonths(startOn, termMonths + refurbishmentMonths), -1);

export const CERTIFICATION_PERIOD_SOURCE =
  'AECA 62(a)/(c), 22 U.S.C. 2796a: the certification precedes entering into the lease by at least the review period';

/** What the lease knows of its certification notice (notifications area). */
export interface CertificationNotice {
  status: string;
  reviewEndsOn: string | null;
  clearedOn: string | null;
}

/**
 * The period has ended on `onDate` when the notice was cleared, or its review period's last day is before `onDate`.
 * Otherwise the reason names the first day the lease may be entered into.
 */
export function certificationPeriodEnded(notice: CertificationNotice | null, onDate: string): { ok: true } | { ok: false; reason: string } {
  if (!notice) return { ok: false, reason: 'No certification notice to Congress exists for this lease' };
  if (notice.status === 'cleared') return { ok: true };
  if (notice.status === 'withdrawn') return { ok: false, reason: 'The certification notice was withdrawn' };
  if (notice.reviewEndsOn === null)
    return { ok: false, reason: 'The certification has not been formally sent to Congress; its period has not begun' };
  if (notice.reviewEndsOn < onDate) return { ok: true };
  return {
    ok: false,
    reason: `The certification period runs to ${notice.reviewEndsOn}: the lease may be entered into from the next day`,
  };
}
