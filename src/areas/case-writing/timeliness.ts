// LOA timeliness, LOR to offer: DSCA 01-06 (80% within 120 days of LOR receipt, from 1 Mar 2001); since 2011 85% offered
// by the Anticipated Offer Date of the case development group (DSCA 11-46, 12-08; SAMM C5.4.2, Table C5.T6). Targets
// live in a dated rule table (shared/domain.md §3): days per group are [open] and filled in by administrators. Pure.
import { daysBetween } from '../../platform/dates.ts';

/** LOA case development groups (SAMM C5.4.2, Table C5.T6; DSCA 13-26 and 19-34 name them A–D). */
export const OFFER_GROUPS = ['A', 'B', 'C', 'D'] as const;
export type OfferGroup = (typeof OFFER_GROUPS)[number];

export const CLOCK_STARTS = ['lor_received', 'lor_complete'] as const;
export type ClockStart = (typeof CLOCK_STARTS)[number];

export interface TimelinessTarget {
  id?: string;
  /** null: the general target, for every case with no target of its own group. */
  caseGroup: OfferGroup | null;
  clockStart: ClockStart;
  days: number;
  sharePercent: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  verified: boolean;
}

/** The one target domain.md confirms (seeded by migration 0005); used by tests and as documentation. */
export const HISTORIC_TARGET: TimelinessTarget = {
  caseGroup: null,
  clockStart: 'lor_received',
  days: 120,
  sharePercent: 80,
  effectiveFrom: '2001-03-01',
  effectiveTo: null,
  source:
    'DSCA 01-06 (15 Feb 2001): from 1 Mar 2001, 80% of initial LOAs and amendments transmitted within 120 days after IA receipt of the LOR',
  verified: true,
};

export interface CaseDates {
  offerGroup: OfferGroup | null;
  lorReceivedOn: string | null;
  lorCompleteOn: string | null;
  offeredOn: string | null;
}

export interface TimelinessResult {
  /** The date the target is chosen as of: LOR complete, else LOR received. */
  lorDate: string | null;
  /** The milestone the clock actually started at (the target's, or the other LOR date when that one is not recorded). */
  startMilestone: ClockStart | null;
  startedOn: string | null;
  offeredOn: string | null;
  /** Calendar days from the clock start to the offer. */
  days: number | null;
  target: TimelinessTarget | null;
  /** null when there is nothing to measure against (no LOR date, no offer, no target). */
  onTime: boolean | null;
  reason: string;
}

const inForce = (t: TimelinessTarget, asOf: string) => t.effectiveFrom <= asOf && (t.effectiveTo === null || asOf <= t.effectiveTo);

/** The target in force on a date for a group: the group's own latest row, else the latest general row, else none. */
export function applicableTarget(targets: readonly TimelinessTarget[], group: OfferGroup | null, asOf: string): TimelinessTarget | null {
  const latest = (rows: TimelinessTarget[]) =>
    rows.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0))[0] ?? null;
  const own = group ? latest(targets.filter((t) => t.caseGroup === group && inForce(t, asOf))) : null;
  return own ?? latest(targets.filter((t) => t.caseGroup === null && inForce(t, asOf)));
}

/** How long one case took from LOR to offer, and whether that met the target in force for its group. */
export function caseTimeliness(c: CaseDates, targets: readonly TimelinessTarget[]): TimelinessResult {
  const lorDate = c.lorCompleteOn ?? c.lorReceivedOn;
  const none = { lorDate, startMilestone: null, startedOn: null, offeredOn: c.offeredOn, days: null, target: null, onTime: null };
  if (!lorDate) return { ...none, reason: 'No LOR received or LOR complete date on record' };
  const target = applicableTarget(targets, c.offerGroup, lorDate);
  const wanted: ClockStart = target?.clockStart ?? 'lor_complete';
  const startMilestone: ClockStart =
    wanted === 'lor_complete' ? (c.lorCompleteOn ? 'lor_complete' : 'lor_received') : c.lorReceivedOn ? 'lor_received' : 'lor_complete';
  const startedOn = (startMilestone === 'lor_complete' ? c.lorCompleteOn : c.lorReceivedOn)!;
  const started = { ...none, startMilestone, startedOn, target };
  if (!c.offeredOn) return { ...started, reason: 'Not offered yet' };
  const days = daysBetween(startedOn, c.offeredOn);
  if (days < 0)
    return { ...started, days, reason: `The offer date ${c.offeredOn} precedes the LOR date ${startedOn}; correct the milestones` };
  if (!target) {
    return {
      ...started,
      days,
      reason: `No timeliness target on record for ${c.offerGroup ? `group ${c.offerGroup}` : 'cases without a group'} as of ${lorDate}`,
    };
  }
  const onTime = days <= target.days;
  const from = startMilestone === 'lor_complete' ? 'LOR complete' : 'LOR receipt';
  return {
    ...started,
    days,
    onTime,
    reason: `Offered ${days} days after ${from}; target ${target.days} days (${onTime ? 'on time' : `${days - target.days} days late`})`,
  };
}

export interface TimelinessBucket {
  key: string;
  /** Cases offered in the period that fall in this bucket. */
  cases: number;
  /** Cases measured against a target (a LOR date, an offer and a target in force). */
  measured: number;
  onTime: number;
  late: number;
  /** On-time share of the measured cases, in percent to one decimal; null when none was measured. */
  onTimeSharePercent: number | null;
  /** The goal share when every measured case had the same one; null when mixed or none. */
  goalSharePercent: number | null;
  meetsGoal: boolean | null;
}

export function summarise(key: string, results: readonly Pick<TimelinessResult, 'onTime' | 'target'>[]): TimelinessBucket {
  const measured = results.filter((r) => r.onTime !== null);
  const onTime = measured.filter((r) => r.onTime).length;
  const shares = new Set(measured.map((r) => r.target!.sharePercent));
  const goal = shares.size === 1 ? [...shares][0]! : null;
  return {
    key,
    cases: results.length,
    measured: measured.length,
    onTime,
    late: measured.length - onTime,
    onTimeSharePercent: measured.length ? Math.round((onTime * 1000) / measured.length) / 10 : null,
    goalSharePercent: goal,
    // Exact in integers: onTime / measured ≥ goal / 100.
    meetsGoal: goal === null ? null : onTime * 100 >= goal * measured.length,
  };
}

/** Buckets by a key (implementing agency, month of offer …), in key order. */
export function aggregate<T extends Pick<TimelinessResult, 'onTime' | 'target'>>(
  rows: readonly T[],
  keyOf: (row: T) => string,
): TimelinessBucket[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const members = groups.get(key);
    if (members) members.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, members]) => summarise(key, members));
}

/** The month of the offer, `YYYY-MM`, or `none` for a case not offered. */
export const offerMonth = (row: Pick<TimelinessResult, 'offeredOn'>) => row.offeredOn?.slice(0, 7) ?? 'none';
