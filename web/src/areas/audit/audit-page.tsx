import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { AuditEntry, AuditQuery } from '../../api/types.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatDateTime } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { AuditChange } from './audit-change.tsx';
import { AuditFilters } from './audit-filters.tsx';

const columns: Column<AuditEntry>[] = [
  {
    id: 'at',
    header: 'Time',
    className: 'col-time',
    render: (e) => (
      <time dateTime={e.at} title={e.at}>
        {formatDateTime(e.at)}
      </time>
    ),
  },
  { id: 'actor', header: 'Actor', render: (e) => <span className="mono">{e.actorName}</span> },
  { id: 'action', header: 'Action', render: (e) => <span className="mono strong">{e.action}</span> },
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

export function AuditPage() {
  usePageTitle('Audit log');
  const { get, update } = useSearchState();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const filters = {
    record: get('record'),
    entityType: get('entityType'),
    entityId: get('entityId'),
    actor: get('actor'),
    from: get('from'),
    to: get('to'),
  };
  const limit = intParam(get('limit'), 50, 500) || 50;
  const offset = intParam(get('offset'), 0);
  const query: AuditQuery = { ...filters, limit, offset };
  const page = useApi(['audit', 'audit-page:api.listAudit'], (signal) => api.listAudit(query, signal), [JSON.stringify(query)]);

  function toggle(entry: AuditEntry) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(entry.seq)) next.delete(entry.seq);
      else next.add(entry.seq);
      return next;
    });
  }

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Audit log</h1>
          <p className="page-sub">Every change, newest first. Select a row to see the record before and after.</p>
        </div>
      </header>
      <AuditFilters values={filters} onApply={(changes) => update(changes)} />
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Audit records"
        columns={columns}
        rows={page.data?.items ?? []}
        rowKey={(e) => String(e.seq)}
        rowLabel={(e) => `${e.action} ${e.entityType} ${e.entityId} by ${e.actorName}`}
        onOpen={toggle}
        detail={(e) => (expanded.has(e.seq) ? <AuditChange entry={e} /> : null)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No audit records match these filters.'}
      />
      {page.data && (
        <Pager
          offset={offset}
          limit={limit}
          total={page.data.total}
          onChange={(o, l) => update({ offset: o || null, limit: l === 50 ? null : l })}
          label="Audit pages"
        />
      )}
    </section>
  );
}
