import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ApiError, api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
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

/** The server's limit on a display name (createUserInput in src/platform/users/model.ts). */
const DISPLAY_NAME_MAX = 120;

interface UserValues {
  username: string;
  displayName: string;
  email: string;
  password: string;
  mustChangePassword: boolean;
  access: AccessValue;
}

export function CreateUserForm({ roleLabels, directorateLabels, markingLabels, onCreated, onCancel }: CreateUserFormProps) {
  const nameCount = useId();
  const { control, register, handleSubmit, setError, reset, watch, formState } = useForm<UserValues>({
    defaultValues: { username: '', displayName: '', email: '', password: '', mustChangePassword: true, access: NO_ACCESS },
  });
  const [error, setFailure] = useState<ApiError | null>(null);
  const question = useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitting);
  const errors = formState.errors;

  const submit = handleSubmit(async ({ access, ...values }) => {
    setFailure(null);
    try {
      const created = await api.createUser({
        username: values.username.trim(),
        displayName: values.displayName,
        email: values.email.trim() || null,
        password: values.password,
        mustChangePassword: values.mustChangePassword,
        roles: access.roles,
        allDirectorates: access.allDirectorates,
        directorates: access.allDirectorates ? [] : access.directorates,
        allCountries: access.allCountries,
        countries: access.allCountries ? [] : parseCountries(access.countriesText),
        needToKnow: access.needToKnow,
      });
      reset();
      onCreated(created);
    } catch (caught) {
      applyServerErrors<UserValues>(caught, ['username', 'displayName', 'email', 'password'], setError);
      setFailure(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  });

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="create-user-title" noValidate>
      {question}
      <h2 id="create-user-title">New user</h2>
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, PLACED) : []} />
      <div className="form-grid form-grid-4">
        <Field label="User name" error={errors.username?.message} hint="Lower-case, e.g. jane.doe">
          {(c) => <input {...c} {...register('username')} autoComplete="off" required />}
        </Field>
        <Field label="Display name" error={errors.displayName?.message}>
          {(c) => (
            <>
              <input
                {...c}
                aria-describedby={[c['aria-describedby'], nameCount].filter(Boolean).join(' ')}
                {...register('displayName')}
                required
              />
              <CharCount id={nameCount} length={watch('displayName').length} max={DISPLAY_NAME_MAX} />
            </>
          )}
        </Field>
        <Field label="Email" error={errors.email?.message}>
          {(c) => <input {...c} type="email" {...register('email')} />}
        </Field>
        <Field label="Initial password" error={errors.password?.message}>
          {(c) => <input {...c} type="password" {...register('password')} autoComplete="new-password" required />}
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" {...register('mustChangePassword')} />
        Must change the password at first sign-in
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
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Creating…' : 'Create user'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            reset();
            onCancel();
          }}
          disabled={formState.isSubmitting}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
