import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { parseDollars, todayIso } from '../../platform/format.ts';
import { LEASE_ACTION_LABELS } from './lease-labels.tsx';
import { type Lease, type LeaseAction, leasesApi } from './leases-api.ts';

interface Props {
  lease: Lease;
  onDone: (updated: Lease, message: string) => void;
  onReload: () => void;
}

/** The moves the server allows from the lease's status as buttons; each opens a form for its date and reason. */
export function LeaseActions({ lease, onDone, onReload }: Props) {
  const [active, setActive] = useState<LeaseAction | null>(null);
  if (lease.allowedActions.length === 0) return null;
  return (
    <div className="case-actions">
      <div className="case-action-buttons" role="group" aria-label="Next actions">
        {lease.allowedActions.map((action) => (
          <button
            key={action}
            type="button"
            className={`button ${action === 'terminate' ? 'button-danger' : 'button-primary'}`}
            aria-pressed={active === action}
            onClick={() => setActive(active === action ? null : action)}
          >
            {LEASE_ACTION_LABELS[action]}…
          </button>
        ))}
      </div>
      {active && (
        <MoveForm
          key={`${active}-${lease.version}`}
          lease={lease}
          action={active}
          onCancel={() => setActive(null)}
          onReload={() => {
            setActive(null);
            onReload();
          }}
          onDone={(updated) => {
            setActive(null);
            onDone(updated, `${LEASE_ACTION_LABELS[active]}: done. The lease is now ${updated.status.replaceAll('_', ' ')}.`);
          }}
        />
      )}
    </div>
  );
}

function MoveForm({
  lease,
  action,
  onCancel,
  onReload,
  onDone,
}: Props & { action: LeaseAction; onCancel: () => void; onDone: (updated: Lease) => void }) {
  const [onDate, setOnDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [returnCondition, setReturnCondition] = useState('');
  const [lossDamage, setLossDamage] = useState('');
  const [returnDueOn, setReturnDueOn] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const loss = parseDollars(lossDamage);
    if (loss === null)
      return setError(new ApiError(400, 'validation', 'Check the amount', [{ path: 'lossDamageCents', message: 'a dollar amount' }]));
    setBusy(true);
    setError(null);
    try {
      onDone(
        await leasesApi.transition(lease.id, {
          version: lease.version,
          action,
          onDate,
          reason,
          ...(action === 'return' ? { returnCondition, ...(loss !== undefined ? { lossDamageCents: loss } : {}) } : {}),
          ...((action === 'deliver' || action === 'terminate') && returnDueOn ? { returnDueOn } : {}),
        }),
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-label={LEASE_ACTION_LABELS[action]} noValidate>
      {error?.isVersionConflict ? (
        <div className="notice notice-conflict" role="alert">
          <strong>This lease was changed by someone else — reload.</strong>
          <p>{error.message}</p>
          <button type="button" className="button button-small" onClick={onReload}>
            Reload
          </button>
        </div>
      ) : (
        <FormError message={error?.message} />
      )}
      <div className="form-grid form-grid-3">
        <Field label="On" error={error?.fieldMessage('onDate')}>
          {(control) => <input {...control} type="date" value={onDate} onChange={(e) => setOnDate(e.target.value)} />}
        </Field>
        <Field label="Reason" className="span-2" error={error?.fieldMessage('reason')} hint="Recorded in the audit log">
          {(control) => <input {...control} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        {action === 'return' && (
          <>
            <Field label="Condition on return" className="span-2" error={error?.fieldMessage('returnCondition')}>
              {(control) => <input {...control} value={returnCondition} onChange={(e) => setReturnCondition(e.target.value)} />}
            </Field>
            <Field label="Loss or damage recovered" error={error?.fieldMessage('lossDamageCents')} hint="US dollars, through the lease">
              {(control) => <input {...control} inputMode="decimal" value={lossDamage} onChange={(e) => setLossDamage(e.target.value)} />}
            </Field>
          </>
        )}
        {(action === 'deliver' || action === 'terminate') && (
          <Field
            label="Articles due back on"
            error={error?.fieldMessage('returnDueOn')}
            hint="Blank: the lease end (deliver) or the date above"
          >
            {(control) => <input {...control} type="date" value={returnDueOn} onChange={(e) => setReturnDueOn(e.target.value)} />}
          </Field>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : LEASE_ACTION_LABELS[action]}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
