import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { eumApi } from '../../api/eum-client.ts';
import type { EumIncident, EumIncidentNotice } from '../../api/eum-types.ts';
import { Breadcrumbs } from '../../platform/breadcrumbs.tsx';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { EumBadge, EumNav, INCIDENT_ACTION_LABELS, INCIDENT_KIND_LABELS } from './eum-labels.tsx';
import { ReportIncidentForm } from './report-incident-form.tsx';

const COLUMNS: Column<EumIncident>[] = [
  {
    id: 'title',
    header: 'Incident',
    render: (i) => (
      <Link to={`/eum/incidents/${i.id}`} tabIndex={-1} className="strong">
        {i.title}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (i) => i.partnerCode },
  { id: 'kind', header: 'Kind', className: 'col-narrow', render: (i) => INCIDENT_KIND_LABELS[i.kind] },
  { id: 'discovered', header: 'Discovered', className: 'col-date mono', render: (i) => i.discoveredOn },
  { id: 'status', header: 'Status', className: 'col-narrow', render: (i) => <EumBadge value={i.status} /> },
];

export function IncidentListPage() {
  usePageTitle('Incidents');
  const navigate = useNavigate();
  const canWrite = useArea('eum')?.canWrite ?? false;
  const { get, update } = useSearchState();
  const query = {
    partner: get('partner') || undefined,
    open: get('open') === 'false' ? ('false' as const) : get('open') === 'all' ? undefined : ('true' as const),
    limit: intParam(get('limit'), 50, 500) || 50,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['eum', 'incident-pages:eumApi.incidents'], (signal) => eumApi.incidents(query, signal), [JSON.stringify(query)]);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Incidents</h1>
          <p className="page-sub">
            Potential unauthorised access, transfer, loss, theft or misuse{page.data ? ` · ${formatCount(page.data.total)} found` : ''}
          </p>
        </div>
      </header>
      <EumNav />
      <div className="filter-bar" role="search">
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={get('partner')}
            maxLength={3}
            placeholder="AT"
            onChange={(e) => update({ partner: e.target.value.toUpperCase().trim(), offset: null }, { replace: true })}
          />
        </label>
        <label className="field field-inline">
          <span>Show</span>
          <select
            value={get('open') || 'true'}
            onChange={(e) => update({ open: e.target.value === 'true' ? null : e.target.value, offset: null })}
          >
            <option value="true">Open</option>
            <option value="false">Closed</option>
            <option value="all">All</option>
          </select>
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Incidents"
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(i) => i.id}
        rowLabel={(i) => i.title}
        onOpen={(i) => navigate(`/eum/incidents/${i.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No incident.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="Incident pages"
        />
      )}
      {canWrite && <ReportIncidentForm onReported={(incident) => navigate(`/eum/incidents/${incident.id}`)} />}
    </section>
  );
}

export function IncidentPage() {
  const { id = '' } = useParams();
  const incident = useApi(['eum', 'incident-pages:eumApi.incident'], (signal) => eumApi.incident(id, signal), [id]);
  usePageTitle(incident.data?.title ?? 'Incident');
  const canWrite = useArea('eum')?.canWrite ?? false;
  const [error, setError] = useState<string | null>(null);
  if (incident.error?.isUnavailable) return <NotAvailablePage what="This incident" />;
  if (incident.error) return <ErrorNotice message={incident.error.message} onRetry={incident.reload} />;
  if (!incident.data) return <Loading />;
  const i = incident.data;
  const act = (action: EumIncident['allowedActions'][number]) =>
    eumApi
      .transitionIncident(i.id, i.version, action)
      .then(incident.setData, (caught: unknown) => setError(caught instanceof ApiError ? caught.message : String(caught)));
  return (
    <section className="page">
      <Breadcrumbs
        trail={[
          { to: '/eum', label: 'End-use monitoring' },
          { to: '/eum/incidents', label: 'Incidents' },
        ]}
        current={i.title}
      />
      <header className="page-header">
        <div>
          <h1>{i.title}</h1>
          <p className="page-sub">
            <EumBadge value={i.status} /> {INCIDENT_KIND_LABELS[i.kind]} · {i.partnerCode} · discovered {i.discoveredOn}
            {i.closedOn ? ` · closed ${i.closedOn}` : ''}
          </p>
        </div>
      </header>
      <EumNav />
      <p>{i.description}</p>
      <p className="page-sub">{i.source}</p>
      <h2>Items concerned</h2>
      <ul>
        {i.items.map((it) => (
          <li key={it.id}>
            <Link to={`/eum/items/${it.id}`} className="mono">
              {it.itemTypeCode} {it.serialNumber}
            </Link>{' '}
            ({it.status.replaceAll('_', ' ')})
          </li>
        ))}
      </ul>
      {i.items.length === 0 && <p>No recorded item.</p>}
      <FormError message={error} />
      {canWrite && i.allowedActions.length > 0 && (
        <div className="case-action-buttons" role="group" aria-label="Next actions">
          {i.allowedActions.map((a) => (
            <button key={a} type="button" className="button button-primary" onClick={() => void act(a)}>
              {INCIDENT_ACTION_LABELS[a]}
            </button>
          ))}
        </div>
      )}
      {canWrite ? <IncidentForm key={i.version} incident={i} onSaved={incident.setData} /> : <p>Findings: {i.findings || '—'}</p>}
    </section>
  );
}

function IncidentForm({ incident, onSaved }: { incident: EumIncident; onSaved: (i: EumIncident) => void }) {
  const [findings, setFindings] = useState(incident.findings);
  const [notices, setNotices] = useState<EumIncidentNotice[]>(incident.notices);
  const [recipient, setRecipient] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onSaved(await eumApi.updateIncident(incident.id, { version: incident.version, findings, notices }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  }
  return (
    <form className="panel" onSubmit={submit} aria-label="Investigation">
      <h2>Investigation and required notifications</h2>
      <FormError message={error?.message} />
      <Field label="Findings" error={error?.fieldMessage('findings')}>
        {(p) => <textarea {...p} value={findings} onChange={(e) => setFindings(e.target.value)} />}
      </Field>
      <table className="data-table" aria-label="Required notifications">
        <thead>
          <tr>
            <th>Recipient</th>
            <th>Sent on</th>
          </tr>
        </thead>
        <tbody>
          {notices.map((n, index) => (
            <tr key={`${n.recipient}-${index}`}>
              <td>{n.recipient}</td>
              <td>
                <input
                  type="date"
                  aria-label={`Sent to ${n.recipient} on`}
                  value={n.sentOn ?? ''}
                  onChange={(e) => setNotices(notices.map((m, j) => (j === index ? { ...m, sentOn: e.target.value || null } : m)))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <input
          aria-label="New recipient"
          placeholder="Who must be notified"
          value={recipient}
          onChange={(e) => setRecipient(e.target.value)}
        />
        <button
          type="button"
          className="button"
          disabled={!recipient.trim()}
          onClick={() => {
            setNotices([...notices, { recipient: recipient.trim(), sentOn: null }]);
            setRecipient('');
          }}
        >
          Add notification
        </button>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Save
        </button>
      </div>
    </form>
  );
}
