import { useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { CASE_STATUSES, CASE_TYPES, type CaseQuery, type CaseSort } from '../../api/types.ts';
import { exportUrl, ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { oneOfParam } from '../../platform/use-search-state.ts';
import { caseColumns } from './case-columns.tsx';
import { CaseFilters } from './case-filters.tsx';

const SORTS: readonly CaseSort[] = ['identifier', 'partner', 'status', 'value', 'updated'];

function centsParam(value: string): number | undefined {
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

export function CaseListPage() {
  const list = useListState<CaseSort>({ sorts: SORTS, defaultSort: 'updated', descendingFirst: ['value', 'updated'] });
  const { get } = list;
  const navigate = useNavigate();
  const location = useLocation();
  const canWrite = useArea('cases')?.canWrite ?? false;

  const query: CaseQuery = {
    q: get('q') || undefined,
    partner: get('partner') || undefined,
    agency: get('agency') || undefined,
    status: oneOfParam(CASE_STATUSES, get('status')),
    type: oneOfParam(CASE_TYPES, get('type')),
    minValueCents: centsParam(get('minValueCents')),
    maxValueCents: centsParam(get('maxValueCents')),
    ...list.sorting,
    ...list.paging,
  };
  const queryKey = JSON.stringify(query);
  const page = useApi(['cases', 'case-list-page:api.listCases'], (signal) => api.listCases(query, signal), [queryKey]);
  const partners = useApi(
    ['cases', 'case-list-page:api.listPartners'],
    (signal) => api.listPartners({ limit: 1000, sort: 'code' }, signal),
    [],
  );
  const columns = useMemo(() => caseColumns(location.search), [location.search]);

  return (
    <ListPage
      title="Cases"
      description={
        <>
          FMS and BPC cases in your scope · <Link to="/cases/lors">Letters of request</Link>
        </>
      }
      actions={
        canWrite && (
          <>
            <Link className="button" to="/cases/lors?new=1">
              New LOR
            </Link>
            <Link className="button button-primary" to="/cases/new">
              New case
            </Link>
          </>
        )
      }
      filters={
        <CaseFilters
          values={{
            q: query.q ?? '',
            partner: query.partner ?? '',
            agency: query.agency ?? '',
            status: query.status ?? '',
            type: query.type ?? '',
            min: get('minValueCents'),
            max: get('maxValueCents'),
          }}
          partners={partners.data?.items ?? []}
          onChange={list.filter}
        />
      }
      savedViews={{ area: 'cases', path: '/cases' }}
      download={(format) => exportUrl('/cases', query, format)}
      list={list}
      page={page}
      caption="Cases"
      columns={columns}
      rowKey={(c) => c.id}
      rowLabel={(c) => `${c.identifier} ${c.title}`}
      onOpen={(c) => {
        // A withheld case has no page the reader may open.
        if (!c.withheld) navigate(`/cases/${c.identifier}`, { state: { listSearch: location.search } });
      }}
      empty="No case matches these filters."
    />
  );
}
