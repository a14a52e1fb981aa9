// An advocacy request relayed with the Commerce Department's Advocacy Center (EO 13630; shared/domain.md §10): the
// questionnaire, then the anti-bribery agreement on file, due diligence, the national-interest determination, and only
// then the advocacy strategy, in that order [confirmed: trade.gov Advocacy Center].

export const ADVOCACY_STATES = [
  'questionnaire',
  'agreement_on_file',
  'due_diligence_done',
  'national_interest_determined',
  'strategy_set',
  'declined',
  'withdrawn',
] as const;
export type AdvocacyState = (typeof ADVOCACY_STATES)[number];

export const ADVOCACY_ACTIONS = [
  'file_agreement',
  'complete_due_diligence',
  'determine_national_interest',
  'set_strategy',
  'decline',
  'withdraw',
] as const;
export type AdvocacyAction = (typeof ADVOCACY_ACTIONS)[number];

export const ADVOCACY_STATE_LABELS: Record<AdvocacyState, string> = {
  questionnaire: 'Questionnaire',
  agreement_on_file: 'Anti-bribery agreement on file',
  due_diligence_done: 'Due diligence done',
  national_interest_determined: 'National interest determined',
  strategy_set: 'Advocacy strategy set',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

const TRANSITIONS: Readonly<Record<AdvocacyState, Partial<Record<AdvocacyAction, AdvocacyState>>>> = {
  questionnaire: { file_agreement: 'agreement_on_file', decline: 'declined', withdraw: 'withdrawn' },
  agreement_on_file: { complete_due_diligence: 'due_diligence_done', decline: 'declined', withdraw: 'withdrawn' },
  due_diligence_done: { determine_national_interest: 'national_interest_determined', decline: 'declined', withdraw: 'withdrawn' },
  national_interest_determined: { set_strategy: 'strategy_set', withdraw: 'withdrawn' },
  strategy_set: { withdraw: 'withdrawn' },
  declined: {},
  withdrawn: {},
};

export const allowedAdvocacyActions = (state: AdvocacyState) => Object.keys(TRANSITIONS[state]) as AdvocacyAction[];

/** The questionnaire's fields for a defense sale (trade.gov Advocacy Questionnaire), as the request holds them. */
export interface AdvocacyQuestionnaire {
  saleChannel: 'fms' | 'dcs' | null;
  valueCents: number | null;
  usContentPercent: number | null;
  bidderOfRecord: string;
  licenceInformation: string;
  assistanceRequested: string;
  decisionDate: string | null;
  decisionMaker: string;
  competitors: readonly string[];
}

const QUESTIONNAIRE_FIELDS: [keyof AdvocacyQuestionnaire, string][] = [
  ['saleChannel', 'FMS or DCS'],
  ['valueCents', 'the value of the sale'],
  ['usContentPercent', 'the U.S. content'],
  ['bidderOfRecord', 'the bidder of record'],
  ['licenceInformation', 'the export licence information'],
  ['assistanceRequested', 'the assistance requested'],
  ['decisionDate', 'the decision date'],
  ['decisionMaker', 'the foreign decision-maker'],
  ['competitors', 'the competitors'],
];

/** The questionnaire's fields still empty (the agreement is filed with a complete questionnaire). */
export function missingQuestionnaireFields(q: AdvocacyQuestionnaire): { path: string; message: string }[] {
  return QUESTIONNAIRE_FIELDS.filter(([key]) => {
    const v = q[key];
    return v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
  }).map(([path, label]) => ({ path, message: `${label} is part of the Advocacy Center's questionnaire` }));
}

export type AdvocacyMove =
  | { ok: true; to: AdvocacyState }
  | { ok: false; reason: string; allowed: AdvocacyAction[]; fields?: { path: string; message: string }[] };

/** The move allowed from `state`, or why not: the order is the Advocacy Center's, no step skipped. */
export function moveAdvocacy(state: AdvocacyState, action: AdvocacyAction, questionnaire: AdvocacyQuestionnaire): AdvocacyMove {
  const allowed = allowedAdvocacyActions(state);
  const to = TRANSITIONS[state][action];
  if (!to)
    return {
      ok: false,
      reason: `An advocacy request at "${ADVOCACY_STATE_LABELS[state]}" cannot ${action.replaceAll('_', ' ')} (EO 13630 process: questionnaire and anti-bribery agreement, due diligence, national-interest determination, then strategy)`,
      allowed,
    };
  if (action === 'file_agreement') {
    const fields = missingQuestionnaireFields(questionnaire);
    if (fields.length)
      return {
        ok: false,
        reason: 'The questionnaire is incomplete: the Advocacy Center takes the agreement with a complete questionnaire',
        allowed,
        fields,
      };
  }
  return { ok: true, to };
}
