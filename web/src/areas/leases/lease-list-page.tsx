import { Link, useNavigate } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState, useSearchText } from '../../platform/use-search-state.ts';
import { LEASE_STATUS_LABELS, LEASE_STATUSES, LeaseStatusBadge } from './lease-labels.tsx';
import { type LeaseQuery, type LeaseStatus, type LeaseSummary, leasesApi } from './leases-api.ts';

const COLUMNS: Column<LeaseSummary>[] = [
  {
    id: 'designator',
    header: 'Lease',
    className: 'col-code',
    render: (l) => (
      <Link to={`/leases/${l.id}`} tabIndex={-1} className="mono strong">
        {l.designator}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', render: (l) => `${l.partnerCode} · ${l.partnerName}` },
  { id: 'status', header: 'Status', className: 'col-narrow', render: (l) => <LeaseStatusBadge status={l.status} /> },
  { id: 'start', header: 'Start', className: 'col-date mono', render: (l) => l.startOn },
  { id: 'end', header: 'End', className: 'col-date mono', render: (l) => l.endOn },
  { id: 'value', header: 'Replacement value', className: 'col-money', render: (l) => formatCents(l.replacementValueCents) },
  {
    id: 'overdue',
    header: 'Overdue rental',
    className: 'col-money',
    render: (l) => (l.overdueCents > 0 ? <span className="badge badge-danger">{formatCents(l.overdueCents)}</span> : '—'),
  },
];

/** Lease agreements in scope, filtered by status, partner, text and overdue rental, with CSV and XLSX downloads. */
export function LeaseListPage() {
  usePageTitle('Leases');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('leases')?.canWrite ?? false;
  const status = get('status');
  const overdue = get('overdue');
  const query: LeaseQuery = {
    status: LEASE_STATUSES.includes(status as LeaseStatus) ? (status as LeaseStatus) : undefined,
    partner: get('partner') || undefined,
    q: get('q') || undefined,
    overdue: overdue === 'true' || overdue === 'false' ? overdue : undefined,
    limit: intParam(get('limit'), 50, 500) || 50,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['leases', 'lease-list-page:leasesApi.list'], (signal) => leasesApi.list(query, signal), [JSON.stringify(query)]);
  const [text, setText] = useSearchText(get, update);

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Leases</h1>
          <p className="page-sub">AECA 61 lease agreements in your scope{page.data ? ` · ${formatCount(page.data.total)} found` : ''}</p>
        </div>
        <div className="form-actions">
          <a className="button" href={leasesApi.exportUrl('csv', query)} download>
            Export CSV
          </a>
          <a className="button" href={leasesApi.exportUrl('xlsx', query)} download>
            Export XLSX
          </a>
          {canWrite && (
            <Link className="button button-primary" to="/leases/new">
              New lease
            </Link>
          )}
        </div>
      </header>
      <div className="filter-bar" role="search">
        <label className="field field-inline field-grow">
          <span>Search</span>
          <input type="search" placeholder="Designator, article or NSN" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={get('partner')}
            maxLength={3}
            placeholder="PL"
            onChange={(e) => update({ partner: e.target.value.toUpperCase().trim(), offset: null }, { replace: true })}
          />
        </label>
        <label className="field field-inline">
          <span>Status</span>
          <select value={query.status ?? ''} onChange={(e) => update({ status: e.target.value, offset: null })}>
            <option value="">All statuses</option>
            {LEASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {LEASE_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline">
          <span>Rental</span>
          <select value={query.overdue ?? ''} onChange={(e) => update({ overdue: e.target.value, offset: null })}>
            <option value="">Any</option>
            <option value="true">Payment overdue</option>
            <option value="false">Nothing overdue</option>
          </select>
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Leases"
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(l) => l.id}
        rowLabel={(l) => `${l.designator} ${l.partnerCode} ${LEASE_STATUS_LABELS[l.status]}`}
        onOpen={(l) => navigate(`/leases/${l.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No lease matches these filters.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="Lease pages"
        />
      )}
    </section>
  );
}
