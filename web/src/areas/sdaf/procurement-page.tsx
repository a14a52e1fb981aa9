import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { formatCents, todayIso } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { TransitionBar, TransitionForm } from '../../platform/transition-form.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type SdafProcurement, type SdafReceipt, sdafApi } from './sdaf-api.ts';
import { SdafNav } from './sdaf-nav.tsx';
import { useSubmit } from './use-submit.ts';

type Item = SdafProcurement['items'][number];
const itemColumns: Column<Item>[] = [
  { id: 'line', header: 'Line', className: 'col-narrow mono', render: (i) => i.lineNumber },
  { id: 'nsn', header: 'NSN', className: 'mono', render: (i) => i.nsn },
  { id: 'name', header: 'Nomenclature', render: (i) => `${i.nomenclature}${i.mde ? ' (MDE)' : ''}` },
  { id: 'unit', header: 'Unit cost', className: 'col-money', render: (i) => formatCents(i.unitCostCents) },
  { id: 'ordered', header: 'Ordered', className: 'col-narrow mono', render: (i) => i.quantity },
  { id: 'received', header: 'Received', className: 'col-narrow mono', render: (i) => i.receivedQuantity },
  { id: 'transferred', header: 'Transferred', className: 'col-narrow mono', render: (i) => i.transferredQuantity },
  { id: 'onhand', header: 'On hand', className: 'col-narrow mono', render: (i) => i.onHandQuantity },
];

/** One procurement: its items and what was delivered, the receipt form, and each delivery's 30-day report to DFAS. */
export function SdafProcurementPage() {
  const { id = '' } = useParams();
  const procurement = useApi(['sdaf', 'procurement-page:sdafApi.procurement'], (signal) => sdafApi.procurement(id, signal), [id]);
  const canWrite = useArea('sdaf')?.canWrite ?? false;
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(procurement.data ? `Contract ${procurement.data.contractNumber}` : 'Procurement');
  if (procurement.error?.isUnavailable) return <NotAvailablePage what="This procurement" />;
  if (procurement.error) return <ErrorNotice message={procurement.error.message} onRetry={procurement.reload} />;
  if (!procurement.data) return <Loading />;
  const p = procurement.data;
  const receiptColumns: Column<SdafReceipt>[] = [
    { id: 'on', header: 'Received', className: 'col-date mono', render: (r) => r.receivedOn },
    { id: 'item', header: 'Item', render: (r) => p.items.find((i) => i.id === r.itemId)?.nomenclature ?? '' },
    { id: 'qty', header: 'Quantity', className: 'col-narrow mono', render: (r) => r.quantity },
    { id: 'doc', header: 'Document', className: 'mono', render: (r) => r.documentReference },
    {
      id: 'report',
      header: 'Reported to DFAS',
      render: (r) =>
        r.reportedOn ? (
          r.reportedOn
        ) : (
          <span className={r.reportOverdue ? 'text-danger' : ''}>
            due {r.reportDueOn}
            {r.reportOverdue ? ' (overdue)' : ''}
            {canWrite && <ReportButton receipt={r} onDone={() => procurement.reload()} />}
          </span>
        ),
    },
  ];
  return (
    <UnsavedGroup>
      <section className="page">
        <nav className="breadcrumbs" aria-label="Breadcrumbs">
          <Link to="/sdaf/procurements">Procurements</Link>
          <span aria-hidden="true">/</span>
          <span>{p.contractNumber}</span>
        </nav>
        <header className="page-header">
          <div>
            <h1>Contract {p.contractNumber}</h1>
            <p className="page-sub">
              Awarded {p.awardedOn} · expected delivery {p.expectedDeliveryOn} · {formatCents(p.totalCents)} · {p.state}
            </p>
          </div>
        </header>
        <SdafNav />
        {message && (
          <div className="notice notice-success" role="status">
            {message}
          </div>
        )}
        {p.closedOn && (
          <p className="notice" role="note">
            Closed short on {p.closedOn}: {p.closeReason}. What was not delivered went back to the fund.
          </p>
        )}
        <p className="muted small">
          Releasable at award: attested by {p.releasabilityAttestedBy} on {p.releasabilityAttestedOn} ({p.releasabilityBasis})
        </p>
        <DataTable caption="Items" columns={itemColumns} rows={p.items} rowKey={(i) => i.id} />
        {canWrite && p.state === 'open' && (
          <section className="card">
            <h2>Receive a delivery</h2>
            <ReceiveForm
              procurement={p}
              onDone={(saved) => {
                procurement.setData(saved);
                setMessage('Delivery received into inventory');
              }}
            />
          </section>
        )}
        {canWrite && p.state === 'open' && p.receipts.length > 0 && (
          <section className="card">
            <h2>Close short</h2>
            <CloseMove
              procurement={p}
              onReload={procurement.reload}
              onDone={(saved) => {
                procurement.setData(saved);
                setMessage('Closed: what was not delivered is released to the fund');
              }}
            />
          </section>
        )}
        <h2>Deliveries</h2>
        <DataTable caption="Deliveries" columns={receiptColumns} rows={p.receipts} rowKey={(r) => r.id} empty="Nothing delivered yet." />
      </section>
    </UnsavedGroup>
  );
}

