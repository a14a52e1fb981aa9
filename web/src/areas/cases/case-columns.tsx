import { Link } from 'react-router-dom';
import type { CaseSummary } from '../../api/types.ts';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents, formatDateTime } from '../../platform/format.ts';
import { CASE_TYPE_LABELS, StatusBadge } from './case-labels.tsx';

export function caseColumns(listSearch: string): Column<CaseSummary>[] {
  return [
    {
      id: 'identifier',
      header: 'Case',
      sortKey: 'identifier',
      className: 'col-code',
      render: (c) =>
        c.withheld ? (
          <span className="muted">Withheld</span>
        ) : (
          <Link to={`/cases/${c.identifier}`} state={{ listSearch }} tabIndex={-1} className="mono strong">
            {c.identifier}
          </Link>
        ),
    },
    {
      id: 'partner',
      header: 'Partner',
      sortKey: 'partner',
      className: 'col-narrow',
      render: (c) =>
        c.withheld ? null : (
          <span title={c.partnerName}>
            <span className="mono">{c.partnerCode}</span> <span className="muted">{c.partnerName}</span>
          </span>
        ),
    },
    { id: 'agency', header: 'IA', className: 'col-narrow mono', render: (c) => c.agencyCode },
    { id: 'type', header: 'Type', className: 'col-narrow', render: (c) => (c.withheld ? null : (CASE_TYPE_LABELS[c.type] ?? c.type)) },
    { id: 'title', header: 'Title', render: (c) => c.title },
    {
      id: 'status',
      header: 'Status',
      sortKey: 'status',
      className: 'col-narrow',
      render: (c) => (c.withheld ? null : <StatusBadge status={c.status} />),
    },
    {
      id: 'value',
      header: 'Value',
      sortKey: 'value',
      className: 'col-money',
      render: (c) => (c.withheld ? null : formatCents(c.totalCents)),
    },
    {
      id: 'updated',
      header: 'Updated',
      sortKey: 'updated',
      className: 'col-time',
      render: (c) =>
        c.withheld ? null : (
          <time dateTime={c.updatedAt} title={c.updatedAt}>
            {formatDateTime(c.updatedAt)}
          </time>
        ),
    },
  ];
}
