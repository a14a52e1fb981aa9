import type { CaseType, LorChannel, LorStatus, MilestoneKey } from '../../api/types.ts';

export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  defined_order: 'Defined order',
  blanket_order: 'Blanket order',
  clssa: 'CLSSA',
  bpc: 'BPC',
};

export const CASE_STATUS_LABELS: Record<string, string> = {
  draft: 'draft',
  in_review: 'in review',
  returned: 'returned',
  approved: 'approved',
  offered: 'offered',
  offer_expired: 'offer expired',
  accepted: 'accepted',
  implemented: 'implemented',
  supply_complete: 'supply complete',
  closed: 'closed',
  cancelled: 'cancelled',
};

const STATUS_TONE: Record<string, string> = {
  draft: 'badge-muted',
  in_review: 'badge-info',
  returned: 'badge-warning',
  approved: 'badge-info',
  offered: 'badge-info',
  offer_expired: 'badge-danger',
  accepted: 'badge-ok',
  implemented: 'badge-ok',
  supply_complete: 'badge-ok',
  closed: 'badge-muted',
  cancelled: 'badge-danger',
  received: 'badge-info',
  actionable: 'badge-ok',
  converted: 'badge-muted',
};

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return (
    <span className={`badge status-badge ${STATUS_TONE[status] ?? ''}`} data-status={status}>
      {label ?? CASE_STATUS_LABELS[status] ?? status.replaceAll('_', ' ')}
    </span>
  );
}

export const LOR_CHANNEL_LABELS: Record<LorChannel, string> = {
  embassy: 'Embassy',
  security_cooperation_office: 'Security cooperation office',
  combatant_command: 'Combatant command',
  partner_direct: 'Partner, directly',
  other: 'Other',
};

export const LOR_STATUS_LABELS: Record<LorStatus, string> = {
  received: 'received',
  actionable: 'actionable',
  returned: 'returned',
  converted: 'case opened',
};

export const MILESTONE_LABELS: Record<MilestoneKey, string> = {
  lor_received: 'LOR received',
  lor_complete: 'LOR complete (actionable)',
  loa_data_received: 'LOA data received',
  milap: 'MILAP (MILDEP approval)',
  case_written: 'Case written',
  cwd_review_complete: 'CWD review complete',
  dsca_state_coordination: 'DSCA/State coordination',
  congressional_notification: 'Congressional notification',
  offered: 'Offered',
  offer_expiration: 'Offer expiration',
  accepted: 'Accepted',
  implemented: 'Implemented',
  supply_complete: 'Supply/services complete',
  closed: 'Closed',
};

export const FUNDING_SOURCE_SUGGESTIONS: readonly string[] = ['national_funds', 'fmf_grant', 'fmf_loan', 'usai', 'section_333'];

export const VERSION_KIND_LABELS = { basic: 'Basic LOA', amendment: 'Amendment', modification: 'Modification' } as const;
