import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { useSearchText } from '../../platform/use-search-state.ts';
import { cbApi, type ProposalQuery, type ProposalStatus, type ProposalSummary } from './capacity-building-api.ts';
import { PROPOSAL_STATUSES, ProposalStatusBadge, STATUS_LABELS } from './cb-labels.tsx';

const COLUMNS: Column<ProposalSummary>[] = [
  {
    id: 'reference',
    header: 'Proposal',
    className: 'col-code',
    render: (p) => (
      <Link to={`/capacity-building/proposals/${p.id}`} tabIndex={-1} className="mono strong">
        {p.reference}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', render: (p) => `${p.partnerCode} · ${p.partnerName}` },
  { id: 'title', header: 'Program', render: (p) => `${p.title} (${p.recipientUnit})` },
  { id: 'status', header: 'Status', className: 'col-narrow', render: (p) => <ProposalStatusBadge status={p.status} /> },
  { id: 'fy', header: 'FY', className: 'col-narrow mono', render: (p) => p.fiscalYear },
  { id: 'cost', header: 'Cost estimate', className: 'col-money', render: (p) => formatCents(p.costEstimateCents) },
  { id: 'assessed', header: 'AM&E', className: 'col-narrow', render: (p) => (p.assessed ? 'assessed' : '—') },
];

/** Section 333 and other Title 10 program proposals in scope, filtered by status, partner and text, with downloads. */
export function ProposalListPage() {
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('capacity-building')?.canWrite ?? false;
  const status = get('status');
  const query: ProposalQuery = {
    status: PROPOSAL_STATUSES.includes(status as ProposalStatus) ? (status as ProposalStatus) : undefined,
    partner: get('partner') || undefined,
    waiting: get('waiting') === 'true' ? 'true' : undefined,
    q: get('q') || undefined,
    ...list.paging,
  };
  const page = useApi(['capacity-building', 'proposal-list-page:cbApi.list'], (signal) => cbApi.list(query, signal), [
    JSON.stringify(query),
  ]);
  const [text, setText] = useSearchText(get, list.update);
  return (
    <ListPage
      title="Section 333 and BPC"
      description="Title 10 program proposals in your scope"
      download={(format) => cbApi.exportUrl(format, query)}
      actions={
        <>
          <Link className="button" to="/capacity-building/reviews">
            Case reviews
          </Link>
          {canWrite && (
            <Link className="button button-primary" to="/capacity-building/proposals/new">
              New proposal
            </Link>
          )}
        </>
      }
      filters={
        <div className="filter-bar" role="search">
          <label className="field field-inline field-grow">
            <span>Search</span>
            <input type="search" placeholder="Reference, title or unit" value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <label className="field field-inline field-narrow">
            <span>Partner</span>
            <input
              value={get('partner')}
              maxLength={3}
              placeholder="JO"
              onChange={(e) => filter({ partner: e.target.value.toUpperCase().trim() }, true)}
            />
          </label>
          <label className="field field-inline">
            <span>Status</span>
            <select value={query.status ?? ''} onChange={(e) => filter({ status: e.target.value })}>
              <option value="">All statuses</option>
              {PROPOSAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        </div>
      }
      savedViews={{ area: 'capacity-building', path: '/capacity-building' }}
      list={list}
      page={page}
      caption="Proposals"
      columns={COLUMNS}
      rowKey={(p) => p.id}
      rowLabel={(p) => `${p.reference} ${p.partnerCode} ${STATUS_LABELS[p.status]}`}
      onOpen={(p) => navigate(`/capacity-building/proposals/${p.id}`)}
      empty="No proposal matches these filters."
    />
  );
}
