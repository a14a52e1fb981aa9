import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { oneOfParam, useSearchText } from '../../platform/use-search-state.ts';
import { type WeaponSystemSummary, weaponsApi } from './weapons-api.ts';
import { TECHNOLOGY_AREA_LABELS, TECHNOLOGY_AREAS } from './weapons-labels.tsx';

const COLUMNS: Column<WeaponSystemSummary>[] = [
  {
    id: 'name',
    header: 'System',
    render: (s) => (
      <Link to={`/weapons/systems/${s.id}`} tabIndex={-1} className="strong">
        {s.name}
      </Link>
    ),
  },
  {
    id: 'mde',
    header: 'MDE / SME',
    className: 'col-narrow',
    render: (s) => [s.mde && 'MDE', s.sme && 'SME'].filter(Boolean).join(' · ') || '—',
  },
  { id: 'areas', header: 'Technology areas', render: (s) => s.technologyAreas.map((a) => TECHNOLOGY_AREA_LABELS[a]).join('; ') || '—' },
];

/** The catalogue of systems the directorate advises on, by name and technology area. */
export function SystemListPage() {
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const area = get('technologyArea');
  const query = {
    q: get('q') || undefined,
    technologyArea: oneOfParam(TECHNOLOGY_AREAS, area),
    ...list.paging,
  };
  const page = useApi(['weapons', 'system-list-page:weaponsApi.systems'], (signal) => weaponsApi.systems(query, signal), [
    JSON.stringify(query),
  ]);
  const [text, setText] = useSearchText(get, list.update);
  return (
    <ListPage
      title="Weapons systems"
      description="The catalogue the directorate advises on"
      savedViews={{ area: 'weapons', path: '/weapons/systems' }}
      actions={
        canWrite && (
          <Link className="button button-primary" to="/weapons/systems/new">
            New system
          </Link>
        )
      }
      filters={
        <div className="filter-bar" role="search">
          <label className="field field-inline field-grow">
            <span>Search</span>
            <input type="search" placeholder="System name" value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <label className="field field-inline">
            <span>Technology area</span>
            <select value={query.technologyArea ?? ''} onChange={(e) => filter({ technologyArea: e.target.value })}>
              <option value="">Any</option>
              {TECHNOLOGY_AREAS.map((a) => (
                <option key={a} value={a}>
                  {TECHNOLOGY_AREA_LABELS[a]}
                </option>
              ))}
            </select>
          </label>
        </div>
      }
      list={list}
      page={page}
      caption="Weapons systems"
      columns={COLUMNS}
      rowKey={(s) => s.id}
      rowLabel={(s) => s.name}
      onOpen={(s) => navigate(`/weapons/systems/${s.id}`)}
      empty="No system matches."
    />
  );
}
