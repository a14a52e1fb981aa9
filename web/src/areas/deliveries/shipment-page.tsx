import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { deliveriesApi, type Shipment, stageLabel } from './deliveries-api.ts';
import { AcceptanceForm, DiscrepancyForm, MilestoneForm, ReceiptForm, ResolveDiscrepancy } from './shipment-forms.tsx';

type Line = Shipment['lines'][number];
type MilestoneRow = Shipment['milestones'][number];
type Slip = Shipment['slips'][number];
type Event = Shipment['events'][number];
type Discrepancy = Shipment['discrepancies'][number];

const LINE_COLUMNS: Column<Line>[] = [
  { id: 'line', header: 'Line', className: 'col-narrow mono', render: (l) => l.lineNumber },
  { id: 'description', header: 'Description', render: (l) => l.description },
  {
    id: 'eeum',
    header: 'EEUM',
    className: 'col-narrow',
    render: (l) => (l.eeum ? <span className="badge">EEUM {l.itemTypeCode}</span> : ''),
  },
  { id: 'shipped', header: 'Shipped', className: 'col-narrow', render: (l) => l.quantity },
  { id: 'received', header: 'Delivered (receipts)', className: 'col-narrow', render: (l) => l.received },
  { id: 'accepted', header: 'Accepted', className: 'col-narrow', render: (l) => l.accepted },
  {
    id: 'serials',
    header: 'Serial numbers',
    render: (l) =>
      l.serials.length ? (
        <span className="mono small">
          {l.serials.map((s) => `${s.serialNumber}${s.acceptedOn ? ' ✓' : s.receivedOn ? ' (received)' : ''}`).join(', ')}
        </span>
      ) : (
        '—'
      ),
  },
];

const MILESTONE_COLUMNS: Column<MilestoneRow>[] = [
  { id: 'milestone', header: 'Milestone', render: (m) => m.label },
  { id: 'estimated', header: 'Estimated', className: 'col-date mono', render: (m) => m.estimatedOn ?? '—' },
  { id: 'planned', header: 'Planned', className: 'col-date mono', render: (m) => m.plannedOn ?? '—' },
  { id: 'actual', header: 'Actual', className: 'col-date mono', render: (m) => m.actualOn ?? '—' },
  { id: 'late', header: '', className: 'col-narrow', render: (m) => (m.late ? <span className="badge badge-danger">late</span> : '') },
];

const SLIP_COLUMNS: Column<Slip>[] = [
  { id: 'milestone', header: 'Milestone', render: (s) => s.milestone.replace('_', ' ') },
  { id: 'from', header: 'From', className: 'col-date mono', render: (s) => s.fromOn },
  { id: 'to', header: 'To', className: 'col-date mono', render: (s) => s.toOn },
  { id: 'cause', header: 'Cause', render: (s) => `${s.reason} (${s.reasonCode})` },
  { id: 'note', header: 'Note', render: (s) => s.note },
  { id: 'by', header: 'By', render: (s) => s.recordedBy },
];

const EVENT_COLUMNS: Column<Event>[] = [
  { id: 'kind', header: 'Event', render: (e) => (e.kind === 'received' ? 'Receipt' : 'Acceptance') },
  { id: 'line', header: 'Line', className: 'col-narrow mono', render: (e) => e.lineNumber },
  { id: 'quantity', header: 'Quantity', className: 'col-narrow', render: (e) => e.quantity },
  { id: 'on', header: 'Date', className: 'col-date mono', render: (e) => e.onDate },
  { id: 'document', header: 'Document', render: (e) => e.document },
];

