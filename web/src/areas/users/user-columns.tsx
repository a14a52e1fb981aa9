import type { User } from '../../api/types.ts';
import type { Column } from '../../platform/data-table.tsx';
import { describeScope } from '../../platform/describe-scope.ts';

export function userColumns(roleLabels: Record<string, string>): Column<User>[] {
  return [
    { id: 'username', header: 'User name', render: (u) => <span className="mono strong">{u.username}</span> },
    { id: 'displayName', header: 'Name', render: (u) => u.displayName },
    { id: 'roles', header: 'Roles', render: (u) => u.roles.map((r) => roleLabels[r] ?? r).join(', ') },
    { id: 'scope', header: 'Scope', render: (u) => <span className="small">{describeScope(u)}</span> },
    {
      id: 'active',
      header: 'Active',
      className: 'col-narrow',
      render: (u) => (u.active ? 'Yes' : <span className="badge badge-muted">inactive</span>),
    },
    {
      id: 'locked',
      header: 'Locked',
      className: 'col-narrow',
      render: (u) => (u.locked ? <span className="badge badge-danger">locked</span> : <span className="muted">—</span>),
    },
  ];
}
