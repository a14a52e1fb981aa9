import type { LeaseAction, LeaseStatus } from './leases-api.ts';

export const LEASE_STATUSES: readonly LeaseStatus[] = [
  'draft',
  'certification',
  'period_ended',
  'signed',
  'active',
  'returned',
  'closed',
  'terminated',
];

export const LEASE_STATUS_LABELS: Record<LeaseStatus, string> = {
  draft: 'draft',
  certification: 'certification to Congress',
  period_ended: 'certification period ended',
  signed: 'signed',
  active: 'active',
  returned: 'returned',
  closed: 'closed',
  terminated: 'terminated',
};

const TONE: Record<LeaseStatus, string> = {
  draft: 'badge-muted',
  certification: 'badge-warning',
  period_ended: 'badge-info',
  signed: 'badge-info',
  active: 'badge-ok',
  returned: 'badge-info',
  closed: 'badge-muted',
  terminated: 'badge-danger',
};

export function LeaseStatusBadge({ status }: { status: LeaseStatus }) {
  return <span className={`badge status-badge ${TONE[status]}`}>{LEASE_STATUS_LABELS[status]}</span>;
}

export const LEASE_ACTION_LABELS: Record<LeaseAction, string> = {
  certify: 'Send certification to Congress',
  end_period: 'Record certification period ended',
  sign: 'Record signature',
  deliver: 'Record delivery',
  return: 'Record return',
  close: 'Close',
  terminate: 'Terminate',
};

export const WAIVER_LABELS: Record<string, string> = {
  cooperative_research_development: 'Cooperative research or development',
  exercise: 'Combined training exercise',
  communications_interface: 'Communications interface project',
};
