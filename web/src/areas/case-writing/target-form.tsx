import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { CLOCK_STARTS, type ClockStart, OFFER_GROUPS, type OfferGroup, type TimelinessTarget } from '../../api/types.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { todayIso } from '../../platform/format.ts';

export const CLOCK_START_LABELS: Record<ClockStart, string> = { lor_received: 'LOR received', lor_complete: 'LOR complete' };

const PLACED = ['caseGroup', 'clockStart', 'days', 'sharePercent', 'effectiveFrom', 'effectiveTo', 'source'];

/** Adds a dated timeliness target (administrators): a change of policy is a new row, never an edit. */
export function TargetForm({ onAdded }: { onAdded: (target: TimelinessTarget) => void }) {
  const [caseGroup, setCaseGroup] = useState('');
  const [clockStart, setClockStart] = useState<ClockStart>('lor_complete');
  const [days, setDays] = useState('');
  const [share, setShare] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(todayIso());
  const [effectiveTo, setEffectiveTo] = useState('');
  const [source, setSource] = useState('');
  const [verified, setVerified] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await api.addTimelinessTarget({
        caseGroup: (OFFER_GROUPS as readonly string[]).includes(caseGroup) ? (caseGroup as OfferGroup) : null,
        clockStart,
        days: Number(days),
        sharePercent: Number(share),
        effectiveFrom,
        effectiveTo: effectiveTo || null,
        source,
        verified,
      });
      setDays('');
      setShare('');
      setSource('');
      setVerified(false);
      onAdded(added);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form subform" onSubmit={submit} aria-label="Add a timeliness target" noValidate>
      <h3>Add a target</h3>
      <FormError message={error?.message} extra={unplacedFieldErrors(error?.fields ?? [], PLACED)} />
      <div className="form-row">
        <Field label="Group" error={error?.fieldMessage('caseGroup')}>
          {(control) => (
            <select {...control} value={caseGroup} onChange={(e) => setCaseGroup(e.target.value)}>
              <option value="">General (no group)</option>
              {OFFER_GROUPS.map((g) => (
                <option key={g} value={g}>
                  Group {g}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Clock starts at" error={error?.fieldMessage('clockStart')}>
          {(control) => (
            <select {...control} value={clockStart} onChange={(e) => setClockStart(e.target.value as ClockStart)}>
              {CLOCK_STARTS.map((c) => (
                <option key={c} value={c}>
                  {CLOCK_START_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Days" error={error?.fieldMessage('days')}>
          {(control) => (
            <input {...control} type="number" min={1} max={3650} value={days} onChange={(e) => setDays(e.target.value)} required />
          )}
        </Field>
        <Field label="Share %" error={error?.fieldMessage('sharePercent')}>
          {(control) => (
            <input {...control} type="number" min={1} max={100} value={share} onChange={(e) => setShare(e.target.value)} required />
          )}
        </Field>
        <Field label="Effective from" error={error?.fieldMessage('effectiveFrom')}>
          {(control) => (
            <input {...control} type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} required />
          )}
        </Field>
        <Field label="Effective to" hint="Blank: open-ended" error={error?.fieldMessage('effectiveTo')}>
          {(control) => <input {...control} type="date" value={effectiveTo} onChange={(e) => setEffectiveTo(e.target.value)} />}
        </Field>
      </div>
      <div className="form-row">
        <Field label="Source" className="field-grow" hint="Policy memo or SAMM paragraph" error={error?.fieldMessage('source')}>
          {(control) => <input {...control} value={source} maxLength={1000} onChange={(e) => setSource(e.target.value)} required />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={verified} onChange={(e) => setVerified(e.target.checked)} /> Read in the source
        </label>
        <button type="submit" className="button button-primary" disabled={busy}>
          Add target
        </button>
      </div>
    </form>
  );
}
