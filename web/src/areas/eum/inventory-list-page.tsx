import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router-dom';
import { eumApi } from '../../api/eum-client.ts';
import {
  EUM_INVENTORY_STATUSES,
  type EumInventoryKind,
  type EumInventoryQuery,
  type EumInventoryStatus,
  type EumInventorySummary,
} from '../../api/eum-types.ts';
import type { Column } from '../../platform/data-table.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { formatCount } from '../../platform/format.ts';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { useApi } from '../../platform/use-api.ts';
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

/** The serial-number inventories in scope, earliest due first; writers plan a new one below. */
export function InventoryListPage() {
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('eum')?.canWrite ?? false;
  const status = get('status');
  const query: EumInventoryQuery = {
    partner: get('partner') || undefined,
    status: EUM_INVENTORY_STATUSES.includes(status as EumInventoryStatus) ? (status as EumInventoryStatus) : undefined,
    overdue: get('overdue') === 'true' ? 'true' : undefined,
    ...list.paging,
  };
  const page = useApi(['eum', 'inventory-list-page:eumApi.inventories'], (signal) => eumApi.inventories(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <div className="page">
      <ListPage
        title="Serial-number inventories"
        description="Earliest due first"
        filters={
          <>
            <EumNav />
            <div className="filter-bar" role="search">
              <label className="field field-inline field-narrow">
                <span>Partner</span>
                <input
                  value={get('partner')}
                  maxLength={3}
                  placeholder="AT"
                  onChange={(e) => filter({ partner: e.target.value.toUpperCase().trim() }, true)}
                />
              </label>
              <label className="field field-inline">
                <span>Status</span>
                <select value={query.status ?? ''} onChange={(e) => filter({ status: e.target.value })}>
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
                  onChange={(e) => filter({ overdue: e.target.checked ? 'true' : null })}
                />
                <span>Overdue only</span>
              </label>
            </div>
          </>
        }
        list={list}
        page={page}
        caption="Inventories"
        columns={COLUMNS}
        rowKey={(v) => v.id}
        rowLabel={(v) => `${v.partnerCode} ${v.siteCode} due ${v.dueOn}`}
        onOpen={(v) => navigate(`/eum/inventories/${v.id}`)}
        empty="No inventory matches these filters."
      />
      {canWrite && <PlanInventoryForm />}
    </div>
  );
}

interface PlanValues {
  siteId: string;
  kind: EumInventoryKind;
  dueOn: string;
}

function PlanInventoryForm() {
  const navigate = useNavigate();
  const sites = useApi(['eum', 'inventory-list-page:eumApi.sites'], (signal) => eumApi.sites(undefined, signal), []);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, formState } = useForm<PlanValues>({
    defaultValues: { siteId: '', kind: 'periodic', dueOn: '' },
  });
  const save = useMutation({
    mutationFn: (v: PlanValues) => eumApi.createInventory({ siteId: v.siteId, kind: v.kind, dueOn: v.dueOn || null }),
    onError: (error) => setUnplaced(applyServerErrors(error, ['siteId', 'kind', 'dueOn'], setError)),
  });
  const question = useUnsavedChangesGuard(formState.isDirty && !save.isSuccess);
  // Open the inventory once the page has rendered the save (so the guard knows it is saved).
  useEffect(() => {
    if (save.data) navigate(`/eum/inventories/${save.data.id}`);
  }, [save.data, navigate]);
  const { errors } = formState;
  return (
    <form
      className="panel"
      onSubmit={handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
      aria-label="Plan an inventory"
    >
      {question}
      <h2>Plan an inventory</h2>
      <FormError message={save.error?.message} extra={unplaced} />
      <Field label="Site" error={errors.siteId?.message}>
        {(p) => (
          <select {...p} required {...register('siteId')}>
            <option value="">Choose a site</option>
            {(sites.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.partnerCode} {s.code} — {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Kind" error={errors.kind?.message}>
        {(p) => (
          <select {...p} {...register('kind')}>
            <option value="initial">Initial (90 days after arrival)</option>
            <option value="periodic">Periodic (annual)</option>
            <option value="ad_hoc">Ad hoc</option>
          </select>
        )}
      </Field>
      <Field
        label="Due on"
        hint="Leave empty for scheduled inventories: the earliest due date of the items at the site"
        error={errors.dueOn?.message}
      >
        {(p) => <input {...p} type="date" {...register('dueOn')} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Plan inventory
        </button>
      </div>
    </form>
  );
}
