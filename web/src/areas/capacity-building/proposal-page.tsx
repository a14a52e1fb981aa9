import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Field, FormError } from '../../platform/field.tsx';
import { formatCents, todayIso } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { TransitionBar, TransitionForm } from '../../platform/transition-form.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { cbApi, type Proposal, type ProposalAction } from './capacity-building-api.ts';
import { TextWithCount, useRecordForm } from './cb-form.tsx';
import { ACTION_LABELS, ProposalStatusBadge, STATUS_LABELS } from './cb-labels.tsx';

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
    <UnsavedGroup>
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
            <Fact label="Appropriation">
              {p.appropriation ? `${p.appropriation.name} (FY${p.appropriation.fiscalYear})` : 'not chosen'}
            </Fact>
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
    </UnsavedGroup>
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

interface MoveProps {
  proposal: Proposal;
  onDone: (updated: Proposal, message: string) => void;
  onReload: () => void;
}

const DANGER: readonly ProposalAction[] = ['withdraw', 'return', 'close'];

/** The proposal's next moves; each asks when it happened and why (kept with the move and in the audit record). */
function Moves({ proposal, onDone, onReload }: MoveProps) {
  return (
    <TransitionBar
      choices={proposal.allowedActions.map((action) => ({
        action,
        label: ACTION_LABELS[action],
        tone: DANGER.includes(action) ? ('danger' as const) : ('primary' as const),
      }))}
    >
      {(choice, close) => (
        <MoveForm
          key={`${choice.action}-${proposal.version}`}
          proposal={proposal}
          action={choice.action}
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onDone={(updated, text) => {
            close();
            onDone(updated, text);
          }}
        />
      )}
    </TransitionBar>
  );
}

function MoveForm({ proposal, action, onCancel, onReload, onDone }: MoveProps & { action: ProposalAction; onCancel: () => void }) {
  const [onDate, setOnDate] = useState(todayIso());
  return (
    <TransitionForm
      label={ACTION_LABELS[action]}
      tone={DANGER.includes(action) ? 'danger' : 'primary'}
      reason="required"
      reasonMax={4000}
      placed={['onDate']}
      record="proposal"
      consequence={
        action === 'withdraw'
          ? 'The proposal is withdrawn: it goes no further.'
          : action === 'close'
            ? 'The proposal is closed.'
            : undefined
      }
      onCancel={onCancel}
      onReload={onReload}
      onSubmit={async (reason) => {
        const updated = await cbApi.transition(proposal.id, { version: proposal.version, action, onDate, reason });
        onDone(updated, `${ACTION_LABELS[action]}: done. The proposal is now ${STATUS_LABELS[updated.status]}.`);
      }}
    >
      {(error) => (
        <div className="form-grid form-grid-3">
          <Field label="On" error={error?.fieldMessage('onDate')}>
            {(control) => <input {...control} type="date" value={onDate} onChange={(e) => setOnDate(e.target.value)} />}
          </Field>
        </div>
      )}
    </TransitionForm>
  );
}

interface FormProps {
  proposal: Proposal;
  onDone: (updated: Proposal, message: string) => void;
}

function AssessmentForm({ proposal, onDone }: FormProps) {
  const a = proposal.assessment;
  const { form, errors, save, submit, unplaced } = useRecordForm({
    defaults: {
      assessedOn: a?.assessedOn ?? todayIso(),
      assessor: a?.assessor ?? '',
      baseline: a?.baseline ?? '',
      objectives: a?.objectives ?? '',
    },
    fields: ['assessedOn', 'assessor', 'baseline', 'objectives'],
    send: (v) => cbApi.assess(proposal.id, { version: proposal.version, ...v }),
    done: (updated) => onDone(updated, 'Initial assessment recorded.'),
  });
  return (
    <form className="form card" onSubmit={submit} aria-label="AM&E initial assessment" noValidate>
      <h2>AM&amp;E initial assessment</h2>
      <p className="small muted">Required before the proposal goes forward (SAMM C15: assessment, monitoring and evaluation).</p>
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-2">
        <Field label="Assessed on" error={errors.assessedOn?.message}>
          {(control) => <input {...control} type="date" {...form.register('assessedOn')} />}
        </Field>
        <Field label="Assessor" error={errors.assessor?.message}>
          {(control) => <input {...control} {...form.register('assessor')} />}
        </Field>
        <TextWithCount form={form} name="baseline" label="Baseline" max={8000} />
        <TextWithCount form={form} name="objectives" label="Objectives and monitoring" max={8000} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {a ? 'Update the assessment' : 'Record the assessment'}
        </button>
      </div>
    </form>
  );
}

function CaseForm({ proposal, onDone }: FormProps) {
  const { form, errors, save, submit, unplaced } = useRecordForm({
    defaults: { agencyCode: 'B', caseManager: '' },
    fields: ['agencyCode', 'caseManager'],
    send: (v) =>
      cbApi.createCase(proposal.id, { version: proposal.version, agencyCode: v.agencyCode.toUpperCase(), caseManager: v.caseManager }),
    done: (updated) => onDone(updated, `BPC case ${updated.cases[updated.cases.length - 1]?.identifier ?? ''} created.`),
    afterSave: 'empty',
  });
  return (
    <form className="form" onSubmit={submit} aria-label="Create the BPC case" noValidate>
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field label="Implementing agency" error={errors.agencyCode?.message} hint="One letter: B Army, D Air Force, P Navy">
          {(control) => <input {...control} maxLength={1} {...form.register('agencyCode')} />}
        </Field>
        <Field label="Case manager" error={errors.caseManager?.message}>
          {(control) => <input {...control} {...form.register('caseManager')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Create the BPC case
        </button>
      </div>
    </form>
  );
}

function ExecutionDatesForm({ proposal, onDone }: FormProps) {
  const { form, errors, save, submit, unplaced } = useRecordForm({
    defaults: { firstObligationOn: proposal.firstObligationOn ?? '', lastKeyArticleOn: proposal.lastKeyArticleOn ?? '' },
    fields: ['firstObligationOn', 'lastKeyArticleOn'],
    send: (v) =>
      cbApi.executionDates(proposal.id, {
        version: proposal.version,
        firstObligationOn: v.firstObligationOn || null,
        lastKeyArticleOn: v.lastKeyArticleOn || null,
      }),
    done: (updated) => onDone(updated, 'Execution dates recorded.'),
  });
  return (
    <form className="form" onSubmit={submit} aria-label="Execution dates" noValidate>
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <Field label="First obligation" error={errors.firstObligationOn?.message}>
          {(control) => <input {...control} type="date" {...form.register('firstObligationOn')} />}
        </Field>
        <Field label="Last key article arrived" error={errors.lastKeyArticleOn?.message} hint="For the full-operational-capability rule">
          {(control) => <input {...control} type="date" {...form.register('lastKeyArticleOn')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          Record the dates
        </button>
      </div>
    </form>
  );
}
