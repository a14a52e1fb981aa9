// A Title 10 program proposal's life (10 U.S.C. 333(b),(e); SAMM C15; shared/domain.md §8): developed with its AM&E
// initial assessment, submitted by the combatant command, approved by OSD and the Joint Staff, concurred in by the
// Secretary of State, notified to Congress (the notice lives in the notifications area), approved, executed through
// BPC cases, complete and closed; or withdrawn, or returned for rework at any review.

export const PROPOSAL_STATUSES = [
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
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_ACTIONS = [
  'submit',
  'approve_osd',
  'concur_state',
  'notify',
  'approve',
  'execute',
  'complete',
  'close',
  'return',
  'revise',
  'withdraw',
] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

export const PROPOSAL_TRANSITIONS: Readonly<Record<ProposalStatus, Partial<Record<ProposalAction, ProposalStatus>>>> = {
  development: { submit: 'ccmd_submitted', withdraw: 'withdrawn' },
  ccmd_submitted: { approve_osd: 'osd_approved', return: 'returned', withdraw: 'withdrawn' },
  osd_approved: { concur_state: 'state_concurred', return: 'returned', withdraw: 'withdrawn' },
  state_concurred: { notify: 'congressional_notification', approve: 'approved', return: 'returned', withdraw: 'withdrawn' },
  congressional_notification: { approve: 'approved', notify: 'congressional_notification', return: 'returned', withdraw: 'withdrawn' },
  approved: { execute: 'executing', withdraw: 'withdrawn' },
  executing: { complete: 'complete' },
  complete: { close: 'closed' },
  closed: {},
  withdrawn: {},
  returned: { revise: 'development', withdraw: 'withdrawn' },
};

/**
 * Where the next move is the program office's own (not a combatant command's, OSD's, State's or Congress's decision it
 * records): develop and submit, rework a returned proposal, make the BPC case and begin execution of an approved one.
 */
export const AWAITING_PROGRAM_OFFICE: readonly ProposalStatus[] = ['development', 'returned', 'approved'];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  development: 'In development',
  ccmd_submitted: 'Submitted by the combatant command',
  osd_approved: 'Approved by OSD and the Joint Staff',
  state_concurred: 'Secretary of State concurred',
  congressional_notification: 'Congressional notification',
  approved: 'Approved',
  executing: 'Executing',
  complete: 'Complete',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
  returned: 'Returned for rework',
};

export const PROPOSAL_ACTION_LABELS: Record<ProposalAction, string> = {
  submit: 'Record combatant command submission',
  approve_osd: 'Record OSD / Joint Staff approval',
  concur_state: 'Record Secretary of State concurrence',
  notify: 'Draft the congressional notice (333(e))',
  approve: 'Approve (notice period ended)',
  execute: 'Begin execution',
  complete: 'Record complete',
  close: 'Close',
  return: 'Return for rework',
  revise: 'Reopen for development',
  withdraw: 'Withdraw',
};

/** The notice's status as the notifications area keeps it; null when none was drafted. */
export type NoticeStatus = 'draft' | 'in_tiered_review' | 'formally_notified' | 'cleared' | 'withdrawn' | null;

export interface ProposalMoveContext {
  /** The AM&E initial assessment is recorded (SAMM C15: assessment, monitoring and evaluation are mandatory). */
  assessed: boolean;
  /** The program's proposals are notified to Congress before approval (10 U.S.C. 333(e)). */
  noticeRequired: boolean;
  notice: NoticeStatus;
  /** BPC cases made from the proposal. */
  cases: number;
}

export type ProposalMove = { ok: true; to: ProposalStatus } | { ok: false; reason: string; allowed: ProposalAction[] };

export const allowedProposalActions = (status: ProposalStatus) => Object.keys(PROPOSAL_TRANSITIONS[status]) as ProposalAction[];

const noticePending = (notice: NoticeStatus) => notice !== null && notice !== 'cleared' && notice !== 'withdrawn';

/** The moves worth offering from the status, given what the context already rules out. */
export const offeredProposalActions = (status: ProposalStatus, context: ProposalMoveContext) =>
  allowedProposalActions(status).filter((action) => moveProposal(status, action, context).ok);

const label = (status: ProposalStatus) => PROPOSAL_STATUS_LABELS[status].toLowerCase();

/** The move the state machine allows, or why not (naming the moves that are allowed from here). */
export function moveProposal(status: ProposalStatus, action: ProposalAction, context: ProposalMoveContext): ProposalMove {
  const to = PROPOSAL_TRANSITIONS[status][action];
  const refused = (reason: string): ProposalMove => ({ ok: false, reason, allowed: allowedProposalActions(status) });
  if (!to) return refused(`A proposal ${label(status)} cannot ${action.replaceAll('_', ' ')}`);
  if (action === 'submit' && !context.assessed)
    return refused('Record the AM&E initial assessment first: it is required before case development (SAMM C15)');
  if (action === 'notify' && !context.noticeRequired) return refused('This program’s proposals are not notified to Congress: approve it');
  if (action === 'approve' && status === 'state_concurred' && context.noticeRequired)
    return refused('10 U.S.C. 333(e): notify Congress first; approve once the notice is cleared');
  if (action === 'approve' && status === 'state_concurred') return { ok: true, to };
  if (action === 'notify' && status === 'congressional_notification' && context.notice !== 'withdrawn')
    return refused('The notice is with the notifications area; it is drafted again only after it is withdrawn');
  if (action === 'approve' && context.notice !== 'cleared')
    return refused(
      context.notice === null
        ? 'No congressional notice was drafted'
        : `The congressional notice is ${context.notice.replaceAll('_', ' ')}: approve once its period has passed and it is cleared`,
    );
  if ((action === 'return' || action === 'withdraw') && status === 'congressional_notification' && noticePending(context.notice))
    return refused('The notice is before Congress: withdraw it in congressional notifications first');
  if (action === 'withdraw' && status === 'approved' && context.cases > 0)
    return refused('BPC cases were made from this proposal: execute it, or cancel its cases, rather than withdraw it');
  if (action === 'execute' && context.cases === 0) return refused('Create its BPC case first: execution is through BPC cases');
  return { ok: true, to };
}
