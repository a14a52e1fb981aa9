import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { http, unwrap } from '../../api/http.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { parseDollars, todayIso } from '../../platform/format.ts';
import { useEditorDirty } from '../../platform/unsaved-group.tsx';

interface CertificationValues {
  certifiedOn: string;
  certifiedBy: string;
  documentRef: string;
}

/** Records the certification that releases money withheld under the condition. */
export function CertificationForm({ conditionId }: { conditionId: string }) {
  const queryClient = useQueryClient();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const form = useForm<CertificationValues>({ defaultValues: { certifiedOn: todayIso(), certifiedBy: '', documentRef: '' } });
  const { errors } = form.formState;
  useEditorDirty(form.formState.isDirty);
  const save = useMutation({
    mutationFn: (body: CertificationValues) =>
      unwrap(
        http.POST('/special-programs/conditions/{id}/certifications', {
          params: { path: { id: conditionId } },
          body: { ...body, notes: '' },
        }),
      ),
    onSuccess: () => {
      form.reset({ certifiedOn: todayIso(), certifiedBy: '', documentRef: '' });
      return queryClient.invalidateQueries({ queryKey: ['special-programs'] });
    },
    onError: (error) => setUnplaced(applyServerErrors(error, ['certifiedOn', 'certifiedBy', 'documentRef'], form.setError)),
  });
  return (
    <form
      className="form"
      aria-label="Record a certification"
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
    >
      <h3>Record a certification</h3>
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field label="Certified on" error={errors.certifiedOn?.message}>
          {(control) => <input {...control} type="date" {...form.register('certifiedOn')} />}
        </Field>
        <Field label="Certified by" error={errors.certifiedBy?.message} hint="Who made it, e.g. the Secretary of Defense">
          {(control) => <input {...control} {...form.register('certifiedBy')} />}
        </Field>
        <Field label="Document" error={errors.documentRef?.message} hint="The letter or memorandum that records it">
          {(control) => <input {...control} {...form.register('documentRef')} />}
        </Field>
      </div>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        Record certification
      </button>
    </form>
  );
}

interface NoticeValues {
  partnerCode: string;
  givenOn: string;
  amount: string;
  documentRef: string;
}

/** Records a notice to Congress (with the amount it covers) or a report due before assistance, for one partner. */
export function NoticeForm({ conditionId, needsAmount }: { conditionId: string; needsAmount: boolean }) {
  const queryClient = useQueryClient();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const blank = { partnerCode: '', givenOn: todayIso(), amount: '', documentRef: '' };
  const form = useForm<NoticeValues>({ defaultValues: blank });
  const { errors } = form.formState;
  useEditorDirty(form.formState.isDirty);
  const save = useMutation({
    mutationFn: (values: NoticeValues) => {
      const cents = parseDollars(values.amount);
      return unwrap(
        http.POST('/special-programs/conditions/{id}/notices', {
          params: { path: { id: conditionId } },
          body: {
            partnerCode: values.partnerCode.trim().toUpperCase(),
            givenOn: values.givenOn,
            amountCents: typeof cents === 'number' ? cents : null,
            documentRef: values.documentRef,
            description: '',
          },
        }),
      );
    },
    onSuccess: () => {
      form.reset(blank);
      return queryClient.invalidateQueries({ queryKey: ['special-programs'] });
    },
    // The amount's own message (amountCents) is listed with the form's error.
    onError: (error) => setUnplaced(applyServerErrors(error, ['partnerCode', 'givenOn', 'documentRef'], form.setError)),
  });
  return (
    <form
      className="form"
      aria-label={needsAmount ? 'Record a notice' : 'Record a report'}
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setUnplaced([]);
        if (needsAmount && typeof parseDollars(values.amount) !== 'number') {
          form.setError('amount', { message: 'a dollar amount, e.g. 25,000,000' });
          return;
        }
        save.mutate(values);
      })}
    >
      <h3>{needsAmount ? 'Record a notice' : 'Record a report'}</h3>
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field label="Partner" error={errors.partnerCode?.message} hint="Customer code, 2–3 characters">
          {(control) => <input {...control} maxLength={3} {...form.register('partnerCode')} />}
        </Field>
        <Field label="Given on" error={errors.givenOn?.message}>
          {(control) => <input {...control} type="date" {...form.register('givenOn')} />}
        </Field>
        {needsAmount && (
          <Field label="Amount notified" error={errors.amount?.message} hint="US dollars">
            {(control) => <input {...control} inputMode="decimal" {...form.register('amount')} />}
          </Field>
        )}
        <Field label="Document" error={errors.documentRef?.message} hint="Letter or transmittal">
          {(control) => <input {...control} {...form.register('documentRef')} />}
        </Field>
      </div>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {needsAmount ? 'Record notice' : 'Record report'}
      </button>
    </form>
  );
}
