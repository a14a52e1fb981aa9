import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { PartnerFilter } from '../../platform/list-filters.tsx';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { oneOfParam } from '../../platform/use-search-state.ts';
import { type AdvocacySummary, weaponsApi } from './weapons-api.ts';
import { ADVOCACY_STATE_LABELS, ADVOCACY_STATES, AdvocacyBadge } from './weapons-labels.tsx';

const COLUMNS: Column<AdvocacySummary>[] = [
  {
    id: 'ref',
    header: 'Request',
    className: 'col-code',
    render: (a) => (
      <Link to={`/weapons/advocacy/${a.id}`} tabIndex={-1} className="mono strong">
        {a.reference}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow', render: (a) => a.partnerCode },
  { id: 'company', header: 'Company', render: (a) => a.company },
  { id: 'system', header: 'System', render: (a) => a.system ?? '—' },
  { id: 'channel', header: 'FMS/DCS', className: 'col-narrow', render: (a) => a.saleChannel?.toUpperCase() ?? '—' },
  { id: 'value', header: 'Value', className: 'col-money', render: (a) => (a.valueCents === null ? '—' : formatCents(a.valueCents)) },
  { id: 'state', header: 'Step', render: (a) => <AdvocacyBadge state={a.state} /> },
];

/** Advocacy requests in scope, by step and partner. */
export function AdvocacyListPage() {
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const state = get('state');
  const query = {
    state: oneOfParam(ADVOCACY_STATES, state),
    partner: get('partner') || undefined,
    ...list.paging,
  };
  const page = useApi(['weapons', 'advocacy-list-page:weaponsApi.advocacyList'], (signal) => weaponsApi.advocacyList(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <ListPage
      title="Advocacy requests"
      description="Relayed with the Commerce Advocacy Center (EO 13630)"
      savedViews={{ area: 'weapons', path: '/weapons/advocacy' }}
      actions={
        canWrite && (
          <Link className="button button-primary" to="/weapons/advocacy/new">
            New advocacy request
          </Link>
        )
      }
      filters={
        <div className="filter-bar" role="search">
          <label className="field field-inline">
            <span>Step</span>
            <select value={query.state ?? ''} onChange={(e) => filter({ state: e.target.value })}>
              <option value="">All</option>
              {ADVOCACY_STATES.map((s) => (
                <option key={s} value={s}>
                  {ADVOCACY_STATE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <PartnerFilter list={list} />
        </div>
      }
      list={list}
      page={page}
      caption="Advocacy requests"
      columns={COLUMNS}
      rowKey={(a) => a.id}
      rowLabel={(a) => `${a.reference} ${a.company}`}
      onOpen={(a) => navigate(`/weapons/advocacy/${a.id}`)}
      empty="No advocacy request matches."
    />
  );
}
