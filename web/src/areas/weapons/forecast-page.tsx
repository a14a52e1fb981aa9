import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { formatCents, formatCount, parseDollars, todayIso } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { type ForecastComparison, type ForecastRow, weaponsApi } from './weapons-api.ts';
import { percentOrNull } from './weapons-labels.tsx';

const toError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
/** The federal fiscal year of a date (FY N: 1 October N−1 to 30 September N). */
const fiscalYearOf = (iso: string) => Number(iso.slice(0, 4)) + (iso.slice(5) >= '10-01' ? 1 : 0);

/** The directorate's sales forecast (SAMM C14.1.3): rows, exports, the annual report's date, and what actually happened. */
export function ForecastPage() {
  usePageTitle('Sales forecast');
  const { get, update } = useSearchState();
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const fy = intParam(get('fiscalYear'), 0);
  const query = {
    partner: get('partner') || undefined,
    fiscalYear: fy >= 2000 && fy <= 2100 ? fy : undefined,
    limit: intParam(get('limit'), 50, 500) || 50,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['weapons', 'forecast-page:weaponsApi.forecast'], (signal) => weaponsApi.forecast(query, signal), [
    JSON.stringify(query),
  ]);
  const columns: Column<ForecastRow>[] = [
    { id: 'fy', header: 'FY', className: 'col-narrow mono', render: (r) => r.fiscalYear },
    { id: 'partner', header: 'Partner', render: (r) => `${r.partnerCode} · ${r.partnerName}` },
    { id: 'system', header: 'System', render: (r) => r.system ?? '—' },
    { id: 'description', header: 'Expected case', render: (r) => r.description },
    { id: 'value', header: 'Value', className: 'col-money', render: (r) => formatCents(r.valueCents) },
    { id: 'likelihood', header: 'Likelihood', render: (r) => (r.highlyProbable ? 'highly probable (90%)' : `${r.likelihoodPercent}%`) },
    { id: 'weighted', header: 'Weighted', className: 'col-money', render: (r) => formatCents(r.weightedCents) },
    ...(canWrite
      ? [
          {
            id: 'remove',
            header: <span className="visually-hidden">Remove</span>,
            render: (r: ForecastRow) => (
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove ${r.description}`}
                onClick={async () => {
                  await weaponsApi.deleteForecast(r.id, r.version);
                  page.reload();
                }}
              >
                Remove
              </button>
            ),
          },
        ]
      : []),
  ];
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons">Weapons</Link>
        <span aria-hidden="true">/</span>
        <span>Sales forecast</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Sales forecast</h1>
          <p className="page-sub">
            Expected cases by partner, system and fiscal year (SAMM C14.1.3){page.data ? ` · ${formatCount(page.data.total)} rows` : ''}
          </p>
        </div>
        <div className="form-actions">
          <a className="button" href={weaponsApi.forecastExportUrl('csv', query)} download>
            Export CSV
          </a>
          <a className="button" href={weaponsApi.forecastExportUrl('xlsx', query)} download>
            Export XLSX
          </a>
        </div>
      </header>
      <div className="filter-bar">
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={get('partner')}
            maxLength={3}
            placeholder="PL"
            onChange={(e) => update({ partner: e.target.value.toUpperCase().trim(), offset: null }, { replace: true })}
          />
        </label>
        <label className="field field-inline field-narrow">
          <span>Fiscal year</span>
          <input
            inputMode="numeric"
            value={get('fiscalYear')}
            placeholder="2027"
            onChange={(e) => update({ fiscalYear: e.target.value.trim(), offset: null }, { replace: true })}
          />
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      {page.data && (
        <p data-testid="forecast-totals">
          Total {formatCents(page.data.totalValueCents)}; weighted by likelihood {formatCents(page.data.totalWeightedCents)}.{' '}
          <span className="muted small">{page.data.likelihoodSource}</span>
        </p>
      )}
      <DataTable
        caption="Sales forecast"
        columns={columns}
        rows={page.data?.items ?? []}
        rowKey={(r) => r.id}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No forecast row.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="Forecast pages"
        />
      )}
      {canWrite && <AddRow onAdded={page.reload} />}
      <Report canWrite={canWrite} />
      <Comparison />
    </section>
  );
}

function AddRow({ onAdded }: { onAdded: () => void }) {
  const systems = useApi(['weapons', 'forecast-page:weaponsApi.systems'], (signal) => weaponsApi.systems({ limit: 500 }, signal), []);
  const [partnerCode, setPartner] = useState('');
  const [systemId, setSystem] = useState('');
  const [fiscalYear, setFy] = useState(String(fiscalYearOf(todayIso()) + 1));
  const [description, setDescription] = useState('');
  const [value, setValue] = useState('');
  const [highlyProbable, setHighly] = useState(false);
  const [percent, setPercent] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const cents = parseDollars(value);
    if (cents == null)
      return setError(new ApiError(400, 'validation', 'Check the value', [{ path: 'valueCents', message: 'a dollar amount' }]));
    try {
      await weaponsApi.createForecast({
        partnerCode,
        systemId: systemId || null,
        fiscalYear: Number(fiscalYear),
        description,
        valueCents: cents,
        highlyProbable,
        likelihoodPercent: highlyProbable ? null : percentOrNull(percent),
        note: '',
      });
      setDescription('');
      setValue('');
      onAdded();
    } catch (caught) {
      setError(toError(caught));
    }
  }
  return (
    <section className="card" aria-labelledby="add">
      <h2 id="add">Add an expected case</h2>
      <form className="form form-grid form-grid-4" onSubmit={submit} noValidate aria-label="Add an expected case">
        <FormError
          message={error?.message}
          extra={
            error ? unplacedFieldErrors(error.fields, ['partnerCode', 'fiscalYear', 'description', 'valueCents', 'likelihoodPercent']) : []
          }
        />
        <Field label="Partner" error={error?.fieldMessage('partnerCode')}>
          {(p) => <input {...p} maxLength={3} value={partnerCode} onChange={(e) => setPartner(e.target.value.toUpperCase().trim())} />}
        </Field>
        <Field label="System">
          {(p) => (
            <select {...p} value={systemId} onChange={(e) => setSystem(e.target.value)}>
              <option value="">None</option>
              {systems.data?.items.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Fiscal year" error={error?.fieldMessage('fiscalYear')}>
          {(p) => <input {...p} inputMode="numeric" value={fiscalYear} onChange={(e) => setFy(e.target.value)} />}
        </Field>
        <Field label="Expected case" error={error?.fieldMessage('description')}>
          {(p) => <input {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <Field label="Value (US$)" error={error?.fieldMessage('valueCents')}>
          {(p) => <input {...p} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={highlyProbable} onChange={(e) => setHighly(e.target.checked)} /> Highly probable (90%)
        </label>
        {!highlyProbable && (
          <Field label="Likelihood (%)" error={error?.fieldMessage('likelihoodPercent')}>
            {(p) => <input {...p} inputMode="numeric" value={percent} onChange={(e) => setPercent(e.target.value)} />}
          </Field>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            Add
          </button>
        </div>
      </form>
    </section>
  );
}

function Report({ canWrite }: { canWrite: boolean }) {
  const reports = useApi(['weapons', 'forecast-page:weaponsApi.reports'], (signal) => weaponsApi.reports(signal), []);
  const [error, setError] = useState<ApiError | null>(null);
  const r = reports.data;
  async function submit() {
    if (!r) return;
    setError(null);
    try {
      reports.setData(await weaponsApi.submitReport({ reportYear: r.next.reportYear, submittedOn: todayIso(), note: '' }));
    } catch (caught) {
      setError(toError(caught));
    }
  }
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
      <FormError message={error?.message} />
      {canWrite && r && !r.next.submitted && (
        <button type="button" className="button" onClick={submit}>
          Record the {r.next.reportYear} report as sent today
        </button>
      )}
    </section>
  );
}

function Comparison() {
  const [fy, setFy] = useState(String(fiscalYearOf(todayIso())));
  const year = Number(fy);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const data = useApi(
    ['weapons', 'forecast-page:weaponsApi.comparison'],
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
