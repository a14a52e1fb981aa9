import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { PartnerFilter } from '../../platform/list-filters.tsx';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { QuarterFigures, ResponseTargets } from './inquiry-figures.tsx';
import { type InquiryQueue, type InquirySummary, weaponsApi } from './weapons-api.ts';

const QUEUES: { id: InquiryQueue; label: string }[] = [
  { id: 'mine', label: 'Mine' },
  { id: 'unassigned', label: 'Unassigned' },
  { id: 'overdue', label: 'Overdue' },
  { id: 'all', label: 'All' },
  { id: 'closed', label: 'Closed' },
];

const COLUMNS: Column<InquirySummary>[] = [
  {
    id: 'ref',
    header: 'Inquiry',
    className: 'col-code',
    render: (i) => (
      <Link to={`/weapons/inquiries/${i.id}`} tabIndex={-1} className="mono strong">
        {i.reference}
      </Link>
    ),
  },
  { id: 'company', header: 'Company', render: (i) => i.company },
  { id: 'partner', header: 'Partner', className: 'col-narrow', render: (i) => i.partnerCode ?? '—' },
  { id: 'system', header: 'System', render: (i) => i.system ?? '—' },
  { id: 'received', header: 'Received', className: 'col-date mono', render: (i) => i.receivedOn },
  { id: 'assignee', header: 'Assigned to', render: (i) => i.assignee ?? <span className="muted">unassigned</span> },
  {
    id: 'due',
    header: 'Response due',
    className: 'col-date mono',
    render: (i) =>
      i.closedOn ? (
        `closed ${i.closedOn}`
      ) : i.firstResponseOn ? (
        `answered ${i.firstResponseOn}`
      ) : i.responseDueOn ? (
        <span className={i.overdue ? 'badge badge-danger' : ''}>{i.overdue ? `overdue since ${i.responseDueOn}` : i.responseDueOn}</span>
      ) : (
        <span className="muted">no clock</span>
      ),
  },
];

/** The ombudsman's queues, the response-time target (or that there is none) and the figures by quarter. */
export function InquiryListPage() {
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const access = useArea('weapons');
  const queueParam = get('queue') as InquiryQueue;
  const queue: InquiryQueue = QUEUES.some((q) => q.id === queueParam) ? queueParam : 'all';
  const query = { queue, partner: get('partner') || undefined, q: get('q') || undefined, ...list.paging };
  const page = useApi(['weapons', 'inquiry-list-page:weaponsApi.inquiries'], (signal) => weaponsApi.inquiries(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <div className="page">
      <ListPage
        title="Industry inquiries"
        description="The industry ombudsman’s queues"
        savedViews={{ area: 'weapons', path: '/weapons/inquiries' }}
        actions={
          access?.canWrite && (
            <Link className="button button-primary" to="/weapons/inquiries/new">
              New inquiry
            </Link>
          )
        }
        filters={
          <nav aria-label="Queues" className="filter-bar">
            {QUEUES.map((q) => (
              <Link
                key={q.id}
                to={`/weapons/inquiries?queue=${q.id}${query.partner ? `&partner=${query.partner}` : ''}`}
                className={`button${q.id === queue ? ' button-primary' : ''}`}
                aria-current={q.id === queue ? 'page' : undefined}
              >
                {q.label}
              </Link>
            ))}
            <PartnerFilter list={list} />
          </nav>
        }
        list={list}
        page={page}
        caption={`Inquiries: ${QUEUES.find((q) => q.id === queue)?.label}`}
        columns={COLUMNS}
        rowKey={(i) => i.id}
        rowLabel={(i) => `${i.reference} ${i.company}`}
        onOpen={(i) => navigate(`/weapons/inquiries/${i.id}`)}
        empty="No inquiry in this queue."
      />
      <ResponseTargets canAdminister={access?.canAdminister ?? false} />
      <QuarterFigures />
    </div>
  );
}
