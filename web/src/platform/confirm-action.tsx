import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import { LimitedTextArea } from './limited-text.tsx';

interface ConfirmActionProps {
  /** The button's words, e.g. "Cancel inventory". */
  label: string;
  /** What will happen, asked before it does: "Cancel this inventory? Its scans are kept; it cannot be restarted." */
  question: string;
  /** Ask for a reason (kept in the audit record); the act waits until one is given. */
  askReason?: boolean;
  reasonMax?: number;
  danger?: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
}

/**
 * An act that cannot be taken back: the button opens a confirmation in place, with the reason when one is asked for;
 * nothing is sent until "Confirm". The server's message, if it refuses, is shown beside it.
 */
export function ConfirmAction({ label, question, askReason = false, reasonMax = 500, danger = true, onConfirm }: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  if (!open) {
    return (
      <button type="button" className={`button ${danger ? 'button-danger' : 'button-primary'}`} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  async function confirm(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      setOpen(false);
      setReason('');
    } catch (caught) {
      setError(caught instanceof ApiError ? (caught.fieldMessage('reason') ?? caught.message) : String(caught));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="confirm-action" role="group" aria-labelledby={`${id}-q`} onSubmit={confirm}>
      <p id={`${id}-q`} className="confirm-question">
        {question}
      </p>
      {askReason && <LimitedTextArea label="Reason" value={reason} onChange={setReason} max={reasonMax} required rows={2} />}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className={`button ${danger ? 'button-danger' : 'button-primary'}`}
          disabled={busy || (askReason && !reason.trim())}
        >
          Confirm: {label.toLowerCase()}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)} disabled={busy}>
          Go back
        </button>
      </div>
    </form>
  );
}
