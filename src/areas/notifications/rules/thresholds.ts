// AECA 36(b)(1), 22 U.S.C. 2776(b)(1): the dollar thresholds and review periods, as a dated table (shared/domain.md §2).

/** Partners in this country group get the higher thresholds and the 15-day period; everyone else the standard set. */
export const ALLIED_GROUP = 'AECA_36B_ALLIES';
export type PurchaserGroup = typeof ALLIED_GROUP | 'OTHER';

export interface ThresholdRow {
  id: number;
  purchaserGroup: PurchaserGroup;
  /** First day the row applies (ISO date). */
  effectiveFrom: string;
  /** Last day it applies; null while in force. */
  effectiveTo: string | null;
  mdeCents: number;
  totalCents: number;
  designConstructionCents: number;
  /** Formal review period, calendar days. */
  reviewDays: number;
  /** The informal ("tiered") review before formal notice, calendar days; null where none applies. */
  tieredReviewDays: number | null;
  source: string;
  verified: boolean;
  tieredReviewSource: string;
  tieredReviewVerified: boolean;
}

const DOLLAR = 100;
const MILLION = 1_000_000 * DOLLAR;

/**
 * The rows IOPS ships (seeded by migration 0008, editable by administrators). The amounts are confirmed in force by
 * CRS RL31675 (Mar 2025) and CRS IF10392; the date they took effect is not established by those sources, so the rows
 * start on 29 Dec 1981 (P.L. 97-113), the earliest supportable date, and that start is marked unverified.
 */
export const DEFAULT_THRESHOLDS: readonly ThresholdRow[] = [
  {
    id: 1,
    purchaserGroup: ALLIED_GROUP,
    effectiveFrom: '1981-12-29',
    effectiveTo: null,
    mdeCents: 25 * MILLION,
    totalCents: 100 * MILLION,
    designConstructionCents: 300 * MILLION,
    reviewDays: 15,
    tieredReviewDays: 20,
    source:
      'AECA 36(b)(1), 22 U.S.C. 2776(b)(1): NATO, its members, Japan, Australia, South Korea, Israel, New Zealand — CRS RL31675 (Mar 2025), CRS IF10392; start date unverified',
    verified: true,
    tieredReviewSource: 'Tiered review, 20 days for NATO+ purchasers (shared/domain.md §2) — to verify',
    tieredReviewVerified: false,
  },
  {
    id: 2,
    purchaserGroup: 'OTHER',
    effectiveFrom: '1981-12-29',
    effectiveTo: null,
    mdeCents: 14 * MILLION,
    totalCents: 50 * MILLION,
    designConstructionCents: 200 * MILLION,
    reviewDays: 30,
    tieredReviewDays: 40,
    source: 'AECA 36(b)(1), 22 U.S.C. 2776(b)(1): all other purchasers — CRS RL31675 (Mar 2025); start date unverified',
    verified: true,
    tieredReviewSource:
      'Tiered review, 40 days for other purchasers (shared/domain.md §2; a 20-day advance notification since 1976 per old eSAMM C5.5.3) — to verify',
    tieredReviewVerified: false,
  },
];

/** The row for the group in force on the date, or undefined when the table has none. */
export function thresholdsOn(table: readonly ThresholdRow[], group: PurchaserGroup, asOf: string): ThresholdRow | undefined {
  let found: ThresholdRow | undefined;
  for (const row of table) {
    if (row.purchaserGroup !== group || row.effectiveFrom > asOf) continue;
    if (row.effectiveTo !== null && row.effectiveTo < asOf) continue;
    if (!found || row.effectiveFrom > found.effectiveFrom) found = row;
  }
  return found;
}

/** Which threshold set a purchaser gets: the allied set when a member of the group on the date. */
export const purchaserGroupOf = (groupsOnDate: readonly string[]): PurchaserGroup =>
  groupsOnDate.includes(ALLIED_GROUP) ? ALLIED_GROUP : 'OTHER';
