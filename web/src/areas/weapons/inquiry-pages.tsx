import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { formatCount, todayIso } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { type CreateInquiry, findCaseId, type Inquiry, type InquiryQueue, type InquirySummary, weaponsApi } from './weapons-api.ts';
import { AdvocacyBadge, CHANNEL_LABELS, OUTCOME_LABELS, SIZE_LABELS } from './weapons-labels.tsx';

const QUEUES: { id: InquiryQueue; label: string }[] = [
  { id: 'mine', label: 'Mine' },
  { id: 'unassigned', label: 'Unassigned' },
  { id: 'overdue', label: 'Overdue' },
  { id: 'all', label: 'All' },
  { id: 'closed', label: 'Closed' },
];

const toError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));

const COLUMNS: Column<InquirySummary>[] = [
  {
    id: 'ref',
    header: 'Inquiry',
    className: 'col-code',
    render: (i) => (
      <Link to={`/weapons/inquiries/${i.id}`} tabIndex={-1} className="mono strong">
        {i.reference}
      </Link>
    ),
  },
  { id: 'company', header: 'Company', render: (i) => i.company },
  { id: 'partner', header: 'Partner', className: 'col-narrow', render: (i) => i.partnerCode ?? '—' },
  { id: 'system', header: 'System', render: (i) => i.system ?? '—' },
  { id: 'received', header: 'Received', className: 'col-date mono', render: (i) => i.receivedOn },
  { id: 'assignee', header: 'Assigned to', render: (i) => i.assignee ?? <span className="muted">unassigned</span> },
  {
    id: 'due',
    header: 'Response due',
    className: 'col-date mono',
    render: (i) =>
      i.closedOn ? (
        `closed ${i.closedOn}`
      ) : i.firstResponseOn ? (
        `answered ${i.firstResponseOn}`
      ) : i.responseDueOn ? (
        <span className={i.overdue ? 'badge badge-danger' : ''}>{i.overdue ? `overdue since ${i.responseDueOn}` : i.responseDueOn}</span>
      ) : (
        <span className="muted">no clock</span>
      ),
  },
];

