// Case reviews (shared/domain.md §8): periodic and event-driven reviews of BPC cases, the annual FMS case review
// (SAMM C6.5.2), closure readiness and the closure backlog by implementation year (DSCA 25-97: FY2017 or earlier first).
import { fiscalYearOf } from '../../../platform/dates.ts';
import { CLOSURE_SOURCE, closureDueOn } from './fund-rules.ts';

export const REVIEW_KINDS = ['periodic', 'event', 'annual_fms'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  periodic: 'Periodic BPC case review',
  event: 'Event-driven BPC case review',
  annual_fms: 'Annual FMS case review (SAMM C6.5.2)',
};
export const REVIEW_STATUSES = ['open', 'complete'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const CHECKLIST_ANSWERS = ['yes', 'no', 'not_applicable'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export const BACKLOG_SOURCE = 'Close LOAs implemented in FY2017 or earlier first (DSCA 25-97, January 2026)';
/** DSCA 25-97's first tranche: cases implemented in this fiscal year or earlier. */
export const BACKLOG_FIRST_FY = 2017;

/** Which kind of case a review kind is for: BPC reviews are of BPC cases; the annual review is of FMS cases. */
export function reviewKindFits(kind: ReviewKind, caseIsBpc: boolean): { ok: true } | { ok: false; reason: string } {
  if (kind === 'annual_fms' && caseIsBpc)
    return { ok: false, reason: 'The annual FMS case review (SAMM C6.5.2) is of FMS cases; review a BPC case periodically or on an event' };
  if (kind !== 'annual_fms' && !caseIsBpc)
    return { ok: false, reason: `A ${REVIEW_KIND_LABELS[kind].toLowerCase()} is of a BPC case; an FMS case has its annual review` };
  return { ok: true };
}

/** What completing a review needs: every checklist item answered, every action done. */
export function reviewCompletable(input: {
  unanswered: readonly string[];
  openActions: number;
}): { ok: true } | { ok: false; reason: string } {
  if (input.unanswered.length)
    return {
      ok: false,
      reason: `Answer every checklist item first (${input.unanswered.length} unanswered: ${input.unanswered.slice(0, 3).join(', ')}${input.unanswered.length > 3 ? ' …' : ''})`,
    };
  if (input.openActions > 0)
    return { ok: false, reason: `${input.openActions} action${input.openActions === 1 ? ' is' : 's are'} still open` };
  return { ok: true };
}

export interface ClosureReadiness {
  ready: boolean;
  /** 31 July of the cancellation year, when the case is funded with cancelling money. */
  closeBy: string | null;
  overdue: boolean;
  reasons: string[];
  source: string;
}

/**
 * A case is ready to close when it is supply/services complete and no review action on it is open; when its money
 * cancels, it must be so by 31 July of the cancelling year (SAMM C15.6.1).
 */
export function closureReadiness(input: {
  caseStatus: string;
  openActions: number;
  cancellationYear: number | null;
  today: string;
}): ClosureReadiness {
  const reasons: string[] = [];
  if (input.caseStatus === 'closed')
    return { ready: true, closeBy: null, overdue: false, reasons: ['The case is closed'], source: CLOSURE_SOURCE };
  if (input.caseStatus !== 'supply_complete')
    reasons.push(`The case is ${input.caseStatus.replaceAll('_', ' ')}, not supply/services complete`);
  if (input.openActions > 0) reasons.push(`${input.openActions} review action${input.openActions === 1 ? '' : 's'} open`);
  const closeBy = input.cancellationYear === null ? null : closureDueOn(input.cancellationYear);
  const ready = reasons.length === 0;
  return {
    ready,
    closeBy,
    overdue: closeBy !== null && input.today > closeBy,
    reasons: ready ? ['Supply/services complete, no open actions'] : reasons,
    source: CLOSURE_SOURCE,
  };
}

/** The implementation fiscal year of a case and its backlog tranche (DSCA 25-97). */
export function backlogTranche(implementedOn: string): { implementationFy: number; first: boolean } {
  const implementationFy = fiscalYearOf(implementedOn);
  return { implementationFy, first: implementationFy <= BACKLOG_FIRST_FY };
}

/** Today's answer to "is this action overdue": open and past its due date. */
export const actionOverdue = (action: { dueOn: string; doneOn: string | null }, today: string) =>
  action.doneOn === null && today > action.dueOn;
