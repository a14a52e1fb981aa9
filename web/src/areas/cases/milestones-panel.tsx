import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, api } from '../../api/client.ts';
import { type CasePage, MILESTONES, type MilestoneKey } from '../../api/types.ts';
import type { Notice } from '../../platform/undo-notice.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { MILESTONE_LABELS } from './case-labels.tsx';

interface MilestonesPanelProps {
  page: CasePage;
  canWrite: boolean;
  onSaved: (page: CasePage, notice: Notice) => void;
  /** The case as an undo left it. */
  onRestored: (page: CasePage) => void;
}

type Dates = Record<MilestoneKey, string>;

const namesOf = (keys: readonly MilestoneKey[]) => keys.map((k) => MILESTONE_LABELS[k]).join(', ');

/**
 * Sets each changed milestone in turn; each save moves the case to a new version, so the next is sent on the version
 * the last one returned. Stops at the first refusal: `failed` names it.
 */
async function setDates(start: CasePage, keys: readonly MilestoneKey[], dates: Dates) {
  let latest: CasePage | null = null;
  for (const key of keys) {
    try {
      latest = await api.setMilestone(start.case.identifier, key, dates[key] || null, (latest ?? start).case.version);
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
      return { latest, failed: { key, error } };
    }
  }
  return { latest, failed: null };
}

/** Every milestone key with its date; writers set or clear dates, save the changed ones, and may undo the save. */
export function MilestonesPanel({ page, canWrite, onSaved, onRestored }: MilestonesPanelProps) {
  const recorded = new Map(page.milestones.map((m) => [m.milestone, m.onDate]));
  const initial = Object.fromEntries(MILESTONES.map((k) => [k, recorded.get(k) ?? ''])) as Dates;
  const { register, handleSubmit, reset, setError, watch, formState } = useForm<Dates>({ defaultValues: initial });
  const [failure, setFailure] = useState<string | null>(null);
  const question = useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitting);
  const dates = watch();
  const changed = MILESTONES.filter((k) => (dates[k] ?? '') !== initial[k]);

  const save = handleSubmit(async (values) => {
    setFailure(null);
    const keys = MILESTONES.filter((k) => values[k] !== initial[k]);
    const { latest, failed } = await setDates(page, keys, values);
    if (failed) {
      setError(failed.key, { type: 'server', message: failed.error.fieldMessage('onDate') ?? failed.error.message });
      setFailure(`${MILESTONE_LABELS[failed.key]} was not saved: ${failed.error.message}`);
    }
    if (!latest) return;
    const saved = failed ? keys.slice(0, keys.indexOf(failed.key)) : keys;
    reset(values, { keepErrors: true });
    onSaved(latest, {
      message: `Milestones saved (${namesOf(saved)}).`,
      undo: async () => {
        const back = await setDates(latest, saved, initial);
        if (back.latest) onRestored(back.latest);
        if (back.failed) throw back.failed.error;
        return `${namesOf(saved)} ${saved.length === 1 ? 'is' : 'are'} back as before the save.`;
      },
    });
  });

  return (
    <form className="card form" onSubmit={save} aria-labelledby="milestones-title" noValidate>
      {question}
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
          {MILESTONES.map((key) => {
            const error = formState.errors[key]?.message;
            return (
              <tr key={key} className={changed.includes(key) ? 'is-changed' : undefined} data-milestone={key}>
                <th scope="row">
                  <label htmlFor={`milestone-${key}`}>{MILESTONE_LABELS[key]}</label>
                </th>
                <td>
                  {canWrite ? (
                    <span className={`cell${error ? ' has-error' : ''}`}>
                      <input id={`milestone-${key}`} type="date" aria-invalid={error ? true : undefined} {...register(key)} />
                      {error && <span className="field-error">{error}</span>}
                    </span>
                  ) : (
                    <span id={`milestone-${key}`} className={initial[key] ? 'mono' : 'muted'}>
                      {initial[key] || '—'}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {canWrite && (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting || changed.length === 0}>
            {formState.isSubmitting ? 'Saving…' : 'Save milestones'}
          </button>
          <button
            type="button"
            className="button"
            disabled={formState.isSubmitting || changed.length === 0}
            onClick={() => {
              setFailure(null);
              reset(initial);
            }}
          >
            Discard
          </button>
          {changed.length > 0 && <span className="text-warn small">{changed.length} changed</span>}
        </div>
      )}
    </form>
  );
}
