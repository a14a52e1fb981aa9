// Business days for SAMM App 3 Fig 12's "15 business days": Monday to Friday, less the legal public holidays of
// 5 U.S.C. 6103(a), each observed on the Friday before when it falls on a Saturday and the Monday after when on a
// Sunday (5 U.S.C. 6103(b); E.O. 11582). Juneteenth is a holiday from 2021 (P.L. 117-17). Inauguration Day (6103(c))
// is a holiday only in the Washington area and is not counted.
import { addDays } from 'date-fns';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** The nth (1-based) given weekday (0 = Sunday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  if (n === -1) {
    const last = utc(year, month + 1, 0);
    return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
  }
  const first = utc(year, month, 1);
  return addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + (n - 1) * 7);
}

/** A fixed-date holiday moved off the weekend (6103(b)). */
function observed(date: Date): Date {
  const day = date.getUTCDay();
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, 1) : date;
}

/** The observed federal holidays of a calendar year (a New Year's Day observed on 31 December belongs to the next year's list). */
export function federalHolidays(year: number): Map<string, string> {
  const out = new Map<string, string>();
  const add = (date: Date, name: string) => out.set(iso(date), name);
  add(observed(utc(year, 1, 1)), 'New Year’s Day');
  add(nthWeekday(year, 1, 1, 3), 'Birthday of Martin Luther King, Jr.');
  add(nthWeekday(year, 2, 1, 3), 'Washington’s Birthday');
  add(nthWeekday(year, 5, 1, -1), 'Memorial Day');
  if (year >= 2021) add(observed(utc(year, 6, 19)), 'Juneteenth National Independence Day');
  add(observed(utc(year, 7, 4)), 'Independence Day');
  add(nthWeekday(year, 9, 1, 1), 'Labor Day');
  add(nthWeekday(year, 10, 1, 2), 'Columbus Day');
  add(observed(utc(year, 11, 11)), 'Veterans Day');
  add(nthWeekday(year, 11, 4, 4), 'Thanksgiving Day');
  add(observed(utc(year, 12, 25)), 'Christmas Day');
  return out;
}

/** The holiday observed on the date, if any (checking next year's New Year's Day, which may fall on 31 December). */
export function holidayOn(isoDate: string): string | null {
  const year = Number(isoDate.slice(0, 4));
  return federalHolidays(year).get(isoDate) ?? federalHolidays(year + 1).get(isoDate) ?? null;
}

export function isBusinessDay(isoDate: string): boolean {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && holidayOn(isoDate) === null;
}

/** The business day `n` business days before the date (the date itself not counted). */
export function businessDaysBefore(isoDate: string, n: number): string {
  let date = new Date(`${isoDate}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    date = addDays(date, -1);
    if (isBusinessDay(iso(date))) left -= 1;
  }
  return iso(date);
}
