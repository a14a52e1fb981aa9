import { useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { Field } from '../../platform/field.tsx';
import { parseDollars, todayIso } from '../../platform/format.ts';
import { LimitedTextArea } from '../../platform/limited-text.tsx';
import { TransitionBar, TransitionForm, type TransitionTone } from '../../platform/transition-form.tsx';
import { ACTION_LABELS, type EdaAction, type EdaRequest, edaApi, type Transition } from './eda-api.ts';

/** The moves the server refuses without a reason (workflow-service `requireReason`). */
const NEEDS_REASON: readonly EdaAction[] = ['resubmit', 'committee_disapprove', 'withdraw'];
/** Moves whose note is kept but not required. */
const TAKES_NOTE: readonly EdaAction[] = ['authorize', 'committee_approve'];
const DANGER: readonly EdaAction[] = ['withdraw', 'committee_disapprove'];
const CONSEQUENCE: Partial<Record<EdaAction, string>> = {
  withdraw: 'The request ends here; it cannot be reopened.',
  committee_disapprove: 'The request is disapproved and ends here; it cannot be reopened.',
};
/** The limits of the transition body (src/areas/eda/model.ts). */
const REASON_MAX = 2000;
const PROPOSAL_MAX = 4000;

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
  return (
    <TransitionBar
      choices={request.allowedActions.map((action) => ({
        action,
        label: ACTION_LABELS[action],
        tone: DANGER.includes(action) ? ('danger' as const) : ('primary' as const),
      }))}
    >
      {(choice, close) => (
        <RequestMove
          key={`${choice.action}-${request.version}`}
          request={request}
          action={choice.action}
          tone={choice.tone}
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onDone={(updated) => {
            close();
            onDone(updated, `${ACTION_LABELS[choice.action]}: done.`);
          }}
        />
      )}
    </TransitionBar>
  );
}

interface MoveProps {
  request: EdaRequest;
  action: EdaAction;
  tone: TransitionTone | undefined;
  onCancel: () => void;
  onReload: () => void;
  onDone: (r: EdaRequest) => void;
}

const PLACED = [
  'date',
  'ccmdProposal',
  'noIndustryInitiative',
  'noReadinessImpact',
  'mtcrChecked',
  'reviewDueOn',
  'authorizedQuantity',
  'authorizedValueCents',
  'changes',
  'quantity',
  'currentValuePercent',
  'pchtPaidBy',
];

function RequestMove({ request, action, tone, onCancel, onReload, onDone }: MoveProps) {
  const [f, setF] = useState<MoveValues>({
    date: todayIso(),
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
  const set = (patch: Partial<MoveValues>) => setF((x) => ({ ...x, ...patch }));

  function input(reason: string): Transition {
    const base: Transition = { version: request.version, action, date: f.date, reason };
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
        changes.currentValueReason = reason;
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

  return (
    <TransitionForm
      label={ACTION_LABELS[action]}
      tone={tone}
      reason={NEEDS_REASON.includes(action) ? 'required' : TAKES_NOTE.includes(action) ? 'optional' : undefined}
      reasonMax={REASON_MAX}
      consequence={CONSEQUENCE[action]}
      placed={PLACED}
      record="request"
      onCancel={onCancel}
      onReload={onReload}
      onSubmit={async (reason) => onDone(await edaApi.transition(request.id, input(reason)))}
    >
      {(error) => <MoveFields action={action} f={f} set={set} error={error} />}
    </TransitionForm>
  );
}

type MoveValues = {
  date: string;
  ccmdProposal: string;
  noIndustryInitiative: boolean;
  noReadinessImpact: boolean;
  mtcrChecked: boolean;
  reviewDueOn: string;
  quantity: string;
  percent: string;
  pchtPaidBy: EdaRequest['pchtPaidBy'];
  authorizedQuantity: string;
  authorizedValue: string;
};

function MoveFields({
  action,
  f,
  set,
  error,
}: {
  action: EdaAction;
  f: MoveValues;
  set: (patch: Partial<MoveValues>) => void;
  error: ApiError | null;
}) {
  const fe = (path: string) => error?.fieldMessage(path);
  return (
    <>
      <div className="form-grid form-grid-3">
        <Field label="Date" error={fe('date')}>
          {(c) => <input {...c} type="date" value={f.date} max={todayIso()} onChange={(e) => set({ date: e.target.value })} />}
        </Field>
        {(action === 'submit_for_review' || action === 'resubmit') && (
          <Field label="Answers due by" error={fe('reviewDueOn')}>
            {(c) => <input {...c} type="date" value={f.reviewDueOn} onChange={(e) => set({ reviewDueOn: e.target.value })} />}
          </Field>
        )}
        {action === 'resubmit' && (
          <>
            <Field label="Quantity" error={fe('changes.quantity') ?? fe('quantity') ?? fe('changes')}>
              {(c) => <input {...c} inputMode="numeric" value={f.quantity} onChange={(e) => set({ quantity: e.target.value })} />}
            </Field>
            <Field label="Current value, %" error={fe('changes.currentValuePercent') ?? fe('currentValuePercent')}>
              {(c) => <input {...c} inputMode="decimal" value={f.percent} onChange={(e) => set({ percent: e.target.value })} />}
            </Field>
            <Field label="PCH&T paid by" error={fe('changes.pchtPaidBy') ?? fe('pchtPaidBy')}>
              {(c) => (
                <select {...c} value={f.pchtPaidBy} onChange={(e) => set({ pchtPaidBy: e.target.value as MoveValues['pchtPaidBy'] })}>
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
      </div>
      {action === 'propose' && (
        <>
          <LimitedTextArea
            label="Combatant command proposal"
            value={f.ccmdProposal}
            onChange={(ccmdProposal) => set({ ccmdProposal })}
            max={PROPOSAL_MAX}
            rows={2}
          />
          {fe('ccmdProposal') && <p className="field-error">{fe('ccmdProposal')}</p>}
        </>
      )}
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
    </>
  );
}
