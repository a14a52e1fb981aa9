import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { ReviewQueueItem } from '../../api/types.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';

// A case withheld from the reader (pending congressional notification) is listed as "Withheld", nothing else shown.
const columns: Column<ReviewQueueItem>[] = [
  {
    id: 'identifier',
    header: 'Case',
    className: 'col-code',
    render: (c) => (c.withheld ? <span className="muted">Withheld</span> : <span className="mono strong">{c.identifier}</span>),
  },
  {
    id: 'partner',
    header: 'Partner',
    className: 'col-narrow',
    render: (c) =>
      c.withheld ? null : (
        <span>
          <span className="mono">{c.partnerCode}</span> <span className="muted">{c.partnerName}</span>
        </span>
      ),
  },
  { id: 'title', header: 'Title', render: (c) => c.title },
  { id: 'value', header: 'Value', className: 'col-money', render: (c) => (c.withheld ? null : formatCents(c.totalCents)) },
  {
    id: 'submitted',
    header: 'Submitted',
    className: 'col-date',
    render: (c) => (c.withheld ? null : (c.submittedOn ?? <span className="muted">—</span>)),
  },
  {
    id: 'comments',
    header: 'Open comments',
    className: 'col-narrow num',
    render: (c) =>
      c.withheld ? null : c.openComments > 0 ? (
        <span className="badge badge-warning">{c.openComments}</span>
      ) : (
        <span className="muted">0</span>
      ),
  },
];

/** The Case Writing Division's queue: LOAs submitted for review, oldest first. */
export function ReviewQueuePage() {
  usePageTitle('CWD review queue');
  const navigate = useNavigate();
  const queue = useApi(['case-writing', 'review-queue-page:api.reviewQueue'], (signal) => api.reviewQueue(signal), []);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>CWD review queue</h1>
          <p className="page-sub">
            LOAs waiting for Case Writing Division review, oldest submission first
            {queue.data ? ` · ${formatCount(queue.data.length)} waiting` : ''}. Open one to comment, approve or return it.
          </p>
        </div>
        <Link className="button" to="/case-writing/timeliness">
          Timeliness report
        </Link>
      </header>
      {queue.error && <ErrorNotice message={queue.error.message} onRetry={queue.reload} />}
      <DataTable
        caption="Cases waiting for review"
        columns={columns}
        rows={queue.data ?? []}
        rowKey={(c) => c.id}
        rowLabel={(c) => `${c.identifier} ${c.title}`}
        onOpen={(c) => {
          if (!c.withheld) navigate(`/cases/${c.identifier}?tab=loa`);
        }}
        busy={queue.loading}
        empty={queue.loading ? 'Loading…' : 'Nothing is waiting for review.'}
      />
    </section>
  );
}
