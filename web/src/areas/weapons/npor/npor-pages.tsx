import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../../api/client.ts';
import { type Column, DataTable } from '../../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../../platform/field.tsx';
import { formatCents, formatCount, parseDollars, todayIso } from '../../../platform/format.ts';
import { useArea } from '../../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../../platform/status-pages.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { usePageTitle } from '../../../platform/use-page-title.ts';
import { useSearchState } from '../../../platform/use-search-state.ts';
import {
  NPOR_ACTION_LABELS,
  NPOR_STATUS_LABELS,
  type NporAction,
  type NporQuery,
  type NporRequest,
  type NporStatus,
  type NporType,
  nporApi,
} from './npor-api.ts';

const STATUSES = Object.keys(NPOR_STATUS_LABELS) as NporStatus[];

const COLUMNS: Column<NporRequest>[] = [
  {
    id: 'reference',
    header: 'Request',
    className: 'col-code',
    render: (r) => (
      <Link to={`/weapons/npor/${r.id}`} tabIndex={-1} className="mono strong">
        {r.reference}
      </Link>
    ),
  },
  { id: 'partner', header: 'Partner', className: 'col-narrow mono', render: (r) => r.partnerCode },
  { id: 'title', header: 'Item', render: (r) => r.title },
  { id: 'status', header: 'Status', render: (r) => <span className="badge">{NPOR_STATUS_LABELS[r.status]}</span> },
  { id: 'case', header: 'Case', className: 'mono', render: (r) => r.caseIdentifier ?? '—' },
  { id: 'received', header: 'Received', className: 'col-date mono', render: (r) => r.receivedOn },
];

