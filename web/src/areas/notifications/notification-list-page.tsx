import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { NOTIFICATION_STATUSES, type NotificationQuery, type NotificationStatus, type NotificationSummary } from '../../api/types.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState, useSearchText } from '../../platform/use-search-state.ts';
import { KIND_LABELS, NOTIFICATION_STATUS_LABELS, NotificationStatusBadge, NotificationsNav } from './notification-labels.tsx';

/** A withheld notification (its cases are pending congressional notification) shows only that it exists. */
const COLUMNS: Column<NotificationSummary>[] = [
  {
    id: 'transmittal',
    header: 'Transmittal',
    className: 'col-code',
    render: (n) =>
      n.withheld ? (
        <span className="muted">Withheld</span>
      ) : (
        <Link to={`/notifications/${n.id}`} tabIndex={-1} className="mono strong">
          {n.transmittalNumber}
        </Link>
      ),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (n) => n.partnerCode },
  { id: 'kind', header: 'Kind', className: 'col-narrow', render: (n) => (n.withheld ? null : (KIND_LABELS[n.kind] ?? n.kind)) },
  { id: 'description', header: 'Description', render: (n) => n.description },
  {
    id: 'cases',
    header: 'Cases',
    className: 'col-narrow mono',
    render: (n) => (n.withheld ? null : n.cases.map((c) => c.identifier).join(', ') || '—'),
  },
  {
    id: 'status',
    header: 'Status',
    className: 'col-narrow',
    render: (n) => (n.withheld ? null : <NotificationStatusBadge status={n.status} />),
  },
  {
    id: 'reviewEnds',
    header: 'Review ends',
    className: 'col-date mono',
    render: (n) => (n.withheld ? null : (n.reviewEndsOn ?? (n.tieredReviewEndsOn ? `${n.tieredReviewEndsOn} (tiered)` : '—'))),
  },
  { id: 'total', header: 'Total', className: 'col-money', render: (n) => (n.withheld ? null : formatCents(n.totalCents)) },
];

export function NotificationListPage() {
  usePageTitle('Congressional notifications');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('notifications')?.canWrite ?? false;
  const status = get('status');
  const query: NotificationQuery = {
    status: NOTIFICATION_STATUSES.includes(status as NotificationStatus) ? (status as NotificationStatus) : undefined,
    partner: get('partner') || undefined,
    q: get('q') || undefined,
    limit: intParam(get('limit'), 50, 500) || 50,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['notifications', 'notification-list-page:api.listNotifications'], (signal) => api.listNotifications(query, signal), [
    JSON.stringify(query),
  ]);
  const [text, setText] = useSearchText(get, update);

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Congressional notifications</h1>
          <p className="page-sub">AECA 36(b) notifications in your scope{page.data ? ` · ${formatCount(page.data.total)} found` : ''}</p>
        </div>
        {canWrite && (
          <div className="form-actions">
            <Link className="button button-primary" to="/notifications/new">
              New notification
            </Link>
          </div>
        )}
      </header>
      <NotificationsNav />
      <div className="filter-bar" role="search">
        <label className="field field-inline field-grow">
          <span>Search</span>
          <input type="search" placeholder="Transmittal number or description" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={get('partner')}
            maxLength={3}
            placeholder="AT"
            onChange={(e) => update({ partner: e.target.value.toUpperCase().trim(), offset: null }, { replace: true })}
          />
        </label>
        <label className="field field-inline">
          <span>Status</span>
          <select value={query.status ?? ''} onChange={(e) => update({ status: e.target.value, offset: null })}>
            <option value="">All statuses</option>
            {NOTIFICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {NOTIFICATION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Congressional notifications"
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(n) => n.id}
        rowLabel={(n) => (n.withheld ? n.description : `${n.transmittalNumber} ${n.partnerCode} ${NOTIFICATION_STATUS_LABELS[n.status]}`)}
        onOpen={(n) => !n.withheld && navigate(`/notifications/${n.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No notification matches these filters.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="Notification pages"
        />
      )}
    </section>
  );
}
