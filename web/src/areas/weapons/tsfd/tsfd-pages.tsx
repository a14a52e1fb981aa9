import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { ApiError } from '../../../api/client.ts';
import { type Column, DataTable } from '../../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../../platform/field.tsx';
import { formatCount, todayIso } from '../../../platform/format.ts';
import { useArea } from '../../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../../platform/status-pages.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { usePageTitle } from '../../../platform/use-page-title.ts';
import { useSearchState } from '../../../platform/use-search-state.ts';
import {
  DETERMINATION_LABELS,
  TECHNOLOGY_AREA_LABELS,
  TECHNOLOGY_AREAS,
  TSFD_STATUS_LABELS,
  type TsfdDetermination,
  type TsfdQuery,
  type TsfdRequest,
  type TsfdRequestSummary,
  type TsfdStatus,
  tsfdApi,
} from './tsfd-api.ts';

const STATUSES = Object.keys(TSFD_STATUS_LABELS) as TsfdStatus[];
const areaLabel = (a: string) => TECHNOLOGY_AREA_LABELS[a] ?? a;

const COLUMNS: Column<TsfdRequestSummary>[] = [
  {
    id: 'reference',
    header: 'Request',
    className: 'col-code',
    render: (r) => (
      <Link to={`/weapons/tsfd/${r.id}`} tabIndex={-1} className="mono strong">
        {r.reference}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (r) => r.partnerCode },
  { id: 'system', header: 'System', render: (r) => r.systemName },
  {
    id: 'status',
    header: 'Status',
    render: (r) => (
      <>
        <span className="badge">{TSFD_STATUS_LABELS[r.status]}</span> {r.priority && <span className="badge badge-danger">Priority</span>}
      </>
    ),
  },
  { id: 'plar', header: 'Pre-LOR assessment', className: 'col-date mono', render: (r) => r.preLorAssessmentOn },
  { id: 'case', header: 'Case', className: 'mono', render: (r) => r.caseIdentifier ?? '—' },
];

/** TSFD requests in scope (only for users holding TSFD need-to-know), and the anticipatory policies. */
export function TsfdListPage() {
  usePageTitle('TSFD requests');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const [creating, setCreating] = useState(false);
  const status = get('status');
  const query: TsfdQuery = {
    status: STATUSES.includes(status as TsfdStatus) ? (status as TsfdStatus) : undefined,
    partner: get('partner') || undefined,
    limit: 200,
  };
  const page = useApi(['weapons', 'tsfd-pages:tsfdApi.list'], (signal) => tsfdApi.list(query, signal), [JSON.stringify(query)]);
  const policies = useApi(['weapons', 'tsfd-pages:tsfdApi.policies'], (signal) => tsfdApi.policies(signal), []);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Technology security and foreign disclosure</h1>
          <p className="page-sub">
            TSFD requests started by a Pre-LOR Assessment Request (DSCA 16-26, 25-16)
            {page.data ? ` · ${formatCount(page.data.total)} found` : ''}
          </p>
        </div>
        {canWrite && (
          <div className="form-actions">
            <button type="button" className="button button-primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
              New Pre-LOR Assessment Request
            </button>
          </div>
        )}
      </header>
      {creating && <NewTsfdForm onCreated={(r) => navigate(`/weapons/tsfd/${r.id}`)} />}
      <div className="filter-bar" role="search">
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={get('partner')}
            maxLength={3}
            placeholder="PL"
            onChange={(e) => update({ partner: e.target.value.toUpperCase().trim() }, { replace: true })}
          />
        </label>
        <label className="field field-inline">
          <span>Status</span>
          <select value={query.status ?? ''} onChange={(e) => update({ status: e.target.value })}>
            <option value="">All statuses</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {TSFD_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="TSFD requests"
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(r) => r.id}
        rowLabel={(r) => `${r.reference} ${r.partnerCode} ${TSFD_STATUS_LABELS[r.status]}`}
        onOpen={(r) => navigate(`/weapons/tsfd/${r.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No TSFD request you may see matches these filters.'}
      />
      <h2>Anticipatory policies</h2>
      {policies.error && <ErrorNotice message={policies.error.message} onRetry={policies.reload} />}
      <ul className="plain-list" aria-label="Anticipatory policies">
        {(policies.data ?? []).map((p) => (
          <li key={p.id}>
            <strong>{p.title}</strong> — {p.groupCode}, {p.technologyAreas.map(areaLabel).join(', ')}; from {p.effectiveOn}
            {p.expiresOn ? ` until ${p.expiresOn}` : ''}{' '}
            {p.inForce ? <span className="badge">In force</span> : <span className="badge badge-muted">Not in force</span>}
          </li>
        ))}
        {policies.data?.length === 0 && <li className="muted">No anticipatory policy you may see.</li>}
      </ul>
    </section>
  );
}

function NewTsfdForm({ onCreated }: { onCreated: (r: TsfdRequest) => void }) {
  const systems = useApi(['weapons', 'tsfd-pages:tsfdApi.systems'], (signal) => tsfdApi.systems(signal), []);
  const [partnerCode, setPartner] = useState('');
  const [systemId, setSystemId] = useState('');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [preLorAssessmentOn, setOn] = useState(todayIso());
  const [preLorAssessmentReference, setReference] = useState('');
  const [priority, setPriority] = useState(false);
  const [priorityReason, setPriorityReason] = useState('');
  const [caseRef, setCaseRef] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(
        await tsfdApi.create({
          partnerCode,
          systemId,
          title,
          summary,
          preLorAssessmentOn,
          preLorAssessmentReference,
          priority,
          priorityReason,
          lorId: null,
          caseRef: caseRef.trim() || null,
        }),
      );
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }
  const placed = ['partnerCode', 'systemId', 'title', 'summary', 'preLorAssessmentOn', 'priorityReason', 'caseRef', 'technologyAreas'];
  const system = systems.data?.find((s) => s.id === systemId);
  return (
    <form className="card form-grid" onSubmit={submit} aria-label="New Pre-LOR Assessment Request">
      <FormError message={error?.message} extra={unplacedFieldErrors(error?.fields ?? [], placed)} />
      <Field label="Partner (customer code)" error={error?.fieldMessage('partnerCode')}>
        {(c) => <input {...c} value={partnerCode} maxLength={3} required onChange={(e) => setPartner(e.target.value.toUpperCase())} />}
      </Field>
      <Field
        label="System"
        error={error?.fieldMessage('systemId') ?? error?.fieldMessage('technologyAreas')}
        hint={system ? `Reviews: ${system.technologyAreas.map(areaLabel).join(', ') || 'none listed'}` : undefined}
      >
        {(c) => (
          <select {...c} value={systemId} required onChange={(e) => setSystemId(e.target.value)}>
            <option value="">Choose a system</option>
            {(systems.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Title" error={error?.fieldMessage('title')}>
        {(c) => <input {...c} value={title} required maxLength={300} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Pre-LOR Assessment Request received" error={error?.fieldMessage('preLorAssessmentOn')}>
        {(c) => <input {...c} type="date" value={preLorAssessmentOn} required onChange={(e) => setOn(e.target.value)} />}
      </Field>
      <Field label="Its reference" error={error?.fieldMessage('preLorAssessmentReference')}>
        {(c) => <input {...c} value={preLorAssessmentReference} maxLength={200} onChange={(e) => setReference(e.target.value)} />}
      </Field>
      <Field label="Case (identifier), if any" error={error?.fieldMessage('caseRef')}>
        {(c) => <input {...c} value={caseRef} maxLength={40} placeholder="PL-B-AAA" onChange={(e) => setCaseRef(e.target.value)} />}
      </Field>
      <label className="field field-check">
        <input type="checkbox" checked={priority} onChange={(e) => setPriority(e.target.checked)} /> Priority review (senior-leader case)
      </label>
      {priority && (
        <Field label="Why a priority" error={error?.fieldMessage('priorityReason')}>
          {(c) => <input {...c} value={priorityReason} required onChange={(e) => setPriorityReason(e.target.value)} />}
        </Field>
      )}
      <Field label="Summary" error={error?.fieldMessage('summary')} className="field-wide">
        {(c) => <textarea {...c} value={summary} rows={3} onChange={(e) => setSummary(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Record the request
        </button>
      </div>
    </form>
  );
}

/** One TSFD request: its reviewing bodies and their determinations, the policies covering the partner, the conditions. */
export function TsfdPage() {
  const { id = '' } = useParams();
  const request = useApi(['weapons', 'tsfd-pages:tsfdApi.get'], (signal) => tsfdApi.get(id, signal), [id]);
  const canWrite = useArea('weapons')?.canWrite ?? false;
  usePageTitle(request.data ? `TSFD ${request.data.reference}` : 'TSFD request');
  if (request.error?.isUnavailable) return <NotAvailablePage what="This TSFD request" />;
  if (request.error) return <ErrorNotice message={request.error.message} onRetry={request.reload} />;
  const r = request.data;
  if (!r) return <Loading />;
  const open = r.status === 'received' || r.status === 'in_review';
  const done = (updated: TsfdRequest) => request.setData(updated);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <p className="page-sub">
            <Link to="/weapons/tsfd">TSFD requests</Link>
          </p>
          <h1>
            <span className="mono">{r.reference}</span> {r.title}
          </h1>
          <p className="page-sub">
            <span className="badge">{TSFD_STATUS_LABELS[r.status]}</span>{' '}
            {r.priority && <span className="badge badge-danger">Priority: {r.priorityReason}</span>}
          </p>
        </div>
      </header>
      <dl className="detail-list">
        <div>
          <dt>Partner</dt>
          <dd>{r.partnerCode}</dd>
        </div>
        <div>
          <dt>System</dt>
          <dd>{r.systemName}</dd>
        </div>
        <div>
          <dt>Technology areas</dt>
          <dd>{r.technologyAreas.map(areaLabel).join(', ')}</dd>
        </div>
        <div>
          <dt>Pre-LOR Assessment Request</dt>
          <dd>
            {r.preLorAssessmentOn} {r.preLorAssessmentReference}
          </dd>
        </div>
        <div>
          <dt>Case</dt>
          <dd>{r.caseIdentifier ?? '—'}</dd>
        </div>
        {r.decidedOn && (
          <div>
            <dt>Decided</dt>
            <dd>{r.decidedOn}</dd>
          </div>
        )}
        {r.withdrawnReason && (
          <div>
            <dt>Withdrawn</dt>
            <dd>{r.withdrawnReason}</dd>
          </div>
        )}
      </dl>
      {r.summary && <p>{r.summary}</p>}
      {r.policies.length > 0 && (
        <div className="notice" role="note" aria-label="Anticipatory policies in force">
          Anticipatory policies in force for this partner:
          <ul>
            {r.policies.map((p) => (
              <li key={p.id}>
                {p.title} ({p.groupCode}; {p.technologyAreas.map(areaLabel).join(', ')})
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2>Reviews</h2>
      <table className="data-table">
        <caption className="visually-hidden">Reviewing bodies and their determinations</caption>
        <thead>
          <tr>
            <th scope="col">Reviewing body</th>
            <th scope="col">Referred</th>
            <th scope="col">Determination</th>
            <th scope="col">Conditions</th>
            <th scope="col">Determined</th>
          </tr>
        </thead>
        <tbody>
          {r.reviews.map((v) => (
            <tr key={v.id}>
              <td>{v.body}</td>
              <td className="mono">{v.referredOn}</td>
              <td>
                {v.determination ? (
                  DETERMINATION_LABELS[v.determination]
                ) : canWrite && open ? (
                  <DeterminationForm request={r} reviewId={v.id} body={v.body} onDone={done} />
                ) : (
                  'Pending'
                )}
              </td>
              <td>{v.conditions || '—'}</td>
              <td className="mono">{v.determinedOn ?? '—'}</td>
            </tr>
          ))}
          {r.reviews.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                Not referred to any reviewing body yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {r.conditions.length > 0 && (
        <p>
          Conditions the LOA carries (its TSFD note): <em>{r.conditions.join('; ')}</em>
        </p>
      )}
      {canWrite && open && <ReferForm request={r} onDone={done} />}
      {canWrite && <LinkForm request={r} onDone={done} />}
      {canWrite && open && <WithdrawForm request={r} onDone={done} />}
    </section>
  );
}

function useSubmit(run: () => Promise<TsfdRequest>, onDone: (r: TsfdRequest) => void) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(await run());
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, submit };
}

function ReferForm({ request, onDone }: { request: TsfdRequest; onDone: (r: TsfdRequest) => void }) {
  const [body, setBody] = useState('');
  const [technologyArea, setArea] = useState('');
  const [referredOn, setOn] = useState(todayIso());
  const { error, busy, submit } = useSubmit(
    () =>
      tsfdApi.refer(request.id, {
        version: request.version,
        body,
        technologyArea: (technologyArea || null) as never,
        referredOn,
      }),
    (r) => {
      setBody('');
      onDone(r);
    },
  );
  return (
    <form className="card form-grid" onSubmit={submit} aria-label="Refer to a reviewing body">
      <h3>Refer to a reviewing body</h3>
      <FormError message={error?.message} />
      <Field label="Reviewing body or process" error={error?.fieldMessage('body')}>
        {(c) => <input {...c} value={body} required maxLength={200} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <Field label="Technology area" error={error?.fieldMessage('technologyArea')}>
        {(c) => (
          <select {...c} value={technologyArea} onChange={(e) => setArea(e.target.value)}>
            <option value="">—</option>
            {TECHNOLOGY_AREAS.map((a) => (
              <option key={a} value={a}>
                {areaLabel(a)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Referred on" error={error?.fieldMessage('referredOn')}>
        {(c) => <input {...c} type="date" value={referredOn} required onChange={(e) => setOn(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Refer
        </button>
      </div>
    </form>
  );
}

function DeterminationForm({
  request,
  reviewId,
  body,
  onDone,
}: {
  request: TsfdRequest;
  reviewId: string;
  body: string;
  onDone: (r: TsfdRequest) => void;
}) {
  const [determination, setDetermination] = useState<TsfdDetermination['determination']>('approved');
  const [conditions, setConditions] = useState('');
  const [determinedOn, setOn] = useState(todayIso());
  const { error, busy, submit } = useSubmit(
    () => tsfdApi.determine(request.id, reviewId, { version: request.version, determination, conditions, determinedOn }),
    onDone,
  );
  return (
    <form className="inline-form" onSubmit={submit} aria-label={`Determination of ${body}`}>
      <FormError message={error?.message} />
      <select aria-label={`${body} determination`} value={determination} onChange={(e) => setDetermination(e.target.value as never)}>
        {Object.entries(DETERMINATION_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {determination === 'approved_with_conditions' && (
        <input aria-label={`${body} conditions`} value={conditions} required onChange={(e) => setConditions(e.target.value)} />
      )}
      <input aria-label={`${body} determined on`} type="date" value={determinedOn} required onChange={(e) => setOn(e.target.value)} />
      <button type="submit" className="button button-small button-primary" disabled={busy}>
        Record
      </button>
    </form>
  );
}

function LinkForm({ request, onDone }: { request: TsfdRequest; onDone: (r: TsfdRequest) => void }) {
  const [caseRef, setCaseRef] = useState(request.caseIdentifier ?? '');
  const { error, busy, submit } = useSubmit(
    () => tsfdApi.link(request.id, { version: request.version, caseRef: caseRef.trim() || null, lorId: request.lorId }),
    onDone,
  );
  return (
    <form className="card form-grid" onSubmit={submit} aria-label="Link to a case">
      <h3>The case that followed</h3>
      <FormError message={error?.message} />
      <Field label="Case identifier" error={error?.fieldMessage('caseRef')} hint="Approved conditions are carried into its LOA notes">
        {(c) => <input {...c} value={caseRef} maxLength={40} onChange={(e) => setCaseRef(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          Save the link
        </button>
      </div>
    </form>
  );
}

function WithdrawForm({ request, onDone }: { request: TsfdRequest; onDone: (r: TsfdRequest) => void }) {
  const [reason, setReason] = useState('');
  const { error, busy, submit } = useSubmit(() => tsfdApi.withdraw(request.id, { version: request.version, reason }), onDone);
  return (
    <form className="card form-grid" onSubmit={submit} aria-label="Withdraw the request">
      <h3>Withdraw</h3>
      <FormError message={error?.message} />
      <Field label="Reason" error={error?.fieldMessage('reason')}>
        {(c) => <input {...c} value={reason} required onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={busy}>
          Withdraw
        </button>
      </div>
    </form>
  );
}
