import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatCents } from '../../platform/format.ts';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { intParam } from '../../platform/use-search-state.ts';
import { appropriationColumns } from './appropriation-columns.tsx';
import { AppropriationForm } from './appropriation-form.tsx';
import { type AppropriationQuery, type AppropriationSort, fundsApi } from './funds-api.ts';
import { FundsNav } from './funds-nav.tsx';

const STATES = ['all', 'available', 'expiring', 'expired'] as const;
const SORTS: readonly AppropriationSort[] = ['name', 'program', 'partner', 'fiscalYear', 'until', 'amount', 'obligated', 'available'];

/** Appropriations and allotments with balances derived from the ledger; the URL holds the filter, so figures can link here. */
export function AppropriationListPage() {
  const list = useListState<AppropriationSort>({
    sorts: SORTS,
    defaultSort: 'fiscalYear',
    descendingFirst: ['fiscalYear', 'until', 'amount', 'obligated', 'available'],
    defaultLimit: 100,
  });
  const { get, filter } = list;
  const navigate = useNavigate();
  const canWrite = useArea('funds')?.canWrite ?? false;
  const [adding, setAdding] = useState(false);
  const state = get('state');
  const query: AppropriationQuery = {
    partner: get('partner') || undefined,
    program: get('program') || undefined,
    state: STATES.includes(state as (typeof STATES)[number]) ? (state as (typeof STATES)[number]) : 'all',
    days: intParam(get('days'), 90) || 90,
    ...list.sorting,
    ...list.paging,
  };
  const page = useApi(
    ['funds', 'appropriation-list-page:fundsApi.listAppropriations'],
    (signal) => fundsApi.listAppropriations(query, signal),
    [JSON.stringify(query)],
  );
  // The new-appropriation form tells this guard when it holds unsaved work.
  return (
    <UnsavedGroup>
      <ListPage
        title="Appropriations"
        description="available = appropriated − obligated + de-obligated, from the ledger on every read"
        actions={
          canWrite &&
          !adding && (
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
              New appropriation
            </button>
          )
        }
        filters={
          <>
            <FundsNav />
            <div className="filter-bar" role="search">
              <label className="field field-inline field-narrow">
                <span>Partner</span>
                <input
                  value={query.partner ?? ''}
                  maxLength={3}
                  onChange={(e) => filter({ partner: e.target.value.toUpperCase() }, true)}
                />
              </label>
              <label className="field field-inline field-narrow">
                <span>Program</span>
                <input value={query.program ?? ''} onChange={(e) => filter({ program: e.target.value.toUpperCase() }, true)} />
              </label>
              <label className="field field-inline">
                <span>Money</span>
                <select value={query.state} onChange={(e) => filter({ state: e.target.value === 'all' ? null : e.target.value })}>
                  <option value="all">all</option>
                  <option value="available">available now</option>
                  <option value="expiring">expiring within {query.days} days</option>
                  <option value="expired">expired</option>
                </select>
              </label>
            </div>
          </>
        }
        list={list}
        page={page}
        caption="Appropriations"
        columns={appropriationColumns}
        rowKey={(a) => a.id}
        rowLabel={(a) => a.name}
        onOpen={(a) => navigate(`/funds/appropriations/${a.id}`)}
        empty="No appropriations match."
      >
        {adding && (
          <section className="card">
            <AppropriationForm onSaved={(a) => navigate(`/funds/appropriations/${a.id}`)} onCancel={() => setAdding(false)} />
          </section>
        )}
        {page.data && (
          <p className="muted" data-testid="appropriation-totals">
            appropriated {formatCents(page.data.totals.amountCents)} · available{' '}
            <strong>{formatCents(page.data.totals.availableCents)}</strong>
          </p>
        )}
      </ListPage>
    </UnsavedGroup>
  );
}
