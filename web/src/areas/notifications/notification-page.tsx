import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { NotificationDetail as Notification } from '../../api/types.ts';
import { formatCents, formatDateTime } from '../../platform/format.ts';
import { useArea } from '../../platform/session-context.tsx';
import { ErrorNotice, Loading, NotAvailablePage } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { NotificationForm } from './notification-form.tsx';
import { KIND_LABELS, NotificationStatusBadge } from './notification-labels.tsx';
import { NotificationTransitions } from './notification-transitions.tsx';

const EDITABLE = ['draft', 'in_tiered_review'];

/** One notification: what it covers, its clocks, and (analysts) the next moves and edits. */
export function NotificationPage() {
  const { id = '' } = useParams();
  return <NotificationPageBody key={id} id={id} />;
}

function NotificationPageBody({ id }: { id: string }) {
  const canWrite = useArea('notifications')?.canWrite ?? false;
  const item = useApi(['notifications', 'notification-page:api.getNotification'], (signal) => api.getNotification(id, signal), [id]);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  usePageTitle(item.data ? `Notification ${item.data.transmittalNumber}` : 'Notification');

  if (item.error && (item.error.isUnavailable || item.error.status === 400)) return <NotAvailablePage what={`Notification ${id}`} />;
  if (item.error && !item.data) return <ErrorNotice message={item.error.message} onRetry={item.reload} />;
  if (!item.data) return <Loading />;
  const n = item.data;

  function changed(updated: Notification, message: string) {
    item.setData(updated);
    setNotice(message);
    setEditing(false);
  }

  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/notifications">Notifications</Link>
        <span aria-hidden="true">/</span>
        <span>{n.transmittalNumber}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>
            <span className="mono" data-testid="transmittal-number">
              {n.transmittalNumber}
            </span>{' '}
            <span className="case-title">{KIND_LABELS[n.kind] ?? n.kind}</span>
          </h1>
          <p className="page-sub case-meta">
            <span data-testid="notification-status">
              <NotificationStatusBadge status={n.status} />
            </span>
            <span>
              <Link to={`/countries/${n.partnerCode}`}>{n.partnerCode}</Link>
            </span>
            <span className="strong">{formatCents(n.totalCents)}</span>
            {n.reviewEndsOn && (
              <span>
                Review period ends{' '}
                <span className="mono strong" data-testid="review-ends-on">
                  {n.reviewEndsOn}
                </span>
              </span>
            )}
          </p>
        </div>
        {canWrite && EDITABLE.includes(n.status) && !editing && (
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit…
            </button>
          </div>
        )}
      </header>
      {canWrite && <NotificationTransitions notification={n} onDone={changed} onReload={item.reload} />}
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      {item.error && <ErrorNotice message={item.error.message} onRetry={item.reload} />}
      {editing && (
        <section className="card">
          <NotificationForm
            key={n.version}
            notification={n}
            onSaved={(saved) => changed(saved, `Saved notification ${saved.transmittalNumber}.`)}
            onCancel={() => setEditing(false)}
            onReload={() => {
              setEditing(false);
              item.reload();
            }}
          />
        </section>
      )}
      <div className="summary-grid">
        <section className="card" aria-labelledby="notification-facts">
          <h2 id="notification-facts">Notification</h2>
          <dl className="facts">
            <dt>Transmittal</dt>
            <dd className="mono strong">{n.transmittalNumber}</dd>
            <dt>Kind</dt>
            <dd>{KIND_LABELS[n.kind] ?? n.kind}</dd>
            {n.followsId && (
              <>
                <dt>Follows</dt>
                <dd>
                  <Link to={`/notifications/${n.followsId}`}>the notification it reports on</Link>
                </dd>
              </>
            )}
            {n.subjects.length > 0 && (
              <>
                <dt>About</dt>
                <dd>
                  <ul className="plain-list" aria-label="Records this notice is about">
                    {n.subjects.map((s) => (
                      <li key={`${s.type}:${s.id}`}>{s.link ? <Link to={s.link}>{s.label}</Link> : s.label}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {n.reviewSource && (
              <>
                <dt>Review period</dt>
                <dd>
                  {n.reviewDays} days <span className="muted small">({n.reviewSource})</span>
                </dd>
              </>
            )}
            <dt>Description</dt>
            <dd>{n.description}</dd>
            <dt>MDE value</dt>
            <dd className="mono">{formatCents(n.mdeCents)}</dd>
            <dt>Total value</dt>
            <dd className="mono">{formatCents(n.totalCents)}</dd>
            <dt>Design and construction</dt>
            <dd className="mono">{formatCents(n.designConstructionCents)}</dd>
            <dt>Cases</dt>
            <dd>
              {n.cases.length === 0 ? (
                <span className="muted">none</span>
              ) : (
                <ul className="plain-list" aria-label="Covered cases">
                  {n.cases.map((c) => (
                    <li key={c.id}>
                      <Link to={`/cases/${c.identifier}`} className="mono strong">
                        {c.identifier}
                      </Link>{' '}
                      {c.title}{' '}
                      <span className="muted small">
                        ({c.status.replaceAll('_', ' ')}
                        {c.loaVersionNumber !== null ? `, LOA version ${c.loaVersionNumber}` : ''})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>Created</dt>
            <dd>{formatDateTime(n.createdAt)}</dd>
            <dt>Updated</dt>
            <dd>
              {formatDateTime(n.updatedAt)} <span className="muted small">(version {n.version})</span>
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="notification-clocks">
          <h2 id="notification-clocks">Clocks</h2>
          <dl className="facts" data-testid="notification-clocks">
            <dt>Tiered review</dt>
            <dd>
              {n.tieredReviewSentOn ? (
                <>
                  sent <span className="mono">{n.tieredReviewSentOn}</span>
                  {n.tieredReviewDays !== null && ` · ${n.tieredReviewDays} days`}
                  {n.tieredReviewEndsOn && (
                    <>
                      {' '}
                      · ends <span className="mono">{n.tieredReviewEndsOn}</span>
                    </>
                  )}
                </>
              ) : (
                <span className="muted">not sent</span>
              )}
            </dd>
            <dt>Formal notice</dt>
            <dd>{n.formallyNotifiedOn ? <span className="mono">{n.formallyNotifiedOn}</span> : <span className="muted">not yet</span>}</dd>
            <dt>Review period</dt>
            <dd>
              {n.reviewEndsOn ? (
                <>
                  {n.reviewDays} days · ends <span className="mono strong">{n.reviewEndsOn}</span>
                </>
              ) : (
                <span className="muted">starts at formal notice</span>
              )}
            </dd>
            <dt>Cleared</dt>
            <dd>{n.clearedOn ? <span className="mono">{n.clearedOn}</span> : <span className="muted">—</span>}</dd>
            {n.withdrawnOn && (
              <>
                <dt>Withdrawn</dt>
                <dd className="mono">{n.withdrawnOn}</dd>
              </>
            )}
          </dl>
          <p className="small muted">
            An LOA needing notice can be offered once the review period has passed and the notification is cleared.{' '}
            <Link to="/notifications/thresholds">Review periods by purchaser group</Link>
          </p>
        </section>
      </div>
    </section>
  );
}
