import { Link, useNavigate, useParams } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { ErrorNotice, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { type PortfolioCaseList, portfolioApi } from './portfolio-api.ts';

type Row = PortfolioCaseList['items'][number];
const COLUMNS: Column<Row>[] = [
  {
    id: 'identifier',
    header: 'Case',
    className: 'col-code mono strong',
    render: (c) =>
      c.withheld ? (
        c.identifier
      ) : (
        <Link to={`/cases/${c.identifier}`} tabIndex={-1}>
          {c.identifier}
        </Link>
      ),
  },
  { id: 'title', header: 'Title', render: (c) => c.title },
  { id: 'type', header: 'Type', className: 'col-narrow', render: (c) => c.type.replaceAll('_', ' ') },
  { id: 'status', header: 'Status', className: 'col-narrow', render: (c) => c.status.replaceAll('_', ' ') },
  { id: 'funding', header: 'Funding', render: (c) => c.fundingSources.join(', ') },
  { id: 'value', header: 'Value', className: 'col-money', render: (c) => formatCents(c.totalCents) },
];

/** The cases behind a portfolio figure (by status, program, open), with the figure's count and value at the top. */
export function PortfolioCasesPage() {
  const { partner = '' } = useParams();
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const query = {
    status: get('status') || undefined,
    program: get('program') || undefined,
    open: get('open') === 'true' ? ('true' as const) : undefined,
    limit: intParam(get('limit'), 100, 500) || 100,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['portfolio', 'portfolio-cases-page:portfolioApi.cases'], (signal) => portfolioApi.cases(partner, query, signal), [
    partner,
    JSON.stringify(query),
  ]);
  usePageTitle(`${partner} cases`);
  if (page.error?.isUnavailable) return <NotAvailablePage what={`The cases of ${partner}`} />;
  const filters = [
    query.open ? 'open' : null,
    query.status ? `status ${query.status.replaceAll('_', ' ')}` : null,
    query.program ? `program ${query.program.replaceAll('_', ' ')}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/portfolio">Portfolios</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/portfolio/${partner}`}>{partner}</Link>
        <span aria-hidden="true">/</span>
        <span>Cases</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>
            {partner} cases{filters ? `: ${filters}` : ''}
          </h1>
          {page.data && (
            <p className="page-sub" data-testid="case-totals">
              {formatCount(page.data.total)} cases · {formatCents(page.data.totalCents)}
            </p>
          )}
        </div>
      </header>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption={`${partner} cases`}
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(c) => c.id}
        rowLabel={(c) => c.identifier}
        onOpen={(c) => !c.withheld && navigate(`/cases/${c.identifier}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No cases match.'}
      />
      {page.data && (
        <Pager total={page.data.total} limit={query.limit} offset={query.offset} onChange={(offset, limit) => update({ offset, limit })} />
      )}
    </section>
  );
}
