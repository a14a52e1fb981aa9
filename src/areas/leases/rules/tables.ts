// AECA 61–63 (22 U.S.C. 2796–2796b): the lease rules' numbers as dated tables (shared/domain.md §6); a change of law is a new row.
import type { DatedRow } from '../../../platform/dates.ts';

export interface LeaseRuleRow extends DatedRow {
  source: string;
  verified: boolean;
}

/** Partners in any of these groups on the date get a row; `null`: every other partner. */
type PartnerGroups = readonly string[] | null;

const MILLION_CENTS = 1_000_000 * 100;
const P_L_97_113 = 'P.L. 97-113 §109, 29 Dec 1981, 95 Stat. 1525';

/**
 * AECA 61(b): the fixed duration, in months. Today's text adds a specified time for major refurbishment before delivery
 * (shared/domain.md §6); a lease's `termMonths` here excludes that time.
 */
export const TERM_LIMITS: readonly (LeaseRuleRow & { maxMonths: number })[] = [
  {
    effectiveFrom: '1981-12-29',
    effectiveTo: null,
    maxMonths: 60,
    source: `AECA 61(b), 22 U.S.C. 2796(b): "not to exceed five years" (${P_L_97_113}), plus time for major refurbishment before delivery`,
    verified: true,
  },
];

/** AECA 62(a): a lease or loan "for a period of one year or longer" is certified to Congress first. */
export const CERTIFICATION_TERMS: readonly (LeaseRuleRow & { minMonths: number })[] = [
  {
    effectiveFrom: '1981-12-29',
    effectiveTo: null,
    minMonths: 12,
    source: `AECA 62(a), 22 U.S.C. 2796a(a): a lease or loan "for a period of one year or longer" (${P_L_97_113})`,
    verified: true,
  },
];

/**
 * AECA 62: days before entering into the lease that the certification must reach Congress. Whether South Korea and
 * Israel were added to the 15-day group is to verify (shared/domain.md §6), so they are not in AECA_62C_15_DAY.
 */
export const REVIEW_PERIODS: readonly (LeaseRuleRow & { partnerGroups: PartnerGroups; days: number })[] = [
  {
    effectiveFrom: '1981-12-29',
    effectiveTo: '1996-07-20',
    partnerGroups: null,
    days: 30,
    source: `AECA 62(a), 22 U.S.C. 2796a(a): "not less than 30 days before entering into or renewing" (${P_L_97_113})`,
    verified: true,
  },
  {
    effectiveFrom: '1996-07-21',
    effectiveTo: null,
    partnerGroups: ['NATO', 'AECA_62C_15_DAY'],
    days: 15,
    source:
      'AECA 62(c)(1), 22 U.S.C. 2796a(c)(1): 15 days for NATO, its members, Australia, Japan, New Zealand (P.L. 104-164 §141, 21 Jul 1996)',
    verified: true,
  },
  {
    effectiveFrom: '1996-07-21',
    effectiveTo: null,
    partnerGroups: null,
    days: 30,
    source: 'AECA 62(c)(2), 22 U.S.C. 2796a(c)(2): 30 days for other lessees (P.L. 104-164 §141, 21 Jul 1996)',
    verified: true,
  },
];

/**
 * AECA 63(a): Congress may block by joint resolution within the 62(c) period a lease or loan of one year or longer at or
 * above either value (replacement cost less depreciation). The $14M / $50M of 63(a)(1) predate P.L. 107-228, which
 * restructured that text, but the date they took effect is not established (shared/domain.md §6): the table starts on
 * 30 Sep 2002 and an earlier date has no row.
 */
export const JOINT_RESOLUTION_THRESHOLDS: readonly (LeaseRuleRow & {
  partnerGroups: PartnerGroups;
  mdeCents: number;
  totalCents: number;
})[] = [
  {
    effectiveFrom: '2002-09-30',
    effectiveTo: null,
    partnerGroups: ['NATO', 'AECA_63A_HIGHER'],
    mdeCents: 25 * MILLION_CENTS,
    totalCents: 100 * MILLION_CENTS,
    source:
      'AECA 63(a)(2), 22 U.S.C. 2796b(a)(2): NATO members, Australia, Japan, South Korea, Israel, New Zealand (P.L. 107-228 §1405, 30 Sep 2002, 116 Stat. 1458)',
    verified: true,
  },
  {
    effectiveFrom: '2002-09-30',
    effectiveTo: null,
    partnerGroups: null,
    mdeCents: 14 * MILLION_CENTS,
    totalCents: 50 * MILLION_CENTS,
    source: 'AECA 63(a)(1), 22 U.S.C. 2796b(a)(1): other lessees (as restructured by P.L. 107-228 §1405, 30 Sep 2002)',
    verified: true,
  },
];
