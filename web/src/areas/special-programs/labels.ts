import type { Schema } from '../../api/http.ts';
import { formatCents } from '../../platform/format.ts';

type Condition = Schema<'ProgramCondition'>;

export const STATUS_LABELS: Record<Condition['status'], string> = {
  withheld: 'Money withheld',
  released: 'Released by certification',
  ended: 'Ended',
  in_force: 'In force',
};

/** What the condition requires, in plain words. */
export function conditionTerms(c: Condition): string {
  const parts: string[] = [];
  if (c.noticeDays !== null) parts.push(`${c.noticeDays} days before`);
  if (c.ceilingCents !== null) parts.push(`at most ${formatCents(c.ceilingCents)}`);
  if (c.ceilingBasisPoints !== null) parts.push(`at most ${c.ceilingBasisPoints / 100}% of the year’s money`);
  if (c.certification) parts.push(`until the ${c.certification}`);
  if (c.appliesToCode) parts.push(`code ${c.appliesToCode}`);
  if (c.endsOn) parts.push(`to ${c.endsOn}`);
  return parts.join(', ') || '—';
}

/** Programs that are a funding-source tag only: no condition set found in the sources (shared/domain.md §12). */
export const TAG_ONLY_PROGRAMS: Record<string, string> = {
  EDI: 'The European Reassurance Initiative, renamed the European Deterrence Initiative in FY17, is a funding-source tag: mostly EUCOM and service funds. No statutory notice, certification or other condition on its money was found in the sources, so IOPS applies none; an administrator can enter one with its source if one is found.',
};

// Plain words for the codes the FMF/DCC and drawdown screens show.

export const DCC_STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  submitted: 'With DSCA for review',
  approved: 'Financing approved',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const DCC_ACTION_LABELS: Record<string, string> = {
  submit: 'Submit to DSCA for review',
  approve: 'Approve financing',
  reject: 'Reject',
  withdraw: 'Withdraw',
  reopen: 'Return to draft',
};

export const DCC_DOCUMENT_OPTIONS = [
  ['contractor_certification', 'Prime contractor’s Certification and Agreement with DSCA'],
  ['subcontractor_us_content', 'First-tier subcontractors’ U.S. content certifications'],
  ['subcontractor_list', 'Subcontractor list'],
  ['commissions_fees', 'Commissions and fees disclosure'],
  ['export_licence', 'DDTC export licence reference'],
] as const;

export const DRAWDOWN_STATUS_LABELS: Record<string, string> = {
  justification: 'Justification',
  determined: 'Determined by the President',
  executing: 'Executing',
  delivered: 'Delivered, title transferred',
  cancelled: 'Cancelled',
};

export const AUTHORITY_OPTIONS = [
  ['faa_506a1', 'FAA 506(a)(1): unforeseen emergency'],
  ['faa_506a2', 'FAA 506(a)(2): national-interest purposes'],
  ['faa_552c2', 'FAA 552(c)(2): peacekeeping'],
] as const;

export const DRAWDOWN_DOCUMENT_OPTIONS = [
  ['justification_package', 'Justification package'],
  ['readiness_assessment', 'Readiness impact assessment'],
  ['budget_impact_assessment', 'Budget impact assessment'],
] as const;

export const DEPARTMENT_OPTIONS = [
  ['army', 'Department of the Army'],
  ['navy', 'Department of the Navy'],
  ['air_force', 'Department of the Air Force'],
] as const;

export const METHOD_OPTIONS = [
  ['net_book_value', 'Net book value'],
  ['replacement_cost', 'Replacement cost'],
] as const;

export const label = (labels: Record<string, string>, code: string) => labels[code] ?? code.replaceAll('_', ' ');
export const optionLabel = (options: readonly (readonly [string, string])[], code: string) =>
  options.find(([v]) => v === code)?.[1] ?? code;
