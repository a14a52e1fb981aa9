import type { Db } from '../../db/client.ts';
import { decide, type Principal } from '../access/policy.ts';
import { addDays, daysBetween, todayIso } from '../dates.ts';
import { badRequest } from '../http/errors.ts';
import { MAX_WINDOW_DAYS } from './model.ts';
import type { Deadline, DeadlineSourceDef } from './source.ts';

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

/**
 * Every area's open clocks the principal may see, earliest first, asking the areas in parallel. Areas the principal
 * cannot read contribute nothing; a partner filter narrows the principal's scope so each source filters in SQL.
 */
export async function listDeadlines(
  db: Db,
  sources: readonly DeadlineSourceDef[],
  principal: Principal,
  query: DeadlineQuery,
): Promise<DeadlineView[]> {
  const today = query.today ?? todayIso();
  const code = query.partnerCode;
  if (code && !principal.scope.allCountries && !principal.scope.countries.includes(code)) return [];
  const asker: Principal = code ? { ...principal, scope: { ...principal.scope, allCountries: false, countries: [code] } } : principal;
  const readable = visibleSources(sources, asker).filter((s) => !query.area || s.area === query.area);
  const window = { from: query.includeOverdue ? null : query.from, to: query.to };
  const found = (await Promise.all(readable.map((source) => source.list(db, asker, window)))).flat();
  return found
    .filter((d) => !code || d.partnerCode === code)
    .filter((d) => d.dueDate >= query.from || (query.includeOverdue && d.dueDate < today))
    .map((d) => ({ ...d, overdue: d.dueDate < today, daysLeft: daysBetween(today, d.dueDate) }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
}

/** Clocks of the areas the principal may read. */
function visibleSources(sources: readonly DeadlineSourceDef[], principal: Principal) {
  return sources.filter((s) => decide(principal, 'read', { area: s.area }).allowed);
}

export interface DeadlineWindowRequest {
  from?: string | undefined;
  to?: string | undefined;
  overdue: boolean;
  area?: string | undefined;
  partner?: string | undefined;
}

/** The calendar's read: defaults (today, the next 90 days), a bounded window, and the clocks the principal can see. */
export async function deadlineCalendar(
  db: Db,
  sources: readonly DeadlineSourceDef[],
  principal: Principal,
  request: DeadlineWindowRequest,
  today = todayIso(),
) {
  const from = request.from ?? today;
  const to = request.to ?? addDays(from, 90);
  if (to < from) throw badRequest('The window ends before it starts', [{ path: 'to', message: `must be on or after ${from}` }]);
  if (daysBetween(from, to) > MAX_WINDOW_DAYS)
    throw badRequest('The window is too long', [{ path: 'to', message: `at most ${MAX_WINDOW_DAYS} days after from` }]);
  const items = await listDeadlines(db, sources, principal, {
    from,
    to,
    includeOverdue: request.overdue,
    area: request.area,
    partnerCode: request.partner,
    today,
  });
  const kinds = visibleSources(sources, principal).map(({ area, kind, label }) => ({ area, kind, label }));
  return { from, to, today, items, kinds };
}
