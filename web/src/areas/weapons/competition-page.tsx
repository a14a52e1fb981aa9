import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { CompetitionCancel } from './competition-cancel.tsx';
import { EditCompetition, SingleOfferToggle } from './competition-update.tsx';
import { type Competition, weaponsApi } from './weapons-api.ts';
import { AdvocacyBadge, MILESTONE_LABELS, MILESTONES, SALE_ROUTE_LABELS, StageBadge } from './weapons-labels.tsx';

/** One competition: neutrality among U.S. bidders, the solicitation, bidders and milestones, and its update. */
export function CompetitionPage() {
  const { id = '' } = useParams();
  const comp = useApi(['weapons', 'competition-page:weaponsApi.competition'], (signal) => weaponsApi.competition(id, signal), [id]);
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
      {canWrite && <CompetitionCancel competition={c} onDone={done} onReload={comp.reload} />}
      {canWrite && <EditCompetition key={c.version} competition={c} onDone={done} />}
    </section>
  );
}
