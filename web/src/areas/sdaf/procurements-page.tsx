import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
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

export function SdafProcurementsPage() {
  usePageTitle('SDAF procurements');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('sdaf')?.canWrite ?? false;
  const [adding, setAdding] = useState(false);
  const state = get('state');
  const query: ProcurementQuery = {
    state: STATES.includes(state as (typeof STATES)[number]) ? (state as (typeof STATES)[number]) : 'all',
    q: get('q') || undefined,
    limit: intParam(get('limit'), 100, 500) || 100,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['sdaf', 'procurements-page:sdafApi.procurements'], (signal) => sdafApi.procurements(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>SDAF procurements</h1>
          <p className="page-sub">Anticipatory procurements: each commits the fund’s money until its articles are delivered.</p>
        </div>
        {canWrite && !adding && (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            New procurement
          </button>
        )}
      </header>
      <SdafNav />
      {adding && (
        <section className="card">
          <ProcurementForm onSaved={(p) => navigate(`/sdaf/procurements/${p.id}`)} onCancel={() => setAdding(false)} />
        </section>
      )}
      <div className="filter-bar" role="search">
        <label className="field field-inline">
          <span>Search</span>
          <input value={query.q ?? ''} onChange={(e) => update({ q: e.target.value || null, offset: null }, { replace: true })} />
        </label>
        <label className="field field-inline">
          <span>State</span>
          <select value={query.state} onChange={(e) => update({ state: e.target.value === 'all' ? null : e.target.value, offset: null })}>
            <option value="all">all</option>
            <option value="open">open (not all delivered)</option>
            <option value="delivered">delivered</option>
            <option value="closed">closed short</option>
          </select>
        </label>
        <a className="button" href={sdafFiles.procurements('csv', query)}>
          Export CSV
        </a>
        <a className="button" href={sdafFiles.procurements('xlsx', query)}>
          Export XLSX
        </a>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      {page.data && <p className="muted">{formatCount(page.data.total)} procurements</p>}
      <DataTable
        caption="Procurements"
        columns={columns}
        rows={page.data?.items ?? []}
        rowKey={(p) => p.id}
        rowLabel={(p) => p.contractNumber}
        onOpen={(p) => navigate(`/sdaf/procurements/${p.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No procurements match.'}
      />
      {page.data && (
        <Pager total={page.data.total} limit={query.limit ?? 100} offset={query.offset ?? 0} onChange={(offset) => update({ offset })} />
      )}
    </section>
  );
}
