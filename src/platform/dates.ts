import { addDays as addDaysToDate, addMonths as addMonthsToDate, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';

// Calendar-day arithmetic on ISO dates: statutory and policy clocks count calendar days unless the source says otherwise.

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));

export function addDays(isoDate: string, days: number): string {
  return format(addDaysToDate(parseISO(isoDate), days), 'yyyy-MM-dd');
}

/** Same day N months later; a day the month lacks (29–31) falls on that month's last day. */
export function addMonths(isoDate: string, months: number): string {
  return format(addMonthsToDate(parseISO(isoDate), months), 'yyyy-MM-dd');
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export const todayIso = (now = new Date()) => format(now, 'yyyy-MM-dd');

/** A row of a dated rule table: in force from `effectiveFrom` through `effectiveTo` (both inclusive; null while in force). */
export interface DatedRow {
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** The rows of a dated table in force on the date. */
export const inForceOn = <T extends DatedRow>(table: readonly T[], date: string): T[] =>
  table.filter((row) => row.effectiveFrom <= date && (row.effectiveTo === null || date <= row.effectiveTo));

/** The U.S. fiscal year a date falls in: fiscal year N runs from 1 October N−1 to 30 September N (31 U.S.C. 1102). */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return isoDate.slice(5) >= '10-01' ? year + 1 : year;
}
