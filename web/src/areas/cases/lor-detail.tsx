import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import type { LetterOfRequest } from '../../api/types.ts';
import { AgencyLabel } from '../../platform/agencies.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { LOR_CHANNEL_LABELS } from './case-labels.tsx';
import { OpenCaseForm } from './open-case-form.tsx';

interface LorDetailProps {
  lor: LetterOfRequest;
  canWrite: boolean;
  onChanged: (lor: LetterOfRequest, message: string) => void;
}

type Mode = 'none' | 'actionable' | 'return' | 'open-case';

/** One LOR, expanded under its row: what it asks for and the next step (actionable or return; then open a case). */
export function LorDetail({ lor, canWrite, onChanged }: LorDetailProps) {
  const [mode, setMode] = useState<Mode>(lor.status === 'actionable' && canWrite ? 'open-case' : 'none');
  const [completeOn, setCompleteOn] = useState([lor.receivedOn, todayIso()].sort().at(-1)!);
  const [reasons, setReasons] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const decided =
        mode === 'actionable'
          ? await api.decideLor(lor.id, { decision: 'actionable', version: lor.version, completeOn })
          : await api.decideLor(lor.id, { decision: 'returned', version: lor.version, reasons });
      setMode(decided.status === 'actionable' ? 'open-case' : 'none');
      onChanged(
        decided,
        decided.status === 'actionable' ? 'The LOR is actionable: open a case from it.' : 'The LOR was returned to the partner.',
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
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
        <div className="lor-actions">
          {mode === 'none' && (
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={() => setMode('actionable')}>
                Mark actionable…
              </button>
              <button type="button" className="button" onClick={() => setMode('return')}>
                Return…
              </button>
            </div>
          )}
          {(mode === 'actionable' || mode === 'return') && (
            <form
              className="form subform"
              onSubmit={decide}
              aria-label={mode === 'actionable' ? 'Mark actionable' : 'Return the LOR'}
              noValidate
            >
              <FormError message={error?.message} />
              {mode === 'actionable' ? (
                <Field
                  label="Complete on"
                  error={error?.fieldMessage('completeOn')}
                  hint={`On or after ${lor.receivedOn}, when the LOR had everything needed.`}
                >
                  {(control) => (
                    <input {...control} type="date" value={completeOn} onChange={(e) => setCompleteOn(e.target.value)} required />
                  )}
                </Field>
              ) : (
                <Field label="Reasons for return" error={error?.fieldMessage('reasons')}>
                  {(control) => <textarea {...control} rows={3} value={reasons} onChange={(e) => setReasons(e.target.value)} required />}
                </Field>
              )}
              <div className="form-actions">
                <button type="submit" className="button button-primary" disabled={busy}>
                  {mode === 'actionable' ? 'Mark actionable' : 'Return LOR'}
                </button>
                <button type="button" className="button" onClick={() => setMode('none')} disabled={busy}>
                  Cancel
                </button>
              </div>
            </form>
          )}
        </div>
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
