import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../api/api-error.ts';
import { http, unwrap } from '../api/http.ts';
import { Field, FormError } from '../platform/field.tsx';
import { applyServerErrors } from '../platform/form-errors.ts';
import { parseDollars, todayIso } from '../platform/format.ts';
import { CharCount } from '../platform/limited-text.tsx';
import { useUnsavedChangesGuard } from '../platform/unsaved-changes.tsx';
import { uploadShipmentAttachment } from './upload.ts';

interface DiscrepancyValues {
  lineNumber: string;
  kind: 'sdr' | 'tdr';
  value: string;
  submittedOn: string;
  description: string;
  files: FileList | null;
}

export function DiscrepancyForm({ shipmentId, lineNumbers }: { shipmentId: string; lineNumbers: readonly string[] }) {
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, reset, formState, watch } = useForm<DiscrepancyValues>({
    defaultValues: { lineNumber: lineNumbers[0] ?? '', kind: 'sdr', value: '', submittedOn: todayIso(), description: '', files: null },
  });
  const [problem, setProblem] = useState<{ message: string; extra: string[] } | null>(null);
  const [sent, setSent] = useState(false);
  const report = useMutation({
    mutationFn: async ({ values, valueCents }: { values: DiscrepancyValues; valueCents: number }) => {
      const { lineNumber, kind, submittedOn, description } = values;
      await unwrap(
        http.POST('/partner/shipments/{id}/discrepancies', {
          params: { path: { id: shipmentId } },
          body: { lineNumber, kind, valueCents, submittedOn, description },
        }),
      );
      for (const file of Array.from(values.files ?? [])) await uploadShipmentAttachment(shipmentId, file);
    },
    onSuccess: () => {
      setSent(true);
      reset();
    },
    onError: (error) => {
      const extra = applyServerErrors<DiscrepancyValues>(error, ['lineNumber', 'kind', 'submittedOn', 'description'], setError);
      const valueMessage = error instanceof ApiError ? error.fieldMessage('valueCents') : undefined;
      if (valueMessage) setError('value', { message: valueMessage });
      setProblem({ message: error.message, extra });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['partner'] }),
  });
  const errors = formState.errors;
  const question = useUnsavedChangesGuard(formState.isDirty);
  return (
    <form
      className="card form"
      aria-labelledby="report-discrepancy"
      noValidate
      onSubmit={handleSubmit((values) => {
        setProblem(null);
        setSent(false);
        const valueCents = parseDollars(values.value);
        if (valueCents === null || valueCents === undefined) return setError('value', { message: 'Enter a dollar amount, e.g. 1250.00' });
        report.mutate({ values, valueCents });
      })}
    >
      {question}
      <h2 id="report-discrepancy">Report a discrepancy</h2>
      {sent && (
        <p className="notice notice-success" role="status">
          Your discrepancy report was sent.
        </p>
      )}
      <FormError message={problem?.message} extra={problem?.extra} />
      <Field label="Line" error={errors.lineNumber?.message}>
        {(control) => (
          <select {...control} {...register('lineNumber')}>
            {lineNumbers.map((n) => (
              <option key={n} value={n}>
                Line {n}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Kind of discrepancy" error={errors.kind?.message}>
        {(control) => (
          <select {...control} {...register('kind')}>
            <option value="sdr">Supply (wrong, missing or damaged items)</option>
            <option value="tdr">Transportation (lost or damaged in transit)</option>
          </select>
        )}
      </Field>
      <Field label="Value in dollars" error={errors.value?.message}>
        {(control) => <input {...control} inputMode="decimal" {...register('value', { required: 'Enter the value of the discrepancy' })} />}
      </Field>
      <Field label="Date of the report" error={errors.submittedOn?.message}>
        {(control) => <input {...control} type="date" {...register('submittedOn', { required: 'Enter the date' })} />}
      </Field>
      <Field label="What is wrong" error={errors.description?.message}>
        {(control) => (
          <>
            <textarea
              {...control}
              aria-describedby={[control['aria-describedby'], `${control.id}-count`].filter(Boolean).join(' ')}
              rows={3}
              {...register('description', { required: 'Say what is wrong' })}
            />
            <CharCount id={`${control.id}-count`} length={(watch('description') ?? '').length} max={4000} />
          </>
        )}
      </Field>
      <Field label="Attach files (photographs, receiving report)">
        {(control) => <input {...control} type="file" multiple {...register('files')} />}
      </Field>
      <div>
        <button type="submit" className="button button-primary" disabled={report.isPending}>
          {report.isPending ? 'Sending…' : 'Send the discrepancy report'}
        </button>
      </div>
    </form>
  );
}
