import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { COMBATANT_COMMANDS, type PartnerQuery, type PartnerSort, type SortDir } from '../../api/types.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, oneOfParam, type SearchChanges, useSearchState } from '../../platform/use-search-state.ts';
import { partnerColumns } from './partner-columns.tsx';
import { PartnerFilters } from './partner-filters.tsx';

const SORTS: readonly PartnerSort[] = ['code', 'name', 'region', 'iso2'];

export function PartnerListPage() {
  usePageTitle('Partners');
  const { get, update } = useSearchState();
  const navigate = useNavigate();
  const location = useLocation();

  const sortParam = get('sort');
  const query: PartnerQuery = {
    q: get('q') || undefined,
    region: oneOfParam(COMBATANT_COMMANDS, get('region')),
    group: get('group') || undefined,
    kind: get('kind') === 'country' || get('kind') === 'organization' ? (get('kind') as 'country' | 'organization') : undefined,
    sort: SORTS.includes(sortParam as PartnerSort) ? (sortParam as PartnerSort) : 'name',
    dir: (get('dir') === 'desc' ? 'desc' : 'asc') as SortDir,
    limit: intParam(get('limit'), 50, 1000) || 50,
    offset: intParam(get('offset'), 0),
  };
  const queryKey = JSON.stringify(query);

  const page = useApi(['countries', 'partner-list-page:api.listPartners'], (signal) => api.listPartners(query, signal), [queryKey]);
  const groups = useApi(['countries', 'partner-list-page:api.listCountryGroups'], (signal) => api.listCountryGroups(signal), []);

  const onFilter = useCallback((changes: SearchChanges, replace?: boolean) => update(changes, { replace }), [update]);
  const columns = useMemo(() => partnerColumns(location.search), [location.search]);

  function onSort(key: string) {
    const dir = query.sort === key && query.dir === 'asc' ? 'desc' : 'asc';
    update({ sort: key, dir, offset: null });
  }

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Partners</h1>
          <p className="page-sub">
            Partner countries and organizations in your scope
            {page.data ? ` · ${formatCount(page.data.total)} found` : ''}
          </p>
        </div>
      </header>
      <PartnerFilters
        q={query.q ?? ''}
        region={query.region ?? ''}
        group={query.group ?? ''}
        kind={query.kind ?? ''}
        groups={groups.data ?? []}
        onChange={onFilter}
      />
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Partners"
        columns={columns}
        rows={page.data?.items ?? []}
        rowKey={(p) => p.code}
        rowLabel={(p) => `${p.code} ${p.name}`}
        onOpen={(p) => navigate(`/countries/${p.code}`, { state: { listSearch: location.search } })}
        sort={{ key: query.sort ?? 'name', dir: query.dir ?? 'asc' }}
        onSort={onSort}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No partner matches these filters.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="Partner pages"
        />
      )}
    </section>
  );
}
