// Advance notice of an obligation and reports due before assistance: "at least N days before" — a notice given on day D
// lets money be obligated from D + N (USAI FY19: 15 days, GAO B-331564; Syria §1209 P.L. 113-291: 15 days).
import { addDays } from '../../../platform/dates.ts';

export interface GivenNotice {
  givenOn: string;
  /** The amount the notice covers; null for a report, which covers assistance whatever its amount. */
  amountCents: number | null;
}

/** The first day money may be obligated on a notice given on `givenOn`. */
export const noticeAgedOn = (givenOn: string, noticeDays: number) => addDays(givenOn, noticeDays);

/**
 * Advance notice: the aged notices' amounts must cover everything obligated for the partner under the condition, this
 * obligation included. The reason, or null to let it pass.
 */
export function decideAdvanceNotice(
  notices: readonly GivenNotice[],
  noticeDays: number,
  onDate: string,
  obligatedCents: number,
  amountCents: number,
): string | null {
  const aged = notices.filter((n) => noticeAgedOn(n.givenOn, noticeDays) <= onDate);
  const covered = aged.reduce((sum, n) => sum + (n.amountCents ?? 0), 0);
  if (covered >= obligatedCents + amountCents) return null;
  const waiting = notices.filter((n) => noticeAgedOn(n.givenOn, noticeDays) > onDate);
  const next = waiting.map((n) => noticeAgedOn(n.givenOn, noticeDays)).sort()[0];
  return next
    ? `the notice has not aged ${noticeDays} days: this obligation may be made from ${next}`
    : `${usd(obligatedCents + amountCents)} would be obligated against ${usd(covered)} notified at least ${noticeDays} days before`;
}

/** A report due before assistance: one given at least `noticeDays` before. */
export function decideReportBeforeAssistance(notices: readonly GivenNotice[], noticeDays: number, onDate: string): string | null {
  if (notices.some((n) => noticeAgedOn(n.givenOn, noticeDays) <= onDate)) return null;
  const next = notices.map((n) => noticeAgedOn(n.givenOn, noticeDays)).sort()[0];
  return next
    ? `the report has not aged ${noticeDays} days: assistance may be obligated from ${next}`
    : `no report given at least ${noticeDays} days before the assistance`;
}

export const usd = (cents: number) =>
  `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: cents % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;
