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
