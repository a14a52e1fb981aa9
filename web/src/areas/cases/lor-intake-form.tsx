import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ApiError, api } from '../../api/client.ts';
import { type LetterOfRequest, LOR_CHANNELS, type LorChannel } from '../../api/types.ts';
import { AgencyOptions } from '../../platform/agencies.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { todayIso } from '../../platform/format.ts';
import { CharCount, LimitedTextArea } from '../../platform/limited-text.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { LOR_CHANNEL_LABELS } from './case-labels.tsx';

/** The server's limits (createLorInput in src/areas/cases/model.ts). */
const MAX = { reference: 100, description: 2000, requestedItems: 10_000 } as const;

interface LorIntakeFormProps {
  partners: readonly { code: string; name: string }[];
  onRecorded: (lor: LetterOfRequest) => void;
  onCancel: () => void;
}

interface LorValues {
  partnerCode: string;
  receivedOn: string;
  channel: LorChannel;
  agencyCode: string;
  reference: string;
  description: string;
  requestedItems: string;
}

const FIELDS = ['partnerCode', 'receivedOn', 'channel', 'agencyCode', 'reference', 'description', 'requestedItems'] as const;

/** Records a letter of request as received. */
export function LorIntakeForm({ partners, onRecorded, onCancel }: LorIntakeFormProps) {
  const referenceCount = useId();
  const [failure, setFailure] = useState<{ message: string; extra: string[] } | null>(null);
  const { control, register, handleSubmit, setError, reset, watch, formState } = useForm<LorValues>({
    defaultValues: {
      partnerCode: partners.length === 1 ? partners[0]!.code : '',
      receivedOn: todayIso(),
      channel: 'embassy',
      agencyCode: '',
      reference: '',
      description: '',
      requestedItems: '',
    },
  });
  const question = useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitting);
  const errors = formState.errors;

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const lor = await api.receiveLor({ ...values, agencyCode: values.agencyCode || null });
      reset(values);
      onRecorded(lor);
    } catch (caught) {
      const extra = applyServerErrors<LorValues>(caught, FIELDS, setError);
      setFailure({ message: caught instanceof ApiError ? caught.message : String(caught), extra });
    }
  });

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="lor-intake-title" noValidate>
      {question}
      <h2 id="lor-intake-title">Record a letter of request</h2>
      <FormError message={failure?.message} extra={failure?.extra} />
      <div className="form-grid form-grid-4">
        <Field label="Partner code" error={errors.partnerCode?.message}>
          {(c) => (
            <select {...c} {...register('partnerCode')} required>
              <option value="">— choose —</option>
              {partners.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code} {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Received on" error={errors.receivedOn?.message}>
          {(c) => <input {...c} type="date" {...register('receivedOn')} required />}
        </Field>
        <Field label="Channel" error={errors.channel?.message}>
          {(c) => (
            <select {...c} {...register('channel')}>
              {LOR_CHANNELS.map((ch) => (
                <option key={ch} value={ch}>
                  {LOR_CHANNEL_LABELS[ch]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Implementing agency" error={errors.agencyCode?.message}>
          {(c) => (
            <select {...c} {...register('agencyCode')}>
              <option value="">— not yet known —</option>
              <AgencyOptions />
            </select>
          )}
        </Field>
        <Field label="Partner's reference" error={errors.reference?.message}>
          {(c) => (
            <>
              <input
                {...c}
                aria-describedby={[c['aria-describedby'], referenceCount].filter(Boolean).join(' ')}
                {...register('reference')}
              />
              <CharCount id={referenceCount} length={watch('reference').length} max={MAX.reference} />
            </>
          )}
        </Field>
        <div className="span-3">
          <Controller
            control={control}
            name="description"
            render={({ field }) => (
              <LimitedTextArea label="Description" value={field.value} onChange={field.onChange} max={MAX.description} rows={2} required />
            )}
          />
          {errors.description && <span className="field-error">{errors.description.message}</span>}
        </div>
        <div className="span-4">
          <Controller
            control={control}
            name="requestedItems"
            render={({ field }) => (
              <LimitedTextArea label="Requested items" value={field.value} onChange={field.onChange} max={MAX.requestedItems} />
            )}
          />
          {errors.requestedItems && <span className="field-error">{errors.requestedItems.message}</span>}
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Recording…' : 'Record LOR'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            reset();
            onCancel();
          }}
          disabled={formState.isSubmitting}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
