import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { http, type Schema, unwrap } from '../../../api/http.ts';
import type { Column } from '../../../platform/data-table.tsx';
import { formatCents } from '../../../platform/format.ts';
import { ListPage } from '../../../platform/list-page.tsx';
import { useListState } from '../../../platform/list-state.ts';
import { useArea } from '../../../platform/session-context.tsx';
import { UnsavedGroup } from '../../../platform/unsaved-group.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { DCC_STATUS_LABELS, label } from '../labels.ts';
import { QuickForm } from '../quick-form.tsx';

type Row = Schema<'DccSummary'>;
type Status = NonNullable<Row['status']>;
const STATUSES = Object.keys(DCC_STATUS_LABELS) as Status[];

const COLUMNS: Column<Row>[] = [
  {
    id: 'reference',
    header: 'Request',
    className: 'col-code',
    render: (r) => (
      <Link to={`/special-programs/dcc/${r.reference}`} tabIndex={-1} className="mono strong">
        {r.reference}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow', render: (r) => r.partnerCode },
  { id: 'prime', header: 'Prime contractor', render: (r) => r.primeContractor },
  { id: 'value', header: 'Contract value', className: 'col-money', render: (r) => formatCents(r.contractValueCents) },
  { id: 'financeable', header: 'Financeable', className: 'col-money', render: (r) => formatCents(r.financeableCents) },
  { id: 'approved', header: 'Approved', className: 'col-money', render: (r) => formatCents(r.approvedCents) },
  { id: 'advanced', header: 'Advanced', className: 'col-money', render: (r) => formatCents(r.disbursedCents) },
  { id: 'status', header: 'Status', className: 'col-narrow', render: (r) => label(DCC_STATUS_LABELS, r.status) },
];

/** FMF/DCC financing requests in scope, filtered by partner and status, and a new request. */
export function DccListPage() {
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('special-programs')?.canWrite ?? false;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const status = get('status');
  const query = {
    partner: get('partner') || undefined,
    status: STATUSES.includes(status as Status) ? (status as Status) : undefined,
    ...list.paging,
  };
  const page = useApi(
    ['special-programs', 'dcc-list-page:dcc'],
    (signal) => unwrap(http.GET('/special-programs/dcc', { params: { query }, signal })),
    [JSON.stringify(query)],
  );
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => unwrap(http.POST('/special-programs/dcc', { body: body as never })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['special-programs'] }),
  });
  return (
    <UnsavedGroup>
      <ListPage
        title="FMF/DCC financing"
        description="Requests to finance direct commercial contracts with Foreign Military Financing: only U.S. content is financed"
        filters={
          <div className="filter-bar" role="search">
            <label className="field field-inline field-narrow">
              <span>Partner</span>
              <input
                value={get('partner')}
                maxLength={3}
                placeholder="IS"
                onChange={(e) => filter({ partner: e.target.value.toUpperCase().trim() }, true)}
              />
            </label>
            <label className="field field-inline">
              <span>Status</span>
              <select value={query.status ?? ''} onChange={(e) => filter({ status: e.target.value })}>
                <option value="">All statuses</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {DCC_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        }
        savedViews={{ area: 'special-programs', path: '/special-programs/dcc' }}
        list={list}
        page={page}
        caption="DCC requests"
        columns={COLUMNS}
        rowKey={(r) => r.id}
        rowLabel={(r) => `${r.reference} ${r.partnerCode} ${label(DCC_STATUS_LABELS, r.status)}`}
        onOpen={(r) => navigate(`/special-programs/dcc/${r.reference}`)}
        empty="No request matches these filters."
      />
      {canWrite && (
        <section className="page">
          <QuickForm
            title="New DCC request"
            submitLabel="Create request"
            onSubmit={(body) => create.mutateAsync(body)}
            onSaved={(created) => navigate(`/special-programs/dcc/${(created as { reference: string }).reference}`)}
            fields={[
              { name: 'partnerCode', label: 'Partner code', hint: '2–3 capitals, e.g. IS' },
              { name: 'primeContractor', label: 'Prime contractor' },
              { name: 'contractNumber', label: 'Contract number' },
              { name: 'contractValueCents', label: 'Contract value (US$)', kind: 'dollars' },
              { name: 'nonUsContentCents', label: 'Non-U.S. content (US$)', kind: 'dollars', hint: 'Excluded from the amount financed' },
              { name: 'awardDate', label: 'Award date', kind: 'date', hint: 'The guidelines edition in force on this date governs' },
              { name: 'itemsAndServices', label: 'Articles and services', kind: 'textarea' },
            ]}
          />
        </section>
      )}
    </UnsavedGroup>
  );
}
