// Statutory clocks run in calendar days (AECA 36(b)(1): "at least 15/30 calendar days"; shared/design.md).
import { addDays, formatISO, parseISO } from 'date-fns';

/** Last day of a review period of `days` calendar days starting the day after `startedOn`. */
export function reviewEndsOn(startedOn: string, days: number): string {
  return formatISO(addDays(parseISO(startedOn), days), { representation: 'date' });
}
