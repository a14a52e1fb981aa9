import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { useApi } from '../../platform/use-api.ts';
import { type DelayReasons, deliveriesApi } from './deliveries-api.ts';

type Reason = DelayReasons[number];
const COLUMNS: Column<Reason>[] = [
  { id: 'code', header: 'Code', className: 'col-code mono', render: (r) => r.code },
  { id: 'label', header: 'Cause', render: (r) => r.label },
];

/** The server's limit on a cause (src/areas/deliveries/model.ts). */
const LABEL_MAX = 200;

/** The delay reason codes slips are explained by: listed to every reader, kept by administrators. */
export function DelayReasonsCard({ canAdminister }: { canAdminister: boolean }) {
  const reasons = useApi(['deliveries', 'delay-reasons:deliveriesApi.reasons'], (signal) => deliveriesApi.reasons(signal), []);
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
      {canAdminister && <ReasonForm onSaved={reasons.setData} />}
    </section>
  );
}

function ReasonForm({ onSaved }: { onSaved: (reasons: DelayReasons) => void }) {
  const form = useForm({ defaultValues: { code: '', label: '' } });
  const { errors, isDirty } = form.formState;
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (v: { code: string; label: string }) => deliveriesApi.saveReason({ code: v.code.trim().toUpperCase(), label: v.label }),
    onSuccess: (saved) => {
      form.reset();
      onSaved(saved);
    },
    onError: (error) => setUnplaced(applyServerErrors(error, ['code', 'label'], form.setError)),
  });
  const question = useUnsavedChangesGuard(isDirty);
  const label = form.watch('label');
  return (
    <form
      className="form-grid"
      aria-label="Add a delay reason"
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
    >
      {question}
      <Field label="Code" error={errors.code?.message} hint="2–20 capital letters, digits or _">
        {(p) => <input {...p} required {...form.register('code')} />}
      </Field>
      <Field label="Cause" error={errors.label?.message}>
        {(p) => (
          <>
            <input
              {...p}
              aria-describedby={[p['aria-describedby'], `${p.id}-count`].filter(Boolean).join(' ')}
              required
              {...form.register('label')}
            />
            <CharCount id={`${p.id}-count`} length={label.length} max={LABEL_MAX} />
          </>
        )}
      </Field>
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          Save reason
        </button>
      </div>
    </form>
  );
}
