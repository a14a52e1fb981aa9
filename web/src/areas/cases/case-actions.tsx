import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { CaseAction, CasePage } from '../../api/types.ts';
import { Field } from '../../platform/field.tsx';
import { addDaysIso, todayIso } from '../../platform/format.ts';
import { TransitionBar, TransitionForm, type TransitionTone } from '../../platform/transition-form.tsx';

const DATE_LABELS: Partial<Record<CaseAction, string>> = {
  submit_for_review: 'Case written on',
  approve: 'Review complete on',
  offer: 'Offer date',
  accept: 'Acceptance date',
  implement: 'Implementation date',
  complete_supply: 'Supply/services complete on',
  close: 'Closure date',
  expire_offer: 'Expired on',
};

/** The server needs a reason to return or cancel (caseTransitionInput); closing takes one if given. */
const NEEDS_REASON: readonly CaseAction[] = ['return', 'cancel'];
/** Moves after which the case cannot move again: they confirm first. */
const FINAL: readonly CaseAction[] = ['cancel', 'close'];
const QUIET: readonly CaseAction[] = ['rework', 'return', 'expire_offer'];
/** The server's limit on a transition's reason (src/areas/cases/model.ts). */
const REASON_MAX = 4000;

const CONSEQUENCES: Partial<Record<CaseAction, string>> = {
  cancel: 'The case is cancelled; it cannot be moved again.',
  close: 'The case is closed; it cannot be moved again.',
  return: 'The case goes back to the writer with your reason.',
};

const toneOf = (action: CaseAction): TransitionTone => (FINAL.includes(action) ? 'danger' : QUIET.includes(action) ? 'quiet' : 'primary');

/** Offer validity counted from MILAP: 85 days, BPC 30 (LOA Standardization Guide §4; DSCA 12-08; SAMM App 6). */
export function offerValidityDays(type: string): number {
  return type === 'bpc' ? 30 : 85;
}

interface CaseActionsProps {
  page: CasePage;
  onDone: (page: CasePage, message: string) => void;
  onReload: () => void;
}

/** The next allowed moves as buttons; each opens its TransitionForm (date, reason, offer expiration), then posts it. */
export function CaseActions({ page, onDone, onReload }: CaseActionsProps) {
  return (
    <TransitionBar choices={page.nextActions.map((next) => ({ action: next.action, label: next.label, tone: toneOf(next.action) }))}>
      {(choice, close) => (
        <CaseMove
          key={`${choice.action}-${page.case.version}`}
          page={page}
          action={choice.action}
          label={choice.label}
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onDone={(updated) => {
            close();
            onDone(updated, `${choice.label}: done. The case is now ${updated.case.status.replaceAll('_', ' ')}.`);
          }}
        />
      )}
    </TransitionBar>
  );
}

interface CaseMoveProps {
  page: CasePage;
  action: CaseAction;
  label: string;
  onCancel: () => void;
  onReload: () => void;
  onDone: (page: CasePage) => void;
}

function CaseMove({ page, action, label, onCancel, onReload, onDone }: CaseMoveProps) {
  const [date, setDate] = useState(todayIso());
  const [expiration, setExpiration] = useState('');
  // An approval gate (open review comments…) objected: the reviewer may approve over it, with a reason that is audited.
  const [objections, setObjections] = useState<string[]>([]);
  const [override, setOverride] = useState(false);
  const milap = page.milestones.find((m) => m.milestone === 'milap')?.onDate;
  const days = offerValidityDays(page.case.type);
  const dateLabel = DATE_LABELS[action];
  const reason = NEEDS_REASON.includes(action) || override ? 'required' : action === 'close' ? 'optional' : undefined;

  async function submit(given: string) {
    try {
      onDone(
        await api.transitionCase(page.case.identifier, {
          action,
          version: page.case.version,
          ...(dateLabel ? { date } : {}),
          ...(reason && given ? { reason: given } : {}),
          ...(action === 'offer' && expiration ? { offerExpirationDate: expiration } : {}),
          ...(override ? { override: true } : {}),
        }),
      );
    } catch (caught) {
      const gates = caught instanceof ApiError && caught.status === 409 ? caught.fields.filter((f) => f.path.startsWith('gates.')) : [];
      if (action === 'approve' && gates.length) setObjections(gates.map((f) => f.message));
      throw caught;
    }
  }

  return (
    <TransitionForm
      label={override ? `${label} anyway` : label}
      tone={toneOf(action)}
      reason={reason}
      reasonMax={REASON_MAX}
      consequence={CONSEQUENCES[action]}
      placed={['date', 'offerExpirationDate', 'gates']}
      record="case"
      onSubmit={submit}
      onCancel={onCancel}
      onReload={onReload}
    >
      {(error) => (
        <>
          {objections.length > 0 && (
            <div className="notice notice-warning" role="alert">
              <strong>Not approved yet:</strong>
              <ul>
                {objections.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
              <label className="checkbox">
                <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} /> Approve anyway, with a reason
                (recorded in the audit log)
              </label>
            </div>
          )}
          {(dateLabel || action === 'offer') && (
            <div className="form-row">
              {dateLabel && (
                <Field label={dateLabel} error={error?.fieldMessage('date')}>
                  {(control) => <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />}
                </Field>
              )}
              {action === 'offer' && (
                <Field
                  label="Offer expiration date (optional)"
                  error={error?.fieldMessage('offerExpirationDate')}
                  hint={
                    milap
                      ? `Leave blank for MILAP ${milap} + ${days} days = ${addDaysIso(milap, days)}.`
                      : `No MILAP date on record: set it under Milestones, or give the date here (${days} days from MILAP).`
                  }
                >
                  {(control) => <input {...control} type="date" value={expiration} onChange={(e) => setExpiration(e.target.value)} />}
                </Field>
              )}
            </div>
          )}
        </>
      )}
    </TransitionForm>
  );
}
