import { useNavigate } from 'react-router-dom';
import { DataTable } from '../../platform/data-table.tsx';
import { formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { type EdaRequestItem, edaApi, type RequestQuery, STATUS_LABELS } from './eda-api.ts';
import { EdaNav } from './eda-nav.tsx';
import { requestColumns } from './request-columns.tsx';

const STATUSES = Object.keys(STATUS_LABELS) as EdaRequestItem['status'][];

/** Partners' EDA requests, with the public EDA list as a file (the same filter). */
export function RequestListPage() {
  usePageTitle('EDA requests');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const status = get('status') as EdaRequestItem['status'];
  const query: RequestQuery = {
    partner: get('partner') || undefined,
    status: STATUSES.includes(status) ? status : undefined,
    q: get('q') || undefined,
    limit: intParam(get('limit'), 50, 200) || 50,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['eda', 'request-list-page:edaApi.listRequests'], (signal) => edaApi.listRequests(query, signal), [
    JSON.stringify(query),
  ]);
  const fileQuery = { partner: query.partner, status: query.status, q: query.q };
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Excess defense articles</h1>
          <p className="page-sub">Grants under FAA 516 and sales under AECA 21, from the partner's request to DSCA's authorization.</p>
        </div>
        <div className="form-row">
          <a className="button" href={edaApi.exportUrl('csv', fileQuery)} download>
            Export CSV
          </a>
          <a className="button" href={edaApi.exportUrl('xlsx', fileQuery)} download>
            Export XLSX
          </a>
        </div>
      </header>
      <EdaNav />
      <div className="filter-bar" role="search">
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={query.partner ?? ''}
            maxLength={3}
            onChange={(e) => update({ partner: e.target.value.toUpperCase() || null, offset: null }, { replace: true })}
          />
        </label>
        <label className="field field-inline">
          <span>Status</span>
          <select value={query.status ?? ''} onChange={(e) => update({ status: e.target.value || null, offset: null })}>
            <option value="">any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline">
          <span>Search</span>
          <input value={query.q ?? ''} onChange={(e) => update({ q: e.target.value || null, offset: null }, { replace: true })} />
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      {page.data && <p className="muted">{formatCount(page.data.total)} requests</p>}
      <DataTable
        caption="EDA requests"
        columns={requestColumns}
        rows={page.data?.items ?? []}
        rowKey={(r) => r.id}
        rowLabel={(r) => `${r.reference} ${r.declaration.nomenclature}`}
        onOpen={(r) => navigate(`/eda/requests/${r.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No requests match.'}
      />
      {page.data && (
        <Pager total={page.data.total} limit={query.limit ?? 50} offset={query.offset ?? 0} onChange={(offset) => update({ offset })} />
      )}
    </section>
  );
}
