// A lease's life (AECA 61–62; shared/domain.md §6): drafted, certified to Congress when 62(a) requires it, its 62(c)
// period ended, signed, delivered (active), returned, closed (DSCA 09-59). AECA 61(a) leases are terminable at any time.

export const LEASE_STATUSES = ['draft', 'certification', 'period_ended', 'signed', 'active', 'returned', 'closed', 'terminated'] as const;
export type LeaseStatus = (typeof LEASE_STATUSES)[number];

export const LEASE_ACTIONS = ['certify', 'end_period', 'sign', 'deliver', 'return', 'close', 'terminate'] as const;
export type LeaseAction = (typeof LEASE_ACTIONS)[number];

export const LEASE_TRANSITIONS: Readonly<Record<LeaseStatus, Partial<Record<LeaseAction, LeaseStatus>>>> = {
  draft: { certify: 'certification', sign: 'signed', terminate: 'terminated' },
  certification: { certify: 'certification', end_period: 'period_ended', terminate: 'terminated' },
  period_ended: { sign: 'signed', terminate: 'terminated' },
  signed: { deliver: 'active', terminate: 'terminated' },
  active: { return: 'returned', terminate: 'terminated' },
  returned: { close: 'closed' },
  closed: {},
  terminated: { return: 'returned' },
};

export const LEASE_ACTION_LABELS: Record<LeaseAction, string> = {
  certify: 'Send the certification to Congress (AECA 62(a))',
  end_period: 'Record the certification period ended',
  sign: 'Record signature',
  deliver: 'Record delivery (lease active)',
  return: 'Record return',
  close: 'Close',
  terminate: 'Terminate',
};

export const allowedLeaseActions = (status: LeaseStatus) => Object.keys(LEASE_TRANSITIONS[status]) as LeaseAction[];

/** The moves to offer: a lease under certification is certified again only once its notice is withdrawn. */
export const offeredLeaseActions = (status: LeaseStatus, noticeWithdrawn: boolean) =>
  allowedLeaseActions(status).filter((a) => !(status === 'certification' && a === 'certify' && !noticeWithdrawn));

/** What the move needs to know beyond the status: the certification, the payments, the articles' return. */
export interface LeaseMoveContext {
  certificationRequired: boolean;
  /** AECA 62(b) emergency waiver recorded: no certification period to wait for. */
  emergencyWaiver: boolean;
  /** The articles were delivered: a lease terminated after delivery is returned and closed; before it, terminated is final. */
  delivered: boolean;
  outstandingCents: number;
  /** The certification notice was withdrawn: the lease may be certified again. */
  noticeWithdrawn: boolean;
}

export type LeaseMove = { ok: true; to: LeaseStatus } | { ok: false; reason: string; allowed: LeaseAction[] };

const refused = (reason: string, status: LeaseStatus): LeaseMove => ({ ok: false, reason, allowed: allowedLeaseActions(status) });

/** The move the state machine allows, with why not otherwise (the certification period itself is checked against its notice). */
export function moveLease(status: LeaseStatus, action: LeaseAction, context: LeaseMoveContext): LeaseMove {
  const to = LEASE_TRANSITIONS[status][action];
  if (!to) return refused(`A lease in status ${status.replaceAll('_', ' ')} cannot ${action.replaceAll('_', ' ')}`, status);
  const waits = context.certificationRequired && !context.emergencyWaiver;
  if (action === 'certify' && !context.certificationRequired)
    return refused('AECA 62(a) certification is for a lease or loan of one year or longer; this one can be signed', status);
  if (action === 'certify' && context.emergencyWaiver)
    return refused('AECA 62(b) emergency waiver recorded: the lease can be signed without waiting', status);
  if (action === 'certify' && status === 'certification' && !context.noticeWithdrawn)
    return refused('The certification is with the notifications area; it is sent again only after its notice is withdrawn', status);
  if (action === 'sign' && status === 'draft' && waits)
    return refused('AECA 62(a): certify the lease to Congress and let the 62(c) period end before signing', status);
  if (action === 'return' && !context.delivered)
    return { ok: false, reason: 'Nothing was delivered under this lease: there is nothing to return', allowed: [] };
  if (action === 'close' && context.outstandingCents > 0)
    return refused(`Rental of $${(context.outstandingCents / 100).toFixed(2)} is still outstanding on the schedule`, status);
  return { ok: true, to };
}
