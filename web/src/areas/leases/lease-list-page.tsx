import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { PartnerFilter } from '../../platform/list-filters.tsx';
import { exportUrl, ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { useSearchText } from '../../platform/use-search-state.ts';
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
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('leases')?.canWrite ?? false;
  const status = get('status');
  const overdue = get('overdue');
  const query: LeaseQuery = {
    status: LEASE_STATUSES.includes(status as LeaseStatus) ? (status as LeaseStatus) : undefined,
    partner: get('partner') || undefined,
    q: get('q') || undefined,
    overdue: overdue === 'true' || overdue === 'false' ? overdue : undefined,
    ...list.paging,
  };
  const page = useApi(['leases', 'lease-list-page:leasesApi.list'], (signal) => leasesApi.list(query, signal), [JSON.stringify(query)]);
  const [text, setText] = useSearchText(get, list.update);

  return (
    <ListPage
      title="Leases"
      description="AECA 61 lease agreements in your scope"
      download={(format) => exportUrl('/leases', query, format)}
      actions={
        canWrite && (
          <Link className="button button-primary" to="/leases/new">
            New lease
          </Link>
        )
      }
      filters={
        <div className="filter-bar" role="search">
          <label className="field field-inline field-grow">
            <span>Search</span>
            <input type="search" placeholder="Designator, article or NSN" value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <PartnerFilter list={list} />
          <label className="field field-inline">
            <span>Status</span>
            <select value={query.status ?? ''} onChange={(e) => filter({ status: e.target.value })}>
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
            <select value={query.overdue ?? ''} onChange={(e) => filter({ overdue: e.target.value })}>
              <option value="">Any</option>
              <option value="true">Payment overdue</option>
              <option value="false">Nothing overdue</option>
            </select>
          </label>
        </div>
      }
      list={list}
      page={page}
      caption="Leases"
      columns={COLUMNS}
      rowKey={(l) => l.id}
      rowLabel={(l) => `${l.designator} ${l.partnerCode} ${LEASE_STATUS_LABELS[l.status]}`}
      onOpen={(l) => navigate(`/leases/${l.id}`)}
      empty="No lease matches these filters."
    />
  );
}
