import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { eumApi } from '../../api/eum-client.ts';
import type { EumIncident, EumIncidentNotice } from '../../api/eum-types.ts';
import { Breadcrumbs } from '../../platform/breadcrumbs.tsx';
import type { Column } from '../../platform/data-table.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { applyServerErrors } from '../../platform/form-errors.ts';
import { CharCount } from '../../platform/limited-text.tsx';
import { ListPage } from '../../platform/list-page.tsx';
import { useListState } from '../../platform/list-state.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { TransitionBar, TransitionForm } from '../../platform/transition-form.tsx';
import { useUnsavedChangesGuard } from '../../platform/unsaved-changes.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
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

/** updateIncidentInput in src/areas/eum/model.ts. */
const FINDINGS_MAX = 8000;
const RECIPIENT_MAX = 200;

/** Incidents in scope, open ones first shown; writers report a new one below. */
export function IncidentListPage() {
  const navigate = useNavigate();
  const canWrite = useArea('eum')?.canWrite ?? false;
  const list = useListState();
  const { get, filter } = list;
  const query = {
    partner: get('partner') || undefined,
    open: get('open') === 'false' ? ('false' as const) : get('open') === 'all' ? undefined : ('true' as const),
    ...list.paging,
  };
  const page = useApi(['eum', 'incident-pages:eumApi.incidents'], (signal) => eumApi.incidents(query, signal), [JSON.stringify(query)]);
  return (
    <div className="page">
      <ListPage
        title="Incidents"
        description="Potential unauthorised access, transfer, loss, theft or misuse"
        filters={
          <>
            <EumNav />
            <div className="filter-bar" role="search">
              <label className="field field-inline field-narrow">
                <span>Partner</span>
                <input
                  value={get('partner')}
                  maxLength={3}
                  placeholder="AT"
                  onChange={(e) => filter({ partner: e.target.value.toUpperCase().trim() }, true)}
                />
              </label>
              <label className="field field-inline">
                <span>Show</span>
                <select value={get('open') || 'true'} onChange={(e) => filter({ open: e.target.value === 'true' ? null : e.target.value })}>
                  <option value="true">Open</option>
                  <option value="false">Closed</option>
                  <option value="all">All</option>
                </select>
              </label>
            </div>
          </>
        }
        list={list}
        page={page}
        caption="Incidents"
        columns={COLUMNS}
        rowKey={(i) => i.id}
        rowLabel={(i) => i.title}
        onOpen={(i) => navigate(`/eum/incidents/${i.id}`)}
        empty="No incident."
      />
      {canWrite && <ReportIncidentForm />}
    </div>
  );
}

export function IncidentPage() {
  const { id = '' } = useParams();
  const incident = useApi(['eum', 'incident-pages:eumApi.incident'], (signal) => eumApi.incident(id, signal), [id]);
  usePageTitle(incident.data?.title ?? 'Incident');
  const canWrite = useArea('eum')?.canWrite ?? false;
  if (incident.error?.isUnavailable) return <NotAvailablePage what="This incident" />;
  if (incident.error) return <ErrorNotice message={incident.error.message} onRetry={incident.reload} />;
  if (!incident.data) return <Loading />;
  const i = incident.data;
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
      {canWrite && (
        <TransitionBar
          choices={i.allowedActions.map((action) => ({
            action,
            label: INCIDENT_ACTION_LABELS[action],
            tone: action === 'close' ? ('danger' as const) : ('primary' as const),
          }))}
        >
          {(choice, close) => (
            <TransitionForm
              key={`${choice.action}-${i.version}`}
              label={choice.label}
              tone={choice.tone}
              record="incident"
              consequence={choice.action === 'close' ? 'The incident is closed; reopening it is recorded as a new step.' : undefined}
              onCancel={close}
              onReload={() => {
                close();
                incident.reload();
              }}
              onSubmit={async () => {
                incident.setData(await eumApi.transitionIncident(i.id, i.version, choice.action));
                close();
              }}
            />
          )}
        </TransitionBar>
      )}
      {canWrite ? <IncidentForm key={i.version} incident={i} onSaved={incident.setData} /> : <p>Findings: {i.findings || '—'}</p>}
    </section>
  );
}

interface InvestigationValues {
  findings: string;
  notices: EumIncidentNotice[];
  recipient: string;
}

/** The investigation's findings and who must be told; kept as the incident moves. */
function IncidentForm({ incident, onSaved }: { incident: EumIncident; onSaved: (i: EumIncident) => void }) {
  const ids = { findings: useId(), recipient: useId() };
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const { register, handleSubmit, setError, control, watch, setValue, formState } = useForm<InvestigationValues>({
    defaultValues: { findings: incident.findings, notices: incident.notices, recipient: '' },
  });
  const notices = useFieldArray({ control, name: 'notices' });
  const question = useUnsavedChangesGuard(formState.isDirty);
  const save = useMutation({
    mutationFn: ({ findings, notices }: InvestigationValues) =>
      eumApi.updateIncident(incident.id, {
        version: incident.version,
        findings,
        notices: notices.map((n) => ({ recipient: n.recipient, sentOn: n.sentOn || null })),
      }),
    // The form is made again for the new version (its key), clean.
    onSuccess: onSaved,
    onError: (error) => setUnplaced(applyServerErrors(error, ['findings', 'notices'], setError)),
  });
  const { errors } = formState;
  const [findings, recipient] = watch(['findings', 'recipient']);
  return (
    <form
      className="panel"
      onSubmit={handleSubmit((values) => {
        setUnplaced([]);
        save.mutate(values);
      })}
      aria-label="Investigation"
    >
      {question}
      <h2>Investigation and required notifications</h2>
      <FormError message={save.error?.message} extra={unplaced} />
      <Field label="Findings" error={errors.findings?.message}>
        {(p) => (
          <>
            <textarea {...p} {...register('findings')} />
            <CharCount id={ids.findings} length={findings.length} max={FINDINGS_MAX} />
          </>
        )}
      </Field>
      <table className="data-table" aria-label="Required notifications">
        <thead>
          <tr>
            <th>Recipient</th>
            <th>Sent on</th>
          </tr>
        </thead>
        <tbody>
          {notices.fields.map((n, index) => (
            <tr key={n.id}>
              <td>{n.recipient}</td>
              <td>
                <input type="date" aria-label={`Sent to ${n.recipient} on`} {...register(`notices.${index}.sentOn`)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.notices?.message && <p className="field-error">{errors.notices.message}</p>}
      <div className="form-actions">
        <input aria-label="New recipient" aria-describedby={ids.recipient} placeholder="Who must be notified" {...register('recipient')} />
        <CharCount id={ids.recipient} length={recipient.length} max={RECIPIENT_MAX} />
        <button
          type="button"
          className="button"
          disabled={!recipient.trim()}
          onClick={() => {
            notices.append({ recipient: recipient.trim(), sentOn: null });
            setValue('recipient', '');
          }}
        >
          Add notification
        </button>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Save
        </button>
      </div>
    </form>
  );
}
