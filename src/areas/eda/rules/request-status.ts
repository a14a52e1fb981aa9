// The life of an EDA request (SAMM C11; shared/domain.md §5 "Workflow"): MILDEP declares excess → CCMD proposes the
// recipient → IA allocation memo → interagency review (the EDA Coordinating Committee's members) → the Committee's
// decision → notice where required → DSCA authorization → transfer.

export const REQUEST_STATUSES = [
  'draft',
  'proposed',
  'allocated',
  'in_review',
  'objected',
  'committee_approved',
  'authorized',
  'transferred',
  'disapproved',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_ACTIONS = [
  'propose',
  'allocate',
  'submit_for_review',
  'resubmit',
  'committee_approve',
  'committee_disapprove',
  'authorize',
  'transfer',
  'withdraw',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** Every allowed move; anything else is refused naming these. `object`/`all concur` are recorded reviews, not moves. */
export const REQUEST_TRANSITIONS: Record<RequestStatus, Partial<Record<RequestAction, RequestStatus>>> = {
  draft: { propose: 'proposed', withdraw: 'withdrawn' },
  proposed: { allocate: 'allocated', withdraw: 'withdrawn' },
  allocated: { submit_for_review: 'in_review', withdraw: 'withdrawn' },
  in_review: { committee_approve: 'committee_approved', committee_disapprove: 'disapproved', withdraw: 'withdrawn' },
  objected: { resubmit: 'in_review', committee_disapprove: 'disapproved', withdraw: 'withdrawn' },
  committee_approved: { authorize: 'authorized', withdraw: 'withdrawn' },
  authorized: { transfer: 'transferred', withdraw: 'withdrawn' },
  transferred: {},
  disapproved: {},
  withdrawn: {},
};

export const allowedActions = (status: RequestStatus): RequestAction[] => Object.keys(REQUEST_TRANSITIONS[status]) as RequestAction[];

export type Move = { ok: true; to: RequestStatus } | { ok: false; reason: string; allowed: RequestAction[] };

export function moveRequest(status: RequestStatus, action: RequestAction): Move {
  const to = REQUEST_TRANSITIONS[status][action];
  if (to) return { ok: true, to };
  return {
    ok: false,
    reason: `An EDA request that is ${status.replaceAll('_', ' ')} cannot ${action.replaceAll('_', ' ')}`,
    allowed: allowedActions(status),
  };
}

/** The statuses in which the request's terms (quantity, value, attestations) may still be edited directly. */
export const EDITABLE_STATUSES: readonly RequestStatus[] = ['draft', 'proposed', 'allocated'];
/** Counted as in progress (the portfolio, the public list's "status"). */
export const IN_PROGRESS_STATUSES: readonly RequestStatus[] = [
  'draft',
  'proposed',
  'allocated',
  'in_review',
  'objected',
  'committee_approved',
];
