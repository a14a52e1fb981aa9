import { useState } from 'react';
import { Field } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { LimitedTextArea } from '../../platform/limited-text.tsx';
import { TransitionBar, TransitionForm, type TransitionTone } from '../../platform/transition-form.tsx';
import { type Advocacy, type AdvocacyAction, weaponsApi } from './weapons-api.ts';
import { ADVOCACY_ACTION_LABELS, ADVOCACY_STATE_LABELS, ADVOCACY_TEXT_LABELS } from './weapons-labels.tsx';

// The server's limits on a move (src/areas/weapons/model.ts).
const REASON_MAX = 4000;
const TEXT_MAX = 8000;
const ENDS: readonly AdvocacyAction[] = ['decline', 'withdraw'];

/** The next steps the Advocacy Center's order allows, one button each; declining or withdrawing is confirmed first. */
export function AdvocacyMoves({
  advocacy,
  onDone,
  onReload,
}: {
  advocacy: Advocacy;
  onDone: (a: Advocacy, m: string) => void;
  onReload: () => void;
}) {
  return (
    <TransitionBar
      label="Next steps"
      choices={advocacy.allowedActions.map((action) => ({
        action,
        label: ADVOCACY_ACTION_LABELS[action],
        tone: ENDS.includes(action) ? ('danger' as const) : ('primary' as const),
      }))}
    >
      {(choice, close) => (
        <AdvocacyMove
          key={`${choice.action}-${advocacy.version}`}
          advocacy={advocacy}
          action={choice.action}
          tone={choice.tone}
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onDone={(updated) => {
            close();
            onDone(updated, `${ADVOCACY_ACTION_LABELS[choice.action]}: done. Now: ${ADVOCACY_STATE_LABELS[updated.state]}.`);
          }}
        />
      )}
    </TransitionBar>
  );
}

interface MoveProps {
  advocacy: Advocacy;
  action: AdvocacyAction;
  tone: TransitionTone | undefined;
  onCancel: () => void;
  onReload: () => void;
  onDone: (updated: Advocacy) => void;
}

function AdvocacyMove({ advocacy, action, tone, onCancel, onReload, onDone }: MoveProps) {
  const [on, setOn] = useState(todayIso());
  const [text, setText] = useState('');
  const textLabel = ADVOCACY_TEXT_LABELS[action];
  return (
    <TransitionForm
      label={ADVOCACY_ACTION_LABELS[action]}
      tone={tone}
      reason="required"
      reasonMax={REASON_MAX}
      record="advocacy request"
      consequence={ENDS.includes(action) ? 'The request ends here; it cannot be taken further.' : undefined}
      placed={['on', 'text']}
      onCancel={onCancel}
      onReload={onReload}
      onSubmit={async (reason) =>
        onDone(await weaponsApi.moveAdvocacy(advocacy.id, { version: advocacy.version, action, on, reason, text }))
      }
    >
      {(error) => (
        <>
          <Field label="On" error={error?.fieldMessage('on')}>
            {(p) => <input {...p} type="date" value={on} onChange={(e) => setOn(e.target.value)} />}
          </Field>
          {textLabel && (
            <>
              <LimitedTextArea label={textLabel} value={text} onChange={setText} max={TEXT_MAX} />
              {error?.fieldMessage('text') && (
                <p className="field-error" role="alert">
                  {error.fieldMessage('text')}
                </p>
              )}
            </>
          )}
        </>
      )}
    </TransitionForm>
  );
}
