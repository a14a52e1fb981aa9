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
