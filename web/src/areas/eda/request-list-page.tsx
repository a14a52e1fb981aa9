import { useNavigate } from 'react-router-dom';
import { exportUrl, ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useApi } from '../../platform/use-api.ts';
import { oneOfParam, useSearchText } from '../../platform/use-search-state.ts';
import { type EdaRequestItem, edaApi, type RequestQuery, STATUS_LABELS } from './eda-api.ts';
import { EdaNav } from './eda-nav.tsx';
import { requestColumns } from './request-columns.tsx';

const STATUSES = Object.keys(STATUS_LABELS) as EdaRequestItem['status'][];

/** Partners' EDA requests, with the public EDA list as a file (the same filter). */
export function RequestListPage() {
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const query: RequestQuery = {
    partner: get('partner') || undefined,
    status: oneOfParam(STATUSES, get('status')),
    q: get('q') || undefined,
    ...list.paging,
  };
  const page = useApi(['eda', 'request-list-page:edaApi.listRequests'], (signal) => edaApi.listRequests(query, signal), [
    JSON.stringify(query),
  ]);
  const [text, setText] = useSearchText(get, list.update);
  return (
    <ListPage
      title="Excess defense articles"
      description="Grants under FAA 516 and sales under AECA 21, from the partner's request to DSCA's authorization"
      download={(format) => exportUrl('/eda/requests', query, format)}
      savedViews={{ area: 'eda', path: '/eda/requests' }}
      filters={
        <>
          <EdaNav />
          <div className="filter-bar" role="search">
            <label className="field field-inline field-narrow">
              <span>Partner</span>
              <input
                value={get('partner')}
                maxLength={3}
                onChange={(e) => filter({ partner: e.target.value.toUpperCase().trim() }, true)}
              />
            </label>
            <label className="field field-inline">
              <span>Status</span>
              <select value={query.status ?? ''} onChange={(e) => filter({ status: e.target.value })}>
                <option value="">any</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field field-inline field-grow">
              <span>Search</span>
              <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
            </label>
          </div>
        </>
      }
      list={list}
      page={page}
      caption="EDA requests"
      columns={requestColumns}
      rowKey={(r) => r.id}
      rowLabel={(r) => `${r.reference} ${r.declaration.nomenclature}`}
      onOpen={(r) => navigate(`/eda/requests/${r.id}`)}
      empty="No requests match."
    />
  );
}
