// The weapons area's lists of values (shared/domain.md §10).

/** SBA size standards (13 CFR 121): a small business, or not. */
export const COMPANY_SIZES = ['small', 'other_than_small'] as const;
export const COMPANY_SIZE_LABELS: Record<(typeof COMPANY_SIZES)[number], string> = {
  small: 'Small business',
  other_than_small: 'Other than small',
};

export const INQUIRY_CHANNELS = ['email', 'phone', 'letter', 'meeting', 'web_form'] as const;
export const INQUIRY_OUTCOMES = ['answered', 'referred', 'advocacy_opened', 'no_action', 'withdrawn'] as const;

/** A sale by FMS or by direct commercial sale (the Advocacy Center's questionnaire). */
export const SALE_CHANNELS = ['fms', 'dcs'] as const;
/** A competition's answer: FMS, DCS or both (eSAMM C4.3.1). */
export const SALE_ROUTES = ['fms', 'dcs', 'both'] as const;
/** Neutrality among U.S. bidders: U.S. staff attend all U.S. briefings or none (shared/domain.md §10). */
export const BRIEFING_POLICIES = ['attend_all', 'attend_none'] as const;
