import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { Field } from '../../platform/field.tsx';

export function ChangePasswordSection({ onChanged }: { onChanged?: () => Promise<void> }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const mismatch = repeat !== '' && repeat !== next;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
      await onChanged?.();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  // The server names a too-short new password '(body)' rather than 'newPassword'.
  const newError = error?.fieldMessage('newPassword') ?? error?.fieldMessage('(body)');
  const currentError = error?.fieldMessage('currentPassword');
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">Change my password</h2>
      {done && (
        <p className="notice notice-success" role="status">
          Your password has been changed.
        </p>
      )}
      {error && !newError && !currentError && (
        <p className="notice notice-error" role="alert">
          {error.message}
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <div className="form-row">
          <Field label="Current password" error={currentError}>
            {(c) => (
              <input {...c} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
            )}
          </Field>
          <Field label="New password" error={newError}>
            {(c) => <input {...c} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />}
          </Field>
          <Field label="New password again" error={mismatch ? 'does not match the new password' : undefined}>
            {(c) => <input {...c} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
          </Field>
          <button type="submit" className="button button-primary" disabled={busy || !current || !next || mismatch || repeat === ''}>
            Change password
          </button>
        </div>
      </form>
    </section>
  );
}
