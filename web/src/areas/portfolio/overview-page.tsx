import { Link } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { useSearchState } from '../../platform/use-search-state.ts';
import { type Overview, portfolioApi, type RankKey } from './portfolio-api.ts';

type Row = Overview['partners'][number];
const COLUMNS: Column<Row>[] = [
  {
    id: 'partner',
    header: 'Partner',
    render: (r) => (
      <Link to={`/portfolio/${r.partnerCode}`} tabIndex={-1} className="strong">
        {r.name} <span className="mono muted">{r.partnerCode}</span>
      </Link>
    ),
  },
  {
    id: 'value',
    header: 'Open case value',
    sortKey: 'value',
    className: 'col-money',
    render: (r) => <Link to={`/portfolio/${r.partnerCode}/cases?open=true`}>{formatCents(r.valueCents)}</Link>,
  },
  { id: 'cases', header: 'Open cases', className: 'col-narrow num', render: (r) => formatCount(r.openCases) },
  {
    id: 'available',
    header: 'Funds available',
    className: 'col-money',
    render: (r) => <Link to={`/funds/appropriations?partner=${r.partnerCode}&state=available`}>{formatCents(r.availableCents)}</Link>,
  },
  {
    id: 'expiring',
    header: 'Expiring in 90 days',
    sortKey: 'risk',
    className: 'col-money',
    render: (r) => <Link to={`/funds/appropriations?partner=${r.partnerCode}&state=expiring&days=90`}>{formatCents(r.expiringCents)}</Link>,
  },
  {
    id: 'overdue',
    header: 'Overdue',
    className: 'col-narrow num',
    render: (r) => <Link to={`/portfolio/${r.partnerCode}#deadlines`}>{formatCount(r.overdue)}</Link>,
  },
  {
    id: 'activity',
    header: 'Activity (30 days)',
    sortKey: 'activity',
    className: 'col-narrow num',
    render: (r) => formatCount(r.activity),
  },
  {
    id: 'ranks',
    header: 'Ranks (value · risk · activity)',
    className: 'col-narrow mono',
    render: (r) => `${r.ranks.value} · ${r.ranks.risk} · ${r.ranks.activity}`,
  },
];

/** Every partner within scope ranked by value, risk (overdue items, expiring money) and activity, with the totals. */
export function OverviewPage() {
  usePageTitle('Agency overview');
  const { get, update } = useSearchState();
  const sort = (['value', 'risk', 'activity'].includes(get('sort')) ? get('sort') : 'value') as RankKey;
  const page = useApi(['portfolio', 'overview-page:portfolioApi.overview'], (signal) => portfolioApi.overview(sort, signal), [sort]);
  const t = page.data?.totals;
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/portfolio">Portfolios</Link>
        <span aria-hidden="true">/</span>
        <span>Overview</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Agency overview</h1>
          {t && (
            <p className="page-sub" data-testid="overview-totals">
              {formatCount(t.partners)} partners · open cases {formatCount(t.openCases)} worth {formatCents(t.valueCents)} · funds available{' '}
              {formatCents(t.availableCents)} · expiring {formatCents(t.expiringCents)} · overdue {formatCount(t.overdue)}
            </p>
          )}
          {page.data && (
            <p className="form-hint">
              Figures as of{' '}
              {new Date(page.data.figuresAt).toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}; they
              are recomputed at most every 30 seconds.
            </p>
          )}
        </div>
      </header>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Partners ranked"
        columns={COLUMNS}
        rows={page.data?.partners ?? []}
        rowKey={(r) => r.partnerCode}
        rowLabel={(r) => r.name}
        sort={{ key: sort, dir: 'desc' }}
        onSort={(key) => update({ sort: key })}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No partners with records.'}
      />
    </section>
  );
}