/** One shipment: its route and custody point, lines with quantities and serials, milestones and slips, receipts, acceptance, discrepancies. */
export function ShipmentPage() {
  const { id = '' } = useParams();
  const shipment = useApi(['deliveries', 'shipment-page:deliveriesApi.get'], (signal) => deliveriesApi.get(id, signal), [id]);
  const reasons = useApi(['deliveries', 'shipment-page:deliveriesApi.reasons'], (signal) => deliveriesApi.reasons(signal), []);
  const canWrite = useArea('deliveries')?.canWrite ?? false;
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(shipment.data ? `Shipment ${shipment.data.number}` : 'Shipment');
  if (shipment.error?.isUnavailable) return <NotAvailablePage what="This shipment" />;
  if (shipment.error) return <ErrorNotice message={shipment.error.message} onRetry={shipment.reload} />;
  if (!shipment.data) return <Loading />;
  const s = shipment.data;
  const done = (updated: Shipment, text: string) => {
    shipment.setData(updated);
    setMessage(text);
  };
  const discrepancyColumns: Column<Discrepancy>[] = [
    { id: 'kind', header: 'Report', className: 'col-narrow', render: (d) => d.kind.toUpperCase() },
    { id: 'line', header: 'Line', className: 'col-narrow mono', render: (d) => d.lineNumber },
    { id: 'value', header: 'Value', className: 'col-money', render: (d) => formatCents(d.valueCents) },
    { id: 'submitted', header: 'Submitted', className: 'col-date mono', render: (d) => d.submittedOn },
    { id: 'description', header: 'Description', render: (d) => d.description },
    { id: 'status', header: 'Status', render: (d) => <span title={d.statusReason}>{d.status.replace('_', ' ')}</span> },
    {
      id: 'resolution',
      header: 'Resolution',
      render: (d) =>
        d.resolution ? (
          `${d.resolution} on ${d.resolvedOn}: ${d.resolutionNote}`
        ) : canWrite && d.status === 'under_review' ? (
          <ResolveDiscrepancy discrepancy={d} onDone={done} />
        ) : (
          <span className="small muted">{d.statusReason}</span>
        ),
    },
  ];
  const plan = s.transportationPlanRequirement;
  return (
    <UnsavedGroup>
      <section className="page">
        <nav className="breadcrumbs" aria-label="Breadcrumbs">
          <Link to="/deliveries">Shipments</Link>
          <span aria-hidden="true">/</span>
          <span>{s.number}</span>
        </nav>
        <header className="page-header">
          <div>
            <h1>Shipment {s.number}</h1>
            <p className="page-sub">
              {s.partnerCode} · case <span className="mono">{s.caseIdentifier}</span> · {s.caseTitle} ·{' '}
              <strong data-testid="stage">{stageLabel(s.stage)}</strong>
              {s.receiptOverdue && <span className="badge badge-danger"> receipt not confirmed by {s.receiptDueOn}</span>}
            </p>
          </div>
          {s.fadRecorded && (
            <div className="form-actions">
              <Link className="button" to={`/deliveries/shipments/${s.id}/fad`}>
                Priority designator
              </Link>
            </div>
          )}
        </header>
        {message && (
          <div className="notice notice-success" role="status">
            {message}
          </div>
        )}
        <section className="card" aria-labelledby="route">
          <h2 id="route">Route and custody</h2>
          <dl className="facts">
            <dt>Mode</dt>
            <dd>{s.mode}</dd>
            <dt>Origin</dt>
            <dd>{s.origin}</dd>
            <dt>Port of embarkation</dt>
            <dd>{s.portOfEmbarkation || '—'}</dd>
            <dt>Port of debarkation</dt>
            <dd>{s.portOfDebarkation || '—'}</dd>
            <dt>Carrier</dt>
            <dd>{s.carrier || '—'}</dd>
            <dt>TCN</dt>
            <dd className="mono">{s.tcn || '—'}</dd>
            <dt>Custody transfer point</dt>
            <dd>{s.custodyTransferPoint}</dd>
            <dt>Transportation Plan</dt>
            <dd>
              {plan.required ? `required (${plan.reasons.join(', ')}): ${s.transportationPlan}` : 'not required'}
              <span className="small muted"> {plan.source}</span>
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="lines">
          <h2 id="lines">Lines</h2>
          <p className="small muted">A quantity is delivered only by a recorded receipt with its date and document (DSCA 24-40).</p>
          <DataTable caption="Lines" columns={LINE_COLUMNS} rows={s.lines} rowKey={(l) => l.lineNumber} />
        </section>
        <section className="card" aria-labelledby="milestones">
          <h2 id="milestones">Milestones</h2>
          <DataTable caption="Milestones" columns={MILESTONE_COLUMNS} rows={s.milestones} rowKey={(m) => m.milestone} />
          {canWrite && <MilestoneForm shipment={s} reasons={reasons.data ?? []} onDone={done} />}
          <h3>Slips and their causes</h3>
          <DataTable caption="Slips" columns={SLIP_COLUMNS} rows={s.slips} rowKey={(x) => x.id} empty="No date has slipped." />
        </section>
        <section className="card" aria-labelledby="receipt">
          <h2 id="receipt">Receipt and acceptance</h2>
          <DataTable
            caption="Receipts and acceptances"
            columns={EVENT_COLUMNS}
            rows={s.events}
            rowKey={(e) => e.id}
            empty="Nothing received yet."
          />
          {canWrite && s.deliveredOn && s.lines.some((l) => l.received < l.quantity) && <ReceiptForm shipment={s} onDone={done} />}
          {canWrite && s.lines.some((l) => l.accepted < l.received) && <AcceptanceForm shipment={s} onDone={done} />}
        </section>
        <section className="card" aria-labelledby="discrepancies">
          <h2 id="discrepancies">Discrepancies (SDR / TDR)</h2>
          <DataTable
            caption="Discrepancy reports"
            columns={discrepancyColumns}
            rows={s.discrepancies}
            rowKey={(d) => d.id}
            empty="No discrepancy reported."
          />
          {canWrite && s.lines.some((l) => l.received > 0) && <DiscrepancyForm shipment={s} onDone={done} />}
        </section>
      </section>
    </UnsavedGroup>
  );
}
