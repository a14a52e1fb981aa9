import { addDays, addMonths, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';

/** A month as whole weeks, Monday first, for the calendar's month view. */
export function monthGrid(month: string): { weeks: string[][]; from: string; to: string; label: string } {
  const first = startOfMonth(parseISO(`${month}-01`));
  const start = startOfWeek(first, { weekStartsOn: 1 });
  const end = endOfWeek(endOfMonth(first), { weekStartsOn: 1 });
  const weeks: string[][] = [];
  for (let day = start; day <= end; day = addDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => format(addDays(day, i), 'yyyy-MM-dd')));
  }
  return { weeks, from: format(start, 'yyyy-MM-dd'), to: format(end, 'yyyy-MM-dd'), label: format(first, 'MMMM yyyy') };
}

export const shiftMonth = (month: string, by: number) => format(addMonths(parseISO(`${month}-01`), by), 'yyyy-MM');
export const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
