import { createContext, type FormEvent, type ReactNode, useCallback, useContext, useId, useRef, useState } from 'react';
import { ModalDialog } from './dialog.tsx';

export interface ConfirmRequest {
  /** The question, naming the act and its object: "Cancel the inventory of AT S1?". */
  title: string;
  /** What will happen, and that it cannot be undone. */
  message: ReactNode;
  /** The button that does it: "Cancel the inventory". */
  confirmLabel: string;
  /** The button that does nothing (the default focus when no reason is asked). */
  cancelLabel?: string;
  danger?: boolean;
  /** A reason the server records: asked for, required, trimmed, at most maxLength characters. */
  reason?: { label: string; maxLength: number };
}

/** Confirmed (with the trimmed reason, '' when none was asked), or null when the user kept things as they were. */
export type ConfirmAnswer = { reason: string } | null;

type Ask = (request: ConfirmRequest) => Promise<ConfirmAnswer>;
const ConfirmContext = createContext<Ask | null>(null);

/** The one confirmation dialog of the app: `await confirm({...})` before an act that cannot be undone. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<{ request: ConfirmRequest; resolve: (answer: ConfirmAnswer) => void } | null>(null);
  const ask = useCallback<Ask>(
    (request) =>
      new Promise((resolve) => {
        setPending({ request, resolve });
      }),
    [],
  );
  function answer(value: ConfirmAnswer) {
    pending?.resolve(value);
    setPending(null);
  }
  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      {pending && <ConfirmDialog request={pending.request} onAnswer={answer} />}
    </ConfirmContext.Provider>
  );
}

export function useConfirm(): Ask {
  const ask = useContext(ConfirmContext);
  if (!ask) throw new Error('useConfirm is used outside ConfirmProvider');
  return ask;
}

function ConfirmDialog({ request, onAnswer }: { request: ConfirmRequest; onAnswer: (answer: ConfirmAnswer) => void }) {
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const limit = request.reason?.maxLength ?? 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (request.reason && !reason.trim()) {
      setMissing(true);
      field.current?.focus();
      return;
    }
    onAnswer({ reason: reason.trim() });
  }

  return (
    <ModalDialog
      title={request.title}
      message={request.message}
      onDismiss={() => onAnswer(null)}
      initialFocus={request.reason ? field : keep}
      actions={
        <>
          <button ref={keep} type="button" className="button" onClick={() => onAnswer(null)}>
            {request.cancelLabel ?? 'Go back'}
          </button>
          <button type="submit" form={`${id}-form`} className={`button ${request.danger ? 'button-danger-solid' : 'button-primary'}`}>
            {request.confirmLabel}
          </button>
        </>
      }
    >
      <form id={`${id}-form`} className="form" onSubmit={submit} noValidate>
        {request.reason && (
          <div className={`field${missing ? ' has-error' : ''}`}>
            <label htmlFor={`${id}-reason`}>{request.reason.label}</label>
            <textarea
              ref={field}
              id={`${id}-reason`}
              rows={3}
              value={reason}
              maxLength={limit}
              required
              aria-invalid={missing || undefined}
              aria-describedby={`${id}-count${missing ? ` ${id}-error` : ''}`}
              onChange={(e) => {
                setReason(e.target.value);
                if (e.target.value.trim()) setMissing(false);
              }}
            />
            <span className="field-hint" id={`${id}-count`}>
              {reason.length} of {limit} characters
            </span>
            {missing && (
              <span className="field-error" id={`${id}-error`}>
                Give the reason: it is kept in the record.
              </span>
            )}
          </div>
        )}
      </form>
    </ModalDialog>
  );
}
