import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { LetterOfRequest } from '../../api/types.ts';
import { AgencyLabel } from '../../platform/agencies.tsx';
import { Field } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { TransitionBar, TransitionForm } from '../../platform/transition-form.tsx';
import { LOR_CHANNEL_LABELS } from './case-labels.tsx';
import { OpenCaseForm } from './open-case-form.tsx';

interface LorDetailProps {
  lor: LetterOfRequest;
  canWrite: boolean;
  onChanged: (lor: LetterOfRequest, message: string) => void;
}

type Decision = 'actionable' | 'returned';

/** The server's limit on the reasons for a return (lorDecisionInput in src/areas/cases/model.ts). */
const REASONS_MAX = 4000;

/** One LOR, expanded under its row: what it asks for and the next step (actionable or return; then open a case). */
export function LorDetail({ lor, canWrite, onChanged }: LorDetailProps) {
  const [completeOn, setCompleteOn] = useState([lor.receivedOn, todayIso()].sort().at(-1)!);

  async function decide(decision: Decision, reasons: string) {
    const decided =
      decision === 'actionable'
        ? await api.decideLor(lor.id, { decision, version: lor.version, completeOn })
        : await api.decideLor(lor.id, { decision, version: lor.version, reasons });
    onChanged(
      decided,
      decided.status === 'actionable' ? 'The LOR is actionable: open a case from it.' : 'The LOR was returned to the partner.',
    );
  }

  return (
    <div className="lor-detail">
      <dl className="facts facts-compact">
        <dt>Received</dt>
        <dd>
          {lor.receivedOn} via {LOR_CHANNEL_LABELS[lor.channel] ?? lor.channel}
        </dd>
        <dt>Complete on</dt>
        <dd>{lor.completeOn ?? <span className="muted">—</span>}</dd>
        <dt>Agency</dt>
        <dd>
          <AgencyLabel code={lor.agencyCode} />
        </dd>
        <dt>Description</dt>
        <dd>{lor.description}</dd>
        <dt>Requested items</dt>
        <dd className="notes">{lor.requestedItems || <span className="muted">—</span>}</dd>
        {lor.status === 'returned' && (
          <>
            <dt>Return reasons</dt>
            <dd className="notes">{lor.returnReasons}</dd>
          </>
        )}
        {lor.caseId && (
          <>
            <dt>Case</dt>
            <dd>
              <Link to={`/cases/${lor.caseId}`}>Open the case</Link>
            </dd>
          </>
        )}
      </dl>
      {canWrite && lor.status === 'received' && (
        <TransitionBar<Decision>
          label="Decide the LOR"
          choices={[
            { action: 'actionable', label: 'Mark actionable' },
            { action: 'returned', label: 'Return the LOR', tone: 'danger' },
          ]}
        >
          {(choice, close) => (
            <TransitionForm
              key={choice.action}
              label={choice.label}
              tone={choice.tone}
              reason={choice.action === 'returned' ? 'required' : undefined}
              reasonMax={REASONS_MAX}
              consequence={
                choice.action === 'returned' ? 'The LOR goes back to the partner with your reasons; it cannot be decided again.' : undefined
              }
              placed={['completeOn']}
              record="letter of request"
              onSubmit={(reasons) => decide(choice.action, reasons)}
              onCancel={close}
              onReload={close}
            >
              {(error) =>
                choice.action === 'actionable' && (
                  <Field
                    label="Complete on"
                    error={error?.fieldMessage('completeOn')}
                    hint={`On or after ${lor.receivedOn}, when the LOR had everything needed.`}
                  >
                    {(control) => (
                      <input {...control} type="date" value={completeOn} onChange={(e) => setCompleteOn(e.target.value)} required />
                    )}
                  </Field>
                )
              }
            </TransitionForm>
          )}
        </TransitionBar>
      )}
      {canWrite && lor.status === 'actionable' && (
        <div className="subform">
          <h3>Open a case from this LOR</h3>
          <OpenCaseForm lor={lor} />
        </div>
      )}
    </div>
  );
}
