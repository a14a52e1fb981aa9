// Plain words for the codes the portal's API answers with.
const WORDS: Record<string, string> = {
  received: 'Received',
  actionable: 'Being worked',
  returned: 'Returned to you',
  converted: 'Case opened',
  in_development: 'LOA being developed',
  offered: 'Offered',
  accepted: 'Accepted',
  implemented: 'Implemented',
  closed: 'Closed',
  cancelled: 'Cancelled',
  supply_complete: 'Supply complete',
  sdr: 'Supply discrepancy',
  tdr: 'Transportation discrepancy',
  open: 'Open',
  resolved: 'Resolved',
  pending: 'Pending',
  due: 'Due',
  overdue: 'Overdue',
  completed: 'Completed',
  basic: 'Basic LOA',
  amendment: 'Amendment',
  modification: 'Modification',
};

export function plain(code: string | null | undefined): string {
  if (!code) return '—';
  return WORDS[code] ?? code.charAt(0).toUpperCase() + code.slice(1).replaceAll('_', ' ');
}
