import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { Field } from '../../platform/field.tsx';
import { parseDollars, todayIso } from '../../platform/format.ts';
import { LimitedTextArea } from '../../platform/limited-text.tsx';
import { TransitionBar, TransitionForm, type TransitionTone } from '../../platform/transition-form.tsx';
import { LEASE_ACTION_LABELS } from './lease-labels.tsx';
import { type Lease, type LeaseAction, leasesApi } from './leases-api.ts';

/** leaseTransitionInput in src/areas/leases/lease-model.ts: every move takes a reason; the return its condition. */
const REASON_MAX = 2000;
const CONDITION_MAX = 2000;
const DANGER: readonly LeaseAction[] = ['terminate', 'close'];
const CONSEQUENCE: Partial<Record<LeaseAction, string>> = {
  terminate: 'The lease ends early; the articles fall due back. It cannot be taken back.',
  close: 'The lease is closed: no more payments or moves are recorded on it.',
};

interface Props {
  lease: Lease;
  onDone: (updated: Lease, message: string) => void;
  onReload: () => void;
}

/** The moves the server allows from the lease's status as buttons; each opens a form for its date and reason. */
export function LeaseActions({ lease, onDone, onReload }: Props) {
  return (
    <TransitionBar
      choices={lease.allowedActions.map((action) => ({
        action,
        label: LEASE_ACTION_LABELS[action],
        tone: DANGER.includes(action) ? ('danger' as const) : ('primary' as const),
      }))}
    >
      {(choice, close) => (
        <LeaseMove
          key={`${choice.action}-${lease.version}`}
          lease={lease}
          action={choice.action}
          tone={choice.tone}
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onDone={(updated) => {
            close();
            onDone(updated, `${LEASE_ACTION_LABELS[choice.action]}: done. The lease is now ${updated.status.replaceAll('_', ' ')}.`);
          }}
        />
      )}
    </TransitionBar>
  );
}

interface MoveProps {
  lease: Lease;
  action: LeaseAction;
  tone: TransitionTone | undefined;
  onCancel: () => void;
  onReload: () => void;
  onDone: (updated: Lease) => void;
}

function LeaseMove({ lease, action, tone, onCancel, onReload, onDone }: MoveProps) {
  const [onDate, setOnDate] = useState(todayIso());
  const [returnCondition, setReturnCondition] = useState('');
  const [lossDamage, setLossDamage] = useState('');
  const [returnDueOn, setReturnDueOn] = useState('');
  const dueBack = action === 'deliver' || action === 'terminate';

  async function submit(reason: string) {
    const loss = parseDollars(lossDamage);
    if (loss === null) throw new ApiError(400, 'validation', 'Check the amount', [{ path: 'lossDamageCents', message: 'a dollar amount' }]);
    onDone(
      await leasesApi.transition(lease.id, {
        version: lease.version,
        action,
        onDate,
        reason,
        ...(action === 'return' ? { returnCondition, ...(loss !== undefined ? { lossDamageCents: loss } : {}) } : {}),
        ...(dueBack && returnDueOn ? { returnDueOn } : {}),
      }),
    );
  }

  return (
    <TransitionForm
      label={LEASE_ACTION_LABELS[action]}
      tone={tone}
      reason="required"
      reasonMax={REASON_MAX}
      consequence={CONSEQUENCE[action]}
      placed={['onDate', 'returnCondition', 'lossDamageCents', 'returnDueOn']}
      record="lease"
      onCancel={onCancel}
      onReload={onReload}
      onSubmit={submit}
    >
      {(error) => (
        <>
          <div className="form-grid form-grid-3">
            <Field label="On" error={error?.fieldMessage('onDate')}>
              {(control) => <input {...control} type="date" value={onDate} onChange={(e) => setOnDate(e.target.value)} />}
            </Field>
            {action === 'return' && (
              <Field label="Loss or damage recovered" error={error?.fieldMessage('lossDamageCents')} hint="US dollars, through the lease">
                {(control) => <input {...control} inputMode="decimal" value={lossDamage} onChange={(e) => setLossDamage(e.target.value)} />}
              </Field>
            )}
            {dueBack && (
              <Field
                label="Articles due back on"
                error={error?.fieldMessage('returnDueOn')}
                hint="Blank: the lease end (deliver) or the date above"
              >
                {(control) => <input {...control} type="date" value={returnDueOn} onChange={(e) => setReturnDueOn(e.target.value)} />}
              </Field>
            )}
          </div>
          {action === 'return' && (
            <>
              <LimitedTextArea
                label="Condition on return"
                value={returnCondition}
                onChange={setReturnCondition}
                max={CONDITION_MAX}
                rows={2}
                required
              />
              {error?.fieldMessage('returnCondition') && <p className="field-error">{error.fieldMessage('returnCondition')}</p>}
            </>
          )}
        </>
      )}
    </TransitionForm>
  );
}
