import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError, api } from '../../api/client.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

const EMPTY: PasswordValues = { currentPassword: '', newPassword: '', repeat: '' };

export function ChangePasswordSection({ onChanged }: { onChanged?: () => Promise<void> }) {
  const { register, handleSubmit, setError, reset, watch, formState } = useForm<PasswordValues>({ defaultValues: EMPTY });
  const [failure, setFailure] = useState<{ message: string; extra: string[] } | null>(null);
  const [done, setDone] = useState(false);
  const question = useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitting);
  const [current, next, repeat] = watch(['currentPassword', 'newPassword', 'repeat']);
  const mismatch = repeat !== '' && repeat !== next;
  const errors = formState.errors;

  const submit = handleSubmit(async (values) => {
    if (values.repeat !== values.newPassword) return;
    setFailure(null);
    setDone(false);
    try {
      await api.changePassword(values.currentPassword, values.newPassword);
      reset(EMPTY);
      setDone(true);
      await onChanged?.();
    } catch (caught) {
      // The server names a too-short new password '(body)' rather than 'newPassword'.
      const placedBody = caught instanceof ApiError ? caught.fieldMessage('(body)') : undefined;
      if (placedBody) setError('newPassword', { type: 'server', message: placedBody });
      const extra = applyServerErrors<PasswordValues>(caught, ['currentPassword', 'newPassword'], setError).filter((m) => m !== placedBody);
      const placed = caught instanceof ApiError && caught.fields.length > 0 && extra.length === 0;
      setFailure(placed ? null : { message: caught instanceof ApiError ? caught.message : String(caught), extra });
    }
  });

  return (
    <section className="card" aria-labelledby="password-title">
      {question}
      <h2 id="password-title">Change my password</h2>
      {done && (
        <p className="notice notice-success" role="status">
          Your password has been changed.
        </p>
      )}
      <FormError message={failure?.message} extra={failure?.extra} />
      <form className="form" onSubmit={submit} noValidate>
        <div className="form-row">
          <Field label="Current password" error={errors.currentPassword?.message}>
            {(c) => <input {...c} type="password" autoComplete="current-password" {...register('currentPassword')} />}
          </Field>
          <Field label="New password" error={errors.newPassword?.message}>
            {(c) => <input {...c} type="password" autoComplete="new-password" {...register('newPassword')} />}
          </Field>
          <Field label="New password again" error={mismatch ? 'does not match the new password' : undefined}>
            {(c) => <input {...c} type="password" autoComplete="new-password" {...register('repeat')} />}
          </Field>
          <button
            type="submit"
            className="button button-primary"
            disabled={formState.isSubmitting || !current || !next || mismatch || repeat === ''}
          >
            Change password
          </button>
        </div>
      </form>
    </section>
  );
}
