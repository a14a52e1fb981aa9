// The kinds of condition the law sets on a special program's money before it may be obligated (shared/domain.md §12).

export const CONDITION_KINDS = [
  /** Congress is told of each obligation at least `noticeDays` before it (USAI FY19: 15 days, GAO B-331564). */
  'advance_notice',
  /** A report is due at least `noticeDays` before assistance (Syria, §1209 P.L. 113-291: 15 days). */
  'report_before_assistance',
  /** At most a ceiling (amount or share of the fiscal year's money) before a certification; staged releases are several. */
  'withheld_until_certification',
  /** No obligation after the authority's end date (USAI: 31 December of the last authorised year). */
  'authority_end',
  /** A program code's money: a ceiling and a last day (ITEF FY17, code Z5: $630M to 31 Dec 2018). */
  'code_availability',
  /** Assistance only to recipients vetted and not expired (CTEF, §1209). */
  'vetting_required',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export const CONDITION_LABELS: Record<ConditionKind, string> = {
  advance_notice: 'Advance notice of each obligation',
  report_before_assistance: 'Report due before assistance',
  withheld_until_certification: 'Amount withheld until a certification',
  authority_end: 'Authority end date',
  code_availability: 'Program code availability',
  vetting_required: 'Recipients vetted',
};
