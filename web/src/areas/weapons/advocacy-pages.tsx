import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { formatCents, formatCount, parseDollars, todayIso } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import {
  type Advocacy,
  type AdvocacyAction,
  type AdvocacyState,
  type AdvocacySummary,
  type UpdateAdvocacy,
  weaponsApi,
} from './weapons-api.ts';
import {
  ADVOCACY_ACTION_LABELS,
  ADVOCACY_STATE_LABELS,
  ADVOCACY_STATES,
  ADVOCACY_TEXT_LABELS,
  AdvocacyBadge,
  percentOrNull,
} from './weapons-labels.tsx';

const toError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));

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

export function AdvocacyListPage() {
  usePageTitle('Advocacy requests');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const state = get('state');
  const query = {
    state: ADVOCACY_STATES.includes(state as AdvocacyState) ? (state as AdvocacyState) : undefined,
    partner: get('partner') || undefined,
    limit: intParam(get('limit'), 50, 500) || 50,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['weapons', 'advocacy-pages:weaponsApi.advocacyList'], (signal) => weaponsApi.advocacyList(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons">Weapons</Link>
        <span aria-hidden="true">/</span>
        <span>Advocacy requests</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Advocacy requests</h1>
          <p className="page-sub">
            Relayed with the Commerce Advocacy Center (EO 13630){page.data ? ` · ${formatCount(page.data.total)} found` : ''}
          </p>
        </div>
        {canWrite && (
          <div className="form-actions">
            <Link className="button button-primary" to="/weapons/advocacy/new">
              New advocacy request
            </Link>
          </div>
        )}
      </header>
      <div className="filter-bar" role="search">
        <label className="field field-inline">
          <span>Step</span>
          <select value={query.state ?? ''} onChange={(e) => update({ state: e.target.value, offset: null })}>
            <option value="">All</option>
            {ADVOCACY_STATES.map((s) => (
              <option key={s} value={s}>
                {ADVOCACY_STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={get('partner')}
            maxLength={3}
            placeholder="PL"
            onChange={(e) => update({ partner: e.target.value.toUpperCase().trim(), offset: null }, { replace: true })}
          />
        </label>
      </div>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption="Advocacy requests"
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(a) => a.id}
        rowLabel={(a) => `${a.reference} ${a.company}`}
        onOpen={(a) => navigate(`/weapons/advocacy/${a.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No advocacy request matches.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="Advocacy pages"
        />
      )}
    </section>
  );
}

interface QuestionnaireState {
  saleChannel: '' | 'fms' | 'dcs';
  value: string;
  usContent: string;
  bidderOfRecord: string;
  licenceInformation: string;
  assistanceRequested: string;
  decisionDate: string;
  decisionMaker: string;
  competitors: string;
}

const questionnaireOf = (a: Advocacy | null): QuestionnaireState => ({
  saleChannel: a?.saleChannel ?? '',
  value: a?.valueCents != null ? String(a.valueCents / 100) : '',
  usContent: a?.usContentPercent != null ? String(a.usContentPercent) : '',
  bidderOfRecord: a?.bidderOfRecord ?? '',
  licenceInformation: a?.licenceInformation ?? '',
  assistanceRequested: a?.assistanceRequested ?? '',
  decisionDate: a?.decisionDate ?? '',
  decisionMaker: a?.decisionMaker ?? '',
  competitors: a?.competitors.join('\n') ?? '',
});

function questionnaireBody(q: QuestionnaireState) {
  const value = parseDollars(q.value);
  if (value === null) throw new ApiError(400, 'validation', 'Check the value', [{ path: 'valueCents', message: 'a dollar amount' }]);
  return {
    saleChannel: q.saleChannel || null,
    valueCents: value ?? null,
    usContentPercent: percentOrNull(q.usContent),
    bidderOfRecord: q.bidderOfRecord,
    licenceInformation: q.licenceInformation,
    assistanceRequested: q.assistanceRequested,
    decisionDate: q.decisionDate || null,
    decisionMaker: q.decisionMaker,
    competitors: q.competitors
      .split('\n')
      .map((c) => c.trim())
      .filter(Boolean),
  };
}

function QuestionnaireFields({ q, set, error }: { q: QuestionnaireState; set: (q: QuestionnaireState) => void; error: ApiError | null }) {
  const on = (key: keyof QuestionnaireState) => (e: { target: { value: string } }) => set({ ...q, [key]: e.target.value });
  return (
    <fieldset className="fieldset">
      <legend>Advocacy Center questionnaire</legend>
      <Field label="FMS or DCS" error={error?.fieldMessage('saleChannel')}>
        {(p) => (
          <select {...p} value={q.saleChannel} onChange={on('saleChannel')}>
            <option value="">Not yet known</option>
            <option value="fms">FMS</option>
            <option value="dcs">DCS</option>
          </select>
        )}
      </Field>
      <Field label="Value (US$)" error={error?.fieldMessage('valueCents')}>
        {(p) => <input {...p} inputMode="decimal" value={q.value} onChange={on('value')} />}
      </Field>
      <Field label="U.S. content (%)" error={error?.fieldMessage('usContentPercent')}>
        {(p) => <input {...p} inputMode="numeric" value={q.usContent} onChange={on('usContent')} />}
      </Field>
      <Field label="Bidder of record" error={error?.fieldMessage('bidderOfRecord')}>
        {(p) => <input {...p} value={q.bidderOfRecord} onChange={on('bidderOfRecord')} />}
      </Field>
      <Field label="Licence information" error={error?.fieldMessage('licenceInformation')}>
        {(p) => <input {...p} value={q.licenceInformation} onChange={on('licenceInformation')} />}
      </Field>
      <Field label="Assistance requested" error={error?.fieldMessage('assistanceRequested')}>
        {(p) => <textarea {...p} rows={2} value={q.assistanceRequested} onChange={on('assistanceRequested')} />}
      </Field>
      <Field label="Decision date" error={error?.fieldMessage('decisionDate')}>
        {(p) => <input {...p} type="date" value={q.decisionDate} onChange={on('decisionDate')} />}
      </Field>
      <Field label="Decision-maker" error={error?.fieldMessage('decisionMaker')}>
        {(p) => <input {...p} value={q.decisionMaker} onChange={on('decisionMaker')} />}
      </Field>
      <Field label="Competitors" hint="One a line" error={error?.fieldMessage('competitors')}>
        {(p) => <textarea {...p} rows={2} value={q.competitors} onChange={on('competitors')} />}
      </Field>
    </fieldset>
  );
}

const QUESTIONNAIRE_PATHS = [
  'saleChannel',
  'valueCents',
  'usContentPercent',
  'bidderOfRecord',
  'licenceInformation',
  'assistanceRequested',
  'decisionDate',
  'decisionMaker',
  'competitors',
];

export function NewAdvocacyPage() {
  usePageTitle('New advocacy request');
  const navigate = useNavigate();
  const companies = useApi(['weapons', 'advocacy-pages:weaponsApi.companies'], (signal) => weaponsApi.companies(signal), []);
  const systems = useApi(['weapons', 'advocacy-pages:weaponsApi.systems'], (signal) => weaponsApi.systems({ limit: 500 }, signal), []);
  const [companyId, setCompany] = useState('');
  const [partnerCode, setPartner] = useState('');
  const [systemId, setSystem] = useState('');
  const [q, setQ] = useState(questionnaireOf(null));
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const saved = await weaponsApi.createAdvocacy({
        companyId,
        partnerCode,
        systemId: systemId || null,
        competitionId: null,
        ...questionnaireBody(q),
      });
      navigate(`/weapons/advocacy/${saved.id}`);
    } catch (caught) {
      setError(toError(caught));
    }
  }
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons/advocacy">Advocacy requests</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </nav>
      <header className="page-header">
        <h1>New advocacy request</h1>
      </header>
      <form className="card form" onSubmit={submit} noValidate aria-label="New advocacy request">
        <FormError
          message={error?.message}
          extra={error ? unplacedFieldErrors(error.fields, ['companyId', 'partnerCode', ...QUESTIONNAIRE_PATHS]) : []}
        />
        <Field label="Company" error={error?.fieldMessage('companyId')}>
          {(p) => (
            <select {...p} value={companyId} onChange={(e) => setCompany(e.target.value)}>
              <option value="">Choose…</option>
              {companies.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Partner" hint="Customer code" error={error?.fieldMessage('partnerCode')}>
          {(p) => <input {...p} maxLength={3} value={partnerCode} onChange={(e) => setPartner(e.target.value.toUpperCase().trim())} />}
        </Field>
        <Field label="System">
          {(p) => (
            <select {...p} value={systemId} onChange={(e) => setSystem(e.target.value)}>
              <option value="">None</option>
              {systems.data?.items.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <QuestionnaireFields q={q} set={setQ} error={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            Open the request
          </button>
        </div>
      </form>
    </section>
  );
}

export function AdvocacyPage() {
  const { id = '' } = useParams();
  const adv = useApi(['weapons', 'advocacy-pages:weaponsApi.advocacy'], (signal) => weaponsApi.advocacy(id, signal), [id]);
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(adv.data ? `Advocacy ${adv.data.reference}` : 'Advocacy request');
  if (adv.error?.isUnavailable) return <NotAvailablePage what="This advocacy request" />;
  if (adv.error) return <ErrorNotice message={adv.error.message} onRetry={adv.reload} />;
  if (!adv.data) return <Loading />;
  const a = adv.data;
  const done = (updated: Advocacy, text: string) => {
    adv.setData(updated);
    setMessage(text);
  };
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons">Weapons</Link>
        <span aria-hidden="true">/</span>
        <Link to="/weapons/advocacy">Advocacy requests</Link>
        <span aria-hidden="true">/</span>
        <span>{a.reference}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Advocacy request {a.reference}</h1>
          <p className="page-sub">
            {a.company.name} · {a.partnerCode} · {a.partnerName} ·{' '}
            <span data-testid="advocacy-state">
              <AdvocacyBadge state={a.state} />
            </span>
          </p>
        </div>
      </header>
      {message && (
        <div className="notice notice-success" role="status">
          {message}
        </div>
      )}
      <section className="card" aria-labelledby="steps">
        <h2 id="steps">Steps</h2>
        <ol>
          <li>Questionnaire {a.missing.length ? `(missing: ${a.missing.map((m) => m.path).join(', ')})` : '(complete)'}</li>
          <li>Anti-bribery agreement on file: {a.agreementOnFileOn ?? '—'}</li>
          <li>
            Due diligence: {a.dueDiligenceOn ?? '—'} {a.dueDiligenceFindings && `· ${a.dueDiligenceFindings}`}
          </li>
          <li>
            National-interest determination: {a.nationalInterestOn ?? '—'}{' '}
            {a.nationalInterestDetermination && `· ${a.nationalInterestDetermination}`}
          </li>
          <li>
            Strategy: {a.strategySetOn ?? '—'} {a.strategy && `· ${a.strategy}`}
          </li>
        </ol>
        {a.endedOn && (
          <p>
            {ADVOCACY_STATE_LABELS[a.state]} on {a.endedOn}: {a.endReason}
          </p>
        )}
        <p className="muted small">{a.source}</p>
        {canWrite && a.allowedActions.length > 0 && <MoveForm key={a.version} advocacy={a} onDone={done} />}
      </section>
      {canWrite && a.state === 'questionnaire' ? (
        <QuestionnaireEdit key={`q-${a.version}`} advocacy={a} onDone={done} />
      ) : (
        <section className="card" aria-labelledby="questionnaire">
          <h2 id="questionnaire">Questionnaire</h2>
          <dl className="facts">
            <dt>FMS or DCS</dt>
            <dd>{a.saleChannel?.toUpperCase() ?? '—'}</dd>
            <dt>Value</dt>
            <dd>{a.valueCents === null ? '—' : formatCents(a.valueCents)}</dd>
            <dt>U.S. content</dt>
            <dd>{a.usContentPercent === null ? '—' : `${a.usContentPercent}%`}</dd>
            <dt>Bidder of record</dt>
            <dd>{a.bidderOfRecord || '—'}</dd>
            <dt>Licence information</dt>
            <dd>{a.licenceInformation || '—'}</dd>
            <dt>Assistance requested</dt>
            <dd>{a.assistanceRequested || '—'}</dd>
            <dt>Decision date</dt>
            <dd>{a.decisionDate ?? '—'}</dd>
            <dt>Decision-maker</dt>
            <dd>{a.decisionMaker || '—'}</dd>
            <dt>Competitors</dt>
            <dd>{a.competitors.join(', ') || '—'}</dd>
          </dl>
        </section>
      )}
    </section>
  );
}

function QuestionnaireEdit({ advocacy, onDone }: { advocacy: Advocacy; onDone: (a: Advocacy, m: string) => void }) {
  const [q, setQ] = useState(questionnaireOf(advocacy));
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const body: UpdateAdvocacy = { version: advocacy.version, ...questionnaireBody(q) };
      onDone(await weaponsApi.updateAdvocacy(advocacy.id, body), 'Questionnaire saved.');
    } catch (caught) {
      setError(toError(caught));
    }
  }
  return (
    <section className="card" aria-labelledby="questionnaire">
      <h2 id="questionnaire">Questionnaire</h2>
      <form className="form" onSubmit={submit} noValidate aria-label="Questionnaire">
        <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, QUESTIONNAIRE_PATHS) : []} />
        <QuestionnaireFields q={q} set={setQ} error={error} />
        <button type="submit" className="button">
          Save the questionnaire
        </button>
      </form>
    </section>
  );
}

function MoveForm({ advocacy, onDone }: { advocacy: Advocacy; onDone: (a: Advocacy, m: string) => void }) {
  const [action, setAction] = useState<AdvocacyAction>(advocacy.allowedActions[0]!);
  const [on, setOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const textLabel = ADVOCACY_TEXT_LABELS[action];
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const updated = await weaponsApi.moveAdvocacy(advocacy.id, { version: advocacy.version, action, on, reason, text });
      onDone(updated, `${ADVOCACY_ACTION_LABELS[action]}: done. Now: ${ADVOCACY_STATE_LABELS[updated.state]}.`);
    } catch (caught) {
      setError(toError(caught));
    }
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Record the next step">
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, ['on', 'reason', 'text']) : []} />
      <Field label="Next step">
        {(p) => (
          <select {...p} value={action} onChange={(e) => setAction(e.target.value as AdvocacyAction)}>
            {advocacy.allowedActions.map((x) => (
              <option key={x} value={x}>
                {ADVOCACY_ACTION_LABELS[x]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="On" error={error?.fieldMessage('on')}>
        {(p) => <input {...p} type="date" value={on} onChange={(e) => setOn(e.target.value)} />}
      </Field>
      {textLabel && (
        <Field label={textLabel} error={error?.fieldMessage('text')}>
          {(p) => <textarea {...p} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
      )}
      <Field label="Reason (recorded in the audit log)" error={error?.fieldMessage('reason')}>
        {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="submit" className={`button ${action === 'decline' || action === 'withdraw' ? 'button-danger' : 'button-primary'}`}>
        {ADVOCACY_ACTION_LABELS[action]}
      </button>
    </form>
  );
}
