import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { PartnerFilter } from '../../platform/list-filters.tsx';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { oneOfParam } from '../../platform/use-search-state.ts';
import { type CompetitionSummary, weaponsApi } from './weapons-api.ts';
import { MILESTONE_LABELS, SALE_ROUTE_LABELS, STAGE_LABELS, STAGES, StageBadge } from './weapons-labels.tsx';

const COLUMNS: Column<CompetitionSummary>[] = [
  {
    id: 'ref',
    header: 'Competition',
    className: 'col-code',
    render: (c) => (
      <Link to={`/weapons/competitions/${c.id}`} tabIndex={-1} className="mono strong">
        {c.reference}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow', render: (c) => c.partnerCode },
  { id: 'title', header: 'Capability', render: (c) => c.title },
  { id: 'system', header: 'System', render: (c) => c.system ?? '—' },
  { id: 'route', header: 'Route', className: 'col-narrow', render: (c) => SALE_ROUTE_LABELS[c.saleRoute] },
  { id: 'stage', header: 'Stage', render: (c) => <StageBadge stage={c.stage} /> },
  { id: 'us', header: 'U.S. bidders active', className: 'col-narrow', render: (c) => c.activeUsBidders },
  {
    id: 'next',
    header: 'Next milestone',
    render: (c) => (c.nextMilestone ? `${MILESTONE_LABELS[c.nextMilestone.milestone]} ${c.nextMilestone.planned}` : '—'),
  },
];

/** Partners' competitions for a capability, by stage and partner. */
export function CompetitionListPage() {
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const stage = get('stage');
  const query = {
    stage: oneOfParam(STAGES, stage),
    partner: get('partner') || undefined,
    ...list.paging,
  };
  const page = useApi(['weapons', 'competition-list-page:weaponsApi.competitions'], (signal) => weaponsApi.competitions(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <ListPage
      title="International competitions"
      description="Partners’ competitions for a capability"
      savedViews={{ area: 'weapons', path: '/weapons/competitions' }}
      actions={
        canWrite && (
          <Link className="button button-primary" to="/weapons/competitions/new">
            New competition
          </Link>
        )
      }
      filters={
        <div className="filter-bar" role="search">
          <label className="field field-inline">
            <span>Stage</span>
            <select value={query.stage ?? ''} onChange={(e) => filter({ stage: e.target.value })}>
              <option value="">All</option>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <PartnerFilter list={list} />
        </div>
      }
      list={list}
      page={page}
      caption="International competitions"
      columns={COLUMNS}
      rowKey={(c) => c.id}
      rowLabel={(c) => `${c.reference} ${c.title}`}
      onOpen={(c) => navigate(`/weapons/competitions/${c.id}`)}
      empty="No competition matches."
    />
  );
}
