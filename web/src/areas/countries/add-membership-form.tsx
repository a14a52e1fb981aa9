import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { CountryGroup, Partner } from '../../api/types.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';

interface AddMembershipFormProps {
  partner: Partner;
  groups: readonly CountryGroup[];
  onAdded: (partner: Partner) => void;
}

export function AddMembershipForm({ partner, groups, onAdded }: AddMembershipFormProps) {
  const [groupCode, setGroupCode] = useState('');
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [source, setSource] = useState('');
  const [verified, setVerified] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onAdded(await api.addMembership(partner.code, { groupCode, fromDate, toDate: toDate || null, source, verified }));
      setGroupCode('');
      setFromDate('');
      setToDate('');
      setSource('');
      setVerified(false);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  const placed = ['groupCode', 'fromDate', 'toDate', 'source', 'verified'];
  return (
    <form className="form subform" onSubmit={submit} aria-labelledby="add-membership-title" noValidate>
      <h3 id="add-membership-title">Add a membership</h3>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-4">
        <Field label="Group" error={error?.fieldMessage('groupCode')}>
          {(control) => (
            <select {...control} value={groupCode} onChange={(e) => setGroupCode(e.target.value)} required>
              <option value="">Choose a group</option>
              {groups.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="From" error={error?.fieldMessage('fromDate')}>
          {(control) => <input {...control} type="date" value={fromDate} onChange={(e) => setFromDate(e.target.value)} required />}
        </Field>
        <Field label="To (optional)" error={error?.fieldMessage('toDate')}>
          {(control) => <input {...control} type="date" value={toDate} onChange={(e) => setToDate(e.target.value)} />}
        </Field>
        <Field label="Source" error={error?.fieldMessage('source')} hint="Where the dates come from (law, treaty, notice).">
          {(control) => <input {...control} value={source} onChange={(e) => setSource(e.target.value)} maxLength={500} required />}
        </Field>
      </div>
      <div className="form-actions">
        <label className="checkbox">
          <input type="checkbox" checked={verified} onChange={(e) => setVerified(e.target.checked)} />
          Verified against the source
        </label>
        <button type="submit" className="button button-primary" disabled={busy || !groupCode}>
          {busy ? 'Adding…' : 'Add membership'}
        </button>
      </div>
    </form>
  );
}
