import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { DeadlineQuery } from '../../api/types.ts';
import { addDaysIso, todayIso } from '../format.ts';
import { useSession } from '../session-context.tsx';
import { ErrorNotice } from '../status-pages.tsx';
import { Tabs } from '../tabs.tsx';
import { useApi } from '../use-api.ts';
import { usePageTitle } from '../use-page-title.ts';
import { oneOfParam, useSearchState } from '../use-search-state.ts';
import { FeedsSection } from './feeds-section.tsx';
import { ListView } from './list-view.tsx';
import { isMonth, monthGrid, shiftMonth } from './month-grid.ts';
import { MonthView } from './month-view.tsx';

const HORIZONS = [7, 30, 90, 180, 365] as const;
/** The list grows by a page at a time; a month asks for all it can show (the server's largest page). */
const LIST_PAGE = 200;
const MONTH_LIMIT = 2000;

/** Every area's clocks in one place: a month to look at, or a list of what is overdue and coming up. */
export function CalendarPage() {
  usePageTitle('Deadlines');
  const { get, update } = useSearchState();
  const today = todayIso();
  const view = get('view') === 'list' ? 'list' : 'month';
  const month = isMonth(get('month')) ? get('month') : today.slice(0, 7);
  const horizon = HORIZONS.find((h) => String(h) === get('days')) ?? 90;
  const grid = monthGrid(month);
  const areaIds = useSession().areas.map((a) => a.id as NonNullable<DeadlineQuery['area']>);
  const filters = { area: oneOfParam(areaIds, get('area')), partner: get('partner') || undefined };
  const [listed, setListed] = useState(LIST_PAGE);
  const query: DeadlineQuery =
    view === 'month'
      ? { ...filters, from: grid.from, to: grid.to, overdue: 'false', limit: MONTH_LIMIT }
      : { ...filters, from: today, to: addDaysIso(today, horizon), overdue: 'true', limit: listed };
  const list = useApi(['deadlines', 'calendar-page:api.listDeadlines'], (signal) => api.listDeadlines(query, signal), [
    JSON.stringify(query),
  ]);
  const areaLabels = new Map(useSession().areas.map((a) => [a.id, a.label]));
  const areas = [...new Set((list.data?.kinds ?? []).map((k) => k.area))];
  const overdue = list.data?.items.filter((d) => d.overdue).length ?? 0;

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Deadlines</h1>
          <p className="page-sub">
            Statutory and policy clocks from every area you can see: {(list.data?.kinds ?? []).map((k) => k.label).join(', ') || '…'}
          </p>
        </div>
      </header>
      <div className="filter-bar" role="search">
        <label className="field field-inline">
          <span>Area</span>
          <select value={filters.area ?? ''} onChange={(e) => update({ area: e.target.value })}>
            <option value="">All areas</option>
            {areas.map((a) => (
              <option key={a} value={a}>
                {areaLabels.get(a) ?? a}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={get('partner')}
            maxLength={3}
            placeholder="AT"
            onChange={(e) => update({ partner: e.target.value.toUpperCase().trim() }, { replace: true })}
          />
        </label>
        {view === 'month' ? (
          <div className="form-actions" role="group" aria-label="Month">
            <button
              type="button"
              className="button button-small"
              onClick={() => update({ month: shiftMonth(month, -1) })}
              aria-label="Previous month"
            >
              ‹
            </button>
            <strong className="month-label">{grid.label}</strong>
            <button
              type="button"
              className="button button-small"
              onClick={() => update({ month: shiftMonth(month, 1) })}
              aria-label="Next month"
            >
              ›
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => update({ month: null })}>
              This month
            </button>
          </div>
        ) : (
          <label className="field field-inline">
            <span>Coming up within</span>
            <select value={horizon} onChange={(e) => update({ days: e.target.value })}>
              {HORIZONS.map((h) => (
                <option key={h} value={h}>
                  {h} days
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {list.error && <ErrorNotice message={list.error.message} onRetry={list.reload} />}
      <Tabs
        label="Calendar view"
        tabs={[
          { id: 'month', label: 'Month' },
          { id: 'list', label: 'List' },
        ]}
        selected={view}
        onSelect={(id) => update({ view: id === 'month' ? null : id })}
      >
        {view === 'month' ? (
          <>
            {list.data?.hasMore && (
              <p className="notice notice-warning" role="status">
                This month has more than {MONTH_LIMIT.toLocaleString('en-US')} clocks; the first are shown. Choose an area or a partner to
                see the rest.
              </p>
            )}
            <MonthView weeks={grid.weeks} month={month} today={today} items={list.data?.items ?? []} label={grid.label} />
          </>
        ) : (
          <>
            {overdue > 0 && (
              <p className="notice notice-warning" role="status">
                {list.data?.hasMore && overdue === list.data.items.length ? `More than ${overdue}` : overdue} overdue — listed first.
              </p>
            )}
            <ListView items={list.data?.items ?? []} loading={list.loading} />
            {list.data?.hasMore && (
              <div className="form-actions">
                <button type="button" className="button" disabled={list.loading} onClick={() => setListed((n) => n + LIST_PAGE)}>
                  Show {LIST_PAGE} more
                </button>
              </div>
            )}
          </>
        )}
      </Tabs>
      <FeedsSection />
    </section>
  );
}
