// The case lifecycle (SAMM C5–C6: LOA development, CWD review, offer, acceptance, implementation, execution,
// supply/services complete, closure; an LOA not accepted by its offer expiration date lapses).

export const CASE_STATUSES = [
  'draft',
  'in_review',
  'returned',
  'approved',
  'offered',
  'offer_expired',
  'accepted',
  'implemented',
  'supply_complete',
  'closed',
  'cancelled',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTIONS = [
  'submit_for_review',
  'return',
  'approve',
  'offer',
  'expire_offer',
  'rework',
  'accept',
  'implement',
  'complete_supply',
  'close',
  'cancel',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Every legal move: from a status, an action leads to a status. Anything else is refused. */
export const TRANSITIONS: Readonly<Record<CaseStatus, Partial<Record<CaseAction, CaseStatus>>>> = {
  draft: { submit_for_review: 'in_review', cancel: 'cancelled' },
  in_review: { return: 'returned', approve: 'approved' },
  returned: { submit_for_review: 'in_review', cancel: 'cancelled' },
  approved: { offer: 'offered', rework: 'draft', cancel: 'cancelled' },
  offered: { accept: 'accepted', expire_offer: 'offer_expired', rework: 'draft', cancel: 'cancelled' },
  offer_expired: { rework: 'draft', cancel: 'cancelled' },
  accepted: { implement: 'implemented' },
  implemented: { complete_supply: 'supply_complete' },
  supply_complete: { close: 'closed' },
  closed: {},
  cancelled: {},
};

export const ACTION_LABELS: Record<CaseAction, string> = {
  submit_for_review: 'Submit for CWD review',
  return: 'Return to writer',
  approve: 'Approve',
  offer: 'Offer to purchaser',
  expire_offer: 'Record offer expired',
  rework: 'Rework (new draft)',
  accept: 'Record acceptance',
  implement: 'Implement',
  complete_supply: 'Supply/services complete',
  close: 'Close',
  cancel: 'Cancel',
};

export function allowedActions(status: CaseStatus): CaseAction[] {
  return Object.keys(TRANSITIONS[status]) as CaseAction[];
}

export type TransitionDecision = { ok: true; to: CaseStatus } | { ok: false; allowed: CaseAction[] };

export function transition(status: CaseStatus, action: CaseAction): TransitionDecision {
  const to = TRANSITIONS[status][action];
  return to ? { ok: true, to } : { ok: false, allowed: allowedActions(status) };
}

/** The milestone each move records, by its date (SAMM Table C5.T9 milestones, in IOPS's names). */
export const MILESTONE_OF_ACTION: Partial<Record<CaseAction, MilestoneKey>> = {
  submit_for_review: 'case_written',
  approve: 'cwd_review_complete',
  offer: 'offered',
  accept: 'accepted',
  implement: 'implemented',
  complete_supply: 'supply_complete',
  close: 'closed',
};

export const MILESTONES = [
  'lor_received',
  'lor_complete',
  'loa_data_received',
  'milap',
  'case_written',
  'cwd_review_complete',
  'dsca_state_coordination',
  'congressional_notification',
  'offered',
  'offer_expiration',
  'accepted',
  'implemented',
  'supply_complete',
  'closed',
] as const;
export type MilestoneKey = (typeof MILESTONES)[number];

/** A case is open until it is closed or cancelled (SAMM C6 case closure). */
export const CLOSED_STATUSES: readonly CaseStatus[] = ['closed', 'cancelled'];
export const isOpenStatus = (status: string) => !CLOSED_STATUSES.includes(status as CaseStatus);
