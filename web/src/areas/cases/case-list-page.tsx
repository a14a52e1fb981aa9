import { useCallback, useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { CASE_STATUSES, CASE_TYPES, type CaseQuery, type CaseSort, type SortDir } from '../../api/types.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { SavedViews } from '../../platform/saved-views.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, oneOfParam, type SearchChanges, useSearchState } from '../../platform/use-search-state.ts';
import { caseColumns } from './case-columns.tsx';
import { CaseFilters } from './case-filters.tsx';

const SORTS: readonly CaseSort[] = ['identifier', 'partner', 'status', 'value', 'updated'];

function centsParam(value: string): number | undefined {
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

export function CaseListPage() {
  usePageTitle('Cases');
  const { get, update } = useSearchState();
  const navigate = useNavigate();
  const location = useLocation();
  const canWrite = useArea('cases')?.canWrite ?? false;

  const sortParam = get('sort');
  const query: CaseQuery = {
    q: get('q') || undefined,
    partner: get('partner') || undefined,
    agency: get('agency') || undefined,
    status: oneOfParam(CASE_STATUSES, get('status')),
    type: oneOfParam(CASE_TYPES, get('type')),
    minValueCents: centsParam(get('minValueCents')),
    maxValueCents: centsParam(get('maxValueCents')),
    sort: SORTS.includes(sortParam as CaseSort) ? (sortParam as CaseSort) : 'updated',
    dir: (get('dir') === 'asc'
      ? 'asc'
      : get('dir') === 'desc'
        ? 'desc'
        : sortParam && sortParam !== 'updated' && sortParam !== 'value'
          ? 'asc'
          : 'desc') as SortDir,
    limit: intParam(get('limit'), 50, 500) || 50,
    offset: intParam(get('offset'), 0),
  };
  const queryKey = JSON.stringify(query);
  const page = useApi(['cases', 'case-list-page:api.listCases'], (signal) => api.listCases(query, signal), [queryKey]);
  const partners = useApi(
    ['cases', 'case-list-page:api.listPartners'],
    (signal) => api.listPartners({ limit: 1000, sort: 'code' }, signal),
    [],
  );

  const onFilter = useCallback((changes: SearchChanges, replace?: boolean) => update(changes, { replace }), [update]);
  const columns = useMemo(() => caseColumns(location.search), [location.search]);

  function onSort(key: string) {
    const dir = query.sort === key ? (query.dir === 'asc' ? 'desc' : 'asc') : key === 'value' || key === 'updated' ? 'desc' : 'asc';
    update({ sort: key, dir, offset: null });
  }

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Cases</h1>
          <p className="page-sub">
            FMS and BPC cases in your scope
            {page.data ? ` · ${formatCount(page.data.total)}${page.data.totalExact ? '' : ' or more'} found` : ''} ·{' '}
            <Link to="/cases/lors">Letters of request</Link>
          </p>
        </div>
        {canWrite && (
          <div className="form-actions">
            <Link className="button" to="/cases/lors?new=1">
              New LOR
            </Link>
            <Link className="button button-primary" to="/cases/new">
              New case
            </Link>
          </div>
        )}
      </header>
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
        onChange={onFilter}
      />
      <SavedViews area="cases" path="/cases" />
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Cases"
        columns={columns}
        rows={page.data?.items ?? []}
        rowKey={(c) => c.id}
        rowLabel={(c) => `${c.identifier} ${c.title}`}
        onOpen={(c) => {
          // A withheld case has no page the reader may open.
          if (!c.withheld) navigate(`/cases/${c.identifier}`, { state: { listSearch: location.search } });
        }}
        sort={{ key: query.sort ?? 'updated', dir: query.dir ?? 'desc' }}
        onSort={onSort}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No case matches these filters.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          totalExact={page.data.totalExact}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="Case pages"
        />
      )}
    </section>
  );
}
