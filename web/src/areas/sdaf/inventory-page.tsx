import { Link } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents, formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
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
  usePageTitle('SDAF inventory');
  const { get, update } = useSearchState();
  const query: InventoryQuery = {
    onHand: get('onHand') === 'yes' ? 'yes' : 'all',
    q: get('q') || undefined,
    limit: intParam(get('limit'), 100, 500) || 100,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['sdaf', 'inventory-page:sdafApi.inventory'], (signal) => sdafApi.inventory(query, signal), [JSON.stringify(query)]);
  const counts = useApi(['sdaf', 'inventory-page:sdafApi.physicalInventories'], (signal) => sdafApi.physicalInventories(signal), []);
  const canWrite = useArea('sdaf')?.canWrite ?? false;
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>SDAF inventory</h1>
          <p className="page-sub">Received less transferred, from the receipts and transfers; valued at unit cost.</p>
        </div>
      </header>
      <SdafNav />
      <div className="filter-bar" role="search">
        <label className="field field-inline">
          <span>Search</span>
          <input value={query.q ?? ''} onChange={(e) => update({ q: e.target.value || null, offset: null }, { replace: true })} />
        </label>
        <label className="field field-inline">
          <span>Show</span>
          <select value={query.onHand} onChange={(e) => update({ onHand: e.target.value === 'yes' ? 'yes' : null, offset: null })}>
            <option value="all">everything received</option>
            <option value="yes">only what is on hand</option>
          </select>
        </label>
        <a className="button" href={sdafFiles.inventory('csv', query)}>
          Export CSV
        </a>
        <a className="button" href={sdafFiles.inventory('xlsx', query)}>
          Export XLSX
        </a>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      {page.data && <p className="muted">{formatCount(page.data.total)} items</p>}
      <DataTable
        caption="Inventory"
        columns={columns}
        rows={page.data?.items ?? []}
        rowKey={(i) => i.itemId}
        rowLabel={(i) => i.nomenclature}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'Nothing received yet.'}
      />
      {page.data && (
        <Pager total={page.data.total} limit={query.limit ?? 100} offset={query.offset ?? 0} onChange={(offset) => update({ offset })} />
      )}
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
  );
}
