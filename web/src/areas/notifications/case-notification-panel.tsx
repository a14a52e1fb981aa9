import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { formatCents } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { DeterminationFacts, ReasonList } from './determination-view.tsx';
import { KIND_LABELS, NotificationStatusBadge } from './notification-labels.tsx';

export interface CaseNotificationPanelProps {
  caseRef: string;
  caseId: string;
  partnerCode: string;
  title: string;
  /** Changes whenever the LOA lines may have changed (version and revision): the panel fetches again. */
  refreshKey: string;
}

/**
 * AECA 36(b)(1) on this case: required or not and why, the covering notifications, and what stops the offer. The
 * notifications area's panel on the case page, handed to it where the app is put together (app.tsx).
 */
export function CaseNotificationPanel({ caseRef, caseId, partnerCode, title, refreshKey }: CaseNotificationPanelProps) {
  const headingId = useId();
  const navigate = useNavigate();
  const area = useArea('notifications');
  const state = useApi(
    ['notifications', 'case-notification-panel:api.caseNotification'],
    (signal) => api.caseNotification(caseRef, signal),
    [caseRef, refreshKey],
  );
  const [drafting, setDrafting] = useState(false);
  const [draftError, setDraftError] = useState<string | null>(null);
  const data = state.data;
  const d = data?.determination ?? null;
  const liveNotice = data?.notifications.some((n) => n.kind === 'aeca_36b1') ?? false;

  async function draft() {
    setDrafting(true);
    setDraftError(null);
    try {
      const created = await api.createNotification({ partnerCode, caseIds: [caseId], description: title });
      navigate(`/notifications/${created.id}`);
    } catch (caught) {
      setDraftError(caught instanceof ApiError ? caught.message : String(caught));
      setDrafting(false);
    }
  }

  return (
    <section className="card" aria-labelledby={headingId} data-testid="notification-panel" aria-busy={state.loading || undefined}>
      <div className="card-header">
        <h2 id={headingId}>Congressional notification</h2>
        {d && (
          <span className={`badge ${d.required ? (data?.cleared ? 'badge-ok' : 'badge-danger') : 'badge-ok'}`}>
            {d.required ? (data?.cleared ? 'cleared' : 'required') : 'not required'}
          </span>
        )}
      </div>
      {state.error && <ErrorNotice message={state.error.message} onRetry={state.reload} />}
      {!data && !state.error && <p className="muted">Loading…</p>}
      {data && (
        <div className="stack">
          {d ? (
            <p className="strong" data-testid="notification-decision">
              {d.required ? 'Congressional notification required' : 'Congressional notification not required'}
            </p>
          ) : (
            <p className="notice notice-warning" data-testid="notification-decision">
              Cannot be determined: {data.undetermined}
            </p>
          )}
          <p className="muted small">
            From version {data.values.versionNumber} as last saved: MDE {formatCents(data.values.mdeCents)}, total{' '}
            {formatCents(data.values.totalCents)}, design and construction {formatCents(data.values.designConstructionCents)}; thresholds in
            force on {data.asOf}.
          </p>
          {d && (
            <>
              <DeterminationFacts
                purchaserGroup={d.purchaserGroup}
                reviewDays={d.reviewDays}
                tieredReviewDays={d.tieredReviewDays}
                verified={d.verified}
                tieredReviewVerified={d.tieredReviewVerified}
              />
              <ReasonList reasons={d.reasons} />
            </>
          )}
          {data.offerBlocker && (
            <div className="notice notice-warning" data-testid="offer-blocker">
              <strong>The LOA cannot be offered yet</strong>
              <span>{data.offerBlocker}</span>
            </div>
          )}
          {data.notifications.length > 0 && (
            <div>
              <h3 className="mini-caption">Covering notifications</h3>
              <ul className="plain-list" aria-label="Covering notifications">
                {data.notifications.map((n) => (
                  <li key={n.id}>
                    {area?.canRead ? (
                      <Link to={`/notifications/${n.id}`} className="mono strong">
                        {n.transmittalNumber}
                      </Link>
                    ) : (
                      <span className="mono strong">{n.transmittalNumber}</span>
                    )}{' '}
                    <NotificationStatusBadge status={n.status} /> <span className="muted small">{KIND_LABELS[n.kind] ?? n.kind}</span>
                    {n.formallyNotifiedOn && <span className="small"> · notified {n.formallyNotifiedOn}</span>}
                    {n.reviewEndsOn && <span className="small"> · review ends {n.reviewEndsOn}</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {data.followOn?.required && (
            <div className="notice notice-info">
              <strong>A 36(b)(5)(C) follow-on report may be needed</strong>
              <span>{data.followOn.reasons.join('; ')}</span>
              <span className="small">{data.followOn.source}</span>
            </div>
          )}
          {area?.canWrite && !liveNotice && (
            <div className="form-actions">
              <button type="button" className={`button${d?.required ? ' button-primary' : ''}`} onClick={draft} disabled={drafting}>
                {drafting ? 'Drafting…' : 'Draft a notification for this case'}
              </button>
            </div>
          )}
          {draftError && (
            <p className="notice notice-error" role="alert">
              {draftError}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
