import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ApiError, api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { describeScope } from '../../platform/describe-scope.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { formatDateTime } from '../../platform/format.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
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

/** The server's limit on a display name (updateUserInput in src/platform/users/model.ts). */
const DISPLAY_NAME_MAX = 120;

interface EditValues {
  displayName: string;
  email: string;
  active: boolean;
  access: AccessValue;
}

export function EditUserPanel(props: EditUserPanelProps) {
  const { user, canWrite, roleLabels, directorateLabels, markingLabels, onChanged, onReload, onClose } = props;
  const nameCount = useId();
  const { control, register, handleSubmit, setError, reset, watch, formState } = useForm<EditValues>({
    defaultValues: {
      displayName: user.displayName,
      email: user.email ?? '',
      active: user.active,
      access: {
        roles: user.roles,
        allDirectorates: user.allDirectorates,
        directorates: user.directorates,
        allCountries: user.allCountries,
        countriesText: user.countries.join(', '),
        needToKnow: user.needToKnow,
      },
    },
  });
  const [error, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Another user's panel (or none) is another page here: the edits would be lost.
  const question = useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitSuccessful, {
    leaves: (current, next) => current.pathname !== next.pathname || current.search !== next.search,
  });

  async function run(action: () => Promise<User>, message: string) {
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await action(), message);
    } catch (caught) {
      applyServerErrors<EditValues>(caught, ['displayName', 'email'], setError);
      setFailure(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      throw caught;
    } finally {
      setBusy(false);
    }
  }

  const submit = handleSubmit(({ access, ...values }) =>
    run(
      () =>
        api.updateUser(user.id, {
          version: user.version,
          displayName: values.displayName,
          email: values.email.trim() || null,
          active: values.active,
          roles: access.roles,
          allDirectorates: access.allDirectorates,
          directorates: access.allDirectorates ? [] : access.directorates,
          allCountries: access.allCountries,
          countries: access.allCountries ? [] : parseCountries(access.countriesText),
          needToKnow: access.needToKnow,
        }),
      `Saved ${user.username}.`,
    ),
  );

  const conflict = error?.isVersionConflict ?? false;
  return (
    <section className="card" aria-labelledby="edit-user-title">
      {question}
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
              onClick={() => run(() => api.unlockUser(user.id), `Unlocked ${user.username}.`).catch(() => undefined)}
            >
              Unlock
            </button>
          )}
        </div>
      )}
      {conflict && (
        <div className="notice notice-conflict" role="alert">
          <strong>This user was changed by someone else — reload.</strong>{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              reset();
              onReload();
            }}
          >
            Reload
          </button>
        </div>
      )}
      {canWrite ? (
        <form className="form" onSubmit={(event) => submit(event).catch(() => undefined)} noValidate aria-label={`Edit ${user.username}`}>
          <FormError
            message={conflict ? null : error?.message}
            extra={error && !conflict ? unplacedFieldErrors(error.fields, PLACED) : []}
          />
          <div className="form-grid">
            <Field label="Display name" error={formState.errors.displayName?.message}>
              {(c) => (
                <>
                  <input
                    {...c}
                    aria-describedby={[c['aria-describedby'], nameCount].filter(Boolean).join(' ')}
                    {...register('displayName')}
                  />
                  <CharCount id={nameCount} length={watch('displayName').length} max={DISPLAY_NAME_MAX} />
                </>
              )}
            </Field>
            <Field label="Email" error={formState.errors.email?.message}>
              {(c) => <input {...c} type="email" {...register('email')} />}
            </Field>
          </div>
          <label className="checkbox">
            <input type="checkbox" {...register('active')} />
            Active (an inactive user cannot sign in)
          </label>
          <Controller
            control={control}
            name="access"
            render={({ field }) => (
              <AccessFields
                value={field.value}
                onChange={field.onChange}
                roleLabels={roleLabels}
                directorateLabels={directorateLabels}
                markingLabels={markingLabels}
                error={error}
              />
            )}
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
