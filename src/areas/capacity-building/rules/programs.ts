// The Title 10 programs, their statutory purposes and their program codes (shared/domain.md §8, §9), and the review
// period of their congressional notice: [open] in domain.md, so an administrator-entered dated rule row, never a guess.
import { type DatedRow, inForceOn } from '../../../platform/dates.ts';

/** 10 U.S.C. 333(a): the purposes a Section 333 program may serve. */
export const PURPOSES = [
  'counterterrorism',
  'counter_wmd',
  'counter_drug',
  'counter_transnational_organized_crime',
  'maritime_border_security',
  'military_intelligence',
  'air_domain_awareness',
  'coalition_operations',
  'cyberspace_security',
] as const;
export type Purpose = (typeof PURPOSES)[number];
export const PURPOSES_SOURCE = '10 U.S.C. 333(a)';
export const PURPOSE_LABELS: Record<Purpose, string> = {
  counterterrorism: 'Counterterrorism operations',
  counter_wmd: 'Counter-weapons of mass destruction operations',
  counter_drug: 'Counter-illicit drug trafficking operations',
  counter_transnational_organized_crime: 'Counter-transnational organized crime operations',
  maritime_border_security: 'Maritime and border security operations',
  military_intelligence: 'Military intelligence operations',
  air_domain_awareness: 'Air domain awareness operations',
  coalition_operations: 'Operations or activities that contribute to an international coalition operation',
  cyberspace_security: 'Cyberspace security and defensive cyberspace operations',
};

/** The programs shipped with IOPS (domain.md §9); administrators add others. Codes as domain.md §1 and §8 confirm them. */
export const STANDARD_PROGRAMS = [
  {
    key: 'section_333',
    name: 'Section 333 (build capacity of foreign security forces)',
    authority: '10 U.S.C. 333',
    fundingSource: 'section_333',
    requiresNotice: true,
    codes: [
      { code: 'DU', fiscalYear: 2021, semiPermanent: false, source: 'DSCA program codes for Section 333 FY21 (shared/domain.md §8)' },
      { code: 'DV', fiscalYear: 2021, semiPermanent: false, source: 'DSCA program codes for Section 333 FY21 (shared/domain.md §8)' },
      { code: 'DW', fiscalYear: 2021, semiPermanent: false, source: 'DSCA program codes for Section 333 FY21 (shared/domain.md §8)' },
    ],
  },
  {
    key: 'section_332',
    name: 'Section 332 (defense institution capacity building)',
    authority: '10 U.S.C. 332',
    fundingSource: null,
    requiresNotice: false,
    codes: [
      { code: 'YB', fiscalYear: null, semiPermanent: false, source: 'DSCA program codes for Section 332 (shared/domain.md §8)' },
      { code: 'YC', fiscalYear: null, semiPermanent: false, source: 'DSCA program codes for Section 332 (shared/domain.md §8)' },
    ],
  },
  {
    key: 'usai',
    name: 'Ukraine Security Assistance Initiative',
    authority: 'FY16 NDAA §1250 (P.L. 114-92), as amended',
    fundingSource: 'usai',
    requiresNotice: false,
    codes: [{ code: 'WD', fiscalYear: null, semiPermanent: false, source: 'USAI-PURL program code (DSCA 25-115; shared/domain.md §1)' }],
  },
  {
    key: 'ctef',
    name: 'Counter-ISIL Train and Equip Fund',
    authority: 'FY15 NDAA (P.L. 113-291) §1236, §1209',
    fundingSource: 'ctef',
    requiresNotice: false,
    codes: [
      { code: 'LW', fiscalYear: null, semiPermanent: false, source: 'CTEF-Lebanon program code (DSCA 25-61; shared/domain.md §1)' },
      { code: 'LZ', fiscalYear: null, semiPermanent: false, source: 'CTEF-Lebanon program code (DSCA 25-61; shared/domain.md §1)' },
    ],
  },
  {
    key: 'msi',
    name: 'Maritime Security Initiative',
    authority: 'FY16 NDAA §1263 (P.L. 114-92), as amended',
    fundingSource: null,
    requiresNotice: false,
    codes: [],
  },
] as const;

/** A row of the 333(e) notice's review period, entered by an administrator with its source. */
export interface NoticePeriodRow extends DatedRow {
  days: number;
  source: string;
  verified: boolean;
}

export const NOTICE_PERIOD_OPEN =
  'No review period for Section 333 notices is in force on this date: the lead time is [open] in shared/domain.md §8 and an administrator enters it (Programs → notice periods)';

/** The notice period in force on the date, or null (then the software says so; it never guesses a number). */
export function noticePeriodOn<T extends NoticePeriodRow>(rows: readonly T[], onDate: string): T | null {
  const found = inForceOn(rows, onDate);
  return found.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

/** What the 333(e) notice must name (10 U.S.C. 333(e)): the field each is in and its label, for a missing one. */
export const NOTICE_CONTENTS = [
  { field: 'recipientUnit', label: 'the recipient unit' },
  { field: 'absorptiveCapacity', label: 'the absorptive capacity' },
  { field: 'costEstimateCents', label: 'the cost' },
  { field: 'deliverySchedule', label: 'the timeline and delivery schedule' },
  { field: 'sustainmentPlan', label: 'the sustainment plan' },
  { field: 'campaignPlanLinks', label: 'the links to campaign plans' },
] as const;
export const NOTICE_CONTENTS_SOURCE = '10 U.S.C. 333(e): contents of the notice';

/** The 333(e) contents missing from a proposal, by field. */
export function missingNoticeContents(proposal: Record<string, unknown>): { field: string; label: string }[] {
  return NOTICE_CONTENTS.filter(({ field }) => {
    const value = proposal[field];
    if (typeof value === 'number') return value <= 0;
    if (Array.isArray(value)) return value.length === 0;
    return typeof value !== 'string' || value.trim() === '';
  }).map(({ field, label }) => ({ field, label }));
}
