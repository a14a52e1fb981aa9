import { useMemo, useState } from 'react';
import { api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { Pager } from '../../platform/pager.tsx';
import { useArea, useSession } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { CreateUserForm } from './create-user-form.tsx';
import { EditUserPanel } from './edit-user-panel.tsx';
import { userColumns } from './user-columns.tsx';

function matches(user: User, text: string): boolean {
  const q = text.trim().toLowerCase();
  if (!q) return true;
  return [user.username, user.displayName, user.email ?? '', ...user.roles, ...user.countries].some((v) => v.toLowerCase().includes(q));
}

export function UsersPage() {
  usePageTitle('Users');
  const session = useSession();
  const canWrite = useArea('users')?.canWrite ?? false;
  const { get, update } = useSearchState();
  const users = useApi(['users', 'users-page:api.listUsers'], (signal) => api.listUsers(signal), []);
  const [notice, setNotice] = useState<string | null>(null);
  const q = get('q');
  const selectedId = get('user');
  const creating = get('new') === '1';
  const limit = intParam(get('limit'), 50, 500) || 50;
  const offset = intParam(get('offset'), 0);

  const filtered = useMemo(
    () => (users.data ?? []).filter((u) => matches(u, q)).sort((a, b) => a.username.localeCompare(b.username)),
    [users.data, q],
  );
  const selected = users.data?.find((u) => u.id === selectedId);
  const columns = useMemo(() => userColumns(session.roleLabels), [session.roleLabels]);

  function replaceUser(user: User, message: string) {
    users.setData((list) => {
      const rest = (list ?? []).filter((u) => u.id !== user.id);
      return [...rest, user];
    });
    setNotice(message);
  }

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Users</h1>
          <p className="page-sub">Accounts, their roles and their scope{users.data ? ` · ${users.data.length} users` : ''}</p>
        </div>
        {canWrite && !creating && (
          <button type="button" className="button button-primary" onClick={() => update({ new: '1', user: null })}>
            New user
          </button>
        )}
      </header>
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      {creating && canWrite && (
        <CreateUserForm
          roleLabels={session.roleLabels}
          directorateLabels={session.directorateLabels}
          markingLabels={session.markingLabels}
          onCancel={() => update({ new: null })}
          onCreated={(user) => {
            replaceUser(user, `Created ${user.username}.`);
            update({ new: null, user: user.id });
          }}
        />
      )}
      {selected && (
        <EditUserPanel
          key={`${selected.id}:${selected.version}:${String(selected.locked)}`}
          user={selected}
          canWrite={canWrite}
          roleLabels={session.roleLabels}
          directorateLabels={session.directorateLabels}
          markingLabels={session.markingLabels}
          onChanged={replaceUser}
          onReload={users.reload}
          onClose={() => update({ user: null })}
        />
      )}
      <div className="filter-bar" role="search">
        <label className="field field-inline field-grow">
          <span>Filter</span>
          <input
            type="search"
            value={q}
            placeholder="User name, name, email, role or partner"
            onChange={(e) => update({ q: e.target.value, offset: null }, { replace: true })}
          />
        </label>
      </div>
      {users.error && <ErrorNotice message={users.error.message} onRetry={users.reload} />}
      <DataTable
        caption="Users"
        columns={columns}
        rows={filtered.slice(offset, offset + limit)}
        rowKey={(u) => u.id}
        rowLabel={(u) => `${u.username} ${u.displayName}`}
        onOpen={(u) => {
          setNotice(null);
          update({ user: u.id, new: null });
          window.scrollTo({ top: 0 });
        }}
        busy={users.loading}
        empty={users.loading ? 'Loading…' : 'No user matches.'}
      />
      <Pager
        offset={offset}
        limit={limit}
        total={filtered.length}
        onChange={(o, l) => update({ offset: o || null, limit: l === 50 ? null : l })}
        label="User pages"
      />
    </section>
  );
}
