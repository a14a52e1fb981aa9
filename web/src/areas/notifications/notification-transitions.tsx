import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { NotificationDetail as Notification, NotificationAction } from '../../api/types.ts';
import { Field } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { TransitionBar, TransitionForm, type TransitionTone } from '../../platform/transition-form.tsx';
import { ACTION_DATE_LABELS, NOTIFICATION_ACTION_LABELS, NOTIFICATION_MOVES } from './notification-labels.tsx';

interface TransitionsProps {
  notification: Notification;
  onDone: (updated: Notification, message: string) => void;
  onReload: () => void;
}

/** The allowed moves from the current status as buttons; each opens a form for the date it happened. */
export function NotificationTransitions({ notification, onDone, onReload }: TransitionsProps) {
  // Tiered review is a practice of 36(b) sales; a 516(f) or 62(a) notice goes straight to formal notice (as the server rules).
  const sale = notification.kind === 'aeca_36b1' || notification.kind === 'aeca_36b5c';
  const moves = NOTIFICATION_MOVES[notification.status].filter((action) => sale || action !== 'send_tiered_review');
  return (
    <TransitionBar
      choices={moves.map((action) => ({
        action,
        label: NOTIFICATION_ACTION_LABELS[action],
        tone: action === 'withdraw' ? ('danger' as const) : ('primary' as const),
      }))}
    >
      {(choice, close) => (
        <NotificationMove
          key={`${choice.action}-${notification.version}`}
          notification={notification}
          action={choice.action}
          tone={choice.tone}
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onDone={(updated) => {
            close();
            onDone(
              updated,
              `${NOTIFICATION_ACTION_LABELS[choice.action]}: done. The notification is now ${updated.status.replaceAll('_', ' ')}.`,
            );
          }}
        />
      )}
    </TransitionBar>
  );
}

interface MoveProps {
  notification: Notification;
  action: NotificationAction;
  tone: TransitionTone | undefined;
  onCancel: () => void;
  onReload: () => void;
  onDone: (updated: Notification) => void;
}

function NotificationMove({ notification, action, tone, onCancel, onReload, onDone }: MoveProps) {
  const [date, setDate] = useState(todayIso());
  return (
    <TransitionForm
      label={NOTIFICATION_ACTION_LABELS[action]}
      tone={tone}
      placed={['date']}
      record="notification"
      consequence={action === 'withdraw' ? 'The notification is withdrawn; the case cannot be offered on it.' : undefined}
      onCancel={onCancel}
      onReload={onReload}
      onSubmit={async () =>
        onDone(await api.transitionNotification(notification.id, { version: notification.version, action, date: date || undefined }))
      }
    >
      {(error) => (
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
            {(control) => (
              <input {...control} type="date" value={date} max={todayIso()} onChange={(e) => setDate(e.target.value)} required />
            )}
          </Field>
        </div>
      )}
    </TransitionForm>
  );
}
