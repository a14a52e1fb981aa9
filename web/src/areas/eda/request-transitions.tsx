import { type FormEvent, useState } from 'react';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { parseDollars, todayIso } from '../../platform/format.ts';
import { ACTION_LABELS, type EdaAction, type EdaRequest, edaApi, type Transition } from './eda-api.ts';
import { useSave } from './request-forms.tsx';

const NEEDS_REASON: EdaAction[] = ['resubmit', 'committee_disapprove', 'withdraw'];

/** The moves the state machine allows from here, as buttons; each opens a form for what that move records. */
export function RequestTransitions({
  request,
  onDone,
  onReload,
}: {
  request: EdaRequest;
  onDone: (r: EdaRequest, message: string) => void;
  onReload: () => void;
}) {
  const [active, setActive] = useState<EdaAction | null>(null);
  if (!request.allowedActions.length) return null;
  return (
    <div className="case-actions">
      <div className="case-action-buttons" role="group" aria-label="Next actions">
        {request.allowedActions.map((action) => (
          <button
            key={action}
            type="button"
            className={`button ${action === 'withdraw' || action === 'committee_disapprove' ? 'button-danger' : 'button-primary'}`}
            aria-pressed={active === action}
            onClick={() => setActive(active === action ? null : action)}
          >
            {ACTION_LABELS[action]}…
          </button>
        ))}
      </div>
      {active && (
        <TransitionForm
          key={`${active}-${request.version}`}
          request={request}
          action={active}
          onCancel={() => setActive(null)}
          onReload={onReload}
          onDone={(updated) => {
            setActive(null);
            onDone(updated, `${ACTION_LABELS[active]}: done.`);
          }}
        />
      )}
    </div>
  );
}

