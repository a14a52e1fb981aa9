import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import { FormError, unplacedFieldErrors } from './field.tsx';
import { LimitedTextArea } from './limited-text.tsx';

export type TransitionTone = 'primary' | 'quiet' | 'danger';

export interface TransitionChoice<A extends string> {
  action: A;
  label: string;
  tone?: TransitionTone;
}

const TONE_CLASS: Record<TransitionTone, string> = { primary: 'button-primary', quiet: '', danger: 'button-danger' };

/**
 * The moves a record's state machine allows from here, one button each; the chosen one opens its TransitionForm below.
 * `children(active, close)` renders that form.
 */
export function TransitionBar<A extends string>({
  choices,
  children,
  label = 'Next actions',
}: {
  choices: readonly TransitionChoice<A>[];
  children: (active: TransitionChoice<A>, close: () => void) => ReactNode;
  label?: string;
}) {
  const [active, setActive] = useState<A | null>(null);
  if (choices.length === 0) return null;
  const chosen = choices.find((c) => c.action === active);
  return (
    <div className="case-actions">
      <div className="case-action-buttons" role="group" aria-label={label}>
        {choices.map((choice) => (
          <button
            key={choice.action}
            type="button"
            className={`button ${TONE_CLASS[choice.tone ?? 'primary']}`}
            aria-pressed={active === choice.action}
            onClick={() => setActive(active === choice.action ? null : choice.action)}
          >
            {choice.label}…
          </button>
        ))}
      </div>
      {chosen && children(chosen, () => setActive(null))}
    </div>
  );
}

export interface TransitionFormProps {
  /** The move's name, e.g. "Withdraw"; the form's heading and its button. */
  label: string;
  tone?: TransitionTone;
  /**
   * Ask for the reason (kept in the audit record): `required` for a move that needs one, `optional` to allow one.
   * A danger move also asks "are you sure" before it is sent.
   */
  reason?: 'required' | 'optional';
  reasonMax?: number;
  /** What the move does, said before it is taken: "The request ends here; it cannot be reopened." */
  consequence?: ReactNode;
  /** Field paths the form's own fields show (their errors are placed there, not listed). */
  placed?: readonly string[];
  /** The move's other fields; `error` places the server's message on each. */
  children?: (error: ApiError | null) => ReactNode;
  onSubmit: (reason: string) => Promise<unknown>;
  onCancel: () => void;
  /** Someone else changed the record (409 on its version): reload it. */
  onReload: () => void;
  /** What the record is called in messages: "notification" (default "record"). */
  record?: string;
}

/**
 * One form for every state change: the move's fields, the reason where one is asked, a confirmation for a move that
 * cannot be taken back, the server's messages on their fields (the rest listed once), and a reload offered when the
 * record changed underneath.
 */
export function TransitionForm(props: TransitionFormProps) {
  const { label, tone = 'primary', reason: askReason, reasonMax = 2000, consequence, placed = [], children, record = 'record' } = props;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const needsConfirmation = tone === 'danger';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (askReason === 'required' && !reason.trim()) {
      setError(
        new ApiError(400, 'validation', 'Give the reason: it is kept in the audit record', [{ path: 'reason', message: 'required' }]),
      );
      return;
    }
    if (needsConfirmation && !confirming) {
      setConfirming(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(reason.trim());
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setConfirming(false);
      setBusy(false);
    }
  }

  const conflict = error?.isVersionConflict ?? false;
  const reasonError = error?.fieldMessage('reason');
  const extra = error && !conflict ? unplacedFieldErrors(error.fields, [...placed, 'reason', 'version']) : [];
  return (
    <form className="card form action-form" onSubmit={submit} aria-label={label} noValidate>
      <h2>{label}</h2>
      {consequence && <p className="form-hint">{consequence}</p>}
      {conflict ? (
        <div className="notice notice-conflict" role="alert">
          <strong>This {record} was changed by someone else: reload it and try again.</strong>
          <p>{error?.message}</p>
          <button type="button" className="button button-small" onClick={props.onReload}>
            Reload the {record}
          </button>
        </div>
      ) : (
        <FormError message={error?.message} extra={extra} />
      )}
      {children?.(error)}
      {askReason && (
        <LimitedTextArea
          label={askReason === 'required' ? 'Reason' : 'Reason (optional)'}
          value={reason}
          onChange={setReason}
          max={reasonMax}
          required={askReason === 'required'}
          rows={2}
        />
      )}
      {reasonError && (
        <p className="field-error" role="alert">
          {reasonError}
        </p>
      )}
      {confirming && (
        <p className="confirm-question" role="alert">
          {label}: this cannot be undone. Select “Confirm” to go ahead.
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className={`button ${TONE_CLASS[tone]}`} disabled={busy}>
          {busy ? 'Working…' : confirming ? `Confirm: ${label.toLowerCase()}` : label}
        </button>
        <button type="button" className="button" onClick={props.onCancel} disabled={busy}>
          Not now
        </button>
      </div>
    </form>
  );
}
