// AECA 62, 22 U.S.C. 2796a (1981 text): certify a lease or loan of one year or longer to Congress at least 30 days before.
import { addYears, formatISO, parseISO } from 'date-fns';

export const LEASE_CERTIFICATION_SOURCE = 'AECA 62(a), 22 U.S.C. 2796a (1981 text); SAMM Fig C11.F8';
export const LEASE_CERTIFICATION_DAYS = 30;

export interface LeaseTerm {
  startDate: string;
  /** Last day of the lease. */
  endDate: string;
}

export interface LeaseCertificationDecision {
  required: boolean;
  /** Days before the lease begins that the certification must reach Congress. */
  daysBefore: number | null;
  reason: string;
  source: string;
}

/** One year or longer: the last day falls on or after the day before the first anniversary of the start. */
export function leaseCertification(term: LeaseTerm): LeaseCertificationDecision {
  const anniversary = formatISO(addYears(parseISO(term.startDate), 1), { representation: 'date' });
  const oneYearOrLonger = term.endDate >= dayBefore(anniversary);
  return {
    required: oneYearOrLonger,
    daysBefore: oneYearOrLonger ? LEASE_CERTIFICATION_DAYS : null,
    reason: oneYearOrLonger
      ? `A lease of one year or longer (${term.startDate} to ${term.endDate}) is certified to Congress at least ${LEASE_CERTIFICATION_DAYS} days before it begins`
      : `A lease shorter than one year (${term.startDate} to ${term.endDate}) needs no certification; dollar thresholds in today's text are not established (shared/domain.md §6, open)`,
    source: LEASE_CERTIFICATION_SOURCE,
  };
}

function dayBefore(isoDate: string): string {
  const d = parseISO(isoDate);
  d.setDate(d.getDate() - 1);
  return formatISO(d, { representation: 'date' });
}
