import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { DataTable } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { type EdaDeclaration, edaApi } from './eda-api.ts';
import { EdaNav } from './eda-nav.tsx';

const columns: Column<EdaDeclaration>[] = [
  {
    id: 'reference',
    header: 'Declaration',
    className: 'mono',
    render: (d) => (
      <Link to={`/eda/declarations/${d.id}`} tabIndex={-1} className="strong">
        {d.reference}
      </Link>
    ),
  },
  { id: 'nomenclature', header: 'Articles', render: (d) => d.nomenclature },
  { id: 'nsn', header: 'NSN', className: 'mono', render: (d) => d.nsn },
  { id: 'condition', header: 'Condition', className: 'col-narrow mono', render: (d) => d.conditionCode },
  { id: 'quantity', header: 'Quantity (left)', className: 'col-narrow mono', render: (d) => `${d.quantity} (${d.remainingQuantity})` },
  { id: 'unit', header: 'Unit acquisition value', className: 'col-money', render: (d) => formatCents(d.unitAcquisitionValueCents) },
  { id: 'available', header: 'Available', className: 'col-date mono', render: (d) => d.availableOn },
  {
    id: 'flags',
    header: 'Flags',
    render: (d) => [d.sme && 'SME', d.mde && 'MDE', d.ship && 'ship'].filter(Boolean).join(', ') || '—',
  },
];

/** What the military departments declared excess, with what is still unallocated. */
export function DeclarationListPage() {
  usePageTitle('Excess declarations');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('eda')?.canWrite ?? false;
  const query = { q: get('q') || undefined, limit: intParam(get('limit'), 50, 200) || 50, offset: intParam(get('offset'), 0) };
  const page = useApi(['eda', 'declaration-list-page:edaApi.listDeclarations'], (signal) => edaApi.listDeclarations(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Excess declarations</h1>
          <p className="page-sub">Articles a military department declared excess (SAMM C11), "as is, where is".</p>
        </div>
        {canWrite && (
          <Link to="/eda/declarations/new" className="button button-primary">
            New declaration
          </Link>
        )}
      </header>
      <EdaNav />
      <div className="filter-bar" role="search">
        <label className="field field-inline">
          <span>Search</span>
          <input value={query.q ?? ''} onChange={(e) => update({ q: e.target.value || null, offset: null }, { replace: true })} />
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Excess declarations"
        columns={columns}
        rows={page.data?.items ?? []}
        rowKey={(d) => d.id}
        rowLabel={(d) => `${d.reference} ${d.nomenclature}`}
        onOpen={(d) => navigate(`/eda/declarations/${d.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No declarations match.'}
      />
      {page.data && <Pager total={page.data.total} limit={query.limit} offset={query.offset} onChange={(offset) => update({ offset })} />}
    </section>
  );
}
