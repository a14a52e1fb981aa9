import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { type FundProgram, fundsApi } from './funds-api.ts';

const CHANNELS = [
  ['', 'not stated'],
  ['fms_case', 'FMS case'],
  ['bpc_case', 'BPC case'],
  ['direct_commercial_contract', 'Direct commercial contract'],
  ['drawdown', 'Drawdown'],
  ['lease', 'Lease'],
] as const;

/** Adds a program or authority (administrators): its title, legal authority, how it is executed and its cited source. */
export function ProgramForm({ onSaved, onCancel }: { onSaved: (p: FundProgram) => void; onCancel: () => void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [authority, setAuthority] = useState('');
  const [title, setTitle] = useState<'10' | '22'>('10');
  const [channel, setChannel] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await fundsApi.createProgram({
          code,
          name,
          authority,
          title: title === '10' ? 10 : 22,
          executedThrough: (channel || null) as FundProgram['executedThrough'],
          source,
        }),
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  }

  const placed = ['code', 'name', 'authority', 'title', 'executedThrough', 'source'];
  return (
    <form className="form" onSubmit={submit} aria-label="New program" noValidate>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
      <div className="form-grid form-grid-3">
        <Field label="Code" error={error?.fieldMessage('code')} hint="e.g. GTE">
          {(control) => <input {...control} value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} />}
        </Field>
        <Field label="Program name" className="span-2" error={error?.fieldMessage('name')}>
          {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Legal authority" className="span-2" error={error?.fieldMessage('authority')}>
          {(control) => <input {...control} value={authority} onChange={(e) => setAuthority(e.target.value)} />}
        </Field>
        <Field label="Title" error={error?.fieldMessage('title')}>
          {(control) => (
            <select {...control} value={title} onChange={(e) => setTitle(e.target.value as '10' | '22')}>
              <option value="10">Title 10</option>
              <option value="22">Title 22</option>
            </select>
          )}
        </Field>
        <Field label="Executed through" error={error?.fieldMessage('executedThrough')}>
          {(control) => (
            <select {...control} value={channel} onChange={(e) => setChannel(e.target.value)}>
              {CHANNELS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Source" className="span-2" error={error?.fieldMessage('source')} hint="Cite the law or policy">
          {(control) => <input {...control} value={source} onChange={(e) => setSource(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Add program'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
