import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { DataTable } from '../../platform/data-table.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { appropriationColumns } from './appropriation-columns.tsx';
import { AppropriationForm } from './appropriation-form.tsx';
import { type AppropriationQuery, fundsApi } from './funds-api.ts';
import { FundsNav } from './funds-nav.tsx';

const STATES = ['all', 'available', 'expiring', 'expired'] as const;

/** Appropriations and allotments with balances derived from the ledger; the URL holds the filter, so figures can link here. */
export function AppropriationListPage() {
  usePageTitle('Appropriations');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('funds')?.canWrite ?? false;
  const [adding, setAdding] = useState(false);
  const state = get('state');
  const query: AppropriationQuery = {
    partner: get('partner') || undefined,
    program: get('program') || undefined,
    state: STATES.includes(state as (typeof STATES)[number]) ? (state as (typeof STATES)[number]) : 'all',
    days: intParam(get('days'), 90) || 90,
    limit: intParam(get('limit'), 100, 500) || 100,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(
    ['funds', 'appropriation-list-page:fundsApi.listAppropriations'],
    (signal) => fundsApi.listAppropriations(query, signal),
    [JSON.stringify(query)],
  );
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Appropriations</h1>
          <p className="page-sub">available = appropriated − obligated + de-obligated, from the ledger on every read.</p>
        </div>
        {canWrite && !adding && (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            New appropriation
          </button>
        )}
      </header>
      <FundsNav />
      {adding && (
        <section className="card">
          <AppropriationForm onSaved={(a) => navigate(`/funds/appropriations/${a.id}`)} onCancel={() => setAdding(false)} />
        </section>
      )}
      <div className="filter-bar" role="search">
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={query.partner ?? ''}
            maxLength={3}
            onChange={(e) => update({ partner: e.target.value.toUpperCase(), offset: null }, { replace: true })}
          />
        </label>
        <label className="field field-inline field-narrow">
          <span>Program</span>
          <input
            value={query.program ?? ''}
            onChange={(e) => update({ program: e.target.value.toUpperCase(), offset: null }, { replace: true })}
          />
        </label>
        <label className="field field-inline">
          <span>Money</span>
          <select value={query.state} onChange={(e) => update({ state: e.target.value === 'all' ? null : e.target.value, offset: null })}>
            <option value="all">all</option>
            <option value="available">available now</option>
            <option value="expiring">expiring within {query.days} days</option>
            <option value="expired">expired</option>
          </select>
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      {page.data && (
        <p className="muted" data-testid="appropriation-totals">
          {formatCount(page.data.total)} appropriations · appropriated {formatCents(page.data.totals.amountCents)} · available{' '}
          <strong>{formatCents(page.data.totals.availableCents)}</strong>
        </p>
      )}
      <DataTable
        caption="Appropriations"
        columns={appropriationColumns}
        rows={page.data?.items ?? []}
        rowKey={(a) => a.id}
        rowLabel={(a) => a.name}
        onOpen={(a) => navigate(`/funds/appropriations/${a.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No appropriations match.'}
      />
      {page.data && (
        <Pager total={page.data.total} limit={query.limit ?? 100} offset={query.offset ?? 0} onChange={(offset) => update({ offset })} />
      )}
    </section>
  );
}
