import type { AdvocacyAction, AdvocacyState, CompetitionStage, TechnologyArea } from './weapons-api.ts';

/** domain.md §10's review processes (the server's rules/technology-areas.ts), as the screens name them. */
export const TECHNOLOGY_AREA_LABELS: Record<TechnologyArea, string> = {
  low_observable: 'Low observable / counter-low observable',
  national_disclosure_policy: 'National disclosure policy',
  military_intelligence_disclosure: 'Military intelligence disclosure',
  night_vision: 'Night vision',
  anti_tamper: 'Anti-tamper',
  comsec: 'COMSEC',
  special_access_programs: 'Special access programs',
  mtcr: 'Missile Technology Control Regime',
  intelligence: 'Intelligence',
  data_links_waveforms: 'Data links and waveforms',
  pnt_gps: 'Positioning, navigation and timing (GPS)',
  geospatial_intelligence: 'Geospatial intelligence',
  electronic_warfare: 'Electronic warfare',
};
export const TECHNOLOGY_AREAS = Object.keys(TECHNOLOGY_AREA_LABELS) as TechnologyArea[];

export const ADVOCACY_STATE_LABELS: Record<AdvocacyState, string> = {
  questionnaire: 'questionnaire',
  agreement_on_file: 'anti-bribery agreement on file',
  due_diligence_done: 'due diligence done',
  national_interest_determined: 'national interest determined',
  strategy_set: 'strategy set',
  declined: 'declined',
  withdrawn: 'withdrawn',
};
export const ADVOCACY_STATES = Object.keys(ADVOCACY_STATE_LABELS) as AdvocacyState[];

export const ADVOCACY_ACTION_LABELS: Record<AdvocacyAction, string> = {
  file_agreement: 'File the anti-bribery agreement',
  complete_due_diligence: 'Record due diligence',
  determine_national_interest: 'Record the national-interest determination',
  set_strategy: 'Set the advocacy strategy',
  decline: 'Decline',
  withdraw: 'Withdraw',
};

/** What the step's text records (the server requires it for these). */
export const ADVOCACY_TEXT_LABELS: Partial<Record<AdvocacyAction, string>> = {
  complete_due_diligence: 'Due-diligence findings',
  determine_national_interest: 'National-interest determination',
  set_strategy: 'Advocacy strategy',
};

export const STAGE_LABELS: Record<CompetitionStage, string> = {
  planning: 'before the solicitation',
  solicitation: 'solicitation out',
  evaluation: 'bids in, evaluation',
  down_selected: 'down-selected',
  awarded: 'awarded',
  cancelled: 'cancelled',
};
export const STAGES = Object.keys(STAGE_LABELS) as CompetitionStage[];

export const MILESTONE_LABELS = { rfp: 'Request for proposals', bids_due: 'Bids due', down_select: 'Down-select', award: 'Award' } as const;
export const MILESTONES = ['rfp', 'bids_due', 'down_select', 'award'] as const;

export const SALE_ROUTE_LABELS = { fms: 'FMS', dcs: 'DCS', both: 'FMS and DCS' } as const;
export const CHANNEL_LABELS = { email: 'E-mail', phone: 'Telephone', letter: 'Letter', meeting: 'Meeting', web_form: 'Web form' } as const;
export const OUTCOME_LABELS = {
  answered: 'Answered',
  referred: 'Referred elsewhere',
  advocacy_opened: 'Advocacy request opened',
  no_action: 'No action needed',
  withdrawn: 'Withdrawn by the company',
} as const;
export const SIZE_LABELS = { small: 'Small business', other_than_small: 'Other than small' } as const;

const STATE_TONE: Record<AdvocacyState, string> = {
  questionnaire: 'badge-muted',
  agreement_on_file: 'badge-info',
  due_diligence_done: 'badge-info',
  national_interest_determined: 'badge-info',
  strategy_set: 'badge-ok',
  declined: 'badge-danger',
  withdrawn: 'badge-muted',
};
export const AdvocacyBadge = ({ state }: { state: AdvocacyState }) => (
  <span className={`badge ${STATE_TONE[state]}`}>{ADVOCACY_STATE_LABELS[state]}</span>
);

const STAGE_TONE: Record<CompetitionStage, string> = {
  planning: 'badge-muted',
  solicitation: 'badge-info',
  evaluation: 'badge-info',
  down_selected: 'badge-warning',
  awarded: 'badge-ok',
  cancelled: 'badge-muted',
};
export const StageBadge = ({ stage }: { stage: CompetitionStage }) => (
  <span className={`badge ${STAGE_TONE[stage]}`}>{STAGE_LABELS[stage]}</span>
);

/** Whole-percent input: '' is "not entered". */
export const percentOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));
