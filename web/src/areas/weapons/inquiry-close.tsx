import { useState } from 'react';
import { Field } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { TransitionBar, TransitionForm } from '../../platform/transition-form.tsx';
import { type Inquiry, weaponsApi } from './weapons-api.ts';
import { OUTCOME_LABELS } from './weapons-labels.tsx';

type Outcome = keyof typeof OUTCOME_LABELS;
// The server's limit on the outcome note (src/areas/weapons/model.ts), asked as the move's reason.
const NOTE_MAX = 4000;

/** Closing the inquiry: its outcome and date, the note kept with it; it cannot be reopened, so it is confirmed first. */
export function InquiryClose({
  inquiry,
  onDone,
  onReload,
}: {
  inquiry: Inquiry;
  onDone: (updated: Inquiry, message: string) => void;
  onReload: () => void;
}) {
  const [outcome, setOutcome] = useState<Outcome>('answered');
  const [closedOn, setClosedOn] = useState(todayIso());
  return (
    <section aria-label="Closing the inquiry">
      <TransitionBar label="Closing" choices={[{ action: 'close', label: 'Close the inquiry', tone: 'danger' }]}>
        {(_, close) => (
          <TransitionForm
            key={inquiry.version}
            label="Close the inquiry"
            tone="danger"
            reason="optional"
            reasonMax={NOTE_MAX}
            record="inquiry"
            consequence="The inquiry leaves the queues with this outcome; it cannot be reopened."
            placed={['closedOn', 'outcome']}
            onCancel={close}
            onReload={() => {
              close();
              onReload();
            }}
            onSubmit={async (note) => {
              const updated = await weaponsApi.close(inquiry.id, { version: inquiry.version, closedOn, outcome, outcomeNote: note });
              close();
              onDone(updated, 'Inquiry closed.');
            }}
          >
            {(error) => (
              <div className="form-row">
                <Field label="Outcome" error={error?.fieldMessage('outcome')}>
                  {(p) => (
                    <select {...p} value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
                      {Object.entries(OUTCOME_LABELS).map(([k, v]) => (
                        <option key={k} value={k}>
                          {v}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label="Closed on" error={error?.fieldMessage('closedOn')}>
                  {(p) => <input {...p} type="date" value={closedOn} onChange={(e) => setClosedOn(e.target.value)} />}
                </Field>
              </div>
            )}
          </TransitionForm>
        )}
      </TransitionBar>
    </section>
  );
}
