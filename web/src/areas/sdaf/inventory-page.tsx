import { Link } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { useSearchText } from '../../platform/use-search-state.ts';
import { PhysicalInventoryForm } from './physical-inventory-form.tsx';
import { type InventoryQuery, type SdafInventoryRow, sdafApi, sdafFiles } from './sdaf-api.ts';
import { SdafNav } from './sdaf-nav.tsx';

const columns: Column<SdafInventoryRow>[] = [
  { id: 'nsn', header: 'NSN', className: 'mono', render: (i) => i.nsn },
  { id: 'name', header: 'Nomenclature', render: (i) => `${i.nomenclature}${i.mde ? ' (MDE)' : ''}` },
  {
    id: 'contract',
    header: 'Contract',
    className: 'mono',
    render: (i) => (
      <Link to={`/sdaf/procurements/${i.procurementId}`} tabIndex={-1}>
        {i.contractNumber}
      </Link>
    ),
  },
  { id: 'received', header: 'Received', className: 'col-narrow mono', render: (i) => i.receivedQuantity },
  { id: 'transferred', header: 'Transferred', className: 'col-narrow mono', render: (i) => i.transferredQuantity },
  { id: 'onhand', header: 'On hand', className: 'col-narrow mono strong', render: (i) => i.onHandQuantity },
  { id: 'value', header: 'On hand (cost)', className: 'col-money', render: (i) => formatCents(i.onHandCents) },
];

/** What the fund's procurements produced: received, transferred and on hand per item; the annual physical inventories. */
export function SdafInventoryPage() {
  const list = useListState({ defaultLimit: 100 });
  const { get, filter } = list;
  const query: InventoryQuery = {
    onHand: get('onHand') === 'yes' ? 'yes' : 'all',
    q: get('q') || undefined,
    ...list.paging,
  };
  const page = useApi(['sdaf', 'inventory-page:sdafApi.inventory'], (signal) => sdafApi.inventory(query, signal), [JSON.stringify(query)]);
  const counts = useApi(['sdaf', 'inventory-page:sdafApi.physicalInventories'], (signal) => sdafApi.physicalInventories(signal), []);
  const canWrite = useArea('sdaf')?.canWrite ?? false;
  const [text, setText] = useSearchText(get, list.update);
  return (
    <UnsavedGroup>
      <ListPage
        title="SDAF inventory"
        description="Received less transferred, from the receipts and transfers; valued at unit cost"
        download={(format) => sdafFiles.inventory(format, query)}
        filters={
          <>
            <SdafNav />
            <div className="filter-bar" role="search">
              <label className="field field-inline">
                <span>Search</span>
                <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
              </label>
              <label className="field field-inline">
                <span>Show</span>
                <select value={query.onHand} onChange={(e) => filter({ onHand: e.target.value === 'yes' ? 'yes' : null })}>
                  <option value="all">everything received</option>
                  <option value="yes">only what is on hand</option>
                </select>
              </label>
            </div>
          </>
        }
        savedViews={{ area: 'sdaf', path: '/sdaf/inventory' }}
        list={list}
        page={page}
        caption="Inventory"
        columns={columns}
        rowKey={(i) => i.itemId}
        rowLabel={(i) => i.nomenclature}
        empty="Nothing received yet."
      />
      <section className="page">
        <h2>Annual physical inventories (DSCA 20-85)</h2>
        {(counts.data ?? []).length === 0 && !counts.loading && <p className="muted">None recorded yet.</p>}
        <ul aria-label="Physical inventories">
          {(counts.data ?? []).map((c) => (
            <li key={c.id}>
              FY{c.fiscalYear}: counted {c.countedOn} · {c.lines.length} items · {c.discrepancies} discrepancies
              {c.lines
                .filter((l) => l.discrepancy !== 0)
                .map((l) => (
                  <div key={l.itemId} className="muted small">
                    {l.nomenclature}: {l.countedQuantity} counted, {l.expectedQuantity} on record ({l.discrepancy > 0 ? '+' : ''}
                    {l.discrepancy})
                  </div>
                ))}
            </li>
          ))}
        </ul>
        {canWrite && (
          <section className="card">
            <h2>Record the physical inventory</h2>
            <PhysicalInventoryForm
              onDone={() => {
                counts.reload();
              }}
            />
          </section>
        )}
      </section>
    </UnsavedGroup>
  );
}
