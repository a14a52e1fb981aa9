import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { useSearchText } from '../../platform/use-search-state.ts';
import { ProcurementForm } from './procurement-form.tsx';
import { type ProcurementQuery, type SdafProcurementList, sdafApi, sdafFiles } from './sdaf-api.ts';
import { SdafNav } from './sdaf-nav.tsx';

type Row = SdafProcurementList['items'][number];
const columns: Column<Row>[] = [
  {
    id: 'contract',
    header: 'Contract',
    render: (p) => (
      <Link to={`/sdaf/procurements/${p.id}`} tabIndex={-1} className="strong mono">
        {p.contractNumber}
      </Link>
    ),
  },
  { id: 'awarded', header: 'Awarded', className: 'col-date mono', render: (p) => p.awardedOn },
  { id: 'delivery', header: 'Expected delivery', className: 'col-date mono', render: (p) => p.expectedDeliveryOn },
  { id: 'received', header: 'Received', className: 'col-narrow mono', render: (p) => `${p.receivedQuantity} / ${p.orderedQuantity}` },
  { id: 'state', header: 'State', className: 'col-narrow', render: (p) => p.state },
  { id: 'total', header: 'Total cost', className: 'col-money', render: (p) => formatCents(p.totalCents) },
];
const STATES = ['all', 'open', 'delivered', 'closed'] as const;

/** The fund's anticipatory procurements, filtered by state and text, with downloads; a form to record a new one. */
export function SdafProcurementsPage() {
  const navigate = useNavigate();
  const list = useListState({ defaultLimit: 100 });
  const { get, filter } = list;
  const canWrite = useArea('sdaf')?.canWrite ?? false;
  const [adding, setAdding] = useState(false);
  const state = get('state');
  const query: ProcurementQuery = {
    state: STATES.includes(state as (typeof STATES)[number]) ? (state as (typeof STATES)[number]) : 'all',
    q: get('q') || undefined,
    ...list.paging,
  };
  const page = useApi(['sdaf', 'procurements-page:sdafApi.procurements'], (signal) => sdafApi.procurements(query, signal), [
    JSON.stringify(query),
  ]);
  const [text, setText] = useSearchText(get, list.update);
  return (
    <UnsavedGroup>
      <ListPage
        title="SDAF procurements"
        description="Anticipatory procurements: each commits the fund’s money until its articles are delivered"
        download={(format) => sdafFiles.procurements(format, query)}
        actions={
          canWrite &&
          !adding && (
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
              New procurement
            </button>
          )
        }
        filters={
          <>
            <SdafNav />
            <div className="filter-bar" role="search">
              <label className="field field-inline">
                <span>Search</span>
                <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
              </label>
              <label className="field field-inline">
                <span>State</span>
                <select value={query.state} onChange={(e) => filter({ state: e.target.value === 'all' ? null : e.target.value })}>
                  <option value="all">all</option>
                  <option value="open">open (not all delivered)</option>
                  <option value="delivered">delivered</option>
                  <option value="closed">closed short</option>
                </select>
              </label>
            </div>
          </>
        }
        savedViews={{ area: 'sdaf', path: '/sdaf/procurements' }}
        list={list}
        page={page}
        caption="Procurements"
        columns={columns}
        rowKey={(p) => p.id}
        rowLabel={(p) => p.contractNumber}
        onOpen={(p) => navigate(`/sdaf/procurements/${p.id}`)}
        empty="No procurements match."
      >
        {adding && (
          <section className="card">
            <ProcurementForm onSaved={(p) => navigate(`/sdaf/procurements/${p.id}`)} onCancel={() => setAdding(false)} />
          </section>
        )}
      </ListPage>
    </UnsavedGroup>
  );
}
