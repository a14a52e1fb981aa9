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
  /** A page of the list, earliest first: `limit` clocks after the first `offset` (default: all). */
  limit?: number;
  offset?: number;
}

export interface DeadlineView extends Deadline {
  overdue: boolean;
  daysLeft: number;
}

const byDueDate = (a: Deadline, b: Deadline) =>
  a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/**
 * Every area's open clocks the principal may see, earliest first, asking the areas in parallel. Areas the principal
 * cannot read contribute nothing; a partner filter narrows the principal's scope so each source filters in SQL.
 * Paged (`limit`): each source is asked for only as many as the page needs, so a page costs what it shows.
 */
export async function listDeadlines(
  db: Db,
  sources: readonly DeadlineSourceDef[],
  principal: Principal,
  query: DeadlineQuery,
): Promise<DeadlineView[]> {
  return (await deadlinePage(db, sources, principal, query)).items;
}

export async function deadlinePage(
  db: Db,
  sources: readonly DeadlineSourceDef[],
  principal: Principal,
  query: DeadlineQuery,
): Promise<{ items: DeadlineView[]; hasMore: boolean }> {
  const today = query.today ?? todayIso();
  const code = query.partnerCode;
  if (code && !principal.scope.allCountries && !principal.scope.countries.includes(code)) return { items: [], hasMore: false };
  const asker: Principal = code ? { ...principal, scope: { ...principal.scope, allCountries: false, countries: [code] } } : principal;
  const readable = visibleSources(sources, asker).filter((s) => !query.area || s.area === query.area);
  const offset = query.offset ?? 0;
  // One more than the page, to know whether more follow. Sources cannot drop clocks between today and `from` that
  // the filter below removes, so a window that starts after today with overdue clocks is read whole.
  const pageable = query.limit !== undefined && (!query.includeOverdue || query.from <= today);
  const take = pageable ? offset + query.limit! + 1 : null;
  const window = { from: query.includeOverdue ? null : query.from, to: query.to, limit: take };
  const wanted = (d: Deadline) =>
    (!code || d.partnerCode === code) && (d.dueDate >= query.from || (query.includeOverdue && d.dueDate < today));
  const lists = await Promise.all(readable.map((source) => source.list(db, asker, window)));
  // A source that returned exactly `take` may have more after its last due date: only clocks due before the earliest
  // such cut-off are known to be complete.
  const cutoff =
    take === null
      ? null
      : lists
          .filter((l) => l.length === take)
          .map((l) => l.reduce((m, d) => (d.dueDate > m ? d.dueDate : m), ''))
          .reduce<string | null>((min, due) => (min === null || due < min ? due : min), null);
  let found = lists.flat().filter(wanted);
  if (cutoff !== null) {
    const complete = found.filter((d) => d.dueDate < cutoff);
    // Many clocks on the cut-off day itself: rare; read those sources whole rather than show a page with a gap.
    found =
      complete.length >= take!
        ? complete
        : (await Promise.all(readable.map((s) => s.list(db, asker, { ...window, limit: null })))).flat().filter(wanted);
  }
  const sorted = found.sort(byDueDate).map((d) => ({ ...d, overdue: d.dueDate < today, daysLeft: daysBetween(today, d.dueDate) }));
  if (query.limit === undefined) return { items: sorted, hasMore: false };
  return { items: sorted.slice(offset, offset + query.limit), hasMore: sorted.length > offset + query.limit };
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
  /** A page (the API always asks for one; the calendar feed reads its whole window). */
  limit?: number | undefined;
  offset?: number | undefined;
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
  const offset = request.offset ?? 0;
  const { items, hasMore } = await deadlinePage(db, sources, principal, {
    from,
    to,
    includeOverdue: request.overdue,
    area: request.area,
    partnerCode: request.partner,
    today,
    ...(request.limit !== undefined ? { limit: request.limit, offset } : {}),
  });
  const kinds = visibleSources(sources, principal).map(({ area, kind, label }) => ({ area, kind, label }));
  return { from, to, today, items, limit: request.limit ?? items.length, offset, hasMore, kinds };
}
