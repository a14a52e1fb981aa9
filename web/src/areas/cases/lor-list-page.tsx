import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { type LetterOfRequest, LOR_STATUSES, type LorQuery, type LorStatus, type LorSummary } from '../../api/types.ts';
import { AgencyLabel } from '../../platform/agencies.tsx';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
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

export function LorListPage() {
  usePageTitle('Letters of request');
  const { get, update } = useSearchState();
  const canWrite = useArea('cases')?.canWrite ?? false;
  const status = LOR_STATUSES.includes(get('status') as LorStatus) ? (get('status') as LorStatus) : undefined;
  const limit = intParam(get('limit'), 50, 500) || 50;
  const offset = intParam(get('offset'), 0);
  const query: LorQuery = { status, partner: get('partner') || undefined, limit, offset };
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
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/cases">Cases</Link>
        <span aria-hidden="true">/</span>
        <span>Letters of request</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Letters of request</h1>
          <p className="page-sub">
            Requests received from partners{page.data ? ` · ${formatCount(page.data.total)} found` : ''}. Select one to decide it or open
            its case.
          </p>
        </div>
        {canWrite && !intake && (
          <button type="button" className="button button-primary" onClick={() => update({ new: 1 })}>
            New LOR
          </button>
        )}
      </header>
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
      <div className="filter-bar" role="search">
        <label className="field field-inline">
          <span>Status</span>
          <select value={status ?? ''} onChange={(e) => update({ status: e.target.value, offset: null })}>
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
          <select value={get('partner')} onChange={(e) => update({ partner: e.target.value, offset: null })}>
            <option value="">All partners</option>
            {(partners.data?.items ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {p.code} {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Letters of request"
        columns={columns}
        rows={page.data?.items ?? []}
        rowKey={(l) => l.id}
        rowLabel={(l) =>
          l.withheld ? 'LOR withheld' : `LOR ${l.partnerCode} ${l.reference || l.receivedOn} ${LOR_STATUS_LABELS[l.status]}`
        }
        onOpen={toggle}
        detail={(l) =>
          open === l.id && !l.withheld ? <LorDetail key={`${l.id}-${l.version}`} lor={l} canWrite={canWrite} onChanged={changed} /> : null
        }
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No letter of request matches these filters.'}
      />
      {page.data && (
        <Pager
          offset={offset}
          limit={limit}
          total={page.data.total}
          onChange={(o, l) => update({ offset: o || null, limit: l === 50 ? null : l })}
          label="LOR pages"
        />
      )}
    </section>
  );
}
