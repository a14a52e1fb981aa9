import type { Db } from '../../db/client.ts';
import { decide, type Principal } from '../access/policy.ts';
import { todayIso } from '../dates.ts';
import { deadlineSources, type Deadline } from './registry.ts';

export interface DeadlineQuery {
  from: string;
  to: string;
  /** Also list clocks already past `today` and still open. */
  includeOverdue: boolean;
  area?: string | undefined;
  partnerCode?: string | undefined;
  today?: string;
}

export interface DeadlineView extends Deadline {
  overdue: boolean;
  daysLeft: number;
}

/** Every area's open clocks the principal may see, earliest first. Areas the principal cannot read contribute nothing. */
export async function listDeadlines(db: Db, principal: Principal, query: DeadlineQuery): Promise<DeadlineView[]> {
  const today = query.today ?? todayIso();
  const readable = deadlineSources().filter(
    (s) => decide(principal, 'read', { area: s.area }).allowed && (!query.area || s.area === query.area),
  );
  const found: Deadline[] = [];
  for (const source of readable) {
    const from = query.includeOverdue ? null : query.from;
    found.push(...(await source.list(db, principal, { from, to: query.to })));
  }
  return found
    .filter((d) => !query.partnerCode || d.partnerCode === query.partnerCode)
    .filter((d) => d.dueDate >= query.from || (query.includeOverdue && d.dueDate < today))
    .map((d) => ({ ...d, overdue: d.dueDate < today, daysLeft: Math.round((Date.parse(d.dueDate) - Date.parse(today)) / 86_400_000) }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
}
