// BPC (Title 10) funds cancel at midnight 30 September of the stated year: SAMM App 6 note (shared/domain.md §8).

export const TITLE_10_CANCELLATION = {
  source: 'BPC funds cancel at midnight 30 September of the stated year — SAMM App 6 note (shared/domain.md §8)',
  verified: true,
} as const;

/** The last day Title 10 money of `statedYear` can be obligated: 30 September of that year. */
export function title10LastDay(statedYear: number): string {
  return `${String(statedYear).padStart(4, '0')}-09-30`;
}

/** Whether money may be newly obligated on `onDate`: never after its last day; with no last day recorded, always. */
export function availableOn(lastDay: string | null, onDate: string): boolean {
  return lastDay === null || onDate <= lastDay;
}

/** Last day of the period of availability: Title 10 from the stated year; Title 22 as the administrator entered it. */
export function periodEnd(
  title: 10 | 22,
  statedYear: number | null,
  enteredLastDay: string | null,
): { lastDay: string | null; basis: string } {
  if (title === 10) {
    if (statedYear === null) throw new Error('Title 10 money needs its stated year');
    return { lastDay: title10LastDay(statedYear), basis: TITLE_10_CANCELLATION.source };
  }
  return {
    lastDay: enteredLastDay,
    basis: enteredLastDay
      ? 'Period of availability as entered by the administrator (shared/domain.md §8: program periods [open])'
      : 'No period of availability recorded',
  };
}

// The Federal fiscal year begins on 1 October and ends on 30 September (31 U.S.C. 1102): money of fiscal year FY
// cannot stop being available before FY has begun (the order is the calendar's; no other number involved).
export const FISCAL_YEAR_SOURCE = 'The fiscal year begins on 1 October of the preceding calendar year (31 U.S.C. 1102)';

/** The first day of fiscal year `fiscalYear`: 1 October of the year before. */
export function fiscalYearStart(fiscalYear: number): string {
  return `${String(fiscalYear - 1).padStart(4, '0')}-10-01`;
}

/** Whether a period of availability ends before its fiscal year begins (an impossible appropriation). */
export function endsBeforeFiscalYear(lastDay: string | null, fiscalYear: number): boolean {
  return lastDay !== null && lastDay < fiscalYearStart(fiscalYear);
}