function ReceiveForm({ procurement, onDone }: { procurement: SdafProcurement; onDone: (p: SdafProcurement) => void }) {
  const open = procurement.items.filter((i) => i.receivedQuantity < i.quantity);
  const [itemId, setItemId] = useState(open[0]?.id ?? '');
  const [quantity, setQuantity] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [documentReference, setDocumentReference] = useState('');
  const { error, busy, run, onInput } = useSubmit();
  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      () =>
        sdafApi.receive(procurement.id, {
          version: procurement.version,
          itemId,
          quantity: Number(quantity),
          receivedOn,
          documentReference,
        }),
      onDone,
    );
  }
  const placed = ['itemId', 'quantity', 'receivedOn', 'documentReference'];
  return (
    <form className="form" onSubmit={submit} aria-label="Receive a delivery" onInput={onInput} noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-3">
        <Field label="Item" error={error?.fieldMessage('itemId')}>
          {(control) => (
            <select {...control} value={itemId} onChange={(e) => setItemId(e.target.value)}>
              {open.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.lineNumber}. {i.nomenclature} ({i.quantity - i.receivedQuantity} outstanding)
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Quantity received" error={error?.fieldMessage('quantity')}>
          {(control) => <input {...control} inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} />}
        </Field>
        <Field label="Received on" error={error?.fieldMessage('receivedOn')}>
          {(control) => <input {...control} type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />}
        </Field>
        <Field label="Receiving document" error={error?.fieldMessage('documentReference')}>
          {(control) => <input {...control} value={documentReference} onChange={(e) => setDocumentReference(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Receive'}
        </button>
      </div>
    </form>
  );
}

/** Closing short ends the procurement: what was not delivered goes back to the fund. It asks why and confirms first. */
function CloseMove({
  procurement,
  onDone,
  onReload,
}: {
  procurement: SdafProcurement;
  onDone: (p: SdafProcurement) => void;
  onReload: () => void;
}) {
  return (
    <TransitionBar choices={[{ action: 'close', label: 'Close short', tone: 'danger' }]} label="Close short">
      {(_, close) => (
        <CloseForm
          key={procurement.version}
          procurement={procurement}
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onDone={(saved) => {
            close();
            onDone(saved);
          }}
        />
      )}
    </TransitionBar>
  );
}

function CloseForm({
  procurement,
  onDone,
  onCancel,
  onReload,
}: {
  procurement: SdafProcurement;
  onDone: (p: SdafProcurement) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [closedOn, setClosedOn] = useState(todayIso());
  return (
    <TransitionForm
      label="Close short"
      tone="danger"
      reason="required"
      reasonMax={1000}
      placed={['closedOn']}
      record="procurement"
      consequence="What was not delivered is released to the fund; the procurement cannot take another delivery."
      onCancel={onCancel}
      onReload={onReload}
      onSubmit={async (reason) => onDone(await sdafApi.close(procurement.id, { version: procurement.version, closedOn, reason }))}
    >
      {(error) => (
        <div className="form-grid form-grid-3">
          <Field label="Closed on" error={error?.fieldMessage('closedOn')}>
            {(control) => <input {...control} type="date" value={closedOn} onChange={(e) => setClosedOn(e.target.value)} />}
          </Field>
        </div>
      )}
    </TransitionForm>
  );
}

function ReportButton({ receipt, onDone }: { receipt: SdafReceipt; onDone: () => void }) {
  const { error, busy, run, onInput } = useSubmit();
  return (
    <>
      {' '}
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        onClick={() => void run(() => sdafApi.report(receipt.id, { version: receipt.version, reportedOn: todayIso() }), onDone)}
      >
        Reported today
      </button>
      {error && <span className="field-error"> {error.message}</span>}
    </>
  );
}
