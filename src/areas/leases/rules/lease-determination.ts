// AECA 61–63, 22 U.S.C. 2796–2796b: term limit, certification to Congress, its review period, joint-resolution review.
import { inForceOn } from '../../../platform/dates.ts';
import { CERTIFICATION_TERMS, JOINT_RESOLUTION_THRESHOLDS, type LeaseRuleRow, REVIEW_PERIODS, TERM_LIMITS } from './tables.ts';

export interface ProposedLease {
  /** The lessee's country groups on `asOf` (e.g. `['AECA_36B_ALLIES', 'NATO']`). */
  groups: readonly string[];
  /** The fixed duration, months, excluding time for major refurbishment before delivery. */
  termMonths: number;
  /** Major defense equipment, replacement cost less depreciation. */
  mdeCents: number;
  /** All defense articles leased, MDE included, replacement cost less depreciation. */
  totalCents: number;
  asOf: string;
}

export type LeaseMeasure = 'term_months' | 'review_days' | 'major_defense_equipment' | 'defense_articles';

export interface LeaseReason {
  rule: string;
  measure: LeaseMeasure;
  threshold: number;
  /** The lease's figure compared with the threshold; null where the rule compares none (the review period). */
  value: number | null;
  met: boolean;
  source: string;
  verified: boolean;
}

export interface LeaseDetermination {
  certificationRequired: boolean;
  /** Days before entering into the lease that the certification must reach Congress; null without certification. */
  reviewDays: number | null;
  jointResolutionReview: boolean;
  reasons: LeaseReason[];
}

/** No row of a lease rule table is in force on the date: nothing is decided rather than guessed. */
export class NoLeaseRuleInForce extends Error {
  constructor(
    readonly rule: string,
    readonly asOf: string,
  ) {
    super(`No ${rule} rule is in force on ${asOf} in the lease rule tables`);
  }
}

/** A lease beyond the AECA 61(b) limit cannot be made at all. */
export class LeaseTermTooLong extends Error {
  constructor(
    readonly termMonths: number,
    readonly maxMonths: number,
    readonly source: string,
  ) {
    super(`${termMonths} months is beyond the limit of ${maxMonths} months (five years) plus time for major refurbishment before delivery`);
  }
}

type GroupRow = LeaseRuleRow & { partnerGroups: readonly string[] | null };

/** The row for the partner's groups in force on the date, else the row for every other partner. */
function rowFor<T extends GroupRow>(table: readonly T[], groups: readonly string[], asOf: string, rule: string): T {
  const rows = inForceOn(table, asOf);
  const row = rows.find((r) => r.partnerGroups?.some((g) => groups.includes(g))) ?? rows.find((r) => r.partnerGroups === null);
  if (!row) throw new NoLeaseRuleInForce(rule, asOf);
  return row;
}

function onlyRow<T extends LeaseRuleRow>(table: readonly T[], asOf: string, rule: string): T {
  const [row] = inForceOn(table, asOf);
  if (!row) throw new NoLeaseRuleInForce(rule, asOf);
  return row;
}

/** AECA 61(b): throws LeaseTermTooLong beyond the limit in force. */
export function checkTermLimit(termMonths: number, asOf: string): void {
  const row = onlyRow(TERM_LIMITS, asOf, 'AECA 61(b) term limit');
  if (termMonths > row.maxMonths) throw new LeaseTermTooLong(termMonths, row.maxMonths, row.source);
}

/** AECA 62(a): a lease or loan of one year or longer is certified to Congress. */
export function certificationRequired(termMonths: number, asOf: string): LeaseReason {
  const row = onlyRow(CERTIFICATION_TERMS, asOf, 'AECA 62(a) certification');
  return {
    rule: `AECA 62(a): certification to Congress for a lease or loan of ${row.minMonths} months (one year) or longer`,
    measure: 'term_months',
    threshold: row.minMonths,
    value: termMonths,
    met: termMonths >= row.minMonths,
    source: row.source,
    verified: row.verified,
  };
}

/** AECA 62(a)/(c): how many days before entering into the lease the certification must reach Congress. */
export function reviewDays(groups: readonly string[], asOf: string): LeaseReason {
  const row = rowFor(REVIEW_PERIODS, groups, asOf, 'AECA 62(c) review period');
  return {
    rule: `AECA 62: the certification reaches Congress at least ${row.days} days before the lease is entered into`,
    measure: 'review_days',
    threshold: row.days,
    value: null,
    met: true,
    source: row.source,
    verified: row.verified,
  };
}

/** AECA 63(a): the values at or above which Congress may block the lease by joint resolution. */
export function jointResolutionReasons(lease: ProposedLease): LeaseReason[] {
  const row = rowFor(JOINT_RESOLUTION_THRESHOLDS, lease.groups, lease.asOf, 'AECA 63(a) joint-resolution');
  const compare = (measure: LeaseMeasure, label: string, thresholdCents: number, valueCents: number): LeaseReason => ({
    rule: `AECA 63(a): joint-resolution review of a lease of one year or longer with ${label} of ${millions(thresholdCents)} or more`,
    measure,
    threshold: thresholdCents / 100,
    value: valueCents / 100,
    met: valueCents >= thresholdCents,
    source: row.source,
    verified: row.verified,
  });
  return [
    compare('major_defense_equipment', 'major defense equipment', row.mdeCents, lease.mdeCents),
    compare('defense_articles', 'defense articles', row.totalCents, lease.totalCents),
  ];
}

/** Every lease rule as of the date; the reasons' thresholds and values are months, days or whole US dollars. */
export function determineLease(lease: ProposedLease): LeaseDetermination {
  checkTermLimit(lease.termMonths, lease.asOf);
  const certification = certificationRequired(lease.termMonths, lease.asOf);
  const review = reviewDays(lease.groups, lease.asOf);
  const thresholds = jointResolutionReasons(lease);
  const required = certification.met;
  return {
    certificationRequired: required,
    reviewDays: required ? review.threshold : null,
    // 63(a) applies to a lease "for a period of one year or longer", within the 62 period: only with certification.
    jointResolutionReview: required && thresholds.some((r) => r.met),
    reasons: [certification, ...(required ? [review] : []), ...thresholds],
  };
}

const millions = (cents: number) => `$${cents / 100 / 1_000_000}M`;
