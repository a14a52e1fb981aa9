import { DataTable } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type EdaCeilingYear, edaApi } from './eda-api.ts';
import { EdaNav } from './eda-nav.tsx';

/** FAA 516(g): the aggregate current value of grants per fiscal year against the ceiling, every partner together. */
export function CeilingPage() {
  usePageTitle('EDA annual ceiling');
  const years = useApi(['eda', 'ceiling-page:edaApi.ceiling'], (signal) => edaApi.ceiling(signal), []);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Annual grant ceiling</h1>
          <p className="page-sub">Current value of EDA granted in each fiscal year, every partner together; ships are excluded.</p>
        </div>
      </header>
      <EdaNav />
      {years.error && <ErrorNotice message={years.error.message} onRetry={years.reload} />}
      <DataTable<EdaCeilingYear>
        caption="Ceiling per fiscal year"
        columns={[
          { id: 'fy', header: 'Fiscal year', className: 'mono', render: (y) => `FY${y.fiscalYear}` },
          { id: 'ceiling', header: 'Ceiling', className: 'col-money', render: (y) => formatCents(y.ceilingCents) },
          { id: 'authorised', header: 'Authorised', className: 'col-money', render: (y) => formatCents(y.authorizedCents) },
          { id: 'left', header: 'Left', className: 'col-money strong', render: (y) => formatCents(y.remainingCents) },
          {
            id: 'source',
            header: 'Source',
            render: (y) => (
              <>
                {y.source} {!y.verified && <span className="badge badge-muted">unverified</span>}
              </>
            ),
          },
        ]}
        rows={years.data ?? []}
        rowKey={(y) => String(y.fiscalYear)}
        busy={years.loading}
        empty={years.loading ? 'Loading…' : 'No fiscal year.'}
      />
    </section>
  );
}
