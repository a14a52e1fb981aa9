import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { type LetterOfRequest, LOR_STATUSES, type LorQuery, type LorSummary } from '../../api/types.ts';
import { AgencyLabel } from '../../platform/agencies.tsx';
import type { Column } from '../../platform/data-table.tsx';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { useApi } from '../../platform/use-api.ts';
import { oneOfParam } from '../../platform/use-search-state.ts';
import { LOR_CHANNEL_LABELS, LOR_STATUS_LABELS, StatusBadge } from './case-labels.tsx';
import { LorDetail } from './lor-detail.tsx';
import { LorIntakeForm } from './lor-intake-form.tsx';

// An LOR converted to a case withheld from the reader (pending congressional notification) shows only that it exists.
const columns: Column<LorSummary>[] = [
  { id: 'received', header: 'Received', className: 'col-date', render: (l) => l.receivedOn },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (l) => l.partnerCode },
  {
    id: 'reference',
    header: 'Reference',
    className: 'col-narrow',
    render: (l) => (l.withheld ? <span className="muted">Withheld</span> : l.reference || <span className="muted">—</span>),
  },
  { id: 'description', header: 'Description', render: (l) => l.description },
  { id: 'agency', header: 'Agency', className: 'col-narrow', render: (l) => (l.withheld ? null : <AgencyLabel code={l.agencyCode} />) },
  {
    id: 'channel',
    header: 'Channel',
    className: 'col-narrow',
    render: (l) => (l.withheld ? null : (LOR_CHANNEL_LABELS[l.channel] ?? l.channel)),
  },
  {
    id: 'status',
    header: 'Status',
    className: 'col-narrow',
    render: (l) => (l.withheld ? null : <StatusBadge status={l.status} label={LOR_STATUS_LABELS[l.status]} />),
  },
];

/** The letters of request on one ListPage (the API neither sorts nor exports them); a row opens to decide it. */
export function LorListPage() {
  const list = useListState();
  const { get, update, filter } = list;
  const canWrite = useArea('cases')?.canWrite ?? false;
  const status = oneOfParam(LOR_STATUSES, get('status'));
  const query: LorQuery = { status, partner: get('partner') || undefined, ...list.paging };
  const page = useApi(['cases', 'lor-list-page:api.listLors'], (signal) => api.listLors(query, signal), [JSON.stringify(query)]);
  const partners = useApi(
    ['cases', 'lor-list-page:api.listPartners'],
    (signal) => api.listPartners({ limit: 1000, sort: 'code' }, signal),
    [],
  );
  const [open, setOpen] = useState<string | null>(get('open') || null);
  const [notice, setNotice] = useState<string | null>(null);
  const intake = get('new') === '1' && canWrite;

  function toggle(lor: LorSummary) {
    if (lor.withheld) return;
    setOpen((current) => (current === lor.id ? null : lor.id));
  }

  function changed(lor: LetterOfRequest, message: string) {
    const row: LorSummary = { ...lor, withheld: false };
    page.setData((current) => current && { ...current, items: current.items.map((l) => (l.id === lor.id ? row : l)) });
    setNotice(message);
  }

  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/cases">Cases</Link>
        <span aria-hidden="true">/</span>
        <span>Letters of request</span>
      </nav>
      <ListPage
        title="Letters of request"
        description="Requests received from partners. Select one to decide it or open its case"
        actions={
          canWrite &&
          !intake && (
            <button type="button" className="button button-primary" onClick={() => update({ new: 1 })}>
              New LOR
            </button>
          )
        }
        filters={
          <div className="filter-bar" role="search">
            <label className="field field-inline">
              <span>Status</span>
              <select value={status ?? ''} onChange={(e) => filter({ status: e.target.value })}>
                <option value="">All statuses</option>
                {LOR_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {LOR_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field field-inline">
              <span>Partner</span>
              <select value={get('partner')} onChange={(e) => filter({ partner: e.target.value })}>
                <option value="">All partners</option>
                {(partners.data?.items ?? []).map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.code} {p.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
        }
        savedViews={{ area: 'cases', path: '/cases/lors' }}
        list={list}
        page={{ ...page, data: page.data && { ...page.data, ...list.paging } }}
        caption="Letters of request"
        columns={columns}
        rowKey={(l) => l.id}
        rowLabel={(l) =>
          l.withheld ? 'LOR withheld' : `LOR ${l.partnerCode} ${l.reference || l.receivedOn} ${LOR_STATUS_LABELS[l.status]}`
        }
        onOpen={toggle}
        detail={(l) =>
          open === l.id && !l.withheld ? <LorDetail key={`${l.id}-${l.version}`} lor={l} canWrite={canWrite} onChanged={changed} /> : null
        }
        empty="No letter of request matches these filters."
      >
        {notice && (
          <p className="notice notice-success" role="status">
            {notice}
          </p>
        )}
        {intake && partners.data && (
          <LorIntakeForm
            partners={partners.data.items}
            onCancel={() => update({ new: null })}
            onRecorded={(lor) => {
              setNotice(`Recorded the LOR from ${lor.partnerCode} received ${lor.receivedOn}.`);
              setOpen(lor.id);
              update({ new: null, status: null, partner: null, offset: null }, { replace: true });
              page.reload();
            }}
          />
        )}
      </ListPage>
    </>
  );
}
