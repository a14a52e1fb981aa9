import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { type ReportDirty, useReportDirty } from '../../platform/dirty-parts.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { formatCents, parseDollars, todayIso } from '../../platform/format.ts';
import { type Lease, leasesApi } from './leases-api.ts';

type Payment = Lease['payments'][number];

/** The payment schedule, with what was received; writers record a payment received or add one to the schedule. */
export function LeasePayments({
  lease,
  canWrite,
  onDone,
  onDirty,
}: {
  lease: Lease;
  canWrite: boolean;
  onDone: (l: Lease, message: string) => void;
  /** The page's unsaved-changes guard (see useDirtyParts). */
  onDirty?: ReportDirty;
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
            render: (p: Payment) =>
              p.receivedCents < p.amountCents ? <RecordPayment lease={lease} payment={p} onDone={onDone} onDirty={onDirty} /> : null,
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
      {canWrite && lease.status !== 'closed' && <SchedulePayment lease={lease} onDone={onDone} onDirty={onDirty} />}
    </section>
  );
}

interface EditorProps {
  lease: Lease;
  onDone: (l: Lease, message: string) => void;
  onDirty?: ReportDirty | undefined;
}

function RecordPayment(props: EditorProps & { payment: Payment }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        Record payment
      </button>
    );
  return <ReceiptForm {...props} />;
}

/** Field names are the server's; the amount is typed in dollars. */
interface ReceiptValues {
  amountCents: string;
  receivedOn: string;
}

function ReceiptForm({ lease, payment, onDone, onDirty }: EditorProps & { payment: Payment }) {
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState } = useForm<ReceiptValues>({
    defaultValues: { amountCents: ((payment.amountCents - payment.receivedCents) / 100).toFixed(2), receivedOn: todayIso() },
  });
  useReportDirty(onDirty, `receipt-${payment.id}`, formState.isDirty);
  const save = useMutation({
    mutationFn: ({ cents, receivedOn }: { cents: number; receivedOn: string }) =>
      leasesApi.receivePayment(lease.id, payment.id, { version: lease.version, receivedOn, amountCents: cents }),
    onSuccess: (updated, { cents, receivedOn }) => onDone(updated, `Recorded ${formatCents(cents)} received on ${receivedOn}`),
    onError: (error) => setUnplaced(applyServerErrors(error, ['amountCents', 'receivedOn'], setError)),
  });
  const { errors } = formState;
  const problem = errors.amountCents?.message ?? errors.receivedOn?.message;
  return (
    <form
      className="form-row"
      aria-label={`Payment due ${payment.dueOn} received`}
      noValidate
      onSubmit={handleSubmit(({ amountCents, receivedOn }) => {
        setUnplaced([]);
        const cents = parseDollars(amountCents);
        if (typeof cents !== 'number') return setError('amountCents', { type: 'client', message: 'a dollar amount' });
        save.mutate({ cents, receivedOn });
      })}
    >
      <FormError message={save.error?.message} extra={unplaced} />
      <input
        aria-label={`Amount received for the payment due ${payment.dueOn}`}
        aria-invalid={errors.amountCents ? true : undefined}
        inputMode="decimal"
        size={10}
        {...register('amountCents')}
      />
      <input
        aria-label={`Received on, payment due ${payment.dueOn}`}
        aria-invalid={errors.receivedOn ? true : undefined}
        type="date"
        {...register('receivedOn')}
      />
      <button type="submit" className="button button-small button-primary" disabled={save.isPending}>
        Save
      </button>
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}

interface ScheduleValues {
  dueOn: string;
  amountCents: string;
}

function SchedulePayment({ lease, onDone, onDirty }: EditorProps) {
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, reset, formState } = useForm<ScheduleValues>({ defaultValues: { dueOn: '', amountCents: '' } });
  useReportDirty(onDirty, 'schedule', formState.isDirty);
  const save = useMutation({
    mutationFn: ({ dueOn, cents }: { dueOn: string; cents: number }) =>
      leasesApi.schedulePayment(lease.id, { version: lease.version, dueOn, amountCents: cents }),
    onSuccess: (updated, { dueOn, cents }) => {
      reset();
      onDone(updated, `Payment of ${formatCents(cents)} scheduled for ${dueOn}`);
    },
    onError: (error) => setUnplaced(applyServerErrors(error, ['dueOn', 'amountCents'], setError)),
  });
  const { errors } = formState;
  return (
    <form
      className="form"
      aria-label="Schedule a payment"
      noValidate
      onSubmit={handleSubmit(({ dueOn, amountCents }) => {
        setUnplaced([]);
        const cents = parseDollars(amountCents);
        if (typeof cents !== 'number') return setError('amountCents', { type: 'client', message: 'a dollar amount' });
        save.mutate({ dueOn, cents });
      })}
    >
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-row">
        <Field label="Due on" error={errors.dueOn?.message}>
          {(control) => <input {...control} type="date" {...register('dueOn')} />}
        </Field>
        <Field label="Amount due" error={errors.amountCents?.message} hint="US dollars">
          {(control) => <input {...control} inputMode="decimal" {...register('amountCents')} />}
        </Field>
        <button type="submit" className="button" disabled={save.isPending}>
          Add to schedule
        </button>
      </div>
    </form>
  );
}
