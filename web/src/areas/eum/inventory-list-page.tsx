import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { eumApi } from '../../api/eum-client.ts';
import {
  EUM_INVENTORY_STATUSES,
  type EumInventoryKind,
  type EumInventoryQuery,
  type EumInventoryStatus,
  type EumInventorySummary,
} from '../../api/eum-types.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { EumBadge, EumNav } from './eum-labels.tsx';

const COLUMNS: Column<EumInventorySummary>[] = [
  {
    id: 'due',
    header: 'Due',
    className: 'col-date mono',
    render: (v) => (
      <Link to={`/eum/inventories/${v.id}`} tabIndex={-1} className={v.overdue ? 'text-danger strong' : 'strong'}>
        {v.dueOn}
        {v.overdue ? ' (overdue)' : ''}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (v) => v.partnerCode },
  { id: 'site', header: 'Site', render: (v) => `${v.siteCode} ${v.siteName}` },
  { id: 'kind', header: 'Kind', className: 'col-narrow', render: (v) => v.kind.replace('_', ' ') },
  { id: 'status', header: 'Status', className: 'col-narrow', render: (v) => <EumBadge value={v.status} /> },
  {
    id: 'counts',
    header: 'Found / expected',
    className: 'col-number',
    render: (v) => `${formatCount(v.foundCount)} / ${formatCount(v.expectedCount)}`,
  },
  { id: 'open', header: 'Open discrepancies', className: 'col-number', render: (v) => formatCount(v.openDiscrepancies) },
];

export function InventoryListPage() {
  usePageTitle('Inventories');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('eum')?.canWrite ?? false;
  const status = get('status');
  const query: EumInventoryQuery = {
    partner: get('partner') || undefined,
    status: EUM_INVENTORY_STATUSES.includes(status as EumInventoryStatus) ? (status as EumInventoryStatus) : undefined,
    overdue: get('overdue') === 'true' ? 'true' : undefined,
    limit: intParam(get('limit'), 50, 500) || 50,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['eum', 'inventory-list-page:eumApi.inventories'], (signal) => eumApi.inventories(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Serial-number inventories</h1>
          <p className="page-sub">Earliest due first{page.data ? ` · ${formatCount(page.data.total)} found` : ''}</p>
        </div>
      </header>
      <EumNav />
      <div className="filter-bar" role="search">
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={get('partner')}
            maxLength={3}
            placeholder="AT"
            onChange={(e) => update({ partner: e.target.value.toUpperCase().trim(), offset: null }, { replace: true })}
          />
        </label>
        <label className="field field-inline">
          <span>Status</span>
          <select value={query.status ?? ''} onChange={(e) => update({ status: e.target.value, offset: null })}>
            <option value="">All statuses</option>
            {EUM_INVENTORY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline">
          <input
            type="checkbox"
            checked={query.overdue === 'true'}
            onChange={(e) => update({ overdue: e.target.checked ? 'true' : null, offset: null })}
          />
          <span>Overdue only</span>
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Inventories"
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(v) => v.id}
        rowLabel={(v) => `${v.partnerCode} ${v.siteCode} due ${v.dueOn}`}
        onOpen={(v) => navigate(`/eum/inventories/${v.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No inventory matches these filters.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="Inventory pages"
        />
      )}
      {canWrite && <PlanInventoryForm onPlanned={(id) => navigate(`/eum/inventories/${id}`)} />}
    </section>
  );
}

function PlanInventoryForm({ onPlanned }: { onPlanned: (id: string) => void }) {
  const sites = useApi(['eum', 'inventory-list-page:eumApi.sites'], (signal) => eumApi.sites(undefined, signal), []);
  const [siteId, setSiteId] = useState('');
  const [kind, setKind] = useState<EumInventoryKind>('periodic');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onPlanned((await eumApi.createInventory({ siteId, kind, dueOn: dueOn || null })).id);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  }
  return (
    <form className="panel" onSubmit={submit} aria-label="Plan an inventory">
      <h2>Plan an inventory</h2>
      <FormError message={error?.message} />
      <Field label="Site" error={error?.fieldMessage('siteId')}>
        {(p) => (
          <select {...p} value={siteId} required onChange={(e) => setSiteId(e.target.value)}>
            <option value="">Choose a site</option>
            {(sites.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.partnerCode} {s.code} — {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Kind">
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value as EumInventoryKind)}>
            <option value="initial">Initial (90 days after arrival)</option>
            <option value="periodic">Periodic (annual)</option>
            <option value="ad_hoc">Ad hoc</option>
          </select>
        )}
      </Field>
      <Field
        label="Due on"
        hint="Leave empty for scheduled inventories: the earliest due date of the items at the site"
        error={error?.fieldMessage('dueOn')}
      >
        {(p) => <input {...p} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Plan inventory
        </button>
      </div>
    </form>
  );
}
