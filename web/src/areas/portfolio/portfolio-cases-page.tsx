import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
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
  const list = useListState({ defaultLimit: 100 });
  const { get } = list;
  const query = {
    status: get('status') || undefined,
    program: get('program') || undefined,
    open: get('open') === 'true' ? ('true' as const) : undefined,
    ...list.paging,
  };
  const page = useApi(['portfolio', 'portfolio-cases-page:portfolioApi.cases'], (signal) => portfolioApi.cases(partner, query, signal), [
    partner,
    JSON.stringify(query),
  ]);
  if (page.error?.isUnavailable) return <NotAvailablePage what={`The cases of ${partner}`} />;
  const filters = [
    query.open ? 'open' : null,
    query.status ? `status ${query.status.replaceAll('_', ' ')}` : null,
    query.program ? `program ${query.program.replaceAll('_', ' ')}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/portfolio">Portfolios</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/portfolio/${partner}`}>{partner}</Link>
        <span aria-hidden="true">/</span>
        <span>Cases</span>
      </nav>
      <ListPage
        title={`${partner} cases${filters ? `: ${filters}` : ''}`}
        description={
          page.data && (
            <span data-testid="case-totals">
              {formatCount(page.data.total)} cases · {formatCents(page.data.totalCents)}
            </span>
          )
        }
        savedViews={{ area: 'portfolio', path: `/portfolio/${partner}/cases` }}
        list={list}
        page={page}
        caption={`${partner} cases`}
        columns={COLUMNS}
        rowKey={(c) => c.id}
        rowLabel={(c) => c.identifier}
        onOpen={(c) => !c.withheld && navigate(`/cases/${c.identifier}`)}
        empty="No cases match."
      />
    </>
  );
}
