import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { NOTIFICATION_STATUSES, type NotificationQuery, type NotificationStatus, type NotificationSummary } from '../../api/types.ts';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { exportUrl, ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { useSearchText } from '../../platform/use-search-state.ts';
import { KIND_LABELS, NOTIFICATION_STATUS_LABELS, NotificationStatusBadge, NotificationsNav } from './notification-labels.tsx';

type NotificationSort = NonNullable<NotificationQuery['sort']>;
const SORTS: readonly NotificationSort[] = ['transmittal', 'partner', 'status', 'reviewEnds', 'total', 'updated'];

/** A withheld notification (its cases are pending congressional notification) shows only that it exists. */
const COLUMNS: Column<NotificationSummary>[] = [
  {
    id: 'transmittal',
    header: 'Transmittal',
    sortKey: 'transmittal',
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
  { id: 'partner', header: 'Partner', sortKey: 'partner', className: 'col-narrow mono', render: (n) => n.partnerCode },
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
    sortKey: 'status',
    className: 'col-narrow',
    render: (n) => (n.withheld ? null : <NotificationStatusBadge status={n.status} />),
  },
  {
    id: 'reviewEnds',
    header: 'Review ends',
    sortKey: 'reviewEnds',
    className: 'col-date mono',
    render: (n) => (n.withheld ? null : (n.reviewEndsOn ?? (n.tieredReviewEndsOn ? `${n.tieredReviewEndsOn} (tiered)` : '—'))),
  },
  {
    id: 'total',
    header: 'Total',
    sortKey: 'total',
    className: 'col-money',
    render: (n) => (n.withheld ? null : formatCents(n.totalCents)),
  },
];

/** Congressional notifications in scope: filters, sortable columns, pages and CSV/XLSX downloads of the same rows. */
export function NotificationListPage() {
  const list = useListState<NotificationSort>({
    sorts: SORTS,
    defaultSort: 'updated',
    descendingFirst: ['reviewEnds', 'total', 'updated'],
  });
  const { get, filter } = list;
  const navigate = useNavigate();
  const canWrite = useArea('notifications')?.canWrite ?? false;
  const status = get('status');
  const query: NotificationQuery = {
    status: NOTIFICATION_STATUSES.includes(status as NotificationStatus) ? (status as NotificationStatus) : undefined,
    partner: get('partner') || undefined,
    q: get('q') || undefined,
    ...list.sorting,
    ...list.paging,
  };
  const page = useApi(['notifications', 'notification-list-page:api.listNotifications'], (signal) => api.listNotifications(query, signal), [
    JSON.stringify(query),
  ]);
  const [text, setText] = useSearchText(get, list.update);

  return (
    <ListPage
      title="Congressional notifications"
      description="AECA 36(b) notifications in your scope"
      download={(format) => exportUrl('/notifications', query, format)}
      actions={
        canWrite && (
          <Link className="button button-primary" to="/notifications/new">
            New notification
          </Link>
        )
      }
      filters={
        <>
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
                onChange={(e) => filter({ partner: e.target.value.toUpperCase().trim() }, true)}
              />
            </label>
            <label className="field field-inline">
              <span>Status</span>
              <select value={query.status ?? ''} onChange={(e) => filter({ status: e.target.value })}>
                <option value="">All statuses</option>
                {NOTIFICATION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {NOTIFICATION_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </>
      }
      list={list}
      page={page}
      caption="Congressional notifications"
      columns={COLUMNS}
      rowKey={(n) => n.id}
      rowLabel={(n) => (n.withheld ? n.description : `${n.transmittalNumber} ${n.partnerCode} ${NOTIFICATION_STATUS_LABELS[n.status]}`)}
      onOpen={(n) => !n.withheld && navigate(`/notifications/${n.id}`)}
      empty="No notification matches these filters."
    />
  );
}
