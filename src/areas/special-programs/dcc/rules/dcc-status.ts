// DSCA's review of an FMF/DCC request: drafted, submitted with its documents, approved (an amount within the U.S.
// content) or rejected, or withdrawn before a decision [confirmed: DSCA approves financing of each agreement, SAMM App 3].

export const DCC_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn'] as const;
export type DccStatus = (typeof DCC_STATUSES)[number];

export const DCC_ACTIONS = ['submit', 'approve', 'reject', 'withdraw', 'reopen'] as const;
export type DccAction = (typeof DCC_ACTIONS)[number];

export const DCC_TRANSITIONS: Readonly<Record<DccStatus, Partial<Record<DccAction, DccStatus>>>> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { approve: 'approved', reject: 'rejected', reopen: 'draft', withdraw: 'withdrawn' },
  approved: {},
  rejected: { reopen: 'draft' },
  withdrawn: {},
};

export const DCC_ACTION_LABELS: Record<DccAction, string> = {
  submit: 'Submit to DSCA for review',
  approve: 'Approve financing',
  reject: 'Reject',
  withdraw: 'Withdraw',
  reopen: 'Return to draft',
};

/** DSCA's review checklist: what the reviewer confirms beyond the documents on file. */
export const DCC_CHECKLIST = ['us_content_verified', 'items_eligible', 'contract_matches_request'] as const;
export type DccChecklistItem = (typeof DCC_CHECKLIST)[number];

export const DCC_CHECKLIST_LABELS: Record<DccChecklistItem, string> = {
  us_content_verified: 'U.S. content verified against the certifications; non-U.S. content excluded',
  items_eligible: 'Only U.S.-origin articles and services are to be financed',
  contract_matches_request: 'Contract (contractor, value, award date) agrees with the request',
};

export const allowedDccActions = (status: DccStatus) => Object.keys(DCC_TRANSITIONS[status]) as DccAction[];

export interface DccMoveContext {
  missingDocuments: readonly string[];
  uncheckedItems: readonly string[];
}

export type DccMove = { ok: true; to: DccStatus } | { ok: false; reason: string; allowed: DccAction[] };

export function moveDcc(status: DccStatus, action: DccAction, context: DccMoveContext): DccMove {
  const to = DCC_TRANSITIONS[status][action];
  const allowed = allowedDccActions(status);
  if (!to) return { ok: false, reason: `A request in status ${status} cannot ${action}`, allowed };
  if ((action === 'submit' || action === 'approve') && context.missingDocuments.length)
    return {
      ok: false,
      reason: `Documents the guidelines edition requires are not on file: ${context.missingDocuments.join('; ')}`,
      allowed,
    };
  if (action === 'approve' && context.uncheckedItems.length)
    return { ok: false, reason: `The review checklist is not complete: ${context.uncheckedItems.join('; ')}`, allowed };
  return { ok: true, to };
}
