import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { eumApi } from '../../api/eum-client.ts';
import type { EumVisit, EumVisitFinding } from '../../api/eum-types.ts';
import { Field, FormError } from '../../platform/field.tsx';

/** A visit's findings, each with its recommendation and follow-up; an open follow-up can be marked done (date, note). */
export function VisitFindings({ visit, canWrite, onSaved }: { visit: EumVisit; canWrite: boolean; onSaved: () => void }) {
  if (visit.findings.length === 0) return visit.status === 'completed' ? <p>No finding recorded.</p> : null;
  return (
    <table className="data-table" aria-label={`Findings of the visit to ${visit.partnerCode} planned ${visit.plannedOn}`}>
      <thead>
        <tr>
          <th>Finding</th>
          <th>Recommendation</th>
          <th>Follow-up</th>
          <th>Due</th>
          <th>Done</th>
        </tr>
      </thead>
      <tbody>
        {visit.findings.map((f, index) => (
          <tr key={index}>
            <td>{f.finding}</td>
            <td>{f.recommendation || '—'}</td>
            <td>{f.followUp || '—'}</td>
            <td>{f.followUpDueOn ?? '—'}</td>
            <td>
              {f.followUpDoneOn ? (
                `${f.followUpDoneOn}${f.followUpNote ? `: ${f.followUpNote}` : ''}`
              ) : f.followUp && canWrite && visit.status === 'completed' ? (
                <MarkDone visit={visit} index={index} finding={f} onSaved={onSaved} />
              ) : f.followUp ? (
                'open'
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MarkDone({ visit, index, finding, onSaved }: { visit: EumVisit; index: number; finding: EumVisitFinding; onSaved: () => void }) {
  const [doneOn, setDoneOn] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await eumApi.completeFollowUp(visit.id, index, { version: visit.version, doneOn, note });
      onSaved();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  }
  return (
    <form className="form-inline" onSubmit={submit} aria-label={`Follow-up done: ${finding.followUp}`}>
      <FormError message={error?.message} />
      <Field label="Follow-up done on" error={error?.fieldMessage('doneOn')}>
        {(p) => <input {...p} type="date" value={doneOn} required onChange={(e) => setDoneOn(e.target.value)} />}
      </Field>
      <Field label="What was done" error={error?.fieldMessage('note')}>
        {(p) => <input {...p} value={note} required onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" className="button">
        Mark done
      </button>
    </form>
  );
}
