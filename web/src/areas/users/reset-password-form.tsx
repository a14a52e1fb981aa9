import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { Field } from '../../platform/field.tsx';

export function ResetPasswordForm({ user }: { user: User }) {
  const [password, setPassword] = useState('');
  const [mustChange, setMustChange] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await api.resetPassword(user.id, password, mustChange);
      setPassword('');
      setDone(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form subform" onSubmit={submit} noValidate aria-labelledby="reset-password-title">
      <h3 id="reset-password-title">Reset password</h3>
      <p className="small muted">Sets a new password, ends the user's sessions and lifts a lock.</p>
      {done && (
        <p className="notice notice-success" role="status">
          Password set for {user.username}.
        </p>
      )}
      {error && !error.fieldMessage('password') && (
        <p className="notice notice-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="form-row">
        <Field label="New password" error={error?.fieldMessage('password')}>
          {(c) => (
            <input {...c} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={mustChange} onChange={(e) => setMustChange(e.target.checked)} />
          Must change at next sign-in
        </label>
        <button type="submit" className="button" disabled={busy || !password}>
          Set password
        </button>
      </div>
    </form>
  );
}
