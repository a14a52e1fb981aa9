import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { formatCount } from '../../platform/format.ts';
import { Pager } from '../../platform/pager.tsx';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { intParam, useSearchState } from '../../platform/use-search-state.ts';
import { type Competition, type CompetitionStage, type CompetitionSummary, findCaseId, partnerLors, weaponsApi } from './weapons-api.ts';
import { AdvocacyBadge, MILESTONE_LABELS, MILESTONES, SALE_ROUTE_LABELS, STAGE_LABELS, STAGES, StageBadge } from './weapons-labels.tsx';

const toError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
type Bidder = Competition['bidders'][number];
type Milestones = Competition['milestones'];
type PolicyIssue = Competition['policyIssues'][number];
const EMPTY_MILESTONES: Milestones = {
  rfp: { planned: null, actual: null },
  bids_due: { planned: null, actual: null },
  down_select: { planned: null, actual: null },
  award: { planned: null, actual: null },
};

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

export function CompetitionListPage() {
  usePageTitle('International competitions');
  const navigate = useNavigate();
  const { get, update } = useSearchState();
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const stage = get('stage');
  const query = {
    stage: STAGES.includes(stage as CompetitionStage) ? (stage as CompetitionStage) : undefined,
    partner: get('partner') || undefined,
    limit: intParam(get('limit'), 50, 500) || 50,
    offset: intParam(get('offset'), 0),
  };
  const page = useApi(['weapons', 'competition-pages:weaponsApi.competitions'], (signal) => weaponsApi.competitions(query, signal), [
    JSON.stringify(query),
  ]);
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons">Weapons</Link>
        <span aria-hidden="true">/</span>
        <span>International competitions</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>International competitions</h1>
          <p className="page-sub">Partners’ competitions for a capability{page.data ? ` · ${formatCount(page.data.total)} found` : ''}</p>
        </div>
        {canWrite && (
          <div className="form-actions">
            <Link className="button button-primary" to="/weapons/competitions/new">
              New competition
            </Link>
          </div>
        )}
      </header>
      <div className="filter-bar" role="search">
        <label className="field field-inline">
          <span>Stage</span>
          <select value={query.stage ?? ''} onChange={(e) => update({ stage: e.target.value, offset: null })}>
            <option value="">All</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
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
        caption="International competitions"
        columns={COLUMNS}
        rows={page.data?.items ?? []}
        rowKey={(c) => c.id}
        rowLabel={(c) => `${c.reference} ${c.title}`}
        onOpen={(c) => navigate(`/weapons/competitions/${c.id}`)}
        busy={page.loading}
        empty={page.loading ? 'Loading…' : 'No competition matches.'}
      />
      {page.data && (
        <Pager
          offset={page.data.offset}
          limit={page.data.limit}
          total={page.data.total}
          onChange={(offset, limit) => update({ offset: offset || null, limit: limit === 50 ? null : limit })}
          label="Competition pages"
        />
      )}
    </section>
  );
}

