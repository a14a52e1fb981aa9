import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { http, type Schema, unwrap } from '../api/http.ts';
import { Field, FormError } from '../platform/field.tsx';
import { applyServerErrors } from '../platform/form-errors.ts';
import { formatDate, todayIso } from '../platform/format.ts';

type Version = Schema<'PartnerCase'>['loaVersions'][number];
interface SignForm {
  signedOn: string;
  signerName: string;
  signerTitle: string;
}

/** The partner's acceptance of the offered LOA; the case is accepted once the agency records the initial deposit. */
export function SignLoaForm({ caseRef, version }: { caseRef: string; version: Version }) {
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, formState } = useForm<SignForm>({
    defaultValues: { signedOn: todayIso(), signerName: '', signerTitle: '' },
  });
  const [problem, setProblem] = useState<{ message: string; extra: string[] } | null>(null);
  const sign = useMutation({
    mutationFn: (values: SignForm) =>
      unwrap(
        http.POST('/partner/cases/{ref}/signature', {
          params: { path: { ref: caseRef } },
          body: { versionNumber: version.number, ...values },
        }),
      ),
    onError: (error) =>
      setProblem({
        message: error.message,
        extra: applyServerErrors<SignForm>(error, ['signedOn', 'signerName', 'signerTitle'], setError),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['partner'] }),
  });
  const errors = formState.errors;
  return (
    <form
      className="card form"
      aria-labelledby="sign-loa"
      noValidate
      onSubmit={handleSubmit((values) => {
        setProblem(null);
        sign.mutate(values);
      })}
    >
      <h2 id="sign-loa">Sign the offered LOA</h2>
      <p>
        Version {version.number} was offered on {formatDate(version.offerDate)}; the offer expires on{' '}
        {formatDate(version.offerExpirationDate)}. The case is accepted once the agency records your initial deposit.
      </p>
      <FormError message={problem?.message} extra={problem?.extra} />
      <Field label="Signature date" error={errors.signedOn?.message}>
        {(control) => <input {...control} type="date" {...register('signedOn', { required: 'Enter the date you signed' })} />}
      </Field>
      <Field label="Name of the signer" error={errors.signerName?.message}>
        {(control) => <input {...control} autoComplete="name" {...register('signerName', { required: 'Enter the name of the signer' })} />}
      </Field>
      <Field label="Title of the signer" error={errors.signerTitle?.message}>
        {(control) => <input {...control} {...register('signerTitle', { required: 'Enter the title of the signer' })} />}
      </Field>
      <div>
        <button type="submit" className="button button-primary" disabled={sign.isPending}>
          {sign.isPending ? 'Signing…' : 'Sign the offered LOA'}
        </button>
      </div>
    </form>
  );
}
