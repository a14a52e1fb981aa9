import { useState } from 'react';
import { ConfirmAction } from '../../platform/confirm-action.tsx';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents, todayIso } from '../../platform/format.ts';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { fiscalYearOf } from './forecast-add-row.tsx';
import { type ForecastComparison, weaponsApi } from './weapons-api.ts';

/** The annual report's due date, the years sent, and recording this year's as sent (it cannot be taken back). */
export function ForecastReport({ canWrite }: { canWrite: boolean }) {
  const reports = useApi(['weapons', 'forecast-report:weaponsApi.reports'], (signal) => weaponsApi.reports(signal), []);
  const r = reports.data;
  return (
    <section className="card" aria-labelledby="report">
      <h2 id="report">Annual report</h2>
      {r && (
        <p data-testid="report-due">
          The {r.next.reportYear} report is due {r.next.dueOn}: {r.next.submitted ? 'recorded as sent.' : 'not yet sent.'}
        </p>
      )}
      {r && <p className="muted small">{r.source}</p>}
      {r && r.items.length > 0 && (
        <ul>
          {r.items.map((x) => (
            <li key={x.reportYear}>
              {x.reportYear}: sent {x.submittedOn} by {x.submittedBy}
            </li>
          ))}
        </ul>
      )}
      {canWrite && r && !r.next.submitted && (
        <ConfirmAction
          label={`Record the ${r.next.reportYear} report as sent today`}
          question={`Record the ${r.next.reportYear} report as sent on ${todayIso()}? The record cannot be taken back.`}
          danger={false}
          onConfirm={async () =>
            reports.setData(await weaponsApi.submitReport({ reportYear: r.next.reportYear, submittedOn: todayIso(), note: '' }))
          }
        />
      )}
    </section>
  );
}

/** The forecast of a fiscal year against the LOAs offered and accepted in it. */
export function ForecastComparisonCard() {
  const [fy, setFy] = useState(String(fiscalYearOf(todayIso())));
  const year = Number(fy);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const data = useApi(
    ['weapons', 'forecast-report:weaponsApi.comparison'],
    (signal) => (valid ? weaponsApi.comparison({ fiscalYear: year }, signal) : Promise.resolve(undefined)),
    [fy],
  );
  type Row = ForecastComparison['partners'][number];
  const columns: Column<Row>[] = [
    { id: 'partner', header: 'Partner', render: (r) => r.partnerCode },
    { id: 'forecast', header: 'Forecast', className: 'col-money', render: (r) => formatCents(r.forecastCents) },
    { id: 'weighted', header: 'Weighted', className: 'col-money', render: (r) => formatCents(r.weightedCents) },
    {
      id: 'offered',
      header: 'Offered (LOAs)',
      className: 'col-money',
      render: (r) => `${formatCents(r.offeredCents)} (${r.offeredCases})`,
    },
    {
      id: 'accepted',
      header: 'Accepted (LOAs)',
      className: 'col-money',
      render: (r) => `${formatCents(r.acceptedCents)} (${r.acceptedCases})`,
    },
  ];
  return (
    <section className="card" aria-labelledby="comparison">
      <h2 id="comparison">Forecast against what happened</h2>
      <label className="field field-inline field-narrow">
        <span>Fiscal year</span>
        <input inputMode="numeric" value={fy} onChange={(e) => setFy(e.target.value)} />
      </label>
      {data.error && <ErrorNotice message={data.error.message} onRetry={data.reload} />}
      {data.data && <p className="muted small">{data.data.source}</p>}
      <DataTable
        caption={`Forecast and outcome, FY${fy}`}
        columns={columns}
        rows={data.data?.partners ?? []}
        rowKey={(r) => r.partnerCode}
        empty="Nothing forecast, offered or accepted this fiscal year."
      />
    </section>
  );
}
