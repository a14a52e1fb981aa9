import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { formatCents, parseDollars, todayIso } from '../../platform/format.ts';
import { type Lease, leasesApi } from './leases-api.ts';

type Payment = Lease['payments'][number];

/** The payment schedule, with what was received; writers record a payment received or add one to the schedule. */
export function LeasePayments({
  lease,
  canWrite,
  onDone,
}: {
  lease: Lease;
  canWrite: boolean;
  onDone: (l: Lease, message: string) => void;
}) {
  const collecting = ['signed', 'active', 'returned', 'terminated'].includes(lease.status);
  const columns: Column<Payment>[] = [
    { id: 'due', header: 'Due', className: 'col-date mono', render: (p) => p.dueOn },
    { id: 'amount', header: 'Amount', className: 'col-money', render: (p) => formatCents(p.amountCents) },
    { id: 'received', header: 'Received', className: 'col-money', render: (p) => formatCents(p.receivedCents) },
    { id: 'on', header: 'Last received', className: 'col-date mono', render: (p) => p.lastReceivedOn ?? '—' },
    {
      id: 'state',
      header: 'State',
      className: 'col-narrow',
      render: (p) =>
        p.overdue ? (
          <span className="badge badge-danger">overdue</span>
        ) : p.receivedCents >= p.amountCents ? (
          <span className="badge badge-ok">paid</span>
        ) : (
          <span className="badge badge-muted">due</span>
        ),
    },
    ...(canWrite && collecting
      ? [
          {
            id: 'actions',
            header: '',
            className: 'col-actions',
            render: (p: Payment) => (p.receivedCents < p.amountCents ? <RecordPayment lease={lease} payment={p} onDone={onDone} /> : null),
          },
        ]
      : []),
  ];
  return (
    <section className="card" aria-labelledby="payments">
      <h2 id="payments">Payment schedule</h2>
      <p className="muted small">
        Total rental value {formatCents(lease.rentalValueCents)} · outstanding {formatCents(lease.outstandingCents)} · overdue{' '}
        <strong data-testid="overdue">{formatCents(lease.overdueCents)}</strong>
      </p>
      <DataTable caption="Payments" columns={columns} rows={lease.payments} rowKey={(p) => p.id} empty="No payment scheduled." />
      {canWrite && lease.status !== 'closed' && <SchedulePayment lease={lease} onDone={onDone} />}
    </section>
  );
}

function RecordPayment({ lease, payment, onDone }: { lease: Lease; payment: Payment; onDone: (l: Lease, message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState(((payment.amountCents - payment.receivedCents) / 100).toFixed(2));
  const [on, setOn] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        Record payment
      </button>
    );
  async function submit() {
    const cents = parseDollars(amount);
    if (typeof cents !== 'number') return setError('a dollar amount');
    try {
      const updated = await leasesApi.receivePayment(lease.id, payment.id, { version: lease.version, receivedOn: on, amountCents: cents });
      onDone(updated, `Recorded ${formatCents(cents)} received on ${on}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    }
  }
  return (
    <span className="form-row">
      <input
        aria-label={`Amount received for the payment due ${payment.dueOn}`}
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        size={10}
      />
      <input aria-label={`Received on, payment due ${payment.dueOn}`} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      <button type="button" className="button button-small button-primary" onClick={submit}>
        Save
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

function SchedulePayment({ lease, onDone }: { lease: Lease; onDone: (l: Lease, message: string) => void }) {
  const [dueOn, setDueOn] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const cents = parseDollars(amount);
    if (typeof cents !== 'number')
      return setError(new ApiError(400, 'validation', 'Check the amount', [{ path: 'amountCents', message: 'a dollar amount' }]));
    try {
      onDone(
        await leasesApi.schedulePayment(lease.id, { version: lease.version, dueOn, amountCents: cents }),
        `Payment of ${formatCents(cents)} scheduled for ${dueOn}`,
      );
      setDueOn('');
      setAmount('');
      setError(null);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  }
  return (
    <form className="form" onSubmit={submit} aria-label="Schedule a payment" noValidate>
      <FormError message={error?.message} />
      <div className="form-row">
        <Field label="Due on" error={error?.fieldMessage('dueOn')}>
          {(control) => <input {...control} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />}
        </Field>
        <Field label="Amount due" error={error?.fieldMessage('amountCents')} hint="US dollars">
          {(control) => <input {...control} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <button type="submit" className="button">
          Add to schedule
        </button>
      </div>
    </form>
  );
}
