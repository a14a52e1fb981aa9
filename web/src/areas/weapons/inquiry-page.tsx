import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { InquiryClose } from './inquiry-close.tsx';
import { AssignForm, LinkForm, RespondForm } from './inquiry-forms.tsx';
import { type Inquiry, weaponsApi } from './weapons-api.ts';
import { AdvocacyBadge, CHANNEL_LABELS, OUTCOME_LABELS, SIZE_LABELS } from './weapons-labels.tsx';

/** One inquiry: its response clock, the question and its thread, the linked records, and closing it. */
export function InquiryPage() {
  const { id = '' } = useParams();
  const inquiry = useApi(['weapons', 'inquiry-page:weaponsApi.inquiry'], (signal) => weaponsApi.inquiry(id, signal), [id]);
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
        {canWrite && open && <AssignForm key={i.version} inquiry={i} onDone={done} />}
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
      {canWrite && open && <InquiryClose inquiry={i} onDone={done} onReload={inquiry.reload} />}
      {!open && i.outcomeNote && (
        <section className="card">
          <h2>Outcome</h2>
          <p>{i.outcomeNote}</p>
        </section>
      )}
    </section>
  );
}
