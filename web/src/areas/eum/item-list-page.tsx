import { Link, useNavigate } from 'react-router-dom';
import { eumApi } from '../../api/eum-client.ts';
import { EUM_ITEM_STATUSES, type EumCategory, type EumItemQuery, type EumItemStatus, type EumItemSummary } from '../../api/eum-types.ts';
import type { Column } from '../../platform/data-table.tsx';
import { exportUrl, ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { useSearchText } from '../../platform/use-search-state.ts';
import { EumBadge, EumNav, ITEM_STATUS_LABELS } from './eum-labels.tsx';
import { ImportPanel } from './import-panel.tsx';

const COLUMNS: Column<EumItemSummary>[] = [
  {
    id: 'serial',
    header: 'Serial number',
    className: 'col-code',
    render: (i) => (
      <Link to={`/eum/items/${i.id}`} tabIndex={-1} className="mono strong">
        {i.serialNumber}
      </Link>
    ),
  },
  { id: 'type', header: 'Type', className: 'col-narrow mono', render: (i) => i.itemTypeCode },
  { id: 'category', header: 'EUM', className: 'col-narrow', render: (i) => <EumBadge value={i.category} /> },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (i) => i.partnerCode },
  {
    id: 'case',
    header: 'Case / line',
    className: 'col-narrow mono',
    render: (i) =>
      i.caseWithheld ? (
        <span title="The case is withheld pending congressional notification">withheld</span>
      ) : (
        `${i.caseIdentifier} / ${i.lineNumber}`
      ),
  },
  { id: 'site', header: 'Site', className: 'col-narrow mono', render: (i) => i.siteCode ?? '—' },
  { id: 'delivered', header: 'Delivered', className: 'col-date mono', render: (i) => i.deliveredOn },
  {
    id: 'status',
    header: 'Status',
    className: 'col-narrow',
    render: (i) => <EumBadge value={i.status} label={ITEM_STATUS_LABELS[i.status]} />,
  },
  {
    id: 'due',
    header: 'Inventory due',
    className: 'col-date mono',
    render: (i) =>
      i.inventoryDueOn ? (
        <span className={i.overdue ? 'text-danger' : ''}>
          {i.inventoryDueOn}
          {i.overdue ? ' (overdue)' : ''}
        </span>
      ) : (
        '—'
      ),
  },
];

/** Serial-numbered articles in scope, filtered in the URL, with CSV and XLSX downloads and the delivery import. */
export function ItemListPage() {
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('eum')?.canWrite ?? false;
  const status = get('status');
  const category = get('category');
  const query: EumItemQuery = {
    partner: get('partner') || undefined,
    status: EUM_ITEM_STATUSES.includes(status as EumItemStatus) ? (status as EumItemStatus) : undefined,
    category: category === 'routine' || category === 'enhanced' ? (category as EumCategory) : undefined,
    siteId: get('siteId') || undefined,
    overdue: get('overdue') === 'true' ? 'true' : undefined,
    q: get('q') || undefined,
    ...list.paging,
  };
  const page = useApi(['eum', 'item-list-page:eumApi.items'], (signal) => eumApi.items(query, signal), [JSON.stringify(query)]);
  const [text, setText] = useSearchText(get, list.update);

  return (
    <ListPage
      title="Items under monitoring"
      description="Serial-numbered articles in your scope"
      download={(format) => exportUrl('/eum/items', query, format)}
      savedViews={{ area: 'eum', path: '/eum/items' }}
      filters={
        <>
          <EumNav />
          <div className="filter-bar" role="search">
            <label className="field field-inline field-grow">
              <span>Serial number</span>
              <input type="search" placeholder="Serial number (starts with)" value={text} onChange={(e) => setText(e.target.value)} />
            </label>
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
              <span>Category</span>
              <select value={query.category ?? ''} onChange={(e) => filter({ category: e.target.value })}>
                <option value="">Routine and enhanced</option>
                <option value="enhanced">Enhanced (EEUM)</option>
                <option value="routine">Routine</option>
              </select>
            </label>
            <label className="field field-inline">
              <span>Status</span>
              <select value={query.status ?? ''} onChange={(e) => filter({ status: e.target.value })}>
                <option value="">All statuses</option>
                {EUM_ITEM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {ITEM_STATUS_LABELS[s]}
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
              <span>Inventory overdue</span>
            </label>
          </div>
        </>
      }
      list={list}
      page={page}
      caption="Items under monitoring"
      columns={COLUMNS}
      rowKey={(i) => i.id}
      rowLabel={(i) => `${i.itemTypeCode} ${i.serialNumber} ${i.partnerCode} ${ITEM_STATUS_LABELS[i.status]}`}
      onOpen={(i) => navigate(`/eum/items/${i.id}`)}
      empty="No item matches these filters."
    >
      {canWrite && (
        <ImportPanel
          title="Import delivery records"
          path="/eum/items/import"
          columns="case, line, item_type, serial_number, delivered_on, site"
          onDone={() => page.reload()}
        />
      )}
    </ListPage>
  );
}
