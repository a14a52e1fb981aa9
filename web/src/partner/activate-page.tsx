// An invited partner user sets a password and enrols an authenticator (TOTP); the recovery codes are shown once.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { http, unwrap } from '../api/http.ts';
import { Field, FormError } from '../platform/field.tsx';
import { applyServerErrors } from '../platform/form-errors.ts';
import { formatDateTime } from '../platform/format.ts';
import { ErrorNotice, Loading } from '../platform/status-pages.tsx';
import { usePageTitle } from '../platform/use-page-title.ts';

interface ActivationValues {
  password: string;
  confirmPassword: string;
  totpCode: string;
}

export function ActivatePage() {
  usePageTitle('Activate your account');
  const token = useSearchParams()[0].get('token') ?? '';
  const start = useQuery({
    queryKey: ['activation', token],
    queryFn: () => unwrap(http.POST('/auth/activation/start', { body: { token } }), { expect401: true }),
    enabled: token !== '',
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <main className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-brand">
          <span className="brand-mark">IOPS</span>
          <span className="brand-sub">Partner portal</span>
        </div>
        <h1>Activate your account</h1>
        {token === '' ? (
          <ErrorNotice message="This page needs the activation link from your invitation." />
        ) : start.isPending ? (
          <Loading />
        ) : start.isError ? (
          <ErrorNotice
            message={
              start.error instanceof ApiError && start.error.status < 500
                ? 'This activation link is not valid any more. Ask your host-nation administrator for a new invitation.'
                : start.error.message
            }
          />
        ) : (
          <ActivationForm token={token} {...start.data} />
        )}
      </div>
    </main>
  );
}

function ActivationForm(props: {
  token: string;
  username: string;
  displayName: string;
  totpSecret: string;
  otpauthUri: string;
  expiresAt: string;
}) {
  const { register, handleSubmit, setError, formState } = useForm<ActivationValues>({
    defaultValues: { password: '', confirmPassword: '', totpCode: '' },
  });
  const [problem, setProblem] = useState<{ message: string; extra: string[] } | null>(null);
  const activate = useMutation({
    mutationFn: (values: ActivationValues) =>
      unwrap(http.POST('/auth/activation', { body: { token: props.token, password: values.password, totpCode: values.totpCode.trim() } }), {
        expect401: true,
      }),
    onError: (error) =>
      setProblem({ message: error.message, extra: applyServerErrors<ActivationValues>(error, ['password', 'totpCode'], setError) }),
  });
  if (activate.isSuccess) {
    return (
      <div className="activation-done">
        <p className="notice notice-success" role="status">
          Your account {activate.data.username} is active.
        </p>
        <h2>Your recovery codes</h2>
        <p>Keep these somewhere safe: each signs you in once if you lose your authenticator. They are shown only now.</p>
        <ul className="recovery-codes" data-testid="recovery-codes">
          {activate.data.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <Link to="/sign-in?next=%2Fpartner" className="button button-primary button-block">
          Go to sign-in
        </Link>
      </div>
    );
  }
  const errors = formState.errors;
  return (
    <form
      onSubmit={handleSubmit((values) => {
        setProblem(null);
        if (values.password !== values.confirmPassword) return setError('confirmPassword', { message: 'The two passwords differ' });
        activate.mutate(values);
      })}
      noValidate
    >
      <p>
        Welcome, {props.displayName}. Your user name is <strong data-testid="activation-username">{props.username}</strong>. This invitation
        works until {formatDateTime(props.expiresAt)}.
      </p>
      <FormError message={problem?.message} extra={problem?.extra} />
      <Field label="New password" error={errors.password?.message}>
        {(control) => (
          <input {...control} type="password" autoComplete="new-password" {...register('password', { required: 'Choose a password' })} />
        )}
      </Field>
      <Field label="New password again" error={errors.confirmPassword?.message}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            {...register('confirmPassword', { required: 'Type the password again' })}
          />
        )}
      </Field>
      <h2>Your authenticator</h2>
      <p>In your authenticator app, add an account with this key (or open the link on the device that has the app):</p>
      <p>
        Key: <code data-testid="totp-secret">{props.totpSecret}</code>
      </p>
      <p>
        <a href={props.otpauthUri}>Add to my authenticator app</a>
      </p>
      <Field label="Code the authenticator shows" error={errors.totpCode?.message}>
        {(control) => (
          <input
            {...control}
            autoComplete="one-time-code"
            inputMode="numeric"
            {...register('totpCode', { required: 'Enter the six-digit code' })}
          />
        )}
      </Field>
      <button type="submit" className="button button-primary button-block" disabled={activate.isPending}>
        {activate.isPending ? 'Activating…' : 'Activate my account'}
      </button>
    </form>
  );
}
