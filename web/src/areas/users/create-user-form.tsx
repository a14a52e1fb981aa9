import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { AccessFields, type AccessValue, parseCountries } from './access-fields.tsx';

interface CreateUserFormProps {
  roleLabels: Record<string, string>;
  directorateLabels: Record<string, string>;
  markingLabels: Record<string, string>;
  onCreated: (user: User) => void;
  onCancel: () => void;
}

const NO_ACCESS: AccessValue = {
  roles: [],
  allDirectorates: false,
  directorates: [],
  allCountries: false,
  countriesText: '',
  needToKnow: [],
};
const PLACED = [
  'username',
  'displayName',
  'email',
  'password',
  'roles',
  'directorates',
  'allDirectorates',
  'countries',
  'allCountries',
  'needToKnow',
];

export function CreateUserForm({ roleLabels, directorateLabels, markingLabels, onCreated, onCancel }: CreateUserFormProps) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [mustChangePassword, setMustChangePassword] = useState(true);
  const [access, setAccess] = useState<AccessValue>(NO_ACCESS);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.createUser({
        username: username.trim(),
        displayName,
        email: email.trim() || null,
        password,
        mustChangePassword,
        roles: access.roles,
        allDirectorates: access.allDirectorates,
        directorates: access.allDirectorates ? [] : access.directorates,
        allCountries: access.allCountries,
        countries: access.allCountries ? [] : parseCountries(access.countriesText),
        needToKnow: access.needToKnow,
      });
      onCreated(created);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="create-user-title" noValidate>
      <h2 id="create-user-title">New user</h2>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, PLACED) : []} />
      <div className="form-grid form-grid-4">
        <Field label="User name" error={error?.fieldMessage('username')} hint="Lower-case, e.g. jane.doe">
          {(c) => <input {...c} value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" required />}
        </Field>
        <Field label="Display name" error={error?.fieldMessage('displayName')}>
          {(c) => <input {...c} value={displayName} onChange={(e) => setDisplayName(e.target.value)} required />}
        </Field>
        <Field label="Email" error={error?.fieldMessage('email')}>
          {(c) => <input {...c} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label="Initial password" error={error?.fieldMessage('password')}>
          {(c) => (
            <input
              {...c}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="new-password"
              required
            />
          )}
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={mustChangePassword} onChange={(e) => setMustChangePassword(e.target.checked)} />
        Must change the password at first sign-in
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
          {busy ? 'Creating…' : 'Create user'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
