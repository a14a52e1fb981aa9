import { Link } from 'react-router-dom';
import type { PartnerSummary } from '../../api/types.ts';
import type { Column } from '../../platform/data-table.tsx';

export function CodeUnverified() {
  return (
    <span className="badge badge-warning" title="This customer code has not yet been checked against SAMM Table C4.T2">
      code unverified
    </span>
  );
}

export function GroupBadges({ groups }: { groups: readonly string[] }) {
  if (groups.length === 0) return <span className="muted">—</span>;
  return (
    <span className="badge-list">
      {groups.map((group) => (
        <span key={group} className="badge">
          {group}
        </span>
      ))}
    </span>
  );
}

export function partnerColumns(listSearch: string): Column<PartnerSummary>[] {
  return [
    {
      id: 'code',
      header: 'Code',
      sortKey: 'code',
      className: 'col-code',
      render: (p) => (
        <span className="code-cell">
          <span className="mono strong">{p.code}</span>
          {!p.codeVerified && <CodeUnverified />}
        </span>
      ),
    },
    { id: 'iso2', header: 'ISO', sortKey: 'iso2', className: 'col-narrow mono', render: (p) => p.iso2 ?? '—' },
    {
      id: 'name',
      header: 'Name',
      sortKey: 'name',
      render: (p) => (
        <Link to={`/countries/${p.code}`} state={{ listSearch }} tabIndex={-1}>
          {p.name}
        </Link>
      ),
    },
    { id: 'kind', header: 'Kind', className: 'col-narrow', render: (p) => (p.kind === 'organization' ? 'Organization' : 'Country') },
    {
      id: 'region',
      header: 'Region',
      sortKey: 'region',
      className: 'col-narrow',
      render: (p) => p.region ?? <span className="muted">—</span>,
    },
    { id: 'groups', header: 'Groups', render: (p) => <GroupBadges groups={p.groups} /> },
  ];
}
