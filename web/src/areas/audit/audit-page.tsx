import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { AuditEntry, AuditQuery } from '../../api/types.ts';
import type { Column } from '../../platform/data-table.tsx';
import { formatDateTime } from '../../platform/format.ts';
import { exportUrl, ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useApi } from '../../platform/use-api.ts';
import { AuditChange } from './audit-change.tsx';
import { AuditFilters } from './audit-filters.tsx';

const columns: Column<AuditEntry>[] = [
  {
    id: 'at',
    header: 'Time',
    sortKey: 'time',
    className: 'col-time',
    render: (e) => (
      <time dateTime={e.at} title={e.at}>
        {formatDateTime(e.at)}
      </time>
    ),
  },
  { id: 'actor', header: 'Actor', sortKey: 'actor', render: (e) => <span className="mono">{e.actorName}</span> },
  { id: 'action', header: 'Action', sortKey: 'action', render: (e) => <span className="mono strong">{e.action}</span> },
  { id: 'entityType', header: 'Entity type', render: (e) => e.entityType },
  {
    id: 'entityId',
    header: 'Entity ID',
    className: 'col-id',
    render: (e) => (
      <span className="mono" title={e.entityId}>
        {e.entityId}
      </span>
    ),
  },
  {
    id: 'partner',
    header: 'Partner',
    className: 'col-narrow',
    render: (e) =>
      e.countryCode ? (
        <Link to={`/countries/${e.countryCode}`} className="mono">
          {e.countryCode}
        </Link>
      ) : (
        <span className="muted">—</span>
      ),
  },
];

type AuditSort = NonNullable<AuditQuery['sort']>;
const SORTS: readonly AuditSort[] = ['time', 'actor', 'action'];

/** The audit log, newest first or as sorted, filtered by record, actor and date; its readers download the same entries. */
export function AuditPage() {
  const list = useListState<AuditSort>({ sorts: SORTS, defaultSort: 'time', descendingFirst: ['time'] });
  const { get } = list;
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const filters = {
    record: get('record'),
    entityType: get('entityType'),
    entityId: get('entityId'),
    actor: get('actor'),
    from: get('from'),
    to: get('to'),
  };
  const query: AuditQuery = { ...filters, ...list.sorting, ...list.paging };
  const loaded = useApi(['audit', 'audit-page:api.listAudit'], (signal) => api.listAudit(query, signal), [JSON.stringify(query)]);
  const page = { ...loaded, data: loaded.data && { ...loaded.data, ...list.paging } };

  function toggle(entry: AuditEntry) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(entry.seq)) next.delete(entry.seq);
      else next.add(entry.seq);
      return next;
    });
  }

  return (
    <ListPage
      title="Audit log"
      description="Every change, newest first unless sorted otherwise. Select a row to see the record before and after"
      download={(format) => exportUrl('/audit', query, format)}
      filters={<AuditFilters values={filters} onApply={(changes) => list.filter(changes)} />}
      list={list}
      page={page}
      caption="Audit records"
      columns={columns}
      rowKey={(e) => String(e.seq)}
      rowLabel={(e) => `${e.action} ${e.entityType} ${e.entityId} by ${e.actorName}`}
      onOpen={toggle}
      detail={(e) => (expanded.has(e.seq) ? <AuditChange entry={e} /> : null)}
      empty="No audit records match these filters."
    />
  );
}
