import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { useSearchText } from '../../platform/use-search-state.ts';
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
  const navigate = useNavigate();
  const list = useListState();
  const canWrite = useArea('eda')?.canWrite ?? false;
  const query = { q: list.get('q') || undefined, ...list.paging };
  const page = useApi(['eda', 'declaration-list-page:edaApi.listDeclarations'], (signal) => edaApi.listDeclarations(query, signal), [
    JSON.stringify(query),
  ]);
  const [text, setText] = useSearchText(list.get, list.update);
  return (
    <ListPage
      title="Excess declarations"
      description={'Articles a military department declared excess (SAMM C11), "as is, where is"'}
      actions={
        canWrite && (
          <Link to="/eda/declarations/new" className="button button-primary">
            New declaration
          </Link>
        )
      }
      filters={
        <>
          <EdaNav />
          <div className="filter-bar" role="search">
            <label className="field field-inline field-grow">
              <span>Search</span>
              <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
            </label>
          </div>
        </>
      }
      list={list}
      page={page}
      caption="Excess declarations"
      columns={columns}
      rowKey={(d) => d.id}
      rowLabel={(d) => `${d.reference} ${d.nomenclature}`}
      onOpen={(d) => navigate(`/eda/declarations/${d.id}`)}
      empty="No declarations match."
    />
  );
}
