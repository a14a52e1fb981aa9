import type { ProposalAction, ProposalStatus, ReviewKind } from './capacity-building-api.ts';

export const PROPOSAL_STATUSES: readonly ProposalStatus[] = [
  'development',
  'ccmd_submitted',
  'osd_approved',
  'state_concurred',
  'congressional_notification',
  'approved',
  'executing',
  'complete',
  'closed',
  'withdrawn',
  'returned',
];

export const STATUS_LABELS: Record<ProposalStatus, string> = {
  development: 'in development',
  ccmd_submitted: 'submitted by the combatant command',
  osd_approved: 'approved by OSD / Joint Staff',
  state_concurred: 'State concurred',
  congressional_notification: 'congressional notification',
  approved: 'approved',
  executing: 'executing',
  complete: 'complete',
  closed: 'closed',
  withdrawn: 'withdrawn',
  returned: 'returned for rework',
};

const TONE: Record<ProposalStatus, string> = {
  development: 'badge-muted',
  ccmd_submitted: 'badge-info',
  osd_approved: 'badge-info',
  state_concurred: 'badge-info',
  congressional_notification: 'badge-warning',
  approved: 'badge-ok',
  executing: 'badge-ok',
  complete: 'badge-ok',
  closed: 'badge-muted',
  withdrawn: 'badge-muted',
  returned: 'badge-warning',
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  return <span className={`badge ${TONE[status]}`}>{STATUS_LABELS[status]}</span>;
}

export const ACTION_LABELS: Record<ProposalAction, string> = {
  submit: 'Record combatant command submission',
  approve_osd: 'Record OSD / Joint Staff approval',
  concur_state: 'Record Secretary of State concurrence',
  notify: 'Draft the congressional notice (333(e))',
  approve: 'Approve',
  execute: 'Begin execution',
  complete: 'Record complete',
  close: 'Close',
  return: 'Return for rework',
  revise: 'Reopen for development',
  withdraw: 'Withdraw',
};

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  periodic: 'Periodic BPC case review',
  event: 'Event-driven BPC case review',
  annual_fms: 'Annual FMS case review (SAMM C6.5.2)',
};
