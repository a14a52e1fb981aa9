// The NPOR request's workflow (shared/domain.md §10; DSCA 25-35 Tiger Team tasks 7, 43, 45 and DSCA 25-72 name the
// steps: the NPOR Community of Interest's review, the actionability determination, the negative LOR response when it is
// refused, DSCA's designation of a lead implementing agency, the funding of pre-LOR and case development work).
// The sources give no order between the Community of Interest's review and the determination, so the review may come
// first or be skipped; everything else follows from what each step needs.

export const NPOR_STATUSES = [
  'received',
  'coi_reviewed',
  'actionable',
  'not_actionable',
  'refused',
  'lead_ia_designated',
  'funded',
  'withdrawn',
] as const;
export type NporStatus = (typeof NPOR_STATUSES)[number];

export const NPOR_ACTIONS = [
  'coi_review',
  'determine_actionable',
  'determine_not_actionable',
  'send_negative_response',
  'designate_lead_ia',
  'fund',
  'withdraw',
] as const;
export type NporAction = (typeof NPOR_ACTIONS)[number];

export const NPOR_TRANSITIONS: Readonly<Record<NporStatus, Partial<Record<NporAction, NporStatus>>>> = {
  received: {
    coi_review: 'coi_reviewed',
    determine_actionable: 'actionable',
    determine_not_actionable: 'not_actionable',
    withdraw: 'withdrawn',
  },
  coi_reviewed: { determine_actionable: 'actionable', determine_not_actionable: 'not_actionable', withdraw: 'withdrawn' },
  not_actionable: { send_negative_response: 'refused' },
  actionable: { designate_lead_ia: 'lead_ia_designated', withdraw: 'withdrawn' },
  lead_ia_designated: { fund: 'funded', withdraw: 'withdrawn' },
  funded: {},
  refused: {},
  withdrawn: {},
};

export const NPOR_STATUS_LABELS: Record<NporStatus, string> = {
  received: 'Received',
  coi_reviewed: 'Reviewed by the NPOR Community of Interest',
  actionable: 'Determined actionable',
  not_actionable: 'Determined not actionable',
  refused: 'Refused (negative LOR response sent)',
  lead_ia_designated: 'Lead implementing agency designated',
  funded: 'Pre-LOR and case development work funded',
  withdrawn: 'Withdrawn',
};

/** The statuses after a determination that the request is actionable: what the offer gate asks for. */
export const ACTIONABLE_STATUSES: readonly NporStatus[] = ['actionable', 'lead_ia_designated', 'funded'];

export type NporMove = { ok: true; to: NporStatus } | { ok: false; allowed: NporAction[] };

export function nporMove(status: NporStatus, action: NporAction): NporMove {
  const to = NPOR_TRANSITIONS[status][action];
  return to ? { ok: true, to } : { ok: false, allowed: Object.keys(NPOR_TRANSITIONS[status]) as NporAction[] };
}

/**
 * Why a case with these lines cannot be offered yet, or null: every NPOR line (programOfRecord false) needs an NPOR
 * request for the case (or its LOR) determined actionable (shared/domain.md §10, issue 15: "the case cannot be offered
 * while its NPOR lines lack the determination"). Lines not yet stated are Case Writing's check, not this gate.
 */
export function nporOfferBlocker(
  lines: readonly { lineNumber: string; programOfRecord: boolean | null }[],
  requests: readonly { reference: string; status: NporStatus }[],
): string | null {
  const npor = lines.filter((l) => l.programOfRecord === false).map((l) => l.lineNumber);
  if (!npor.length) return null;
  if (requests.some((r) => ACTIONABLE_STATUSES.includes(r.status))) return null;
  const open = requests.filter((r) => r.status !== 'withdrawn');
  const state = open.length
    ? `its NPOR request${open.length > 1 ? 's' : ''} ${open.map((r) => `${r.reference} (${NPOR_STATUS_LABELS[r.status].toLowerCase()})`).join(', ')}`
    : 'no NPOR request is linked to the case or its LOR';
  return `NPOR line${npor.length > 1 ? 's' : ''} ${npor.join(', ')} lack${npor.length > 1 ? '' : 's'} an actionable determination: ${state}`;
}
