import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { Field, FormError } from '../../platform/field.tsx';
import { formatCents, todayIso } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { UnsavedGroup } from '../../platform/unsaved-group.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { cbApi, type Review, type ReviewKind, type ReviewQuery, type ReviewSummary } from './capacity-building-api.ts';
import { TextWithCount, useRecordForm } from './cb-form.tsx';
import { REVIEW_KIND_LABELS } from './cb-labels.tsx';

const COLUMNS: Column<ReviewSummary>[] = [
  {
    id: 'case',
    header: 'Case',
    className: 'col-code',
    render: (r) => (
      <Link to={`/capacity-building/reviews/${r.id}`} tabIndex={-1} className="mono strong">
        {r.caseIdentifier}
      </Link>
    ),
  },
  { id: 'kind', header: 'Review', render: (r) => REVIEW_KIND_LABELS[r.kind] },
  { id: 'trigger', header: 'Period or event', render: (r) => r.trigger },
  {
    id: 'due',
    header: 'Due',
    className: 'col-date mono',
    render: (r) => (r.overdue ? <span className="badge badge-danger">{r.dueOn}</span> : r.dueOn),
  },
  { id: 'status', header: 'Status', className: 'col-narrow', render: (r) => r.status },
  {
    id: 'actions',
    header: 'Open actions',
    className: 'col-narrow',
    render: (r) => `${r.openActions}${r.overdueActions ? ` (${r.overdueActions} overdue)` : ''}`,
  },
];

