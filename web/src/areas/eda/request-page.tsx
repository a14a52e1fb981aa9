import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useDirtyParts } from '../../platform/dirty-parts.ts';
import { formatCents } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { authorityLabel, type EdaRequest, edaApi, STATUS_LABELS } from './eda-api.ts';
import { CaseLinkForm, ValueForm } from './request-forms.tsx';
import { RequestTransitions } from './request-transitions.tsx';
import { ReviewsPanel } from './reviews-panel.tsx';

const EDITABLE = ['draft', 'proposed', 'allocated'];
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** One EDA request: its terms, the workflow buttons, the interagency review rounds, the 516(f) notice and the authorization. */
export function RequestPage() {
  const { id = '' } = useParams();
  const loaded = useApi(['eda', 'request-page:edaApi.getRequest'], (signal) => edaApi.getRequest(id, signal), [id]);
  const canWrite = useArea('eda')?.canWrite ?? false;
  const [message, setMessage] = useState<string | null>(null);
  const editing = useDirtyParts();
  usePageTitle(loaded.data?.reference ?? 'EDA request');
  if (loaded.error?.isUnavailable) return <NotAvailablePage what="This request" />;
  if (loaded.error) return <ErrorNotice message={loaded.error.message} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const r = loaded.data;
  const done = (updated: EdaRequest, text: string) => {
    loaded.setData(updated);
    setMessage(text);
  };
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/eda/requests">EDA requests</Link>
        <span aria-hidden="true">/</span>
        <span>{r.reference}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>
            {r.reference}: {r.declaration.nomenclature}
          </h1>
          <p className="page-sub">
            {r.partnerCode} · {authorityLabel(r.authority)} ·{' '}
            <span className="strong" data-testid="request-status">
              {STATUS_LABELS[r.status]}
            </span>{' '}
            since {r.statusOn}
            {r.priority.priority && (
              <span className="badge" title={r.priority.source}>
                516(c)(2) priority
              </span>
            )}
          </p>
        </div>
      </header>
      {editing.question}
      {message && (
        <div className="notice notice-success" role="status">
          {message}
        </div>
      )}
      {canWrite && <RequestTransitions request={r} onDone={done} onReload={loaded.reload} />}
      <section className="card" aria-labelledby="terms">
        <h2 id="terms">Terms</h2>
        <dl className="facts">
          <dt>Declaration</dt>
          <dd>
            <Link to={`/eda/declarations/${r.declaration.id}`}>{r.declaration.reference}</Link> · NSN {r.declaration.nsn} · MASL{' '}
            {r.declaration.maslNumber} · condition {r.declaration.conditionCode}
            {r.declaration.sme ? ' · SME' : ''}
            {r.declaration.ship ? ' · ship' : ''}
          </dd>
          <dt>Quantity requested</dt>
          <dd className="mono">{r.quantity}</dd>
          <dt>Original acquisition value</dt>
          <dd className="mono">{formatCents(r.originalAcquisitionValueCents)}</dd>
          <dt>Current value</dt>
          <dd>
            {r.currentValuePercent === null ? (
              'not set'
            ) : (
              <>
                <span className="mono">{formatCents(r.currentValueCents)}</span> ({r.currentValuePercent}% of acquisition value
                {r.authority === 'grant_516' ? ': the FMS sale value' : ''})
                <div className="muted small">
                  {r.currentValueReason} — {r.currentValueSetBy}
                </div>
              </>
            )}
          </dd>
          <dt>PCH&T paid by</dt>
          <dd>{r.pchtPaidBy === 'recipient' ? 'the recipient' : 'DoD'}</dd>
          <dt>Implementing agency</dt>
          <dd className="mono">{r.agencyCode ?? '—'}</dd>
          <dt>CCMD proposal</dt>
          <dd>{r.ccmdProposal || '—'}</dd>
          <dt>Allocation memo</dt>
          <dd>
            {r.allocationMemoOn ? `${r.allocationMemoOn}: ` : 'not yet: '}
            no U.S. industry initiative {yesNo(r.noIndustryInitiative)}, no readiness impact {yesNo(r.noReadinessImpact)}, MTCR checked{' '}
            {yesNo(r.mtcrChecked)}
          </dd>
          <dt>Case</dt>
          <dd>{r.caseIdentifier ? <Link to={`/cases/${r.caseIdentifier}`}>{r.caseIdentifier}</Link> : 'not linked'}</dd>
          <dt>Authorization</dt>
          <dd data-testid="authorization">
            {r.authorizedOn
              ? `${r.authorizedQuantity} authorised on ${r.authorizedOn}, ${formatCents(r.authorizedValueCents)}${r.fiscalYear ? `, FY${r.fiscalYear} ceiling` : ''}`
              : 'not yet'}
          </dd>
          <dt>Transferred</dt>
          <dd>{r.transferredOn ?? 'not yet'}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="notice">
        <h2 id="notice">FAA 516(f) notice</h2>
        <p>
          {r.notice.required
            ? `Required: no transfer until ${r.notice.days} days after notice to the committees.`
            : 'Not required at this original acquisition value.'}
        </p>
        <ul className="muted small">
          {r.notice.reasons.map((reason) => (
            <li key={reason.rule}>
              {reason.rule} — {reason.source}
            </li>
          ))}
        </ul>
        {r.notices.length > 0 && (
          <ul>
            {r.notices.map((n) => (
              <li key={n.id}>
                <Link to={`/notifications/${n.id}`}>Transmittal {n.transmittalNumber}</Link>: {n.status.replaceAll('_', ' ')}
                {n.reviewEndsOn ? `, review period ends ${n.reviewEndsOn}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      {canWrite && EDITABLE.includes(r.status) && (
        <section className="card" aria-labelledby="value">
          <h2 id="value">Current value</h2>
          <ValueForm
            key={`v${r.version}`}
            request={r}
            onDirty={editing.report}
            onDone={(u) => done(u, `Current value set: ${u.currentValuePercent}%`)}
          />
        </section>
      )}
      {canWrite && !['transferred', 'withdrawn', 'disapproved'].includes(r.status) && (
        <section className="card" aria-labelledby="case-link">
          <h2 id="case-link">Case it is delivered on</h2>
          <CaseLinkForm
            key={`c${r.version}`}
            request={r}
            onDirty={editing.report}
            onDone={(u) => done(u, u.caseIdentifier ? `Linked to ${u.caseIdentifier}` : 'Unlinked')}
          />
        </section>
      )}
      <ReviewsPanel request={r} canWrite={canWrite} onDone={done} onDirty={editing.report} />
    </section>
  );
}
