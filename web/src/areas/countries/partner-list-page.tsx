import { useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { COMBATANT_COMMANDS, type PartnerQuery, type PartnerSort } from '../../api/types.ts';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useApi } from '../../platform/use-api.ts';
import { oneOfParam } from '../../platform/use-search-state.ts';
import { partnerColumns } from './partner-columns.tsx';
import { PartnerFilters } from './partner-filters.tsx';

/** What /countries sorts by (its `sort` parameter); it has no export. */
const SORTS: readonly PartnerSort[] = ['code', 'name', 'region', 'iso2'];
const KINDS = ['country', 'organization'] as const;

export function PartnerListPage() {
  const list = useListState<PartnerSort>({ sorts: SORTS, defaultSort: 'name' });
  const { get } = list;
  const navigate = useNavigate();
  const location = useLocation();

  const query: PartnerQuery = {
    q: get('q') || undefined,
    region: oneOfParam(COMBATANT_COMMANDS, get('region')),
    group: get('group') || undefined,
    kind: oneOfParam(KINDS, get('kind')),
    ...list.sorting,
    ...list.paging,
  };
  const queryKey = JSON.stringify(query);
  const page = useApi(['countries', 'partner-list-page:api.listPartners'], (signal) => api.listPartners(query, signal), [queryKey]);
  const groups = useApi(['countries', 'partner-list-page:api.listCountryGroups'], (signal) => api.listCountryGroups(signal), []);
  const columns = useMemo(() => partnerColumns(location.search), [location.search]);

  return (
    <ListPage
      title="Partners"
      description="Partner countries and organizations in your scope"
      filters={
        <PartnerFilters
          q={query.q ?? ''}
          region={query.region ?? ''}
          group={query.group ?? ''}
          kind={query.kind ?? ''}
          groups={groups.data ?? []}
          onChange={list.filter}
        />
      }
      savedViews={{ area: 'countries', path: '/countries' }}
      list={list}
      page={page}
      caption="Partners"
      columns={columns}
      rowKey={(p) => p.code}
      rowLabel={(p) => `${p.code} ${p.name}`}
      onOpen={(p) => navigate(`/countries/${p.code}`, { state: { listSearch: location.search } })}
      empty="No partner matches these filters."
    />
  );
}
