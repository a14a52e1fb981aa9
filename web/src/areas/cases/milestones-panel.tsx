import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { type CasePage, MILESTONES, type MilestoneKey } from '../../api/types.ts';
import { MILESTONE_LABELS } from './case-labels.tsx';

interface MilestonesPanelProps {
  page: CasePage;
  canWrite: boolean;
  onSaved: (page: CasePage, message: string) => void;
}

/** Every milestone key with its date; writers set or clear dates and save the changed ones. */
export function MilestonesPanel({ page, canWrite, onSaved }: MilestonesPanelProps) {
  const recorded = new Map(page.milestones.map((m) => [m.milestone, m.onDate]));
  const initial = Object.fromEntries(MILESTONES.map((k) => [k, recorded.get(k) ?? ''])) as Record<MilestoneKey, string>;
  const [dates, setDates] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<MilestoneKey, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = MILESTONES.filter((k) => dates[k] !== initial[k]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setFailure(null);
    let latest: CasePage | null = null;
    for (const key of changed) {
      try {
        // Each save moves the case to a new version: the next one is sent on the version the last one returned.
        latest = await api.setMilestone(page.case.identifier, key, dates[key] || null, (latest ?? page).case.version);
      } catch (caught) {
        const error = caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
        setErrors({ [key]: error.fieldMessage('onDate') ?? error.message });
        setFailure(`${MILESTONE_LABELS[key]} was not saved: ${error.message}`);
        break;
      }
    }
    setBusy(false);
    if (latest) onSaved(latest, `Milestones saved (${changed.map((k) => MILESTONE_LABELS[k]).join(', ')}).`);
  }

  return (
    <form className="card form" onSubmit={save} aria-labelledby="milestones-title" noValidate>
      <h2 id="milestones-title">Milestones</h2>
      <p className="muted small">
        Moves along the lifecycle record their own milestones (case written, CWD review complete, offered, accepted …). The offer expiration
        is counted from MILAP.
      </p>
      {failure && (
        <div className="notice notice-error" role="alert">
          {failure}
        </div>
      )}
      <table className="data-table milestone-table">
        <thead>
          <tr>
            <th scope="col">Milestone</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          {MILESTONES.map((key) => (
            <tr key={key} className={dates[key] !== initial[key] ? 'is-changed' : undefined} data-milestone={key}>
              <th scope="row">
                <label htmlFor={`milestone-${key}`}>{MILESTONE_LABELS[key]}</label>
              </th>
              <td>
                {canWrite ? (
                  <span className={`cell${errors[key] ? ' has-error' : ''}`}>
                    <input
                      id={`milestone-${key}`}
                      type="date"
                      value={dates[key]}
                      aria-invalid={errors[key] ? true : undefined}
                      onChange={(e) => setDates((d) => ({ ...d, [key]: e.target.value }))}
                    />
                    {errors[key] && <span className="field-error">{errors[key]}</span>}
                  </span>
                ) : (
                  <span id={`milestone-${key}`} className={dates[key] ? 'mono' : 'muted'}>
                    {dates[key] || '—'}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canWrite && (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || changed.length === 0}>
            {busy ? 'Saving…' : 'Save milestones'}
          </button>
          <button type="button" className="button" disabled={busy || changed.length === 0} onClick={() => setDates(initial)}>
            Discard
          </button>
          {changed.length > 0 && <span className="text-warn small">{changed.length} changed</span>}
        </div>
      )}
    </form>
  );
}
