// FAA 516 (22 U.S.C. 2321j): the excess defense articles rules' numbers as dated tables (shared/domain.md §5).
import type { DatedRow } from '../../../platform/dates.ts';

const MILLION_CENTS = 1_000_000 * 100;

/**
 * FAA 516(f): no transfer at or above this original acquisition value until the days after notice to the committees.
 * The significant-military-equipment alternative is to verify (shared/domain.md §5) and is not a row here.
 */
export const NOTICE_THRESHOLDS: readonly (DatedRow & { acquisitionValueCents: number; days: number; source: string; verified: boolean })[] =
  [
    {
      effectiveFrom: '1996-07-21',
      effectiveTo: null,
      acquisitionValueCents: 7 * MILLION_CENTS,
      days: 30,
      source:
        'FAA 516(f), 22 U.S.C. 2321j(f): original acquisition value $7,000,000 or more, 30 days after notice (P.L. 104-164 §104, 21 Jul 1996)',
      verified: true,
    },
  ];

/**
 * FAA 516(g): the aggregate current value of excess defense articles transferred in a fiscal year. The $350M has no law
 * named in shared/domain.md; P.L. 106-113 was enacted on 29 Nov 1999, in FY2000, and whether the $425M governed all of
 * FY2000 is not established: those starts are unverified.
 */
export const ANNUAL_CEILINGS: readonly { fromFiscalYear: number; ceilingCents: number; source: string; verified: boolean }[] = [
  {
    fromFiscalYear: 1997,
    ceilingCents: 350 * MILLION_CENTS,
    source: 'FAA 516(g), 22 U.S.C. 2321j(g): $350M a fiscal year from FY1997 (shared/domain.md §5; the law is not named there)',
    verified: false,
  },
  {
    fromFiscalYear: 2000,
    ceilingCents: 425 * MILLION_CENTS,
    source:
      'FAA 516(g), 22 U.S.C. 2321j(g): $425M a fiscal year, current value (P.L. 106-113 §1213, 29 Nov 1999; first fiscal year to verify)',
    verified: false,
  },
];

/**
 * Ships left out of the ceiling (P.L. 106-280 §602, 6 Oct 2000, in FY2001; shared/domain.md §5). That section sits in the
 * Act's title on naval vessels it authorised: whether it exempts every ship or only those is to verify.
 */
export const SHIPS_EXCLUDED = {
  fromFiscalYear: 2001,
  source:
    'P.L. 106-280 §602, 6 Oct 2000 (114 Stat. 846): "Inapplicability of aggregate annual limitation" to naval vessels; scope to verify',
  verified: false,
} as const;

/**
 * Current value "normally ranges between five and 50 percent" of original acquisition value, by age and condition
 * (shared/domain.md §5, a secondary source: Navy IPO). No percentage-by-condition table exists: the analyst enters the
 * share per transfer and IOPS checks only this range.
 */
export const CURRENT_VALUE_RANGE = {
  minBasisPoints: 500,
  maxBasisPoints: 5000,
  source: 'current value normally 5–50% of original acquisition value by age and condition (Navy IPO; shared/domain.md §5, secondary)',
} as const;

/** FAA 516(e)(1), 22 U.S.C. 2321j(e)(1): no DoD funds for PCH&T of a grant; the (e)(2) exception is to verify and not applied. */
export const PCHT_RULE = {
  source: 'FAA 516(e)(1), 22 U.S.C. 2321j(e)(1): no funds available to DoD for packing, crating, handling and transportation',
} as const;

/**
 * FAA 516(c)(2), 22 U.S.C. 2321j(c)(2): priority to NATO members on the southern and southeastern flank and MNNAs on
 * that flank. Which countries those are is not listed by the statute: a country group the administrator keeps
 * (created empty by the EDA migration), never a list in the code.
 */
export const PRIORITY_GROUP = {
  code: 'FAA_516C2_FLANK',
  source: 'FAA 516(c)(2), 22 U.S.C. 2321j(c)(2): NATO southern and southeastern flank members and major non-NATO allies on that flank',
} as const;

/** DLA condition codes (shared/domain.md §5). */
export const CONDITION_CODES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'S', 'X'] as const;
