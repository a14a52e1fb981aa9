import type { TimelinessQuery } from '../../api/types.ts';
import { todayIso } from '../../platform/format.ts';

/** The default period, as the server's: today back to the first day of the month eleven months earlier (12 months). */
export function defaultPeriod(today = todayIso()): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 1 - 11, 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** The report query from the URL: the period (defaulted) and the agency and partner filters. */
export function timelinessQueryOf(get: (key: string) => string): Required<Pick<TimelinessQuery, 'from' | 'to'>> & TimelinessQuery {
  const period = defaultPeriod();
  return {
    from: get('from') || period.from,
    to: get('to') || period.to,
    agency: get('agency') || undefined,
    partner: get('partner') || undefined,
  };
}
