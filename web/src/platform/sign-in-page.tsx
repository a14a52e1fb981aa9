import { type FormEvent, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { useSessionState } from './session-context.tsx';

/** Only same-site paths, so a crafted link cannot send the user elsewhere after sign-in. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

/** A partner user lands in the partner portal, an agency user anywhere but there. */
export function landingFor(next: string, isPartner: boolean): string {
  const inPortal = next === '/partner' || next.startsWith('/partner/');
  if (isPartner) return inPortal ? next : '/partner';
  return inPortal ? '/' : next;
}

type SecondStep = null | 'code' | 'recovery';

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
  const [second, setSecond] = useState<SecondStep>(null);
  const [code, setCode] = useState('');
  const next = safeNext(params.get('next'));

  if (state.status === 'signed-in') return <Navigate to={landingFor(next, state.session.user.partner !== null)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const factor = second === 'code' ? { totpCode: code.trim() } : second === 'recovery' ? { recoveryCode: code.trim() } : {};
    try {
      await signIn(username.trim(), password, factor);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'second_factor_required' && second === null) {
        // A partner account: the password was right; the authenticator's code comes next.
        setSecond('code');
      } else {
        setError(describeSignInError(caught));
        if (second === null) setPassword('');
        setCode('');
      }
    } finally {
      setBusy(false);
    }
  }

  function startOver() {
    setSecond(null);
    setCode('');
    setPassword('');
    setError(null);
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
        {second === null ? (
          <>
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
          </>
        ) : (
          <SecondFactorFields
            step={second}
            code={code}
            onCode={setCode}
            onSwitch={(step) => {
              setSecond(step);
              setCode('');
              setError(null);
            }}
          />
        )}
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={busy || !username || !password || (second !== null && !code.trim())}
        >
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        {second !== null && (
          <button type="button" className="button button-quiet button-block" onClick={startOver}>
            Use another account
          </button>
        )}
      </form>
    </main>
  );
}

function SecondFactorFields(props: {
  step: 'code' | 'recovery';
  code: string;
  onCode(code: string): void;
  onSwitch(step: 'code' | 'recovery'): void;
}) {
  const { step, code, onCode, onSwitch } = props;
  return (
    <>
      <p className="notice notice-info" role="status">
        {step === 'code'
          ? 'Enter the six-digit code your authenticator app shows for IOPS.'
          : 'Enter one of the recovery codes you kept when you activated your account. Each works once.'}
      </p>
      <label className="field">
        <span>{step === 'code' ? 'Authenticator code' : 'Recovery code'}</span>
        <input
          name={step === 'code' ? 'totpCode' : 'recoveryCode'}
          autoComplete="one-time-code"
          inputMode={step === 'code' ? 'numeric' : 'text'}
          required
          value={code}
          onChange={(e) => onCode(e.target.value)}
        />
      </label>
      <button type="button" className="button button-quiet" onClick={() => onSwitch(step === 'code' ? 'recovery' : 'code')}>
        {step === 'code' ? 'Use a recovery code instead' : 'Use the authenticator code instead'}
      </button>
    </>
  );
}
