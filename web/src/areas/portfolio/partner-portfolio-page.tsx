import { Link, useParams } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatDateTime } from '../../platform/format.ts';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { SectionCard } from './figure-link.tsx';
import { type Portfolio, portfolioApi, portfolioFiles } from './portfolio-api.ts';
import { PortfolioCharts } from './portfolio-charts.tsx';

type Deadline = Portfolio['deadlines'][number];
type Activity = Portfolio['activity'][number];

const DEADLINE_COLUMNS: Column<Deadline>[] = [
  { id: 'due', header: 'Due', className: 'col-date mono', render: (d) => d.dueDate },
  { id: 'title', header: 'What', render: (d) => <Link to={d.link}>{d.title}</Link> },
  {
    id: 'left',
    header: 'Days',
    className: 'col-narrow',
    render: (d) => (d.overdue ? <span className="badge badge-warning">overdue {-d.daysLeft}</span> : d.daysLeft),
  },
  { id: 'source', header: 'Rule', className: 'muted small', render: (d) => d.source },
];

const ACTIVITY_COLUMNS: Column<Activity>[] = [
  { id: 'at', header: 'When', className: 'col-date', render: (a) => formatDateTime(a.at) },
  { id: 'who', header: 'Who', className: 'col-narrow', render: (a) => a.actorName },
  { id: 'what', header: 'What', render: (a) => (a.link ? <Link to={a.link}>{a.action}</Link> : a.action) },
];

/** One partner across every program and authority: figures (each a link to its records), deadlines, timeline, activity. */
export function PartnerPortfolioPage() {
  const { partner = '' } = useParams();
  const page = useApi(['portfolio', 'partner-portfolio-page:portfolioApi.get'], (signal) => portfolioApi.get(partner, signal), [partner]);
  usePageTitle(page.data ? `${page.data.partner.name} portfolio` : 'Portfolio');
  if (page.error?.isUnavailable) return <NotAvailablePage what={`The portfolio of ${partner}`} />;
  if (page.error) return <ErrorNotice message={page.error.message} onRetry={page.reload} />;
  if (!page.data) return <Loading />;
  const p = page.data;
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/portfolio">Portfolios</Link>
        <span aria-hidden="true">/</span>
        <span>{p.partner.name}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>
            {p.partner.name} <span className="mono muted">{p.partner.code}</span>
          </h1>
          <p className="page-sub">Every case, fund and program for this partner, as of {p.asOf}.</p>
        </div>
        <div className="form-row">
          <a className="button" href={portfolioFiles.xlsx(p.partner.code)}>
            Export XLSX
          </a>
          <a className="button" href={portfolioFiles.pdf(p.partner.code)} target="_blank" rel="noreferrer">
            PDF brief
          </a>
        </div>
      </header>
      <div className="summary-grid">
        {p.sections.map((s) => (
          <SectionCard key={s.id} section={s} />
        ))}
      </div>
      <PortfolioCharts portfolio={p} />
      <h2 id="deadlines">Deadlines</h2>
      <DataTable caption="Deadlines" columns={DEADLINE_COLUMNS} rows={p.deadlines} rowKey={(d) => d.id} empty="No open deadlines." />
      <h2>Timeline</h2>
      <ol className="plain-list" aria-label="Timeline">
        {p.timeline.map((t) => (
          <li key={`${t.kind}:${t.date}:${t.title}`}>
            <span className="mono">{t.date}</span> <span className={t.kind === 'deadline' ? 'badge' : 'badge badge-muted'}>{t.kind}</span>{' '}
            <Link to={t.link}>{t.title}</Link> {t.overdue && <span className="badge badge-warning">overdue</span>}
          </li>
        ))}
        {p.timeline.length === 0 && <li className="muted">No milestones or deadlines.</li>}
      </ol>
      <h2>Recent activity</h2>
      <DataTable
        caption="Recent activity"
        columns={ACTIVITY_COLUMNS}
        rows={p.activity}
        rowKey={(a) => String(a.seq)}
        empty="No recorded activity."
      />
    </section>
  );
}
