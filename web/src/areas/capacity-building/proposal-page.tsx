import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { Field, FormError } from '../../platform/field.tsx';
import { formatCents, todayIso } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { cbApi, type Proposal, type ProposalAction } from './capacity-building-api.ts';
import { ACTION_LABELS, ProposalStatusBadge, STATUS_LABELS } from './cb-labels.tsx';

const asError = (caught: unknown) => (caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));

/** One proposal: its next moves, the AM&E assessment, the notice, the money rules, prior assistance, BPC cases and history. */
export function ProposalPage() {
  const { id = '' } = useParams();
  const proposal = useApi(['capacity-building', 'proposal-page:cbApi.get'], (signal) => cbApi.get(id, signal), [id]);
  const canWrite = useArea('capacity-building')?.canWrite ?? false;
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(proposal.data ? `Proposal ${proposal.data.reference}` : 'Proposal');
  if (proposal.error?.isUnavailable) return <NotAvailablePage what="This proposal" />;
  if (proposal.error) return <ErrorNotice message={proposal.error.message} onRetry={proposal.reload} />;
  if (!proposal.data) return <Loading />;
  const p = proposal.data;
  const done = (updated: Proposal, text: string) => {
    proposal.setData(updated);
    setMessage(text);
  };
  const open = p.status === 'development' || p.status === 'returned';
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/capacity-building">Section 333 and BPC</Link>
        <span aria-hidden="true">/</span>
        <span>{p.reference}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>
            Proposal {p.reference}: {p.title}
          </h1>
          <p className="page-sub">
            {p.partnerCode} · {p.partnerName} · {p.program?.name ?? p.programKey} · FY{p.fiscalYear} ·{' '}
            <ProposalStatusBadge status={p.status} />
          </p>
        </div>
      </header>
      {message && (
        <div className="notice notice-success" role="status">
          {message}
        </div>
      )}
      {canWrite && <Moves proposal={p} onDone={done} onReload={proposal.reload} />}
      {canWrite && open && <AssessmentForm proposal={p} onDone={done} />}
      <section className="card" aria-labelledby="notice">
        <h2 id="notice">Congressional notice (10 U.S.C. 333(e))</h2>
        {p.notice ? (
          <p>
            Notice{' '}
            <Link to={`/notifications/${p.notice.id}`} className="mono">
              {p.notice.transmittalNumber}
            </Link>{' '}
            is <strong>{p.notice.status.replaceAll('_', ' ')}</strong>
            {p.notice.reviewDays ? `; review period ${p.notice.reviewDays} days` : ''}
            {p.notice.reviewEndsOn ? `, ends ${p.notice.reviewEndsOn}` : ''}
            {p.notice.clearedOn ? `; cleared ${p.notice.clearedOn}` : ''}.
          </p>
        ) : (
          <p>{p.program?.requiresNotice ? 'Not yet drafted.' : 'This program’s proposals are not notified to Congress.'}</p>
        )}
        <p className="small muted">
          The notice may go from {p.noticeTiming.earliestOn} ({p.noticeTiming.source}).
        </p>
        {p.missingNoticeContents.length > 0 && (
          <p className="notice notice-warning">The notice must still name: {p.missingNoticeContents.map((m) => m.label).join('; ')}.</p>
        )}
      </section>
      <section className="card" aria-labelledby="money">
        <h2 id="money">Money and its dates</h2>
        <dl className="facts">
          <Fact label="Cost estimate">{formatCents(p.costEstimateCents)}</Fact>
          <Fact label="Appropriation">{p.appropriation ? `${p.appropriation.name} (FY${p.appropriation.fiscalYear})` : 'not chosen'}</Fact>
          <Fact label="Funds cancel">
            {p.cancellation
              ? `midnight ${p.cancellation.lastDay}${p.cancellation.cancelled ? ' (cancelled)' : ''}; cases ready to close by ${p.cancellation.closeBy}`
              : '—'}
          </Fact>
          <Fact label="Small-scale construction">
            {formatCents(p.constructionCents)}
            {p.constructionDecision.needsDd1391 ? ' (DD 1391 data in the notice)' : ''}
          </Fact>
          <Fact label="Support period">
            {p.supportPeriod
              ? `${p.supportPeriod.startsOn} to ${p.supportPeriod.endsOn} (${p.supportPeriod.rule.replaceAll('_', ' ')})`
              : 'from the first obligation'}
          </Fact>
        </dl>
        {p.supportPeriod && (
          <ul className="small muted">
            {p.supportPeriod.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
            <li>{p.supportPeriod.source}</li>
          </ul>
        )}
        {canWrite && ['approved', 'executing', 'complete'].includes(p.status) && <ExecutionDatesForm proposal={p} onDone={done} />}
      </section>
      <section className="card" aria-labelledby="cases">
        <h2 id="cases">BPC cases</h2>
        {p.cases.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul>
            {p.cases.map((c) => (
              <li key={c.id}>
                <span className="mono strong">{c.identifier}</span> · {c.status.replaceAll('_', ' ')} · {formatCents(c.totalCents)}
              </li>
            ))}
          </ul>
        )}
        {canWrite && (p.status === 'approved' || p.status === 'executing') && <CaseForm proposal={p} onDone={done} />}
      </section>
      <section className="card" aria-labelledby="prior">
        <h2 id="prior">Prior three years’ assistance (from IOPS’s records)</h2>
        <table className="table">
          <caption className="sr-only">Assistance to {p.partnerName} by fiscal year</caption>
          <thead>
            <tr>
              <th scope="col">Fiscal year</th>
              <th scope="col">Obligated</th>
              <th scope="col">By program</th>
              <th scope="col">BPC cases implemented</th>
            </tr>
          </thead>
          <tbody>
            {p.priorAssistance.map((y) => (
              <tr key={y.fiscalYear}>
                <td className="mono">FY{y.fiscalYear}</td>
                <td>{formatCents(y.obligatedCents)}</td>
                <td>{y.programs.map((x) => `${x.programCode} ${formatCents(x.obligatedCents)}`).join('; ') || '—'}</td>
                <td>
                  {y.bpcCasesImplemented} ({formatCents(y.bpcCasesValueCents)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="content">
        <h2 id="content">The proposal</h2>
        <dl className="facts">
          <Fact label="Recipient unit">{p.recipientUnit}</Fact>
          <Fact label="Purposes (333(a))">{p.purposes.map((x) => x.replaceAll('_', ' ')).join('; ')}</Fact>
          <Fact label="Requirement">{p.requirement}</Fact>
          <Fact label="Capability gap">{p.capabilityGap}</Fact>
          <Fact label="Absorptive capacity">{p.absorptiveCapacity || '—'}</Fact>
          <Fact label="Sustainment plan">{p.sustainmentPlan || '—'}</Fact>
          <Fact label="Delivery schedule">{p.deliverySchedule || '—'}</Fact>
          <Fact label="Campaign plans">{p.campaignPlanLinks.join('; ') || '—'}</Fact>
          <Fact label="Program code">{p.programCode ?? '—'}</Fact>
          <Fact label="AM&E initial assessment">
            {p.assessment ? `${p.assessment.assessedOn} by ${p.assessment.assessor}: ${p.assessment.objectives}` : 'not yet recorded'}
          </Fact>
        </dl>
        <ul>
          {p.requested.map((r) => (
            <li key={`${r.kind}-${r.description}`}>
              {r.kind}: {r.description} × {r.quantity} · {formatCents(r.costCents)}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="history">
        <h2 id="history">History</h2>
        {p.moves.length === 0 ? (
          <p>No moves yet.</p>
        ) : (
          <ol>
            {p.moves.map((m) => (
              <li key={m.id}>
                {m.onDate}: {ACTION_LABELS[m.action as ProposalAction] ?? m.action} →{' '}
                {STATUS_LABELS[m.toStatus as Proposal['status']] ?? m.toStatus} by {m.actor}. <span className="muted">{m.reason}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface FormProps {
  proposal: Proposal;
  onDone: (updated: Proposal, message: string) => void;
}

function Moves({ proposal, onDone, onReload }: FormProps & { onReload: () => void }) {
  const [active, setActive] = useState<ProposalAction | null>(null);
  if (proposal.allowedActions.length === 0) return null;
  return (
    <div className="case-actions">
      <div className="case-action-buttons" role="group" aria-label="Next actions">
        {proposal.allowedActions.map((action) => (
          <button
            key={action}
            type="button"
            className={`button ${action === 'withdraw' || action === 'return' ? 'button-danger' : 'button-primary'}`}
            aria-pressed={active === action}
            onClick={() => setActive(active === action ? null : action)}
          >
            {ACTION_LABELS[action]}…
          </button>
        ))}
      </div>
      {active && (
        <MoveForm
          key={`${active}-${proposal.version}`}
          proposal={proposal}
          action={active}
          onCancel={() => setActive(null)}
          onReload={() => {
            setActive(null);
            onReload();
          }}
          onDone={(updated, text) => {
            setActive(null);
            onDone(updated, text);
          }}
        />
      )}
    </div>
  );
}

function MoveForm({
  proposal,
  action,
  onCancel,
  onReload,
  onDone,
}: FormProps & { action: ProposalAction; onCancel: () => void; onReload: () => void }) {
  const [onDate, setOnDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const updated = await cbApi.transition(proposal.id, { version: proposal.version, action, onDate, reason });
      onDone(updated, `${ACTION_LABELS[action]}: done. The proposal is now ${STATUS_LABELS[updated.status]}.`);
    } catch (caught) {
      setError(asError(caught));
      setBusy(false);
    }
  }
  return (
    <form className="form" onSubmit={submit} aria-label={ACTION_LABELS[action]} noValidate>
      {error?.isVersionConflict ? (
        <div className="notice notice-conflict" role="alert">
          <strong>This proposal was changed by someone else — reload.</strong>
          <p>{error.message}</p>
          <button type="button" className="button button-small" onClick={onReload}>
            Reload
          </button>
        </div>
      ) : (
        <FormError message={error?.message} />
      )}
      <div className="form-grid form-grid-3">
        <Field label="On" error={error?.fieldMessage('onDate')}>
          {(control) => <input {...control} type="date" value={onDate} onChange={(e) => setOnDate(e.target.value)} />}
        </Field>
        <Field label="Reason" className="span-2" error={error?.fieldMessage('reason')} hint="Recorded with the move and in the audit log">
          {(control) => <input {...control} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : ACTION_LABELS[action]}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function AssessmentForm({ proposal, onDone }: FormProps) {
  const a = proposal.assessment;
  const [assessedOn, setAssessedOn] = useState(a?.assessedOn ?? todayIso());
  const [assessor, setAssessor] = useState(a?.assessor ?? '');
  const [baseline, setBaseline] = useState(a?.baseline ?? '');
  const [objectives, setObjectives] = useState(a?.objectives ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(
        await cbApi.assess(proposal.id, { version: proposal.version, assessedOn, assessor, baseline, objectives }),
        'Initial assessment recorded.',
      );
    } catch (caught) {
      setError(asError(caught));
    }
    setBusy(false);
  }
  return (
    <form className="form card" onSubmit={submit} aria-label="AM&E initial assessment" noValidate>
      <h2>AM&amp;E initial assessment</h2>
      <p className="small muted">Required before the proposal goes forward (SAMM C15: assessment, monitoring and evaluation).</p>
      <FormError message={error?.message} />
      <div className="form-grid form-grid-2">
        <Field label="Assessed on" error={error?.fieldMessage('assessedOn')}>
          {(control) => <input {...control} type="date" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} />}
        </Field>
        <Field label="Assessor" error={error?.fieldMessage('assessor')}>
          {(control) => <input {...control} value={assessor} onChange={(e) => setAssessor(e.target.value)} />}
        </Field>
        <Field label="Baseline" error={error?.fieldMessage('baseline')}>
          {(control) => <textarea {...control} rows={2} value={baseline} onChange={(e) => setBaseline(e.target.value)} />}
        </Field>
        <Field label="Objectives and monitoring" error={error?.fieldMessage('objectives')}>
          {(control) => <textarea {...control} rows={2} value={objectives} onChange={(e) => setObjectives(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {a ? 'Update the assessment' : 'Record the assessment'}
        </button>
      </div>
    </form>
  );
}

function CaseForm({ proposal, onDone }: FormProps) {
  const [agencyCode, setAgencyCode] = useState('B');
  const [caseManager, setCaseManager] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const updated = await cbApi.createCase(proposal.id, { version: proposal.version, agencyCode, caseManager });
      onDone(updated, `BPC case ${updated.cases[updated.cases.length - 1]?.identifier ?? ''} created.`);
    } catch (caught) {
      setError(asError(caught));
    }
    setBusy(false);
  }
  return (
    <form className="form" onSubmit={submit} aria-label="Create the BPC case" noValidate>
      <FormError message={error?.message} />
      <div className="form-grid form-grid-3">
        <Field label="Implementing agency" error={error?.fieldMessage('agencyCode')} hint="One letter: B Army, D Air Force, P Navy">
          {(control) => (
            <input {...control} value={agencyCode} maxLength={1} onChange={(e) => setAgencyCode(e.target.value.toUpperCase())} />
          )}
        </Field>
        <Field label="Case manager" error={error?.fieldMessage('caseManager')}>
          {(control) => <input {...control} value={caseManager} onChange={(e) => setCaseManager(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Create the BPC case
        </button>
      </div>
    </form>
  );
}

function ExecutionDatesForm({ proposal, onDone }: FormProps) {
  const [first, setFirst] = useState(proposal.firstObligationOn ?? '');
  const [last, setLast] = useState(proposal.lastKeyArticleOn ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(
        await cbApi.executionDates(proposal.id, {
          version: proposal.version,
          firstObligationOn: first || null,
          lastKeyArticleOn: last || null,
        }),
        'Execution dates recorded.',
      );
    } catch (caught) {
      setError(asError(caught));
    }
    setBusy(false);
  }
  return (
    <form className="form" onSubmit={submit} aria-label="Execution dates" noValidate>
      <FormError message={error?.message} />
      <div className="form-grid form-grid-3">
        <Field label="First obligation" error={error?.fieldMessage('firstObligationOn')}>
          {(control) => <input {...control} type="date" value={first} onChange={(e) => setFirst(e.target.value)} />}
        </Field>
        <Field
          label="Last key article arrived"
          error={error?.fieldMessage('lastKeyArticleOn')}
          hint="For the full-operational-capability rule"
        >
          {(control) => <input {...control} type="date" value={last} onChange={(e) => setLast(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          Record the dates
        </button>
      </div>
    </form>
  );
}