/** NPOR requests in scope (DSCA 21-50, 25-35, 25-72), with a form to record a new one. */
export function NporListPage() {
  usePageTitle('NPOR requests');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const [creating, setCreating] = useState(false);
  const status = get('status');
  const query: NporQuery = {
    status: STATUSES.includes(status as NporStatus) ? (status as NporStatus) : undefined,
    partner: get('partner') || undefined,
    limit: 200,
  };
  const page = useApi(['weapons', 'npor-pages:nporApi.list'], (signal) => nporApi.list(query, signal), [JSON.stringify(query)]);
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>NPOR requests</h1>
          <p className="page-sub">
            Articles not formally managed by a military department{page.data ? ` · ${formatCount(page.data.total)} found` : ''}
          </p>
        </div>
        {canWrite && (
          <div className="form-actions">
            <button type="button" className="button button-primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
              New NPOR request
            </button>
          </div>
        )}
      </header>
      {creating && <NewNporForm onCreated={(r) => navigate(`/weapons/npor/${r.id}`)} />}
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
                {NPOR_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="NPOR requests"
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(r) => r.id}
        rowLabel={(r) => `${r.reference} ${r.partnerCode} ${NPOR_STATUS_LABELS[r.status]}`}
        onOpen={(r) => navigate(`/weapons/npor/${r.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No NPOR request matches these filters.'}
      />
      <NporTypes />
    </section>
  );
}

/** The NPOR types LOA lines carry (DSCA 21-50): an administrator-kept list, never values invented by IOPS. */
function NporTypes() {
  const types = useApi(['weapons', 'npor-pages:nporApi.types'], (signal) => nporApi.types(signal), []);
  const canAdminister = useArea('weapons')?.canAdminister ?? false;
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await nporApi.addType({ code, name, source, description: '' });
      setCode('');
      setName('');
      setSource('');
      types.reload();
    } catch (caught) {
      setError(caught as ApiError);
    }
  }
  async function toggle(type: NporType) {
    setError(null);
    try {
      await nporApi.updateType(type.code, { version: type.version, active: !type.active });
      types.reload();
    } catch (caught) {
      setError(caught as ApiError);
    }
  }
  return (
    <>
      <h2>NPOR types</h2>
      <ul className="plain-list" aria-label="NPOR types">
        {(types.data ?? []).map((t) => (
          <li key={t.code}>
            <span className="mono">{t.code}</span> {t.name} <span className="muted">({t.source})</span>{' '}
            {!t.active && <span className="badge badge-muted">Retired</span>}{' '}
            {canAdminister && (
              <button type="button" className="button button-small" onClick={() => toggle(t)}>
                {t.active ? 'Retire' : 'Reinstate'}
              </button>
            )}
          </li>
        ))}
        {types.data?.length === 0 && <li className="muted">No NPOR type entered yet: an administrator enters DSCA 21-50's types.</li>}
      </ul>
      {canAdminister && (
        <form className="card form-grid" onSubmit={add} aria-label="Add an NPOR type">
          <FormError message={error?.message} />
          <Field label="Code" error={error?.fieldMessage('code')}>
            {(c) => <input {...c} value={code} required maxLength={40} onChange={(e) => setCode(e.target.value)} />}
          </Field>
          <Field label="Name" error={error?.fieldMessage('name')}>
            {(c) => <input {...c} value={name} required maxLength={200} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field label="Source" error={error?.fieldMessage('source')} hint="The DSCA memorandum and paragraph">
            {(c) => <input {...c} value={source} required maxLength={300} onChange={(e) => setSource(e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button">
              Add the type
            </button>
          </div>
        </form>
      )}
    </>
  );
}

function NewNporForm({ onCreated }: { onCreated: (r: NporRequest) => void }) {
  const types = useApi(['weapons', 'npor-pages:nporApi.types#2'], (signal) => nporApi.types(signal), []);
  const [partnerCode, setPartner] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [nporType, setNporType] = useState('');
  const [caseRef, setCaseRef] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(
        await nporApi.create({
          partnerCode,
          title,
          description,
          receivedOn,
          systemId: null,
          lorId: null,
          nporType: nporType || null,
          caseRef: caseRef.trim() || null,
        }),
      );
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }
  const placed = ['partnerCode', 'title', 'description', 'receivedOn', 'nporType', 'caseRef'];
  return (
    <form className="card form-grid" onSubmit={submit} aria-label="New NPOR request">
      <FormError message={error?.message} extra={unplacedFieldErrors(error?.fields ?? [], placed)} />
      <Field label="Partner (customer code)" error={error?.fieldMessage('partnerCode')}>
        {(c) => <input {...c} value={partnerCode} maxLength={3} required onChange={(e) => setPartner(e.target.value.toUpperCase())} />}
      </Field>
      <Field label="Item requested" error={error?.fieldMessage('title')}>
        {(c) => <input {...c} value={title} required maxLength={300} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Received on" error={error?.fieldMessage('receivedOn')}>
        {(c) => <input {...c} type="date" value={receivedOn} required onChange={(e) => setReceivedOn(e.target.value)} />}
      </Field>
      <Field label="NPOR type" error={error?.fieldMessage('nporType')} hint="The administrators' list (DSCA 21-50)">
        {(c) => (
          <select {...c} value={nporType} onChange={(e) => setNporType(e.target.value)}>
            <option value="">Not stated</option>
            {(types.data ?? [])
              .filter((t) => t.active)
              .map((t) => (
                <option key={t.code} value={t.code}>
                  {t.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field label="Case (identifier), if any" error={error?.fieldMessage('caseRef')}>
        {(c) => <input {...c} value={caseRef} maxLength={40} placeholder="AT-B-AAA" onChange={(e) => setCaseRef(e.target.value)} />}
      </Field>
      <Field label="Description" error={error?.fieldMessage('description')} className="field-wide">
        {(c) => <textarea {...c} value={description} rows={3} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Record the request
        </button>
      </div>
    </form>
  );
}

/** One NPOR request: what was decided, and the next moves as forms. */
export function NporPage() {
  const { id = '' } = useParams();
  const request = useApi(['weapons', 'npor-pages:nporApi.get'], (signal) => nporApi.get(id, signal), [id]);
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const [notice, setNotice] = useState<string | null>(null);
  usePageTitle(request.data ? `NPOR ${request.data.reference}` : 'NPOR request');
  if (request.error?.isUnavailable) return <NotAvailablePage what="This NPOR request" />;
  if (request.error) return <ErrorNotice message={request.error.message} onRetry={request.reload} />;
  const r = request.data;
  if (!r) return <Loading />;
  const rows: [string, string][] = [
    ['Partner', r.partnerCode],
    ['Received', r.receivedOn],
    ['NPOR type', r.nporType ?? 'Not stated'],
    ['Case', r.caseIdentifier ?? '—'],
    ['Community of Interest review', r.coiReviewedOn ? `${r.coiReviewedOn}: ${r.coiRecommendation}` : '—'],
    ['Determination', r.determinedOn ? `${r.determinedOn}: ${r.determinationReason}` : '—'],
    ['Negative LOR response', r.negativeResponseOn ? `${r.negativeResponseOn}: ${r.negativeResponseReference}` : '—'],
    ['Lead implementing agency', r.leadAgencyCode ? `${r.leadAgencyCode} (designated ${r.designatedOn})` : '—'],
    [
      'Funding',
      r.fundedOn
        ? `Pre-LOR ${formatCents(r.preLorFundingCents)}, case development ${formatCents(r.caseDevelopmentFundingCents)} — ${r.fundingSource} (${r.fundedOn})`
        : '—',
    ],
  ];
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <p className="page-sub">
            <Link to="/weapons/npor">NPOR requests</Link>
          </p>
          <h1>
            <span className="mono">{r.reference}</span> {r.title}
          </h1>
          <p className="page-sub">
            <span className="badge">{NPOR_STATUS_LABELS[r.status]}</span>
          </p>
        </div>
      </header>
      {notice && (
        <div className="notice notice-success" role="status">
          {notice}
        </div>
      )}
      <dl className="detail-list">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {r.description && <p>{r.description}</p>}
      {canWrite && r.allowedActions.length > 0 && (
        <NporMoves
          request={r}
          onDone={(updated, message) => {
            request.setData(updated);
            setNotice(message);
          }}
          onReload={request.reload}
        />
      )}
    </section>
  );
}

function NporMoves({
  request,
  onDone,
  onReload,
}: {
  request: NporRequest;
  onDone: (r: NporRequest, m: string) => void;
  onReload: () => void;
}) {
  const [active, setActive] = useState<NporAction | null>(null);
  return (
    <div className="case-actions">
      <div className="case-action-buttons" role="group" aria-label="Next actions">
        {request.allowedActions.map((action) => (
          <button
            key={action}
            type="button"
            className={`button ${action === 'withdraw' || action === 'determine_not_actionable' ? 'button-danger' : 'button-primary'}`}
            aria-pressed={active === action}
            onClick={() => setActive(active === action ? null : action)}
          >
            {NPOR_ACTION_LABELS[action]}…
          </button>
        ))}
      </div>
      {active && (
        <NporMoveForm
          key={`${active}-${request.version}`}
          request={request}
          action={active}
          onCancel={() => setActive(null)}
          onReload={() => {
            setActive(null);
            onReload();
          }}
          onDone={(updated) => {
            setActive(null);
            onDone(updated, `${NPOR_ACTION_LABELS[active]}: done. The request is now ${NPOR_STATUS_LABELS[updated.status].toLowerCase()}.`);
          }}
        />
      )}
    </div>
  );
}

function NporMoveForm({
  request,
  action,
  onCancel,
  onReload,
  onDone,
}: {
  request: NporRequest;
  action: NporAction;
  onCancel: () => void;
  onReload: () => void;
  onDone: (r: NporRequest) => void;
}) {
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [negativeResponseReference, setResponse] = useState('');
  const [leadAgencyCode, setAgency] = useState('');
  const [preLor, setPreLor] = useState('');
  const [caseDevelopment, setCaseDevelopment] = useState('');
  const [fundingSource, setFundingSource] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const money = (text: string, path: string) => {
      const cents = parseDollars(text);
      if (cents === null) throw new ApiError(400, 'validation', 'Check the amounts', [{ path, message: 'a dollar amount' }]);
      return cents;
    };
    setBusy(true);
    setError(null);
    try {
      const extra =
        action === 'coi_review'
          ? { recommendation }
          : action === 'send_negative_response'
            ? { negativeResponseReference }
            : action === 'designate_lead_ia'
              ? { leadAgencyCode }
              : action === 'fund'
                ? {
                    preLorFundingCents: money(preLor, 'preLorFundingCents'),
                    caseDevelopmentFundingCents: money(caseDevelopment, 'caseDevelopmentFundingCents'),
                    fundingSource,
                  }
                : {};
      onDone(await nporApi.move(request.id, { action, version: request.version, date, reason, ...extra }));
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setBusy(false);
    }
  }
  const conflict = error?.isVersionConflict ?? false;
  return (
    <form className="card form-grid" onSubmit={submit} aria-label={NPOR_ACTION_LABELS[action]}>
      <FormError message={error?.message} />
      {conflict && (
        <button type="button" className="button" onClick={onReload}>
          Reload the request
        </button>
      )}
      <Field label="Date" error={error?.fieldMessage('date')}>
        {(c) => <input {...c} type="date" value={date} required onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field label="Reason" error={error?.fieldMessage('reason')} className="field-wide">
        {(c) => <textarea {...c} value={reason} required rows={2} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {action === 'coi_review' && (
        <Field label="Community of Interest recommendation" error={error?.fieldMessage('recommendation')} className="field-wide">
          {(c) => <textarea {...c} value={recommendation} required rows={2} onChange={(e) => setRecommendation(e.target.value)} />}
        </Field>
      )}
      {action === 'send_negative_response' && (
        <Field label="Negative LOR response (reference)" error={error?.fieldMessage('negativeResponseReference')}>
          {(c) => <input {...c} value={negativeResponseReference} required onChange={(e) => setResponse(e.target.value)} />}
        </Field>
      )}
      {action === 'designate_lead_ia' && (
        <Field label="Lead implementing agency (letter)" error={error?.fieldMessage('leadAgencyCode')} hint="B Army, D Air Force, P Navy …">
          {(c) => <input {...c} value={leadAgencyCode} required maxLength={1} onChange={(e) => setAgency(e.target.value.toUpperCase())} />}
        </Field>
      )}
      {action === 'fund' && (
        <>
          <Field label="Pre-LOR work ($)" error={error?.fieldMessage('preLorFundingCents')}>
            {(c) => <input {...c} inputMode="decimal" value={preLor} required onChange={(e) => setPreLor(e.target.value)} />}
          </Field>
          <Field label="Case development work ($)" error={error?.fieldMessage('caseDevelopmentFundingCents')}>
            {(c) => (
              <input {...c} inputMode="decimal" value={caseDevelopment} required onChange={(e) => setCaseDevelopment(e.target.value)} />
            )}
          </Field>
          <Field label="Funded by" error={error?.fieldMessage('fundingSource')}>
            {(c) => <input {...c} value={fundingSource} required onChange={(e) => setFundingSource(e.target.value)} />}
          </Field>
        </>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {NPOR_ACTION_LABELS[action]}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
