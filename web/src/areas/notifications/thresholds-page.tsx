import { api } from '../../api/client.ts';
import type { NotificationThreshold } from '../../api/types.ts';
import { type Column, DataTable } from '../../platform/data-table.tsx';
import { formatCents } from '../../platform/format.ts';
import { ErrorNotice } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { GROUP_LABELS, NotificationsNav, UnverifiedBadge } from './notification-labels.tsx';

const COLUMNS: Column<NotificationThreshold>[] = [
  {
    id: 'group',
    header: 'Purchaser group',
    render: (t) => (
      <>
        <span className="mono strong">{t.purchaserGroup}</span>
        <div className="muted small">{GROUP_LABELS[t.purchaserGroup]}</div>
      </>
    ),
  },
  { id: 'period', header: 'In force', className: 'col-date mono', render: (t) => `${t.effectiveFrom} – ${t.effectiveTo ?? 'now'}` },
  { id: 'mde', header: 'MDE', className: 'col-money', render: (t) => formatCents(t.mdeCents) },
  { id: 'total', header: 'Articles and services', className: 'col-money', render: (t) => formatCents(t.totalCents) },
  { id: 'dc', header: 'Design and construction', className: 'col-money', render: (t) => formatCents(t.designConstructionCents) },
  { id: 'review', header: 'Formal review', className: 'col-narrow', render: (t) => `${t.reviewDays} days` },
  {
    id: 'tiered',
    header: 'Tiered review',
    className: 'col-narrow',
    render: (t) => (
      <>
        {t.tieredReviewDays === null ? '—' : `${t.tieredReviewDays} days`}{' '}
        <UnverifiedBadge verified={t.tieredReviewVerified} title={t.tieredReviewSource} />
      </>
    ),
  },
];

/** The dated AECA 36(b)(1) thresholds and review periods, with their sources (administrators change them through the API). */
export function ThresholdsPage() {
  usePageTitle('Notification thresholds');
  const rows = useApi(
    ['notifications', 'thresholds-page:api.listNotificationThresholds'],
    (signal) => api.listNotificationThresholds(signal),
    [],
  );
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Notification thresholds</h1>
          <p className="page-sub">
            AECA 36(b)(1), 22 U.S.C. 2776(b)(1): a sale at or above any one threshold needs formal notice; rows are dated.
          </p>
        </div>
      </header>
      <NotificationsNav />
      {rows.error && <ErrorNotice message={rows.error.message} onRetry={rows.reload} />}
      <DataTable
        caption="Notification thresholds"
        columns={COLUMNS}
        rows={rows.data ?? []}
        rowKey={(t) => String(t.id)}
        rowLabel={(t) => `${t.purchaserGroup} from ${t.effectiveFrom}`}
        detail={(t) => (
          <div className="small">
            <div>
              <UnverifiedBadge verified={t.verified} /> <span className="muted">Thresholds and formal review:</span> {t.source}
            </div>
            {t.tieredReviewSource && (
              <div>
                <UnverifiedBadge verified={t.tieredReviewVerified} /> <span className="muted">Tiered review:</span> {t.tieredReviewSource}
              </div>
            )}
          </div>
        )}
        busy={rows.loading}
        empty={rows.loading ? 'Loading…' : 'No threshold rows.'}
      />
    </section>
  );
}
