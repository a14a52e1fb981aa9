import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { NotificationDetail as Notification, NotificationAction } from '../../api/types.ts';
import { Field } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { ACTION_DATE_LABELS, NOTIFICATION_ACTION_LABELS, NOTIFICATION_MOVES } from './notification-labels.tsx';

interface TransitionsProps {
  notification: Notification;
  onDone: (updated: Notification, message: string) => void;
  onReload: () => void;
}

/** The allowed moves from the current status as buttons; each opens a form for the date it happened. */
export function NotificationTransitions({ notification, onDone, onReload }: TransitionsProps) {
  const [active, setActive] = useState<NotificationAction | null>(null);
  // Tiered review is a practice of 36(b) sales; a 516(f) or 62(a) notice goes straight to formal notice (as the server rules).
  const sale = notification.kind === 'aeca_36b1' || notification.kind === 'aeca_36b5c';
  const moves = NOTIFICATION_MOVES[notification.status].filter((action) => sale || action !== 'send_tiered_review');
  if (moves.length === 0) return null;
  return (
    <div className="case-actions">
      <div className="case-action-buttons" role="group" aria-label="Next actions">
        {moves.map((action) => (
          <button
            key={action}
            type="button"
            className={`button ${action === 'withdraw' ? 'button-danger' : 'button-primary'}`}
            aria-pressed={active === action}
            onClick={() => setActive(active === action ? null : action)}
          >
            {NOTIFICATION_ACTION_LABELS[action]}…
          </button>
        ))}
      </div>
      {active && (
        <TransitionForm
          key={`${active}-${notification.version}`}
          notification={notification}
          action={active}
          onCancel={() => setActive(null)}
          onReload={() => {
            setActive(null);
            onReload();
          }}
          onDone={(updated) => {
            setActive(null);
            onDone(updated, `${NOTIFICATION_ACTION_LABELS[active]}: done. The notification is now ${updated.status.replaceAll('_', ' ')}.`);
          }}
        />
      )}
    </div>
  );
}

interface TransitionFormProps {
  notification: Notification;
  action: NotificationAction;
  onCancel: () => void;
  onReload: () => void;
  onDone: (updated: Notification) => void;
}

function TransitionForm({ notification, action, onCancel, onReload, onDone }: TransitionFormProps) {
  const [date, setDate] = useState(todayIso());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const label = NOTIFICATION_ACTION_LABELS[action];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(await api.transitionNotification(notification.id, { version: notification.version, action, date: date || undefined }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  }

  const conflict = error?.isVersionConflict ?? false;
  const other = error && !conflict ? error.fields.filter((f) => f.path !== 'date' && f.path !== 'version') : [];
  return (
    <form className="card form action-form" onSubmit={submit} aria-label={label} noValidate>
      <h2>{label}</h2>
      {conflict && (
        <div className="notice notice-conflict" role="alert">
          <strong>This notification was changed by someone else — reload.</strong>
          <p>{error?.message}</p>
          <button type="button" className="button button-small" onClick={onReload}>
            Reload the notification
          </button>
        </div>
      )}
      {error && !conflict && (
        <div className="notice notice-error" role="alert">
          <strong>{error.message}</strong>
          {other.length > 0 && (
            <ul>
              {other.map((f) => (
                <li key={`${f.path}:${f.message}`}>
                  {f.path}: {f.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="form-row">
        <Field
          label={ACTION_DATE_LABELS[action]}
          error={error?.fieldMessage('date')}
          hint={
            action === 'clear' && notification.reviewEndsOn
              ? `The review period runs to ${notification.reviewEndsOn}; clear from the next day.`
              : 'Not in the future.'
          }
        >
          {(control) => <input {...control} type="date" value={date} max={todayIso()} onChange={(e) => setDate(e.target.value)} required />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className={`button ${action === 'withdraw' ? 'button-danger' : 'button-primary'}`} disabled={busy}>
          {busy ? 'Working…' : label}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Not now
        </button>
      </div>
    </form>
  );
}
