import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { useApi } from '../../platform/use-api.ts';
import { type DelayReasons, deliveriesApi } from './deliveries-api.ts';

type Reason = DelayReasons[number];
const COLUMNS: Column<Reason>[] = [
  { id: 'code', header: 'Code', className: 'col-code mono', render: (r) => r.code },
  { id: 'label', header: 'Cause', render: (r) => r.label },
];

/** The delay reason codes slips are explained by: listed to every reader, kept by administrators. */
export function DelayReasonsCard({ canAdminister }: { canAdminister: boolean }) {
  const reasons = useApi(['deliveries', 'delay-reasons:deliveriesApi.reasons'], (signal) => deliveriesApi.reasons(signal), []);
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      reasons.setData(await deliveriesApi.saveReason({ code: code.trim().toUpperCase(), label }));
      setCode('');
      setLabel('');
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    }
  }
  return (
    <section className="card" aria-labelledby="reasons">
      <h2 id="reasons">Delay reasons</h2>
      <DataTable
        caption="Delay reasons"
        columns={COLUMNS}
        rows={reasons.data ?? []}
        rowKey={(r) => r.code}
        empty={reasons.loading ? 'Loading…' : 'No reason code yet.'}
      />
      {canAdminister && (
        <form className="form-grid" onSubmit={submit} aria-label="Add a delay reason">
          <Field label="Code" error={error?.fieldMessage('code')} hint="2–20 capital letters, digits or _">
            {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} required />}
          </Field>
          <Field label="Cause" error={error?.fieldMessage('label')}>
            {(p) => <input {...p} value={label} onChange={(e) => setLabel(e.target.value)} required />}
          </Field>
          <FormError message={error?.message} />
          <div className="form-actions">
            <button type="submit" className="button">
              Save reason
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