/** Case reviews in scope, a form to open one, and the closure backlog by implementation year (DSCA 25-97). */
export function ReviewListPage() {
  usePageTitle('Case reviews');
  const navigate = useNavigate();
  const canWrite = useArea('capacity-building')?.canWrite ?? false;
  const [params] = useSearchParams();
  // "My work" links here for the open and the overdue reviews: the same filters as its counts.
  const filter = params.get('overdue') === 'true' ? 'overdue' : params.get('status') === 'open' ? 'open' : null;
  const query: ReviewQuery = filter === 'overdue' ? { overdue: 'true' } : filter === 'open' ? { status: 'open' } : {};
  const reviews = useApi(['capacity-building', 'review-pages:cbApi.reviews'], (signal) => cbApi.reviews({ ...query, limit: 200 }, signal), [
    filter,
  ]);
  const openReview = useCallback((r: Review) => navigate(`/capacity-building/reviews/${r.id}`), [navigate]);
  const backlog = useApi(['capacity-building', 'review-pages:cbApi.backlog'], (signal) => cbApi.backlog(signal), []);
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/capacity-building">Section 333 and BPC</Link>
        <span aria-hidden="true">/</span>
        <span>Case reviews</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Case reviews</h1>
          <p className="page-sub">Periodic and event-driven reviews of BPC cases; the annual FMS case review (SAMM C6.5.2)</p>
        </div>
      </header>
      {canWrite && (
        <UnsavedGroup>
          <NewReviewForm onDone={openReview} />
        </UnsavedGroup>
      )}
      {filter && (
        <p>
          Showing the {filter} reviews only. <Link to="/capacity-building/reviews">Show every review</Link>
        </p>
      )}
      {reviews.error && <ErrorNotice message={reviews.error.message} onRetry={reviews.reload} />}
      <DataTable
        caption="Case reviews"
        columns={COLUMNS}
        rows={reviews.data?.items ?? []}
        rowKey={(r) => r.id}
        rowLabel={(r) => `${r.caseIdentifier} ${REVIEW_KIND_LABELS[r.kind]} ${r.status}`}
        onOpen={(r) => navigate(`/capacity-building/reviews/${r.id}`)}
        busy={reviews.loading}
        empty={reviews.loading ? 'Loading…' : 'No case review yet.'}
      />
      <section className="card" aria-labelledby="backlog">
        <h2 id="backlog">Closure backlog by implementation year</h2>
        {backlog.data && (
          <>
            <p className="small muted">{backlog.data.source}</p>
            <table className="table">
              <caption className="sr-only">Implemented cases not yet closed, by the fiscal year they were implemented</caption>
              <thead>
                <tr>
                  <th scope="col">Implemented in</th>
                  <th scope="col">Cases</th>
                  <th scope="col">BPC</th>
                  <th scope="col">Supply complete</th>
                  <th scope="col">Value</th>
                </tr>
              </thead>
              <tbody>
                {backlog.data.groups.map((g) => (
                  <tr key={g.implementationFy}>
                    <td className="mono">
                      FY{g.implementationFy} {g.first && <span className="badge badge-danger">close first</span>}
                    </td>
                    <td>{g.cases}</td>
                    <td>{g.bpc}</td>
                    <td>{g.supplyComplete}</td>
                    <td>{formatCents(g.valueCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </section>
  );
}

function NewReviewForm({ onDone }: { onDone: (review: Review) => void }) {
  const [opened, setOpened] = useState<Review | null>(null);
  const { form, errors, save, submit, unplaced } = useRecordForm({
    defaults: { caseId: '', kind: 'periodic' as ReviewKind, trigger: '', dueOn: '' },
    fields: ['caseId', 'kind', 'trigger', 'dueOn'],
    send: (v) => cbApi.createReview({ ...v, caseId: v.caseId.trim().toUpperCase() }),
    done: setOpened,
  });
  // Open the review once the form has been marked saved, so leaving for it does not ask.
  useEffect(() => {
    if (opened) onDone(opened);
  }, [opened, onDone]);
  return (
    <form className="form card" onSubmit={submit} aria-label="Open a case review" noValidate>
      <h2>Open a case review</h2>
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-4">
        <Field label="Case" hint="Identifier, e.g. DU-B-AAA" error={errors.caseId?.message}>
          {(control) => <input {...control} {...form.register('caseId')} />}
        </Field>
        <Field label="Kind" error={errors.kind?.message}>
          {(control) => (
            <select {...control} {...form.register('kind')}>
              {(Object.keys(REVIEW_KIND_LABELS) as ReviewKind[]).map((k) => (
                <option key={k} value={k}>
                  {REVIEW_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Period or event" error={errors.trigger?.message}>
          {(control) => <input {...control} {...form.register('trigger')} />}
        </Field>
        <Field label="Due on" error={errors.dueOn?.message}>
          {(control) => <input {...control} type="date" {...form.register('dueOn')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Open the review
        </button>
      </div>
    </form>
  );
}

/** One review: the checklist, findings, actions with owners and due dates, closure readiness, completion. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const review = useApi(['capacity-building', 'review-pages:cbApi.review'], (signal) => cbApi.review(id, signal), [id]);
  const canWrite = useArea('capacity-building')?.canWrite ?? false;
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(review.data ? `Review of ${review.data.case.identifier}` : 'Case review');
  if (review.error?.isUnavailable) return <NotAvailablePage what="This review" />;
  if (review.error) return <ErrorNotice message={review.error.message} onRetry={review.reload} />;
  if (!review.data) return <Loading />;
  const r = review.data;
  const open = r.status === 'open' && canWrite;
  const done = (updated: Review, text: string) => {
    review.setData(updated);
    setMessage(text);
  };
  return (
    <UnsavedGroup>
      <section className="page">
        <nav className="breadcrumbs" aria-label="Breadcrumbs">
          <Link to="/capacity-building/reviews">Case reviews</Link>
          <span aria-hidden="true">/</span>
          <span>{r.case.identifier}</span>
        </nav>
        <header className="page-header">
          <div>
            <h1>
              {REVIEW_KIND_LABELS[r.kind]}: {r.case.identifier}
            </h1>
            <p className="page-sub">
              {r.trigger} · due {r.dueOn} · {r.status}
              {r.completedOn ? ` on ${r.completedOn}` : ''} · reviewer {r.reviewer}
            </p>
          </div>
        </header>
        {message && (
          <div className="notice notice-success" role="status">
            {message}
          </div>
        )}
        <section className="card" aria-labelledby="closure">
          <h2 id="closure">Closure readiness</h2>
          <p>
            <strong>{r.closure.ready ? 'Ready to close' : 'Not ready to close'}</strong>
            {r.closure.closeBy ? ` · must be ready by ${r.closure.closeBy}${r.closure.overdue ? ' (overdue)' : ''}` : ''}
          </p>
          <ul>
            {r.closure.reasons.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
          <p className="small muted">{r.closure.source}</p>
        </section>
        <Checklist review={r} editable={open} onDone={done} />
        <section className="card" aria-labelledby="findings">
          <h2 id="findings">Findings</h2>
          {r.findings.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul>
              {r.findings.map((f) => (
                <li key={f.id}>
                  <span className={`badge ${f.severity === 'deficiency' ? 'badge-warning' : 'badge-muted'}`}>{f.severity}</span> {f.text}
                </li>
              ))}
            </ul>
          )}
          {open && <FindingForm review={r} onDone={done} />}
        </section>
        <section className="card" aria-labelledby="actions">
          <h2 id="actions">Actions</h2>
          {r.actions.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul>
              {r.actions.map((a) => (
                <li key={a.id}>
                  {a.description} · <strong>{a.owner}</strong> · due {a.dueOn}{' '}
                  {a.doneOn ? `· done ${a.doneOn}: ${a.doneNote}` : a.overdue ? <span className="badge badge-danger">overdue</span> : null}
                  {canWrite && !a.doneOn && <ActionDone review={r} actionId={a.id} label={a.description} onDone={done} />}
                </li>
              ))}
            </ul>
          )}
          {open && <ActionForm review={r} onDone={done} />}
        </section>
        {open && <CompleteForm review={r} onDone={done} />}
        {r.summary && (
          <section className="card" aria-labelledby="summary">
            <h2 id="summary">Summary</h2>
            <p>{r.summary}</p>
          </section>
        )}
      </section>
    </UnsavedGroup>
  );
}

interface Props {
  review: Review;
  onDone: (updated: Review, message: string) => void;
}

function Checklist({ review, editable, onDone }: Props & { editable: boolean }) {
  const { form, save, submit, unplaced } = useRecordForm({
    defaults: { answers: Object.fromEntries(review.checklist.map((e) => [e.itemId, e.answer ?? ''])) as Record<string, string> },
    fields: ['answers'],
    send: (v) =>
      cbApi.answer(review.id, {
        version: review.version,
        answers: review.checklist
          .filter((e) => v.answers[e.itemId])
          .map((e) => ({ itemId: e.itemId, answer: v.answers[e.itemId] as 'yes' | 'no' | 'not_applicable', note: e.note })),
      }),
    done: (updated) => onDone(updated, 'Checklist saved.'),
  });
  return (
    <form className="card form" onSubmit={submit} aria-label="Checklist" noValidate>
      <h2>Checklist</h2>
      <FormError message={save.error?.message} extra={unplaced} />
      {review.checklist.length === 0 && <p>No checklist item applies to this kind of review (administrators keep the list).</p>}
      {review.checklist.map((e) => (
        <Field key={e.itemId} label={`${e.code}: ${e.text}`}>
          {(control) => (
            <select {...control} disabled={!editable} {...form.register(`answers.${e.itemId}`)}>
              <option value="">(not answered)</option>
              <option value="yes">Yes</option>
              <option value="no">No</option>
              <option value="not_applicable">Not applicable</option>
            </select>
          )}
        </Field>
      ))}
      {editable && review.checklist.length > 0 && (
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            Save the answers
          </button>
        </div>
      )}
    </form>
  );
}

function FindingForm({ review, onDone }: Props) {
  const { form, errors, save, submit, unplaced } = useRecordForm({
    defaults: { text: '', severity: 'deficiency' as 'observation' | 'deficiency' },
    fields: ['text', 'severity'],
    send: (v) => cbApi.addFinding(review.id, { version: review.version, ...v }),
    done: (updated) => onDone(updated, 'Finding recorded.'),
    afterSave: 'empty',
  });
  return (
    <form className="form" onSubmit={submit} aria-label="Record a finding" noValidate>
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-3">
        <TextWithCount form={form} name="text" label="Finding" className="span-2" max={4000} />
        <Field label="Severity" error={errors.severity?.message}>
          {(control) => (
            <select {...control} {...form.register('severity')}>
              <option value="deficiency">Deficiency</option>
              <option value="observation">Observation</option>
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          Record the finding
        </button>
      </div>
    </form>
  );
}

function ActionForm({ review, onDone }: Props) {
  const { form, errors, save, submit, unplaced } = useRecordForm({
    defaults: { description: '', owner: '', dueOn: '', findingId: '' },
    fields: ['description', 'owner', 'dueOn', 'findingId'],
    send: (v) => cbApi.addAction(review.id, { version: review.version, ...v, findingId: v.findingId || null }),
    done: (updated) => onDone(updated, 'Action assigned.'),
    afterSave: 'empty',
  });
  return (
    <form className="form" onSubmit={submit} aria-label="Assign an action" noValidate>
      <FormError message={save.error?.message} extra={unplaced} />
      <div className="form-grid form-grid-4">
        <Field label="Action" error={errors.description?.message}>
          {(control) => <input {...control} {...form.register('description')} />}
        </Field>
        <Field label="Owner" error={errors.owner?.message}>
          {(control) => <input {...control} {...form.register('owner')} />}
        </Field>
        <Field label="Due on" error={errors.dueOn?.message}>
          {(control) => <input {...control} type="date" {...form.register('dueOn')} />}
        </Field>
        <Field label="For the finding" error={errors.findingId?.message}>
          {(control) => (
            <select {...control} {...form.register('findingId')}>
              <option value="">(none)</option>
              {review.findings.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.text.slice(0, 60)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          Assign the action
        </button>
      </div>
    </form>
  );
}

function ActionDone({ review, actionId, label, onDone }: Props & { actionId: string; label: string }) {
  const { form, errors, save, submit, unplaced } = useRecordForm({
    defaults: { note: '' },
    fields: ['note'],
    send: (v) => cbApi.actionDone(review.id, actionId, { version: review.version, doneOn: todayIso(), note: v.note }),
    done: (updated) => onDone(updated, 'Action done.'),
    afterSave: 'empty',
  });
  return (
    <form className="form form-inline" onSubmit={submit} aria-label={`Mark done: ${label}`} noValidate>
      <FormError message={save.error?.message} extra={unplaced} />
      <Field label="Done: note" error={errors.note?.message}>
        {(control) => <input {...control} {...form.register('note')} />}
      </Field>
      <button type="submit" className="button button-small" disabled={save.isPending}>
        Mark done
      </button>
    </form>
  );
}

function CompleteForm({ review, onDone }: Props) {
  const { form, save, submit, unplaced } = useRecordForm({
    defaults: { summary: '' },
    fields: ['summary'],
    send: (v) => cbApi.completeReview(review.id, { version: review.version, completedOn: todayIso(), summary: v.summary }),
    done: (updated) => onDone(updated, 'Review complete.'),
    afterSave: 'empty',
  });
  return (
    <form className="form card" onSubmit={submit} aria-label="Complete the review" noValidate>
      <h2>Complete the review</h2>
      <FormError message={save.error?.message} extra={unplaced} />
      <TextWithCount form={form} name="summary" label="Summary" max={8000} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Complete the review
        </button>
      </div>
    </form>
  );
}
