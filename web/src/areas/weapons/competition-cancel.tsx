import { useState } from 'react';
import { Field } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { TransitionBar, TransitionForm } from '../../platform/transition-form.tsx';
import { type Competition, weaponsApi } from './weapons-api.ts';

type Action = 'cancel' | 'reinstate';

/** The partner cancelled the competition (confirmed first), or a cancellation recorded in error is taken back. */
export function CompetitionCancel({
  competition,
  onDone,
  onReload,
}: {
  competition: Competition;
  onDone: (c: Competition, m: string) => void;
  onReload: () => void;
}) {
  const [on, setOn] = useState(todayIso());
  const cancelled = competition.cancelledOn !== null;
  return (
    <TransitionBar<Action>
      label="Cancellation"
      choices={
        cancelled
          ? [{ action: 'reinstate', label: 'Take back the cancellation', tone: 'quiet' }]
          : [{ action: 'cancel', label: 'Record the cancellation', tone: 'danger' }]
      }
    >
      {(choice, close) => (
        <TransitionForm
          key={`${choice.action}-${competition.version}`}
          label={choice.label}
          tone={choice.tone}
          record="competition"
          consequence={
            cancelled
              ? 'The competition goes back to the stage its milestones show.'
              : 'The competition is marked cancelled from this date; its next milestone is no longer shown.'
          }
          placed={['cancelledOn']}
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onSubmit={async () => {
            const updated = await weaponsApi.updateCompetition(competition.id, {
              version: competition.version,
              cancelledOn: cancelled ? null : on,
            });
            close();
            onDone(updated, cancelled ? 'Cancellation taken back.' : 'Cancellation recorded.');
          }}
        >
          {(error) =>
            !cancelled && (
              <Field label="Cancelled on" error={error?.fieldMessage('cancelledOn')}>
                {(p) => <input {...p} type="date" value={on} max={todayIso()} onChange={(e) => setOn(e.target.value)} />}
              </Field>
            )
          }
        </TransitionForm>
      )}
    </TransitionBar>
  );
}
