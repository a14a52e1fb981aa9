import { Link, useNavigate } from 'react-router-dom';
import type { Column } from '../../platform/data-table.tsx';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { useSearchText } from '../../platform/use-search-state.ts';
import { deliveriesApi, type ShipmentQuery, type ShipmentSummary, STAGES, stageLabel } from './deliveries-api.ts';

const COLUMNS: Column<ShipmentSummary>[] = [
  {
    id: 'number',
    header: 'Shipment',
    className: 'col-code',
    render: (s) => (
      <Link to={`/deliveries/shipments/${s.id}`} tabIndex={-1} className="mono strong">
        {s.number}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow', render: (s) => s.partnerCode },
  { id: 'case', header: 'Case', className: 'col-code mono', render: (s) => s.caseIdentifier },
  { id: 'mode', header: 'Mode', className: 'col-narrow', render: (s) => s.mode },
  { id: 'stage', header: 'Stage', render: (s) => stageLabel(s.stage) },
  { id: 'planned', header: 'Planned delivery', className: 'col-date mono', render: (s) => s.plannedDeliveryOn ?? '—' },
  { id: 'delivered', header: 'Delivered', className: 'col-date mono', render: (s) => s.deliveredOn ?? '—' },
  { id: 'received', header: 'Received', className: 'col-date mono', render: (s) => s.receivedOn ?? '—' },
  {
    id: 'late',
    header: 'Late',
    render: (s) =>
      s.late ? (
        <span className="badge badge-danger">late{s.latestCause ? `: ${s.latestCause}` : ''}</span>
      ) : s.receiptOverdue ? (
        <span className="badge badge-danger">receipt not confirmed</span>
      ) : (
        '—'
      ),
  },
];

/** Shipments in scope, filtered by partner, stage, lateness and number or case, with CSV and XLSX downloads (never the F/AD). */
export function ShipmentListPage() {
  const navigate = useNavigate();
  const list = useListState();
  const { get, filter } = list;
  const canWrite = useArea('deliveries')?.canWrite ?? false;
  const late = get('late');
  const stage = get('stage');
  const query: ShipmentQuery = {
    partner: get('partner') || undefined,
    stage: STAGES.includes(stage as never) ? (stage as (typeof STAGES)[number]) : undefined,
    late: late === 'true' || late === 'false' ? late : undefined,
    q: get('q') || undefined,
    ...list.paging,
  };
  const page = useApi(['deliveries', 'shipment-list-page:deliveriesApi.list'], (signal) => deliveriesApi.list(query, signal), [
    JSON.stringify(query),
  ]);
  const [text, setText] = useSearchText(get, list.update);
  return (
    <ListPage
      title="Shipments"
      description="Transportation and delivery of case lines in your scope"
      download={(format) => deliveriesApi.exportUrl(format, query)}
      actions={
        <>
          <Link className="button" to={`/deliveries/dashboard${query.partner ? `?partner=${query.partner}` : ''}`}>
            Dashboard
          </Link>
          {canWrite && (
            <Link className="button button-primary" to="/deliveries/new">
              New shipment
            </Link>
          )}
        </>
      }
      filters={
        <div className="filter-bar" role="search">
          <label className="field field-inline field-grow">
            <span>Search</span>
            <input type="search" placeholder="Shipment number or case" value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <label className="field field-inline field-narrow">
            <span>Partner</span>
            <input
              value={get('partner')}
              maxLength={3}
              placeholder="KE"
              onChange={(e) => filter({ partner: e.target.value.toUpperCase().trim() }, true)}
            />
          </label>
          <label className="field field-inline">
            <span>Stage</span>
            <select value={query.stage ?? ''} onChange={(e) => filter({ stage: e.target.value })}>
              <option value="">Any stage</option>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {stageLabel(s)}
                </option>
              ))}
            </select>
          </label>
          <label className="field field-inline">
            <span>Timeliness</span>
            <select value={query.late ?? ''} onChange={(e) => filter({ late: e.target.value })}>
              <option value="">Any</option>
              <option value="true">Late</option>
              <option value="false">On time</option>
            </select>
          </label>
        </div>
      }
      savedViews={{ area: 'deliveries', path: '/deliveries' }}
      list={list}
      page={page}
      caption="Shipments"
      columns={COLUMNS}
      rowKey={(s) => s.id}
      rowLabel={(s) => `${s.number} ${s.partnerCode} ${stageLabel(s.stage)}`}
      onOpen={(s) => navigate(`/deliveries/shipments/${s.id}`)}
      empty="No shipment matches these filters."
    />
  );
}
