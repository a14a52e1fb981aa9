import { Link } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { useSearchState } from '../../platform/use-search-state.ts';
import { DelayReasonsCard } from './delay-reasons.tsx';
import { type Dashboard, deliveriesApi, stageLabel, type Timeliness } from './deliveries-api.ts';

type Late = Dashboard['late']['items'][number];
type Awaiting = Dashboard['awaitingAcceptance']['items'][number];
type Unconfirmed = Dashboard['receiptsUnconfirmed']['items'][number];
type Expiring = Dashboard['expiringMoney']['items'][number];
type Row = Timeliness['rows'][number];

const number = (s: { id: string; number: string }) => (
  <Link to={`/deliveries/shipments/${s.id}`} className="mono">
    {s.number}
  </Link>
);

const LATE: Column<Late>[] = [
  { id: 'number', header: 'Shipment', className: 'col-code', render: number },
  { id: 'partner', header: 'Partner', className: 'col-narrow', render: (r) => r.partnerCode },
  { id: 'case', header: 'Case', className: 'col-code mono', render: (r) => r.caseIdentifier },
  { id: 'stage', header: 'Stage', render: (r) => stageLabel(r.stage) },
  { id: 'estimated', header: 'Estimated delivery', className: 'col-date mono', render: (r) => r.estimatedDeliveryOn ?? '—' },
  { id: 'planned', header: 'Planned delivery', className: 'col-date mono', render: (r) => r.plannedDeliveryOn ?? '—' },
  { id: 'cause', header: 'Cause', render: (r) => r.cause ?? 'no slip recorded yet' },
];
const AWAITING: Column<Awaiting>[] = [
  { id: 'number', header: 'Shipment', className: 'col-code', render: number },
  { id: 'partner', header: 'Partner', className: 'col-narrow', render: (r) => r.partnerCode },
  { id: 'case', header: 'Case', className: 'col-code mono', render: (r) => r.caseIdentifier },
  { id: 'line', header: 'Line', className: 'col-narrow mono', render: (r) => r.lineNumber },
  { id: 'description', header: 'Description', render: (r) => `${r.description}${r.eeum ? ' (EEUM)' : ''}` },
  { id: 'awaiting', header: 'Awaiting', className: 'col-narrow', render: (r) => r.awaiting },
  { id: 'received', header: 'Received', className: 'col-date mono', render: (r) => r.receivedOn ?? '—' },
];
const UNCONFIRMED: Column<Unconfirmed>[] = [
  { id: 'number', header: 'Shipment', className: 'col-code', render: number },
  { id: 'partner', header: 'Partner', className: 'col-narrow', render: (r) => r.partnerCode },
  { id: 'case', header: 'Case', className: 'col-code mono', render: (r) => r.caseIdentifier },
  { id: 'delivered', header: 'Delivered', className: 'col-date mono', render: (r) => r.deliveredOn ?? '—' },
  { id: 'due', header: 'Receipt due', className: 'col-date mono', render: (r) => <span className="badge badge-danger">{r.dueOn}</span> },
];
const EXPIRING: Column<Expiring>[] = [
  { id: 'appropriation', header: 'Money', render: (r) => `${r.appropriation} (${r.programCode})` },
  { id: 'until', header: 'Available until', className: 'col-date mono', render: (r) => r.availableUntil ?? '—' },
  {
    id: 'case',
    header: 'Case',
    className: 'col-code mono',
    render: (r) => <Link to={`/cases/${r.caseIdentifier}`}>{r.caseIdentifier}</Link>,
  },
  { id: 'amount', header: 'Committed or obligated', className: 'col-money', render: (r) => formatCents(r.obligatedCents) },
  { id: 'undelivered', header: 'Undelivered lines', className: 'col-narrow', render: (r) => r.undeliveredLines },
];
const TIMELINESS: Column<Row>[] = [
  { id: 'quarter', header: 'Quarter', className: 'mono', render: (r) => r.quarter },
  { id: 'program', header: 'Program', render: (r) => r.program },
  { id: 'partner', header: 'Partner', className: 'col-narrow', render: (r) => r.partnerCode },
  { id: 'agency', header: 'IA', className: 'col-narrow', render: (r) => r.agencyCode },
  { id: 'cause', header: 'Cause', render: (r) => r.causeLabel },
  { id: 'deliverables', header: 'Deliveries', className: 'col-narrow', render: (r) => r.deliverables },
  { id: 'late', header: 'Late', className: 'col-narrow', render: (r) => r.late },
  { id: 'average', header: 'Average days late', className: 'col-narrow', render: (r) => r.averageDaysLate },
];

