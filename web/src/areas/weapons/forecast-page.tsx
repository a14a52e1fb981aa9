import { ConfirmAction } from '../../platform/confirm-action.tsx';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { PartnerFilter } from '../../platform/list-filters.tsx';
import { exportUrl, ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { intParam } from '../../platform/use-search-state.ts';
import { AddForecastRow } from './forecast-add-row.tsx';
import { ForecastComparisonCard, ForecastReport } from './forecast-report.tsx';
import { type ForecastRow, weaponsApi } from './weapons-api.ts';

const COLUMNS: Column<ForecastRow>[] = [
  { id: 'fy', header: 'FY', className: 'col-narrow mono', render: (r) => r.fiscalYear },
  { id: 'partner', header: 'Partner', render: (r) => `${r.partnerCode} · ${r.partnerName}` },
  { id: 'system', header: 'System', render: (r) => r.system ?? '—' },
  { id: 'description', header: 'Expected case', render: (r) => r.description },
  { id: 'value', header: 'Value', className: 'col-money', render: (r) => formatCents(r.valueCents) },
  { id: 'likelihood', header: 'Likelihood', render: (r) => (r.highlyProbable ? 'highly probable (90%)' : `${r.likelihoodPercent}%`) },
  { id: 'weighted', header: 'Weighted', className: 'col-money', render: (r) => formatCents(r.weightedCents) },
];

/** The directorate's sales forecast (SAMM C14.1.3): rows, exports, the annual report's date, and what actually happened. */
export function ForecastPage() {
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const fy = intParam(get('fiscalYear'), 0);
  const query = {
    partner: get('partner') || undefined,
    fiscalYear: fy >= 2000 && fy <= 2100 ? fy : undefined,
    ...list.paging,
  };
  const page = useApi(['weapons', 'forecast-page:weaponsApi.forecast'], (signal) => weaponsApi.forecast(query, signal), [
    JSON.stringify(query),
  ]);
  const remove: Column<ForecastRow> = {
    id: 'remove',
    header: <span className="visually-hidden">Remove</span>,
    render: (r) => (
      <ConfirmAction
        label="Remove"
        question={`Remove “${r.description}” (FY${r.fiscalYear}, ${r.partnerCode}) from the forecast? It cannot be restored.`}
        onConfirm={async () => {
          await weaponsApi.deleteForecast(r.id, r.version);
          page.reload();
        }}
      />
    ),
  };
  return (
    <div className="page">
      <ListPage
        title="Sales forecast"
        description="Expected cases by partner, system and fiscal year (SAMM C14.1.3)"
        savedViews={{ area: 'weapons', path: '/weapons/forecast' }}
        download={(format) => exportUrl('/weapons/forecast', query, format)}
        filters={
          <div className="filter-bar" role="search">
            <PartnerFilter list={list} />
            <label className="field field-inline field-narrow">
              <span>Fiscal year</span>
              <input
                inputMode="numeric"
                value={get('fiscalYear')}
                placeholder="2027"
                onChange={(e) => filter({ fiscalYear: e.target.value.trim() }, true)}
              />
            </label>
          </div>
        }
        list={list}
        page={page}
        caption="Sales forecast"
        columns={canWrite ? [...COLUMNS, remove] : COLUMNS}
        rowKey={(r) => r.id}
        empty="No forecast row."
      >
        {page.data && (
          <p data-testid="forecast-totals">
            Total {formatCents(page.data.totalValueCents)}; weighted by likelihood {formatCents(page.data.totalWeightedCents)}.{' '}
            <span className="muted small">{page.data.likelihoodSource}</span>
          </p>
        )}
      </ListPage>
      {canWrite && <AddForecastRow onAdded={page.reload} />}
      <ForecastReport canWrite={canWrite} />
      <ForecastComparisonCard />
    </div>
  );
}
