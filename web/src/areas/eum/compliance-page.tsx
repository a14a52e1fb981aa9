import { Link } from 'react-router-dom';
import { eumApi, eumFiles } from '../../api/eum-client.ts';
import type { EumCompliance } from '../../api/eum-types.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCount } from '../../platform/format.ts';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { useSearchState } from '../../platform/use-search-state.ts';
import { EumNav, percent } from './eum-labels.tsx';

type Row = EumCompliance['partners'][number];

const COLUMNS: Column<Row>[] = [
  {
    id: 'partner',
    header: 'Partner',
    className: 'col-narrow mono',
    render: (r) => <Link to={`/eum?partner=${r.partnerCode}`}>{r.partnerCode}</Link>,
  },
  {
    id: 'delinquent',
    header: 'Delinquent items',
    className: 'col-number',
    render: (r) =>
      r.delinquentItems ? <Link to={`/eum/items?partner=${r.partnerCode}&overdue=true`}>{formatCount(r.delinquentItems)}</Link> : '0',
  },
  { id: 'overdue', header: 'Overdue inventories', className: 'col-number', render: (r) => formatCount(r.overdueInventories) },
  { id: 'rate', header: 'Inventory completion', className: 'col-number', render: (r) => percent(r.completionRate) },
  { id: 'discrepancies', header: 'Open discrepancies', className: 'col-number', render: (r) => formatCount(r.openDiscrepancies) },
  { id: 'incidents', header: 'Open incidents', className: 'col-number', render: (r) => formatCount(r.openIncidents) },
  { id: 'items', header: 'Items', className: 'col-number', render: (r) => formatCount(r.items) },
  { id: 'eeum', header: 'EEUM held', className: 'col-number', render: (r) => formatCount(r.enhancedHeld) },
];

/** Compliance per partner (delinquency first) and overall, with the monthly trend and the same numbers to download. */
export function CompliancePage() {
  usePageTitle('End-use monitoring compliance');
  const { get } = useSearchState();
  const partner = get('partner') || undefined;
  const view = useApi(['eum', 'compliance-page:eumApi.compliance'], (signal) => eumApi.compliance({ partner }, signal), [partner]);
  const o = view.data?.overall;
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>End-use monitoring{partner ? `: ${partner}` : ''}</h1>
          <p className="page-sub">
            {view.data ? `As of ${view.data.asOf} · ${view.data.source}` : 'Compliance of the partners in your scope'}
          </p>
        </div>
        <div className="form-actions">
          <a className="button" href={eumFiles.compliance('csv', partner)}>
            Download CSV
          </a>
          <a className="button" href={eumFiles.compliance('xlsx', partner)}>
            Download XLSX
          </a>
        </div>
      </header>
      <EumNav />
      {view.error && <ErrorNotice message={view.error.message} onRetry={view.reload} />}
      {o && (
        <dl className="eum-figures" aria-label="Overall">
          <div>
            <dt>Delinquent EEUM items</dt>
            <dd>{formatCount(o.delinquentItems)}</dd>
          </div>
          <div>
            <dt>Overdue inventories</dt>
            <dd>{formatCount(o.overdueInventories)}</dd>
          </div>
          <div>
            <dt>Inventory completion</dt>
            <dd>
              {percent(o.completionRate)} ({formatCount(o.inventoriesCompleted)} of {formatCount(o.inventoriesDue)} due;{' '}
              {formatCount(o.completedOnTime)} on time)
            </dd>
          </div>
          <div>
            <dt>Open discrepancies</dt>
            <dd>{formatCount(o.openDiscrepancies)}</dd>
          </div>
          <div>
            <dt>Open incidents</dt>
            <dd>{formatCount(o.openIncidents)}</dd>
          </div>
          <div>
            <dt>Items monitored</dt>
            <dd>
              {formatCount(o.items)} ({formatCount(o.enhancedHeld)} EEUM held)
            </dd>
          </div>
        </dl>
      )}
      {view.data && (
        <>
          <h2>By partner</h2>
          <DataTable
            caption="Compliance by partner"
            columns={COLUMNS}
            rows={view.data.partners}
            rowKey={(r) => r.partnerCode}
            empty="No monitored items in your scope."
          />
          <h2>Items by category and status</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th>Category</th>
                <th>Status</th>
                <th className="col-number">Items</th>
              </tr>
            </thead>
            <tbody>
              {view.data.byCategoryStatus.map((r) => (
                <tr key={`${r.category}-${r.status}`}>
                  <td>{r.category}</td>
                  <td>{r.status.replaceAll('_', ' ')}</td>
                  <td className="col-number">{formatCount(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Trend</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th>Month</th>
                <th className="col-number">Inventories completed</th>
                <th className="col-number">Discrepancies found</th>
                <th className="col-number">Incidents raised</th>
              </tr>
            </thead>
            <tbody>
              {view.data.trend.map((t) => (
                <tr key={t.month}>
                  <td className="mono">{t.month}</td>
                  <td className="col-number">{formatCount(t.inventoriesCompleted)}</td>
                  <td className="col-number">{formatCount(t.discrepanciesFound)}</td>
                  <td className="col-number">{formatCount(t.incidentsRaised)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