/** The ombudsman's queues, the response-time target (or that there is none) and the figures by quarter. */
export function InquiryListPage() {
  usePageTitle('Industry inquiries');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const access = useArea('weapons');
  const queueParam = get('queue') as InquiryQueue;
  const queue: InquiryQueue = QUEUES.some((q) => q.id === queueParam) ? queueParam : 'all';
  const query = {
    queue,
    partner: get('partner') || undefined,
    q: get('q') || undefined,
    limit: intParam(get('limit'), 50, 500) || 50,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['weapons', 'inquiry-pages:weaponsApi.inquiries'], (signal) => weaponsApi.inquiries(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons">Weapons</Link>
        <span aria-hidden="true">/</span>
        <span>Industry inquiries</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Industry inquiries</h1>
          <p className="page-sub">The industry ombudsman’s queues{page.data ? ` · ${formatCount(page.data.total)} found` : ''}</p>
        </div>
        {access?.canWrite && (
          <div className="form-actions">
            <Link className="button button-primary" to="/weapons/inquiries/new">
              New inquiry
            </Link>
          </div>
        )}
      </header>
      <nav aria-label="Queues" className="filter-bar">
        {QUEUES.map((q) => (
          <Link
            key={q.id}
            to={`/weapons/inquiries?queue=${q.id}${query.partner ? `&partner=${query.partner}` : ''}`}
            className={`button${q.id === queue ? ' button-primary' : ''}`}
            aria-current={q.id === queue ? 'page' : undefined}
          >
            {q.label}
          </Link>
        ))}
        <label className="field field-inline field-narrow">
          <span>Partner</span>
          <input
            value={get('partner')}
            maxLength={3}
            placeholder="PL"
            onChange={(e) => update({ partner: e.target.value.toUpperCase().trim(), offset: null }, { replace: true })}
          />
        </label>
      </nav>
      {page.error && <ErrorNotice message={page.error.message} onRetry={page.reload} />}
      <DataTable
        caption={`Inquiries: ${QUEUES.find((q) => q.id === queue)?.label}`}
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(i) => i.id}
        rowLabel={(i) => `${i.reference} ${i.company}`}
        onOpen={(i) => navigate(`/weapons/inquiries/${i.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No inquiry in this queue.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="Inquiry pages"
        />
      )}
      <ResponseTargets canAdminister={access?.canAdminister ?? false} />
      <QuarterFigures />
    </section>
  );
}

function ResponseTargets({ canAdminister }: { canAdminister: boolean }) {
  const targets = useApi(['weapons', 'inquiry-pages:weaponsApi.targets'], (signal) => weaponsApi.targets(signal), []);
  const [effectiveFrom, setFrom] = useState(todayIso());
  const [days, setDays] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      targets.setData(await weaponsApi.createTarget({ effectiveFrom, days: Number(days), source }));
      setDays('');
      setSource('');
    } catch (caught) {
      setError(toError(caught));
    }
  }
  const t = targets.data;
  return (
    <section className="card" aria-labelledby="target">
      <h2 id="target">Response-time target</h2>
      {t &&
        (t.inForce ? (
          <p data-testid="target-in-force">
            First response due within <strong>{t.inForce.days} calendar days</strong> of receipt (in force from {t.inForce.effectiveFrom}).
          </p>
        ) : (
          <p className="notice notice-warning" data-testid="target-in-force">
            No response-time target is set: inquiries have no clock until an administrator sets one.
          </p>
        ))}
      {t && <p className="muted small">{t.source}</p>}
      {t && t.items.length > 0 && (
        <ul>
          {t.items.map((r) => (
            <li key={r.id}>
              From {r.effectiveFrom}: {r.days} days · {r.source} <span className="muted">({r.createdBy})</span>
            </li>
          ))}
        </ul>
      )}
      {canAdminister && (
        <form className="form form-row" onSubmit={submit} noValidate aria-label="Set a response-time target">
          <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, ['effectiveFrom', 'days', 'source']) : []} />
          <Field label="In force from" error={error?.fieldMessage('effectiveFrom')}>
            {(p) => <input {...p} type="date" value={effectiveFrom} onChange={(e) => setFrom(e.target.value)} />}
          </Field>
          <Field label="Calendar days" error={error?.fieldMessage('days')}>
            {(p) => <input {...p} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />}
          </Field>
          <Field label="Authority" error={error?.fieldMessage('source')} hint="Who set it, on what basis">
            {(p) => <input {...p} value={source} onChange={(e) => setSource(e.target.value)} />}
          </Field>
          <button type="submit" className="button">
            Set the target
          </button>
        </form>
      )}
    </section>
  );
}

function QuarterFigures() {
  const figures = useApi(['weapons', 'inquiry-pages:weaponsApi.inquiryFigures'], (signal) => weaponsApi.inquiryFigures(signal), []);
  type Row = NonNullable<typeof figures.data>['quarters'][number];
  const columns: Column<Row>[] = [
    { id: 'q', header: 'Quarter received', render: (r) => r.quarter },
    { id: 'received', header: 'Received', className: 'col-narrow', render: (r) => r.received },
    { id: 'answered', header: 'Answered', className: 'col-narrow', render: (r) => r.answered },
    { id: 'within', header: 'Within target', render: (r) => (r.measured ? `${r.withinTarget} of ${r.measured}` : '—') },
    { id: 'overdue', header: 'Overdue now', className: 'col-narrow', render: (r) => r.overdue },
    { id: 'none', header: 'No clock', className: 'col-narrow', render: (r) => r.withoutTarget },
    { id: 'mean', header: 'Mean days to first response', render: (r) => r.meanDaysToFirstResponse ?? '—' },
    { id: 'median', header: 'Median days', render: (r) => r.medianDaysToFirstResponse ?? '—' },
  ];
  return (
    <section className="card" aria-labelledby="figures">
      <h2 id="figures">Response times by fiscal quarter</h2>
      {figures.error && <ErrorNotice message={figures.error.message} onRetry={figures.reload} />}
      <DataTable
        caption="Response times by fiscal quarter"
        columns={columns}
        rows={figures.data?.quarters ?? []}
        rowKey={(r) => r.quarter}
        empty="No inquiry yet."
      />
    </section>
  );
}

export function NewInquiryPage() {
  usePageTitle('New inquiry');
  const navigate = useNavigate();
  const companies = useApi(['weapons', 'inquiry-pages:weaponsApi.companies'], (signal) => weaponsApi.companies(signal), []);
  const systems = useApi(['weapons', 'inquiry-pages:weaponsApi.systems'], (signal) => weaponsApi.systems({ limit: 500 }, signal), []);
  const analysts = useApi(['weapons', 'inquiry-pages:weaponsApi.analysts'], (signal) => weaponsApi.analysts(signal), []);
  const [form, setForm] = useState<CreateInquiry>({
    companyId: '',
    contactName: '',
    contactEmail: '',
    partnerCode: null,
    systemId: null,
    question: '',
    channel: 'email',
    receivedOn: todayIso(),
    assigneeId: null,
  });
  const [newCompany, setNewCompany] = useState({ name: '', sizeCategory: 'small' as 'small' | 'other_than_small', cageCode: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof CreateInquiry>(key: K, value: CreateInquiry[K]) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      let companyId = form.companyId;
      if (companyId === 'new') {
        const made = await weaponsApi.createCompany({ ...newCompany, cageCode: newCompany.cageCode.trim() || null });
        companyId = made.id;
        companies.reload();
      }
      const saved = await weaponsApi.createInquiry({ ...form, companyId });
      navigate(`/weapons/inquiries/${saved.id}`);
    } catch (caught) {
      setError(toError(caught));
    } finally {
      setBusy(false);
    }
  }
  const placed = ['companyId', 'contactName', 'contactEmail', 'partnerCode', 'question', 'receivedOn', 'name', 'cageCode', 'assigneeId'];
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons/inquiries">Industry inquiries</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </nav>
      <header className="page-header">
        <h1>New industry inquiry</h1>
      </header>
      <form className="card form" onSubmit={submit} noValidate aria-label="New inquiry">
        <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
        <Field label="Company" error={error?.fieldMessage('companyId')}>
          {(p) => (
            <select {...p} value={form.companyId} onChange={(e) => set('companyId', e.target.value)}>
              <option value="">Choose…</option>
              {companies.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({SIZE_LABELS[c.sizeCategory]}
                  {c.cageCode ? `, CAGE ${c.cageCode}` : ''})
                </option>
              ))}
              <option value="new">A company not listed…</option>
            </select>
          )}
        </Field>
        {form.companyId === 'new' && (
          <fieldset className="fieldset">
            <legend>New company</legend>
            <Field label="Company name" error={error?.fieldMessage('name')}>
              {(p) => <input {...p} value={newCompany.name} onChange={(e) => setNewCompany({ ...newCompany, name: e.target.value })} />}
            </Field>
            <Field label="Size category">
              {(p) => (
                <select
                  {...p}
                  value={newCompany.sizeCategory}
                  onChange={(e) => setNewCompany({ ...newCompany, sizeCategory: e.target.value as 'small' | 'other_than_small' })}
                >
                  <option value="small">{SIZE_LABELS.small}</option>
                  <option value="other_than_small">{SIZE_LABELS.other_than_small}</option>
                </select>
              )}
            </Field>
            <Field label="CAGE code" hint="Five letters or digits" error={error?.fieldMessage('cageCode')}>
              {(p) => (
                <input
                  {...p}
                  maxLength={5}
                  value={newCompany.cageCode}
                  onChange={(e) => setNewCompany({ ...newCompany, cageCode: e.target.value.toUpperCase() })}
                />
              )}
            </Field>
          </fieldset>
        )}
        <Field label="Contact" error={error?.fieldMessage('contactName')}>
          {(p) => <input {...p} value={form.contactName} onChange={(e) => set('contactName', e.target.value)} />}
        </Field>
        <Field label="Contact e-mail" error={error?.fieldMessage('contactEmail')}>
          {(p) => <input {...p} type="email" value={form.contactEmail} onChange={(e) => set('contactEmail', e.target.value)} />}
        </Field>
        <Field label="Partner concerned" hint="Customer code; leave empty when none" error={error?.fieldMessage('partnerCode')}>
          {(p) => (
            <input
              {...p}
              maxLength={3}
              value={form.partnerCode ?? ''}
              onChange={(e) => set('partnerCode', e.target.value.toUpperCase().trim() || null)}
            />
          )}
        </Field>
        <Field label="System concerned">
          {(p) => (
            <select {...p} value={form.systemId ?? ''} onChange={(e) => set('systemId', e.target.value || null)}>
              <option value="">None</option>
              {systems.data?.items.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Question" error={error?.fieldMessage('question')}>
          {(p) => <textarea {...p} rows={4} value={form.question} onChange={(e) => set('question', e.target.value)} />}
        </Field>
        <Field label="Channel">
          {(p) => (
            <select {...p} value={form.channel} onChange={(e) => set('channel', e.target.value as CreateInquiry['channel'])}>
              {Object.entries(CHANNEL_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Received on" error={error?.fieldMessage('receivedOn')}>
          {(p) => <input {...p} type="date" value={form.receivedOn} onChange={(e) => set('receivedOn', e.target.value)} />}
        </Field>
        <Field label="Assign to" error={error?.fieldMessage('assigneeId')}>
          {(p) => (
            <select {...p} value={form.assigneeId ?? ''} onChange={(e) => set('assigneeId', e.target.value || null)}>
              <option value="">Unassigned</option>
              {analysts.data?.items.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Record the inquiry
          </button>
        </div>
      </form>
    </section>
  );
}

export function InquiryPage() {
  const { id = '' } = useParams();
  const inquiry = useApi(['weapons', 'inquiry-pages:weaponsApi.inquiry'], (signal) => weaponsApi.inquiry(id, signal), [id]);
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(inquiry.data ? `Inquiry ${inquiry.data.reference}` : 'Inquiry');
  if (inquiry.error?.isUnavailable) return <NotAvailablePage what="This inquiry" />;
  if (inquiry.error) return <ErrorNotice message={inquiry.error.message} onRetry={inquiry.reload} />;
  if (!inquiry.data) return <Loading />;
  const i = inquiry.data;
  const done = (updated: Inquiry, text: string) => {
    inquiry.setData(updated);
    setMessage(text);
  };
  const open = i.closedOn === null;
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons">Weapons</Link>
        <span aria-hidden="true">/</span>
        <Link to="/weapons/inquiries">Industry inquiries</Link>
        <span aria-hidden="true">/</span>
        <span>{i.reference}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Inquiry {i.reference}</h1>
          <p className="page-sub" data-testid="inquiry-status">
            {i.company.name} · {i.partnerCode ? `${i.partnerCode} · ${i.partnerName}` : 'no partner'} ·{' '}
            {open ? 'open' : `closed ${i.closedOn}: ${i.outcome ? OUTCOME_LABELS[i.outcome] : ''}`}
          </p>
        </div>
      </header>
      {message && (
        <div className="notice notice-success" role="status">
          {message}
        </div>
      )}
      <section className="card" aria-labelledby="clock">
        <h2 id="clock">Response clock</h2>
        {i.targetDays === null ? (
          <p className="notice notice-warning" data-testid="clock">
            No response-time target was in force on {i.receivedOn}: this inquiry has no clock.
          </p>
        ) : (
          <p data-testid="clock">
            First response due {i.responseDueOn} ({i.targetDays} calendar days from receipt){' '}
            {i.firstResponseOn ? `· answered ${i.firstResponseOn}` : i.overdue ? <span className="badge badge-danger">overdue</span> : ''}
          </p>
        )}
        <p className="muted small">{i.clockSource}</p>
      </section>
      <section className="card" aria-labelledby="question">
        <h2 id="question">Question</h2>
        <p>{i.question}</p>
        <dl className="facts">
          <dt>Company</dt>
          <dd>
            {i.company.name} · {SIZE_LABELS[i.company.sizeCategory]}
            {i.company.cageCode ? ` · CAGE ${i.company.cageCode}` : ''}
          </dd>
          <dt>Contact</dt>
          <dd>
            {i.contactName} {i.contactEmail && `· ${i.contactEmail}`}
          </dd>
          <dt>System</dt>
          <dd>{i.systemId ? <Link to={`/weapons/systems/${i.systemId}`}>{i.system}</Link> : '—'}</dd>
          <dt>Channel</dt>
          <dd>{CHANNEL_LABELS[i.channel]}</dd>
          <dt>Received</dt>
          <dd className="mono">{i.receivedOn}</dd>
          <dt>Assigned to</dt>
          <dd>{i.assignee ?? 'unassigned'}</dd>
        </dl>
        {canWrite && open && <AssignForm inquiry={i} onDone={done} />}
      </section>
      <section className="card" aria-labelledby="thread">
        <h2 id="thread">Responses</h2>
        {i.responses.length ? (
          <ol className="plain-list">
            {i.responses.map((r) => (
              <li key={r.id}>
                <strong className="mono">{r.respondedOn}</strong> · {r.author}: {r.body}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">No response yet.</p>
        )}
        {canWrite && open && <RespondForm inquiry={i} onDone={done} />}
      </section>
      <section className="card" aria-labelledby="links">
        <h2 id="links">Linked records</h2>
        <ul>
          {i.cases.map((c) => (
            <li key={c.id}>
              {c.withheld ? (
                `A case withheld from you (${c.partnerCode})`
              ) : (
                <Link to={`/cases/${c.identifier}`}>{`Case ${c.identifier}`}</Link>
              )}
            </li>
          ))}
          {i.competitions.map((c) => (
            <li key={c.id}>
              <Link to={`/weapons/competitions/${c.id}`}>{`Competition ${c.reference}`}</Link> {c.title}
            </li>
          ))}
          {i.advocacy.map((a) => (
            <li key={a.id}>
              <Link to={`/weapons/advocacy/${a.id}`}>{`Advocacy ${a.reference}`}</Link> <AdvocacyBadge state={a.state} />
            </li>
          ))}
        </ul>
        {i.cases.length + i.competitions.length + i.advocacy.length === 0 && <p className="muted">None.</p>}
        {canWrite && open && <LinkForm inquiry={i} onDone={done} />}
      </section>
      {canWrite && open && <CloseForm inquiry={i} onDone={done} />}
      {!open && i.outcomeNote && (
        <section className="card">
          <h2>Outcome</h2>
          <p>{i.outcomeNote}</p>
        </section>
      )}
    </section>
  );
}

type Done = (updated: Inquiry, message: string) => void;

function AssignForm({ inquiry, onDone }: { inquiry: Inquiry; onDone: Done }) {
  const analysts = useApi(['weapons', 'inquiry-pages:weaponsApi.analysts#2'], (signal) => weaponsApi.analysts(signal), []);
  const [assigneeId, setAssignee] = useState(inquiry.assigneeId ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onDone(await weaponsApi.updateInquiry(inquiry.id, { version: inquiry.version, assigneeId: assigneeId || null }), 'Assignment saved.');
    } catch (caught) {
      setError(toError(caught));
    }
  }
  return (
    <form className="form form-row" onSubmit={submit} aria-label="Assign">
      <FormError message={error?.message} />
      <Field label="Assign to">
        {(p) => (
          <select {...p} value={assigneeId} onChange={(e) => setAssignee(e.target.value)}>
            <option value="">Unassigned</option>
            {analysts.data?.items.map((a) => (
              <option key={a.id} value={a.id}>
                {a.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button">
        Assign
      </button>
    </form>
  );
}

function RespondForm({ inquiry, onDone }: { inquiry: Inquiry; onDone: Done }) {
  const [respondedOn, setOn] = useState(todayIso());
  const [body, setBody] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      onDone(await weaponsApi.respond(inquiry.id, { version: inquiry.version, respondedOn, body }), 'Response added to the thread.');
      setBody('');
    } catch (caught) {
      setError(toError(caught));
    }
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Add a response">
      <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, ['respondedOn', 'body']) : []} />
      <Field label="Response" error={error?.fieldMessage('body')}>
        {(p) => <textarea {...p} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <Field label="Responded on" error={error?.fieldMessage('respondedOn')}>
        {(p) => <input {...p} type="date" value={respondedOn} onChange={(e) => setOn(e.target.value)} />}
      </Field>
      <button type="submit" className="button button-primary">
        Add the response
      </button>
    </form>
  );
}

function LinkForm({ inquiry, onDone }: { inquiry: Inquiry; onDone: Done }) {
  const competitions = useApi(
    ['weapons', 'inquiry-pages:weaponsApi.competitions'],
    (signal) => weaponsApi.competitions({ limit: 500 }, signal),
    [],
  );
  const advocacy = useApi(
    ['weapons', 'inquiry-pages:weaponsApi.advocacyList'],
    (signal) => weaponsApi.advocacyList({ limit: 500 }, signal),
    [],
  );
  /** Linking a case reads it: only for who may read the cases area. */
  const readsCases = useArea('cases')?.canRead ?? false;
  const [caseRef, setCaseRef] = useState('');
  const [competitionId, setCompetition] = useState('');
  const [advocacyId, setAdvocacy] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const caseIds = inquiry.cases.map((c) => c.id);
      if (caseRef.trim()) caseIds.push((await findCaseId(caseRef)).id);
      const updated = await weaponsApi.updateInquiry(inquiry.id, {
        version: inquiry.version,
        caseIds,
        competitionIds: [...inquiry.competitions.map((c) => c.id), ...(competitionId ? [competitionId] : [])],
        advocacyIds: [...inquiry.advocacy.map((a) => a.id), ...(advocacyId ? [advocacyId] : [])],
      });
      setCaseRef('');
      setCompetition('');
      setAdvocacy('');
      onDone(updated, 'Links saved.');
    } catch (caught) {
      setError(toError(caught));
    }
  }
  return (
    <form className="form form-row" onSubmit={submit} aria-label="Link records">
      <FormError message={error?.message} />
      {readsCases && (
        <Field label="Case identifier">
          {(p) => <input {...p} placeholder="PL-D-ABC" value={caseRef} onChange={(e) => setCaseRef(e.target.value)} />}
        </Field>
      )}
      <Field label="Competition">
        {(p) => (
          <select {...p} value={competitionId} onChange={(e) => setCompetition(e.target.value)}>
            <option value="">—</option>
            {competitions.data?.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.reference} {c.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Advocacy request">
        {(p) => (
          <select {...p} value={advocacyId} onChange={(e) => setAdvocacy(e.target.value)}>
            <option value="">—</option>
            {advocacy.data?.items.map((a) => (
              <option key={a.id} value={a.id}>
                {a.reference} {a.company}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button">
        Link
      </button>
    </form>
  );
}

function CloseForm({ inquiry, onDone }: { inquiry: Inquiry; onDone: Done }) {
  const [closedOn, setOn] = useState(todayIso());
  const [outcome, setOutcome] = useState<keyof typeof OUTCOME_LABELS>('answered');
  const [outcomeNote, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      onDone(await weaponsApi.close(inquiry.id, { version: inquiry.version, closedOn, outcome, outcomeNote }), 'Inquiry closed.');
    } catch (caught) {
      setError(toError(caught));
    }
  }
  return (
    <section className="card" aria-labelledby="close">
      <h2 id="close">Close the inquiry</h2>
      <form className="form form-row" onSubmit={submit} noValidate aria-label="Close the inquiry">
        <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, ['closedOn', 'outcome']) : []} />
        <Field label="Outcome" error={error?.fieldMessage('outcome')}>
          {(p) => (
            <select {...p} value={outcome} onChange={(e) => setOutcome(e.target.value as keyof typeof OUTCOME_LABELS)}>
              {Object.entries(OUTCOME_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Closed on" error={error?.fieldMessage('closedOn')}>
          {(p) => <input {...p} type="date" value={closedOn} onChange={(e) => setOn(e.target.value)} />}
        </Field>
        <Field label="Note">{(p) => <input {...p} value={outcomeNote} onChange={(e) => setNote(e.target.value)} />}</Field>
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </section>
  );
}
