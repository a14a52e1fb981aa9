import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatCents } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { AdvocacyMoves } from './advocacy-moves.tsx';
import { QuestionnaireEdit } from './advocacy-questionnaire.tsx';
import { type Advocacy, weaponsApi } from './weapons-api.ts';
import { ADVOCACY_STATE_LABELS, AdvocacyBadge } from './weapons-labels.tsx';

/** One advocacy request: its steps so far, the next ones, and the questionnaire (editable at that step). */
export function AdvocacyPage() {
  const { id = '' } = useParams();
  const adv = useApi(['weapons', 'advocacy-page:weaponsApi.advocacy'], (signal) => weaponsApi.advocacy(id, signal), [id]);
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
        {canWrite && <AdvocacyMoves advocacy={a} onDone={done} onReload={adv.reload} />}
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
