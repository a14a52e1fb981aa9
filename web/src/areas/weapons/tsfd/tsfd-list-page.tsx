import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../../platform/data-table.tsx';
import { PartnerFilter } from '../../../platform/list-filters.tsx';
import { exportUrl, ListPage } from '../../../platform/list-page.tsx';
import { useListState } from '../../../platform/list-state.ts';
import { useArea } from '../../../platform/session-context.tsx';
import { ErrorNotice } from '../../../platform/status-pages.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { NewTsfdForm } from './new-tsfd-form.tsx';
import {
  TECHNOLOGY_AREA_LABELS,
  TSFD_STATUS_LABELS,
  type TsfdQuery,
  type TsfdRequestSummary,
  type TsfdStatus,
  tsfdApi,
} from './tsfd-api.ts';

const STATUSES = Object.keys(TSFD_STATUS_LABELS) as TsfdStatus[];
const areaLabel = (a: string) => TECHNOLOGY_AREA_LABELS[a] ?? a;
/** The most the server lists at once. */
const MAX_LIMIT = 200;

const COLUMNS: Column<TsfdRequestSummary>[] = [
  {
    id: 'reference',
    header: 'Request',
    className: 'col-code',
    render: (r) => (
      <Link to={`/weapons/tsfd/${r.id}`} tabIndex={-1} className="mono strong">
        {r.reference}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (r) => r.partnerCode },
  { id: 'system', header: 'System', render: (r) => r.systemName },
  {
    id: 'status',
    header: 'Status',
    render: (r) => (
      <>
        <span className="badge">{TSFD_STATUS_LABELS[r.status]}</span> {r.priority && <span className="badge badge-danger">Priority</span>}
      </>
    ),
  },
  { id: 'plar', header: 'Pre-LOR assessment', className: 'col-date mono', render: (r) => r.preLorAssessmentOn },
  { id: 'case', header: 'Case', className: 'mono', render: (r) => r.caseIdentifier ?? '—' },
];

/** TSFD requests in scope (only for users holding TSFD need-to-know), and the anticipatory policies. */
export function TsfdListPage() {
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const [creating, setCreating] = useState(false);
  const status = get('status');
  const query: TsfdQuery = {
    status: STATUSES.includes(status as TsfdStatus) ? (status as TsfdStatus) : undefined,
    partner: get('partner') || undefined,
    limit: Math.min(list.paging.limit, MAX_LIMIT),
    offset: list.paging.offset,
  };
  const answer = useApi(['weapons', 'tsfd-list-page:tsfdApi.list'], (signal) => tsfdApi.list(query, signal), [JSON.stringify(query)]);
  // The list answers its rows and total; the page it is, is the one asked for.
  const page = { ...answer, data: answer.data && { ...answer.data, offset: list.paging.offset, limit: query.limit ?? MAX_LIMIT } };
  const policies = useApi(['weapons', 'tsfd-list-page:tsfdApi.policies'], (signal) => tsfdApi.policies(signal), []);
  return (
    <div className="page">
      <ListPage
        title="Technology security and foreign disclosure"
        description="TSFD requests started by a Pre-LOR Assessment Request (DSCA 16-26, 25-16)"
        savedViews={{ area: 'weapons', path: '/weapons/tsfd' }}
        download={(format) => exportUrl('/weapons/tsfd-requests', query, format)}
        actions={
          canWrite && (
            <button type="button" className="button button-primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
              New Pre-LOR Assessment Request
            </button>
          )
        }
        filters={
          <div className="filter-bar" role="search">
            <PartnerFilter list={list} />
            <label className="field field-inline">
              <span>Status</span>
              <select value={query.status ?? ''} onChange={(e) => filter({ status: e.target.value })}>
                <option value="">All statuses</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {TSFD_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        }
        list={list}
        page={page}
        caption="TSFD requests"
        columns={COLUMNS}
        rowKey={(r) => r.id}
        rowLabel={(r) => `${r.reference} ${r.partnerCode} ${TSFD_STATUS_LABELS[r.status]}`}
        onOpen={(r) => navigate(`/weapons/tsfd/${r.id}`)}
        empty="No TSFD request you may see matches these filters."
      >
        {creating && <NewTsfdForm onCreated={(r) => navigate(`/weapons/tsfd/${r.id}`)} />}
      </ListPage>
      <section aria-labelledby="policies">
        <h2 id="policies">Anticipatory policies</h2>
        {policies.error && <ErrorNotice message={policies.error.message} onRetry={policies.reload} />}
        <ul className="plain-list" aria-label="Anticipatory policies">
          {(policies.data ?? []).map((p) => (
            <li key={p.id}>
              <strong>{p.title}</strong> — {p.groupCode}, {p.technologyAreas.map(areaLabel).join(', ')}; from {p.effectiveOn}
              {p.expiresOn ? ` until ${p.expiresOn}` : ''}{' '}
              {p.inForce ? <span className="badge">In force</span> : <span className="badge badge-muted">Not in force</span>}
            </li>
          ))}
          {policies.data?.length === 0 && <li className="muted">No anticipatory policy you may see.</li>}
        </ul>
      </section>
    </div>
  );
}