function BiddersEditor({ bidders, set }: { bidders: Bidder[]; set: (b: Bidder[]) => void }) {
  const change = (i: number, b: Partial<Bidder>) => set(bidders.map((x, n) => (n === i ? { ...x, ...b } : x)));
  return (
    <fieldset className="fieldset">
      <legend>Bidders</legend>
      <table className="data-table table-compact">
        <caption className="visually-hidden">Bidders</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">U.S. bidder</th>
            <th scope="col">Active</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bidders.map((b, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the name may change
            <tr key={i}>
              <td>
                <input aria-label={`Bidder ${i + 1} name`} value={b.name} onChange={(e) => change(i, { name: e.target.value })} />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Bidder ${i + 1} is a U.S. bidder`}
                  checked={b.us}
                  onChange={(e) => change(i, { us: e.target.checked })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Bidder ${i + 1} is active`}
                  checked={b.active}
                  onChange={(e) => change(i, { active: e.target.checked })}
                />
              </td>
              <td>
                <button type="button" className="button button-small" onClick={() => set(bidders.filter((_, n) => n !== i))}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={() => set([...bidders, { name: '', us: true, active: true }])}>
        Add a bidder
      </button>
    </fieldset>
  );
}

function MilestonesEditor({ milestones, set, error }: { milestones: Milestones; set: (m: Milestones) => void; error: ApiError | null }) {
  const change = (m: (typeof MILESTONES)[number], key: 'planned' | 'actual', value: string) =>
    set({ ...milestones, [m]: { ...milestones[m], [key]: value || null } });
  return (
    <fieldset className="fieldset">
      <legend>Milestones</legend>
      {MILESTONES.map((m) => (
        <div key={m} className="form-grid form-grid-4">
          <Field label={`${MILESTONE_LABELS[m]}: planned`}>
            {(p) => <input {...p} type="date" value={milestones[m].planned ?? ''} onChange={(e) => change(m, 'planned', e.target.value)} />}
          </Field>
          <Field label={`${MILESTONE_LABELS[m]}: actual`} error={error?.fieldMessage(`milestones.${m}.actual`)}>
            {(p) => <input {...p} type="date" value={milestones[m].actual ?? ''} onChange={(e) => change(m, 'actual', e.target.value)} />}
          </Field>
        </div>
      ))}
    </fieldset>
  );
}

export function NewCompetitionPage() {
  usePageTitle('New competition');
  const navigate = useNavigate();
  const systems = useApi(['weapons', 'competition-pages:weaponsApi.systems'], (signal) => weaponsApi.systems({ limit: 500 }, signal), []);
  const [partnerCode, setPartner] = useState('');
  const [title, setTitle] = useState('');
  const [requirement, setRequirement] = useState('');
  const [systemId, setSystem] = useState('');
  const [saleRoute, setRoute] = useState<keyof typeof SALE_ROUTE_LABELS>('fms');
  const [briefingPolicy, setBriefing] = useState<'attend_all' | 'attend_none'>('attend_all');
  const [bidders, setBidders] = useState<Bidder[]>([]);
  const [milestones, setMilestones] = useState<Milestones>(EMPTY_MILESTONES);
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const saved = await weaponsApi.createCompetition({
        partnerCode,
        title,
        requirement,
        systemId: systemId || null,
        saleRoute,
        lorId: null,
        bidders,
        briefingPolicy,
        neutralityNote: '',
        milestones,
        policyIssues: [],
        outcome: '',
        winner: '',
        cancelledOn: null,
        caseIds: [],
      });
      navigate(`/weapons/competitions/${saved.id}`);
    } catch (caught) {
      setError(toError(caught));
    }
  }
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons/competitions">International competitions</Link>
        <span aria-hidden="true">/</span>
        <span>New</span>
      </nav>
      <header className="page-header">
        <h1>New international competition</h1>
      </header>
      <form className="card form" onSubmit={submit} noValidate aria-label="New competition">
        <FormError
          message={error?.message}
          extra={error ? unplacedFieldErrors(error.fields, ['partnerCode', 'title', 'requirement', 'milestones']) : []}
        />
        <Field label="Partner" hint="Customer code" error={error?.fieldMessage('partnerCode')}>
          {(p) => <input {...p} maxLength={3} value={partnerCode} onChange={(e) => setPartner(e.target.value.toUpperCase().trim())} />}
        </Field>
        <Field label="Capability" error={error?.fieldMessage('title')}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label="Capability requirement" error={error?.fieldMessage('requirement')}>
          {(p) => <textarea {...p} rows={3} value={requirement} onChange={(e) => setRequirement(e.target.value)} />}
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
        <Field label="Route" hint="eSAMM C4.3.1: the answer may be FMS, DCS or both">
          {(p) => (
            <select {...p} value={saleRoute} onChange={(e) => setRoute(e.target.value as keyof typeof SALE_ROUTE_LABELS)}>
              {Object.entries(SALE_ROUTE_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="U.S. briefings" hint="Neutrality among U.S. bidders: attend all or none">
          {(p) => (
            <select {...p} value={briefingPolicy} onChange={(e) => setBriefing(e.target.value as 'attend_all' | 'attend_none')}>
              <option value="attend_all">Attend all U.S. bidders’ briefings</option>
              <option value="attend_none">Attend none</option>
            </select>
          )}
        </Field>
        <BiddersEditor bidders={bidders} set={setBidders} />
        <MilestonesEditor milestones={milestones} set={setMilestones} error={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            Record the competition
          </button>
        </div>
      </form>
    </section>
  );
}

export function CompetitionPage() {
  const { id = '' } = useParams();
  const comp = useApi(['weapons', 'competition-pages:weaponsApi.competition'], (signal) => weaponsApi.competition(id, signal), [id]);
  const canWrite = useArea('weapons')?.canWrite ?? false;
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(comp.data ? `Competition ${comp.data.reference}` : 'Competition');
  if (comp.error?.isUnavailable) return <NotAvailablePage what="This competition" />;
  if (comp.error) return <ErrorNotice message={comp.error.message} onRetry={comp.reload} />;
  if (!comp.data) return <Loading />;
  const c = comp.data;
  const done = (updated: Competition, text: string) => {
    comp.setData(updated);
    setMessage(text);
  };
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/weapons">Weapons</Link>
        <span aria-hidden="true">/</span>
        <Link to="/weapons/competitions">International competitions</Link>
        <span aria-hidden="true">/</span>
        <span>{c.reference}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>
            Competition {c.reference}: {c.title}
          </h1>
          <p className="page-sub">
            {c.partnerCode} · {c.partnerName} · {SALE_ROUTE_LABELS[c.saleRoute]} · <StageBadge stage={c.stage} />
          </p>
        </div>
      </header>
      {message && (
        <div className="notice notice-success" role="status">
          {message}
        </div>
      )}
      <section className="card" aria-labelledby="neutrality">
        <h2 id="neutrality">Neutrality among U.S. bidders</h2>
        <p>
          U.S. staff{' '}
          {c.briefingPolicy === 'attend_all' ? 'attend all U.S. bidders’ briefings' : 'attend none of the U.S. bidders’ briefings'}.{' '}
          {c.neutralityNote}
        </p>
        <p data-testid="single-offer">
          Single-offer advocacy: <strong>{c.singleOfferAdvocacy ? 'marked' : 'not marked'}</strong>
          {c.singleOfferBlockedBecause && !c.singleOfferAdvocacy && (
            <span className="muted"> · not possible now: {c.singleOfferBlockedBecause}</span>
          )}
        </p>
        {canWrite && <SingleOfferToggle competition={c} onDone={done} />}
        <p className="muted small">{c.neutralitySource}</p>
      </section>
      <section className="card" aria-labelledby="summary">
        <h2 id="summary">Requirement and solicitation</h2>
        <p>{c.requirement}</p>
        <dl className="facts">
          <dt>System</dt>
          <dd>{c.systemId ? <Link to={`/weapons/systems/${c.systemId}`}>{c.system}</Link> : '—'}</dd>
          <dt>Letter of request</dt>
          <dd>
            {c.lor
              ? `${c.lor.reference || 'LOR'} received ${c.lor.receivedOn ?? ''} (a solicitation through proper channels is an LOR)`
              : 'None linked'}
          </dd>
          <dt>Outcome</dt>
          <dd>{c.outcome || '—'}</dd>
          <dt>Winner</dt>
          <dd>{c.winner || '—'}</dd>
          <dt>Cancelled</dt>
          <dd>{c.cancelledOn ?? '—'}</dd>
          <dt>Resulting cases</dt>
          <dd>
            {c.cases.length
              ? c.cases.map((x) =>
                  x.withheld ? (
                    <span key={x.id}>a case withheld from you </span>
                  ) : (
                    <Link key={x.id} to={`/cases/${x.identifier}`} className="mono">
                      {x.identifier}{' '}
                    </Link>
                  ),
                )
              : '—'}
          </dd>
          <dt>Advocacy requests</dt>
          <dd>
            {c.advocacy.length
              ? c.advocacy.map((a) => (
                  <span key={a.id}>
                    <Link to={`/weapons/advocacy/${a.id}`}>{a.reference}</Link> <AdvocacyBadge state={a.state} />{' '}
                  </span>
                ))
              : '—'}
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="bidders-h">
        <h2 id="bidders-h">Bidders</h2>
        <ul>
          {c.bidders.map((b) => (
            <li key={b.name}>
              {b.name} · {b.us ? 'U.S.' : 'foreign'} · {b.active ? 'active' : 'eliminated'}
            </li>
          ))}
        </ul>
        <h3>Milestones</h3>
        <ul>
          {MILESTONES.map((m) => (
            <li key={m}>
              {MILESTONE_LABELS[m]}: planned {c.milestones[m].planned ?? '—'}, actual {c.milestones[m].actual ?? '—'}
            </li>
          ))}
        </ul>
        <h3>Policy issues</h3>
        {c.policyIssues.length ? (
          <ul>
            {c.policyIssues.map((p) => (
              <li key={`${p.raisedOn}-${p.issue}`}>
                {p.raisedOn}: {p.issue} → {p.resolution || 'unresolved'} {p.resolvedOn && `(${p.resolvedOn})`}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None raised.</p>
        )}
      </section>
      {canWrite && <EditCompetition key={c.version} competition={c} onDone={done} />}
    </section>
  );
}

function SingleOfferToggle({ competition, onDone }: { competition: Competition; onDone: (c: Competition, m: string) => void }) {
  const [error, setError] = useState<ApiError | null>(null);
  async function toggle() {
    setError(null);
    try {
      const next = !competition.singleOfferAdvocacy;
      onDone(
        await weaponsApi.updateCompetition(competition.id, { version: competition.version, singleOfferAdvocacy: next }),
        next ? 'Single-offer advocacy marked.' : 'Single-offer advocacy unmarked.',
      );
    } catch (caught) {
      setError(toError(caught));
    }
  }
  return (
    <div>
      <FormError message={error?.message} />
      <button type="button" className="button" onClick={toggle}>
        {competition.singleOfferAdvocacy ? 'Unmark single-offer advocacy' : 'Mark single-offer advocacy'}
      </button>
    </div>
  );
}

function EditCompetition({ competition, onDone }: { competition: Competition; onDone: (c: Competition, m: string) => void }) {
  const [bidders, setBidders] = useState<Bidder[]>(competition.bidders);
  const [milestones, setMilestones] = useState<Milestones>(competition.milestones);
  const [issues, setIssues] = useState<PolicyIssue[]>(competition.policyIssues);
  const [outcome, setOutcome] = useState(competition.outcome);
  const [winner, setWinner] = useState(competition.winner);
  const [cancelledOn, setCancelled] = useState(competition.cancelledOn ?? '');
  const [lorId, setLor] = useState(competition.lorId ?? '');
  const [caseRef, setCaseRef] = useState('');
  /** The LOR and the resulting cases are the cases area's records: linked only by who may read them. */
  const readsCases = useArea('cases')?.canRead ?? false;
  const lors = useApi(
    ['weapons', 'competition-pages:load'],
    (signal) => (readsCases ? partnerLors(competition.partnerCode, signal) : Promise.resolve({ items: [], total: 0 })),
    [competition.partnerCode, readsCases],
  );
  const [error, setError] = useState<ApiError | null>(null);
  const changeIssue = (i: number, p: Partial<PolicyIssue>) => setIssues(issues.map((x, n) => (n === i ? { ...x, ...p } : x)));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const caseIds = competition.cases.map((c) => c.id);
      if (caseRef.trim()) caseIds.push((await findCaseId(caseRef)).id);
      onDone(
        await weaponsApi.updateCompetition(competition.id, {
          version: competition.version,
          bidders,
          milestones,
          policyIssues: issues,
          outcome,
          winner,
          cancelledOn: cancelledOn || null,
          lorId: lorId || null,
          caseIds,
        }),
        'Competition saved.',
      );
    } catch (caught) {
      setError(toError(caught));
    }
  }
  return (
    <section className="card" aria-labelledby="edit">
      <h2 id="edit">Update</h2>
      <form className="form" onSubmit={submit} noValidate aria-label="Update the competition">
        <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, ['milestones']) : []} />
        <BiddersEditor bidders={bidders} set={setBidders} />
        <MilestonesEditor milestones={milestones} set={setMilestones} error={error} />
        <fieldset className="fieldset">
          <legend>Policy issues</legend>
          {issues.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
            <div key={i} className="form-grid form-grid-4">
              <Field label={`Issue ${i + 1}`}>
                {(f) => <input {...f} value={p.issue} onChange={(e) => changeIssue(i, { issue: e.target.value })} />}
              </Field>
              <Field label="Raised on">
                {(f) => <input {...f} type="date" value={p.raisedOn} onChange={(e) => changeIssue(i, { raisedOn: e.target.value })} />}
              </Field>
              <Field label="Resolution">
                {(f) => <input {...f} value={p.resolution} onChange={(e) => changeIssue(i, { resolution: e.target.value })} />}
              </Field>
              <Field label="Resolved on">
                {(f) => (
                  <input
                    {...f}
                    type="date"
                    value={p.resolvedOn ?? ''}
                    onChange={(e) => changeIssue(i, { resolvedOn: e.target.value || null })}
                  />
                )}
              </Field>
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() =>
              setIssues([...issues, { issue: '', raisedOn: new Date().toISOString().slice(0, 10), resolution: '', resolvedOn: null }])
            }
          >
            Add a policy issue
          </button>
        </fieldset>
        {readsCases && (
          <>
            <Field label="Letter of request (the solicitation through proper channels)" error={error?.fieldMessage('lorId')}>
              {(p) => (
                <select {...p} value={lorId} onChange={(e) => setLor(e.target.value)}>
                  <option value="">None</option>
                  {lors.data?.items.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.reference || l.id.slice(0, 8)} · received {l.receivedOn} · {l.description.slice(0, 60)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Link a resulting case (identifier)" error={error?.fieldMessage('caseIds')}>
              {(p) => <input {...p} value={caseRef} onChange={(e) => setCaseRef(e.target.value)} />}
            </Field>
          </>
        )}
        <Field label="Outcome">{(p) => <input {...p} value={outcome} onChange={(e) => setOutcome(e.target.value)} />}</Field>
        <Field label="Winner">{(p) => <input {...p} value={winner} onChange={(e) => setWinner(e.target.value)} />}</Field>
        <Field label="Cancelled on">
          {(p) => <input {...p} type="date" value={cancelledOn} onChange={(e) => setCancelled(e.target.value)} />}
        </Field>
        <button type="submit" className="button button-primary">
          Save
        </button>
      </form>
    </section>
  );
}
