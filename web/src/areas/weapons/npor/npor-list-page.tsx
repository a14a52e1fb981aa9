import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../../platform/data-table.tsx';
import { PartnerFilter } from '../../../platform/list-filters.tsx';
import { exportUrl, ListPage } from '../../../platform/list-page.tsx';
import { useListState } from '../../../platform/list-state.ts';
import { useArea } from '../../../platform/session-context.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { NewNporForm } from './new-npor-form.tsx';
import { NPOR_STATUS_LABELS, type NporQuery, type NporRequest, type NporStatus, nporApi } from './npor-api.ts';
import { NporTypes } from './npor-types.tsx';

const STATUSES = Object.keys(NPOR_STATUS_LABELS) as NporStatus[];
/** The most the server lists at once. */
const MAX_LIMIT = 200;

const COLUMNS: Column<NporRequest>[] = [
  {
    id: 'reference',
    header: 'Request',
    className: 'col-code',
    render: (r) => (
      <Link to={`/weapons/npor/${r.id}`} tabIndex={-1} className="mono strong">
        {r.reference}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (r) => r.partnerCode },
  { id: 'title', header: 'Item', render: (r) => r.title },
  { id: 'status', header: 'Status', render: (r) => <span className="badge">{NPOR_STATUS_LABELS[r.status]}</span> },
  { id: 'case', header: 'Case', className: 'mono', render: (r) => r.caseIdentifier ?? '—' },
  { id: 'received', header: 'Received', className: 'col-date mono', render: (r) => r.receivedOn },
];

/** NPOR requests in scope (DSCA 21-50, 25-35, 25-72), with a form to record a new one. */
export function NporListPage() {
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const [creating, setCreating] = useState(false);
  const status = get('status');
  const query: NporQuery = {
    status: STATUSES.includes(status as NporStatus) ? (status as NporStatus) : undefined,
    partner: get('partner') || undefined,
    limit: Math.min(list.paging.limit, MAX_LIMIT),
    offset: list.paging.offset,
  };
  const answer = useApi(['weapons', 'npor-list-page:nporApi.list'], (signal) => nporApi.list(query, signal), [JSON.stringify(query)]);
  // The list answers its rows and total; the page it is, is the one asked for.
  const page = { ...answer, data: answer.data && { ...answer.data, offset: list.paging.offset, limit: query.limit ?? MAX_LIMIT } };
  return (
    <div className="page">
      <ListPage
        title="NPOR requests"
        description="Articles not formally managed by a military department"
        savedViews={{ area: 'weapons', path: '/weapons/npor' }}
        download={(format) => exportUrl('/weapons/npor-requests', query, format)}
        actions={
          canWrite && (
            <button type="button" className="button button-primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
              New NPOR request
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
                    {NPOR_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        }
        list={list}
        page={page}
        caption="NPOR requests"
        columns={COLUMNS}
        rowKey={(r) => r.id}
        rowLabel={(r) => `${r.reference} ${r.partnerCode} ${NPOR_STATUS_LABELS[r.status]}`}
        onOpen={(r) => navigate(`/weapons/npor/${r.id}`)}
        empty="No NPOR request matches these filters."
      >
        {creating && <NewNporForm onCreated={(r) => navigate(`/weapons/npor/${r.id}`)} />}
      </ListPage>
      <NporTypes />
    </div>
  );
}