function TransitionForm({
  request,
  action,
  onCancel,
  onReload,
  onDone,
}: {
  request: EdaRequest;
  action: EdaAction;
  onCancel: () => void;
  onReload: () => void;
  onDone: (r: EdaRequest) => void;
}) {
  const [f, setF] = useState({
    date: todayIso(),
    reason: '',
    ccmdProposal: '',
    noIndustryInitiative: request.noIndustryInitiative,
    noReadinessImpact: request.noReadinessImpact,
    mtcrChecked: request.mtcrChecked,
    reviewDueOn: todayIso(),
    quantity: String(request.quantity),
    percent: request.currentValuePercent === null ? '' : String(request.currentValuePercent),
    pchtPaidBy: request.pchtPaidBy,
    authorizedQuantity: String(request.quantity),
    authorizedValue: '',
  });
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));
  const { error, busy, run } = useSave();
  function input(): Transition {
    const base: Transition = { version: request.version, action, date: f.date, reason: f.reason };
    if (action === 'propose') return { ...base, ccmdProposal: f.ccmdProposal };
    if (action === 'allocate')
      return { ...base, noIndustryInitiative: f.noIndustryInitiative, noReadinessImpact: f.noReadinessImpact, mtcrChecked: f.mtcrChecked };
    if (action === 'submit_for_review') return { ...base, reviewDueOn: f.reviewDueOn };
    if (action === 'resubmit') {
      const changes: NonNullable<Transition['changes']> = {};
      if (Number(f.quantity) !== request.quantity) changes.quantity = Number(f.quantity);
      if (f.pchtPaidBy !== request.pchtPaidBy) changes.pchtPaidBy = f.pchtPaidBy;
      if (f.percent !== String(request.currentValuePercent ?? '')) {
        changes.currentValuePercent = Number(f.percent);
        changes.currentValueReason = f.reason;
      }
      return { ...base, reviewDueOn: f.reviewDueOn, changes };
    }
    if (action === 'authorize') {
      const cents = parseDollars(f.authorizedValue);
      return {
        ...base,
        authorizedQuantity: Number(f.authorizedQuantity),
        ...(typeof cents === 'number' ? { authorizedValueCents: cents } : {}),
      };
    }
    return base;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => edaApi.transition(request.id, input()), onDone);
  };
  const fe = (path: string) => error?.fieldMessage(path);
  const placed = [
    'date',
    'reason',
    'ccmdProposal',
    'noIndustryInitiative',
    'noReadinessImpact',
    'mtcrChecked',
    'reviewDueOn',
    'authorizedQuantity',
    'changes',
  ];
  return (
    <form className="form card" onSubmit={submit} aria-label={ACTION_LABELS[action]} noValidate>
      <h3>{ACTION_LABELS[action]}</h3>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      {error?.code === 'version_conflict' && (
        <button type="button" className="button" onClick={onReload}>
          Reload the request
        </button>
      )}
      <div className="form-grid form-grid-3">
        <Field label="Date" error={fe('date')}>
          {(c) => <input {...c} type="date" value={f.date} max={todayIso()} onChange={(e) => set({ date: e.target.value })} />}
        </Field>
        {action === 'propose' && (
          <Field label="Combatant command proposal" className="span-2" error={fe('ccmdProposal')}>
            {(c) => <input {...c} value={f.ccmdProposal} onChange={(e) => set({ ccmdProposal: e.target.value })} />}
          </Field>
        )}
        {(action === 'submit_for_review' || action === 'resubmit') && (
          <Field label="Answers due by" error={fe('reviewDueOn')}>
            {(c) => <input {...c} type="date" value={f.reviewDueOn} onChange={(e) => set({ reviewDueOn: e.target.value })} />}
          </Field>
        )}
        {action === 'resubmit' && (
          <>
            <Field label="Quantity" error={fe('changes.quantity') ?? fe('quantity')}>
              {(c) => <input {...c} inputMode="numeric" value={f.quantity} onChange={(e) => set({ quantity: e.target.value })} />}
            </Field>
            <Field label="Current value, %" error={fe('currentValuePercent')}>
              {(c) => <input {...c} inputMode="decimal" value={f.percent} onChange={(e) => set({ percent: e.target.value })} />}
            </Field>
            <Field label="PCH&T paid by" error={fe('pchtPaidBy')}>
              {(c) => (
                <select {...c} value={f.pchtPaidBy} onChange={(e) => set({ pchtPaidBy: e.target.value as typeof f.pchtPaidBy })}>
                  <option value="recipient">The recipient</option>
                  <option value="dod">DoD</option>
                </select>
              )}
            </Field>
          </>
        )}
        {action === 'authorize' && (
          <>
            <Field label="Authorised quantity" error={fe('authorizedQuantity')}>
              {(c) => (
                <input
                  {...c}
                  inputMode="numeric"
                  value={f.authorizedQuantity}
                  onChange={(e) => set({ authorizedQuantity: e.target.value })}
                />
              )}
            </Field>
            <Field label="Authorised value" error={fe('authorizedValueCents')} hint="US dollars; blank: the current value">
              {(c) => (
                <input {...c} inputMode="decimal" value={f.authorizedValue} onChange={(e) => set({ authorizedValue: e.target.value })} />
              )}
            </Field>
          </>
        )}
        {(NEEDS_REASON.includes(action) || action === 'authorize' || action === 'committee_approve') && (
          <Field label={NEEDS_REASON.includes(action) ? 'Reason' : 'Note'} className="span-3" error={fe('reason')}>
            {(c) => <input {...c} value={f.reason} onChange={(e) => set({ reason: e.target.value })} />}
          </Field>
        )}
      </div>
      {action === 'allocate' && (
        <fieldset className="form-row">
          <legend>The implementing agency attests</legend>
          {(
            [
              ['noIndustryInitiative', 'No known U.S. industry initiative to sell these articles'],
              ['noReadinessImpact', 'No adverse impact on U.S. readiness'],
              ['mtcrChecked', 'MTCR check made'],
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="checkbox">
              <input type="checkbox" checked={f[key]} onChange={(e) => set({ [key]: e.target.checked })} /> {label}
              {fe(key) && <span className="field-error"> {fe(key)}</span>}
            </label>
          ))}
        </fieldset>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : ACTION_LABELS[action]}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
