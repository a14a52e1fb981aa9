import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { describeScope } from '../../platform/describe-scope.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { formatDateTime } from '../../platform/format.ts';
import { AccessFields, type AccessValue, parseCountries } from './access-fields.tsx';
import { ResetPasswordForm } from './reset-password-form.tsx';

interface EditUserPanelProps {
  user: User;
  canWrite: boolean;
  roleLabels: Record<string, string>;
  directorateLabels: Record<string, string>;
  markingLabels: Record<string, string>;
  onChanged: (user: User, message: string) => void;
  onReload: () => void;
  onClose: () => void;
}

const PLACED = [
  'displayName',
  'email',
  'roles',
  'directorates',
  'allDirectorates',
  'countries',
  'allCountries',
  'needToKnow',
  'active',
  'version',
];

export function EditUserPanel(props: EditUserPanelProps) {
  const { user, canWrite, roleLabels, directorateLabels, markingLabels, onChanged, onReload, onClose } = props;
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email ?? '');
  const [active, setActive] = useState(user.active);
  const [access, setAccess] = useState<AccessValue>({
    roles: user.roles,
    allDirectorates: user.allDirectorates,
    directorates: user.directorates,
    allCountries: user.allCountries,
    countriesText: user.countries.join(', '),
    needToKnow: user.needToKnow,
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<User>, message: string) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await action(), message);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      () =>
        api.updateUser(user.id, {
          version: user.version,
          displayName,
          email: email.trim() || null,
          active,
          roles: access.roles,
          allDirectorates: access.allDirectorates,
          directorates: access.allDirectorates ? [] : access.directorates,
          allCountries: access.allCountries,
          countries: access.allCountries ? [] : parseCountries(access.countriesText),
          needToKnow: access.needToKnow,
        }),
      `Saved ${user.username}.`,
    );
  }

  const conflict = error?.isVersionConflict ?? false;
  return (
    <section className="card" aria-labelledby="edit-user-title">
      <div className="card-header">
        <h2 id="edit-user-title">
          {user.displayName} <span className="mono muted">{user.username}</span>
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="small muted">
        Created {formatDateTime(user.createdAt)} · version {user.version} · {describeScope(user)}
        {user.needToKnow.length > 0 && ` · need-to-know granted: ${user.needToKnow.map((m) => markingLabels[m] ?? m).join(', ')}`}
        {user.mustChangePassword && ' · must change password'}
      </p>
      {user.locked && (
        <div className="notice notice-warning">
          This account is locked after repeated failed sign-ins.
          {canWrite && (
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => void run(() => api.unlockUser(user.id), `Unlocked ${user.username}.`)}
            >
              Unlock
            </button>
          )}
        </div>
      )}
      {conflict && (
        <div className="notice notice-conflict" role="alert">
          <strong>This user was changed by someone else — reload.</strong>{' '}
          <button type="button" className="button button-small" onClick={onReload}>
            Reload
          </button>
        </div>
      )}
      {canWrite ? (
        <form className="form" onSubmit={submit} noValidate aria-label={`Edit ${user.username}`}>
          <FormError
            message={conflict ? null : error?.message}
            extra={error && !conflict ? unplacedFieldErrors(error.fields, PLACED) : []}
          />
          <div className="form-grid">
            <Field label="Display name" error={error?.fieldMessage('displayName')}>
              {(c) => <input {...c} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
            </Field>
            <Field label="Email" error={error?.fieldMessage('email')}>
              {(c) => <input {...c} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
            </Field>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
            Active (an inactive user cannot sign in)
          </label>
          <AccessFields
            value={access}
            onChange={setAccess}
            roleLabels={roleLabels}
            directorateLabels={directorateLabels}
            markingLabels={markingLabels}
            error={error}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save user'}
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">You can see users but not change them.</p>
      )}
      {canWrite && <ResetPasswordForm user={user} />}
    </section>
  );
}
