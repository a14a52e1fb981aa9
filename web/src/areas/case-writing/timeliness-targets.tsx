import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { TimelinessTarget } from '../../api/types.ts';
import { FormError } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { CLOCK_START_LABELS, TargetForm } from './target-form.tsx';

/** The dated timeliness targets, for administrators: add one, or end one on a date. */
export function TimelinessTargets({ onChanged }: { onChanged: () => void }) {
  const targets = useApi(
    ['case-writing', 'timeliness-targets:api.listTimelinessTargets'],
    (signal) => api.listTimelinessTargets(signal),
    [],
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function changed(message: string) {
    setNotice(message);
    setError(null);
    targets.reload();
    onChanged();
  }

  return (
    <section className="card" aria-labelledby="targets-title">
      <h2 id="targets-title">Timeliness targets</h2>
      <p className="muted small">
        A target applies to cases whose letter of request is dated within its effective period. Administrators only.
      </p>
      {targets.error && <ErrorNotice message={targets.error.message} onRetry={targets.reload} />}
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      <FormError message={error} />
      <div className="table-wrap">
        <table className="data-table table-compact">
          <caption className="visually-hidden">Timeliness targets</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Clock start</th>
              <th scope="col" className="num">
                Days
              </th>
              <th scope="col" className="num">
                Share
              </th>
              <th scope="col">Effective from</th>
              <th scope="col">Effective to</th>
              <th scope="col">Source</th>
              <th scope="col">Verified</th>
              <th scope="col" className="col-actions">
                End
              </th>
            </tr>
          </thead>
          <tbody>
            {(targets.data ?? []).map((t) => (
              <tr key={t.id} aria-label={`Target ${t.caseGroup ?? 'general'} ${t.days} days from ${t.effectiveFrom}`}>
                <td>{t.caseGroup ? `Group ${t.caseGroup}` : 'General'}</td>
                <td>{CLOCK_START_LABELS[t.clockStart]}</td>
                <td className="num">{t.days}</td>
                <td className="num">{t.sharePercent}%</td>
                <td className="col-date">{t.effectiveFrom}</td>
                <td className="col-date">{t.effectiveTo ?? <span className="muted">open</span>}</td>
                <td>{t.source}</td>
                <td>
                  {t.verified ? <span className="badge badge-ok">verified</span> : <span className="badge badge-warning">unverified</span>}
                </td>
                <td className="col-actions">
                  <EndTarget target={t} onEnded={(to) => changed(`Target ends on ${to}.`)} onError={setError} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TargetForm onAdded={(t) => changed(`Added a target of ${t.days} days from ${t.effectiveFrom}.`)} />
    </section>
  );
}

function EndTarget({
  target,
  onEnded,
  onError,
}: {
  target: TimelinessTarget;
  onEnded: (to: string) => void;
  onError: (message: string) => void;
}) {
  const [on, setOn] = useState(todayIso());
  const [busy, setBusy] = useState(false);
  if (target.effectiveTo !== null && target.effectiveTo <= todayIso()) return <span className="muted">ended</span>;

  async function end() {
    setBusy(true);
    try {
      const ended = await api.endTimelinessTarget(target.id, on);
      onEnded(ended.effectiveTo ?? on);
    } catch (caught) {
      onError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="inline-form">
      <input
        type="date"
        aria-label={`Last day of the target from ${target.effectiveFrom}`}
        value={on}
        onChange={(e) => setOn(e.target.value)}
      />
      <button type="button" className="button button-small" disabled={busy} onClick={() => void end()}>
        End
      </button>
    </span>
  );
}
