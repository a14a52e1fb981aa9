import { Link, useNavigate } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState, useSearchText } from '../../platform/use-search-state.ts';
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

/** Section 333 and other Title 10 program proposals in scope, filtered by status, partner and text. */
export function ProposalListPage() {
  usePageTitle('Section 333 and BPC');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('capacity-building')?.canWrite ?? false;
  const status = get('status');
  const query: ProposalQuery = {
    status: PROPOSAL_STATUSES.includes(status as ProposalStatus) ? (status as ProposalStatus) : undefined,
    partner: get('partner') || undefined,
    waiting: get('waiting') === 'true' ? 'true' : undefined,
    q: get('q') || undefined,
    limit: intParam(get('limit'), 50, 200) || 50,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['capacity-building', 'proposal-list-page:cbApi.list'], (signal) => cbApi.list(query, signal), [
    JSON.stringify(query),
  ]);
  const [text, setText] = useSearchText(get, update);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Section 333 and BPC</h1>
          <p className="page-sub">Title 10 program proposals in your scope{page.data ? ` · ${formatCount(page.data.total)} found` : ''}</p>
        </div>
        <div className="form-actions">
          <a className="button" href={cbApi.exportUrl('csv', query)} download>
            Export CSV
          </a>
          <a className="button" href={cbApi.exportUrl('xlsx', query)} download>
            Export XLSX
          </a>
          <Link className="button" to="/capacity-building/reviews">
            Case reviews
          </Link>
          {canWrite && (
            <Link className="button button-primary" to="/capacity-building/proposals/new">
              New proposal
            </Link>
          )}
        </div>
      </header>
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
            onChange={(e) => update({ partner: e.target.value.toUpperCase().trim(), offset: null }, { replace: true })}
          />
        </label>
        <label className="field field-inline">
          <span>Status</span>
          <select value={query.status ?? ''} onChange={(e) => update({ status: e.target.value, offset: null })}>
            <option value="">All statuses</option>
            {PROPOSAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Proposals"
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(p) => p.id}
        rowLabel={(p) => `${p.reference} ${p.partnerCode} ${STATUS_LABELS[p.status]}`}
        onOpen={(p) => navigate(`/capacity-building/proposals/${p.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No proposal matches these filters.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="Proposal pages"
        />
      )}
    </section>
  );
}
