import { type FormEvent, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { useSessionState } from './session-context.tsx';

/** Only same-site paths, so a crafted link cannot send the user elsewhere after sign-in. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

function describeSignInError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Sign-in failed; try again.';
  // 401 covers a wrong name or password and a locked account alike (the server says which it cannot tell apart);
  // 429 says how long to wait.
  if (error.status === 401 || error.status === 429) return error.message;
  if (error.status === 400) return 'Enter your user name and password.';
  return error.message;
}

export function SignInPage() {
  const { state, signIn } = useSessionState();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (state.status === 'signed-in') return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (caught) {
      setError(describeSignInError(caught));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  const notice = state.status === 'signed-out' ? state.message : null;
  return (
    <main className="sign-in">
      <form className="sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
        <div className="sign-in-brand">
          <span className="brand-mark">IOPS</span>
          <span className="brand-sub">Office of International Operations</span>
        </div>
        <h1 id="sign-in-title">Sign in</h1>
        {notice && !error && (
          <p className="notice notice-info" role="status">
            {notice}
          </p>
        )}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <label className="field">
          <span>User name</span>
          <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit" className="button button-primary button-block" disabled={busy || !username || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
