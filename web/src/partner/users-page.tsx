import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { http, type Schema, unwrap } from '../api/http.ts';
import { ConfirmAction } from '../platform/confirm-action.tsx';
import { Field, FormError } from '../platform/field.tsx';
import { applyServerErrors } from '../platform/form-errors.ts';
import { formatDateTime } from '../platform/format.ts';
import { useUnsavedChangesGuard } from '../platform/unsaved-changes.tsx';
import { usePageTitle } from '../platform/use-page-title.ts';
import { PERMISSION_LABELS, roleLabel, usePartner } from './partner-session.ts';
import { QueryState } from './query-state.tsx';

type PartnerUser = Schema<'PartnerUser'>;
type Permission = Schema<'InvitePartnerUser'>['permissions'][number];
const PERMISSIONS = Object.keys(PERMISSION_LABELS) as Permission[];

/** The link an invited user opens to activate their account (the token is the proof; it is shown here once). */
const activationLink = (token: string) => `${window.location.origin}/activate?token=${encodeURIComponent(token)}`;

export function PartnerUsersPage() {
  usePageTitle('Users');
  const partner = usePartner();
  const users = useQuery({
    queryKey: ['partner', 'users'],
    queryFn: ({ signal }) => unwrap(http.GET('/partner/users', { signal })),
    enabled: partner.isAdministrator,
  });
  const [invitation, setInvitation] = useState<{ who: string; token: string; expiresAt: string } | null>(null);
  if (!partner.isAdministrator) return <p className="notice notice-info">Only your host-nation administrator manages users.</p>;
  return (
    <div className="page">
      <header className="page-header">
        <h1>Users</h1>
      </header>
      {invitation && (
        <div className="notice notice-success" role="status">
          <p>
            Send {invitation.who} this activation link (it works once, until {formatDateTime(invitation.expiresAt)}):
          </p>
          <p>
            <code data-testid="activation-link">{activationLink(invitation.token)}</code>
          </p>
        </div>
      )}
      <InviteForm onInvited={setInvitation} />
      <section className="card" aria-labelledby="users-list">
        <h2 id="users-list">Your users</h2>
        <QueryState query={users} what="Your users">
          {(rows) => (
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">User name</th>
                    <th scope="col">Role</th>
                    <th scope="col">May see</th>
                    <th scope="col">Standing</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((user) => (
                    <UserRow key={user.id} user={user} onInvited={setInvitation} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </section>
    </div>
  );
}

type Invited = (invitation: { who: string; token: string; expiresAt: string }) => void;

interface InviteValues {
  email: string;
  displayName: string;
  role: 'alternate' | 'user' | 'forwarder';
  permissions: Permission[];
}

function InviteForm({ onInvited }: { onInvited: Invited }) {
  const queryClient = useQueryClient();
  const { register, handleSubmit, setError, reset, formState } = useForm<InviteValues>({
    defaultValues: { email: '', displayName: '', role: 'user', permissions: ['cases', 'requests'] },
  });
  const [problem, setProblem] = useState<{ message: string; extra: string[] } | null>(null);
  const invite = useMutation({
    mutationFn: (values: InviteValues) =>
      unwrap(http.POST('/partner/users', { body: { ...values, permissions: values.permissions || [] } })),
    onSuccess: (answer) => {
      onInvited({ who: answer.user.displayName, ...answer.invitation });
      reset();
    },
    onError: (error) =>
      setProblem({
        message: error.message,
        extra: applyServerErrors<InviteValues>(error, ['email', 'displayName', 'role', 'permissions'], setError),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['partner', 'users'] }),
  });
  const errors = formState.errors;
  const question = useUnsavedChangesGuard(formState.isDirty);
  return (
    <form
      className="card form"
      aria-labelledby="invite-user"
      noValidate
      onSubmit={handleSubmit((values) => {
        setProblem(null);
        invite.mutate(values);
      })}
    >
      {question}
      <h2 id="invite-user">Invite a user</h2>
      <FormError message={problem?.message} extra={problem?.extra} />
      <Field label="Email address" error={errors.email?.message}>
        {(control) => (
          <input {...control} type="email" autoComplete="off" {...register('email', { required: 'Enter the email address' })} />
        )}
      </Field>
      <Field label="Full name" error={errors.displayName?.message}>
        {(control) => <input {...control} {...register('displayName', { required: 'Enter the full name' })} />}
      </Field>
      <Field label="Role" error={errors.role?.message}>
        {(control) => (
          <select {...control} {...register('role')}>
            <option value="user">User</option>
            <option value="alternate">Alternate administrator</option>
            <option value="forwarder">Freight forwarder (deliveries only)</option>
          </select>
        )}
      </Field>
      <fieldset className="field">
        <legend>May see</legend>
        {PERMISSIONS.map((permission) => (
          <label key={permission} className="checkbox">
            <input type="checkbox" value={permission} {...register('permissions')} /> {PERMISSION_LABELS[permission]}
          </label>
        ))}
        {errors.permissions?.message && <span className="field-error">{errors.permissions.message}</span>}
      </fieldset>
      <div>
        <button type="submit" className="button button-primary" disabled={invite.isPending}>
          {invite.isPending ? 'Inviting…' : 'Invite'}
        </button>
      </div>
    </form>
  );
}

function UserRow({ user, onInvited }: { user: PartnerUser; onInvited: Invited }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [permissions, setPermissions] = useState<string[]>(user.permissions);
  const done = { onSettled: () => queryClient.invalidateQueries({ queryKey: ['partner', 'users'] }) };
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        http.PUT('/partner/users/{id}/permissions', {
          params: { path: { id: user.id } },
          body: { version: user.version, permissions: permissions as Permission[] },
        }),
      ),
    onSuccess: () => setEditing(false),
    ...done,
  });
  const resetAccess = useMutation({
    mutationFn: () =>
      unwrap(http.POST('/partner/users/{id}/reset', { params: { path: { id: user.id } }, body: { version: user.version } })),
    onSuccess: (answer) => onInvited({ who: user.displayName, ...answer.invitation }),
    ...done,
  });
  const deactivate = useMutation({
    mutationFn: () =>
      unwrap(http.POST('/partner/users/{id}/deactivate', { params: { path: { id: user.id } }, body: { version: user.version } })),
    ...done,
  });
  const failure = save.error ?? resetAccess.error ?? deactivate.error;
  const isAdministrator = user.role === 'administrator';
  // An invited user is inactive until activation; a deactivated one had enrolled.
  const deactivated = !user.active && user.enrolled;
  return (
    <tr>
      <td>{user.displayName}</td>
      <td>{user.username}</td>
      <td>{roleLabel(user.role)}</td>
      <td>
        {editing ? (
          <fieldset>
            <legend>What {user.displayName} may see</legend>
            {PERMISSIONS.map((p) => (
              <label key={p} className="checkbox">
                <input
                  type="checkbox"
                  checked={permissions.includes(p)}
                  onChange={(e) => setPermissions(e.target.checked ? [...permissions, p] : permissions.filter((x) => x !== p))}
                />{' '}
                {PERMISSION_LABELS[p]}
              </label>
            ))}
          </fieldset>
        ) : (
          user.permissions.map((p) => PERMISSION_LABELS[p] ?? p).join(', ')
        )}
      </td>
      <td>{!user.enrolled ? 'Invited, not yet activated' : user.active ? 'Active' : 'Deactivated'}</td>
      <td>
        {failure && (
          <span className="field-error" role="alert">
            {failure.message}
          </span>
        )}
        {!deactivated && !isAdministrator && (
          <div className="button-row">
            {editing ? (
              <button type="button" className="button button-small button-primary" onClick={() => save.mutate()} disabled={save.isPending}>
                Save permissions
              </button>
            ) : (
              <button type="button" className="button button-small" onClick={() => setEditing(true)}>
                Change permissions
              </button>
            )}
            <button type="button" className="button button-small" onClick={() => resetAccess.mutate()} disabled={resetAccess.isPending}>
              Reset access
            </button>
            <ConfirmAction
              label="Deactivate"
              question={`Deactivate ${user.displayName}? They can no longer sign in; this cannot be undone.`}
              onConfirm={() => deactivate.mutateAsync()}
            />
          </div>
        )}
      </td>
    </tr>
  );
}
