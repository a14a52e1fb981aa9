import { Link } from 'react-router-dom';
import type { CaseSummary } from '../../api/types.ts';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents, formatDate, formatDateTime } from '../../platform/format.ts';
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
      // A long partner name ("The former Yugoslav…") is cut with an ellipsis, in full on hover: the identifier, title,
      // value and status stay on screen at 1440 px.
      className: 'col-partner',
      render: (c) =>
        c.withheld ? null : (
          <span className="cell-truncate" title={`${c.partnerCode} ${c.partnerName}`}>
            <span className="mono">{c.partnerCode}</span> <span className="muted">{c.partnerName}</span>
          </span>
        ),
    },
    { id: 'agency', header: 'IA', className: 'col-narrow mono', render: (c) => c.agencyCode },
    { id: 'type', header: 'Type', className: 'col-narrow', render: (c) => (c.withheld ? null : (CASE_TYPE_LABELS[c.type] ?? c.type)) },
    { id: 'title', header: 'Title', className: 'col-title', render: (c) => c.title },
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
          <time dateTime={c.updatedAt} title={formatDateTime(c.updatedAt)}>
            {formatDate(c.updatedAt)}
          </time>
        ),
    },
  ];
}