const heading = (label: string, total: number, shown: number) =>
  `${label} · ${formatCount(total)}${total > shown ? ` (first ${shown})` : ''}`;

/** The delivery dashboard and the quarterly timeliness report, for every partner in scope or one (`?partner=`). */
export function DeliveryDashboardPage() {
  usePageTitle('Delivery dashboard');
  const { get, update } = useSearchState();
  const partner = get('partner') || undefined;
  const board = useApi(['deliveries', 'dashboard-page:deliveriesApi.dashboard'], (signal) => deliveriesApi.dashboard(partner, signal), [
    partner,
  ]);
  const report = useApi(
    ['deliveries', 'dashboard-page:deliveriesApi.timeliness'],
    (signal) => deliveriesApi.timeliness({ partner }, signal),
    [partner],
  );
  const canAdminister = useArea('deliveries')?.canAdminister ?? false;
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/deliveries">Shipments</Link>
        <span aria-hidden="true">/</span>
        <span>Dashboard</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Delivery dashboard</h1>
          <p className="page-sub">{partner ? `Partner ${partner}` : 'Every partner in your scope'}</p>
        </div>
        <div className="filter-bar" role="search">
          <label className="field field-inline field-narrow">
            <span>Partner</span>
            <input
              value={get('partner')}
              maxLength={3}
              placeholder="KE"
              onChange={(e) => update({ partner: e.target.value.toUpperCase().trim() }, { replace: true })}
            />
          </label>
        </div>
      </header>
      {board.error && <ErrorNotice message={board.error.message} onRetry={board.reload} />}
      {!board.data && !board.error && <Loading />}
      {board.data && (
        <>
          <section className="card" aria-labelledby="late">
            <h2 id="late">{heading('Late shipments', board.data.late.total, board.data.late.items.length)}</h2>
            <DataTable
              caption="Late shipments"
              columns={LATE}
              rows={board.data.late.items}
              rowKey={(r) => r.id}
              empty="No shipment is late."
            />
          </section>
          <section className="card" aria-labelledby="awaiting">
            <h2 id="awaiting">
              {heading('Received, awaiting acceptance', board.data.awaitingAcceptance.total, board.data.awaitingAcceptance.items.length)}
            </h2>
            <DataTable
              caption="Awaiting acceptance"
              columns={AWAITING}
              rows={board.data.awaitingAcceptance.items}
              rowKey={(r) => `${r.id}-${r.lineNumber}`}
              empty="Nothing awaits acceptance."
            />
          </section>
          <section className="card" aria-labelledby="unconfirmed">
            <h2 id="unconfirmed">
              {heading(
                'Receipts not confirmed within 30 days',
                board.data.receiptsUnconfirmed.total,
                board.data.receiptsUnconfirmed.items.length,
              )}
            </h2>
            <p className="small muted">{board.data.receiptsUnconfirmed.source}</p>
            <DataTable
              caption="Receipts not confirmed"
              columns={UNCONFIRMED}
              rows={board.data.receiptsUnconfirmed.items}
              rowKey={(r) => r.id}
              empty="Every delivery's receipt is confirmed in time."
            />
          </section>
          <section className="card" aria-labelledby="expiring">
            <h2 id="expiring">
              {heading(
                `Money expiring within ${board.data.expiringMoney.withinDays} days with undelivered lines`,
                board.data.expiringMoney.total,
                board.data.expiringMoney.items.length,
              )}
            </h2>
            <DataTable
              caption="Money expiring"
              columns={EXPIRING}
              rows={board.data.expiringMoney.items}
              rowKey={(r) => `${r.appropriationId}-${r.caseId}`}
              empty="No money expiring on cases with undelivered lines."
            />
          </section>
        </>
      )}
      <section className="card" aria-labelledby="timeliness">
        <h2 id="timeliness">Timeliness by quarter</h2>
        <p className="small muted">
          Estimated (first planned) against actual delivery, by fiscal quarter, program, partner, implementing agency and cause.{' '}
          <a href={deliveriesApi.timelinessExportUrl('csv', { partner })} download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={deliveriesApi.timelinessExportUrl('xlsx', { partner })} download>
            XLSX
          </a>
        </p>
        {report.error && <ErrorNotice message={report.error.message} onRetry={report.reload} />}
        <DataTable
          caption="Timeliness"
          columns={TIMELINESS}
          rows={report.data?.rows ?? []}
          rowKey={(r) => `${r.quarter}-${r.program}-${r.partnerCode}-${r.agencyCode}-${r.cause}`}
          empty={report.loading ? 'Loading…' : 'No delivery in the last year.'}
        />
      </section>
      <DelayReasonsCard canAdminister={canAdminister} />
    </section>
  );
}
