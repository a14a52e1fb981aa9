import { NavLink } from 'react-router-dom';
import type { NotificationAction, NotificationStatus, PurchaserGroup } from '../../api/types.ts';

export const NOTIFICATION_STATUS_LABELS: Record<NotificationStatus, string> = {
  draft: 'draft',
  in_tiered_review: 'in tiered review',
  formally_notified: 'formally notified',
  cleared: 'cleared',
  withdrawn: 'withdrawn',
};

const STATUS_TONE: Record<string, string> = {
  draft: 'badge-muted',
  in_tiered_review: 'badge-info',
  formally_notified: 'badge-warning',
  cleared: 'badge-ok',
  withdrawn: 'badge-danger',
};

export function NotificationStatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge status-badge ${STATUS_TONE[status] ?? 'badge-muted'}`}>
      {NOTIFICATION_STATUS_LABELS[status as NotificationStatus] ?? status.replaceAll('_', ' ')}
    </span>
  );
}

/** The moves the server allows from each status (rules/notification-status.ts); the server decides, this only offers them. */
export const NOTIFICATION_MOVES: Record<NotificationStatus, NotificationAction[]> = {
  draft: ['send_tiered_review', 'notify_formally', 'withdraw'],
  in_tiered_review: ['notify_formally', 'withdraw'],
  formally_notified: ['clear', 'withdraw'],
  cleared: [],
  withdrawn: [],
};

export const NOTIFICATION_ACTION_LABELS: Record<NotificationAction, string> = {
  send_tiered_review: 'Send for tiered review',
  notify_formally: 'Record formal notification',
  clear: 'Record review period ended (cleared)',
  withdraw: 'Withdraw',
};

export const ACTION_DATE_LABELS: Record<NotificationAction, string> = {
  send_tiered_review: 'Sent for tiered review on',
  notify_formally: 'Formally notified on',
  clear: 'Cleared on',
  withdraw: 'Withdrawn on',
};

export const KIND_LABELS: Record<string, string> = {
  aeca_36b1: 'AECA 36(b)(1) notification',
  aeca_36b5c: 'AECA 36(b)(5)(C) report',
  faa_516f: 'FAA 516(f) excess defense articles notice',
  aeca_62a: 'AECA 62(a) lease certification',
  section_333: '10 U.S.C. 333(e) notice of a Section 333 program',
};

export const GROUP_LABELS: Record<PurchaserGroup, string> = {
  AECA_36B_ALLIES: 'NATO, its members, Japan, Australia, South Korea, Israel, New Zealand',
  OTHER: 'All other purchasers',
};

export const MEASURE_LABELS: Record<string, string> = {
  major_defense_equipment: 'Major defense equipment',
  defense_articles_and_services: 'Defense articles and services',
  design_and_construction: 'Design and construction',
};

export function UnverifiedBadge({ verified, title }: { verified: boolean; title?: string }) {
  return verified ? null : (
    <span className="badge badge-warning" title={title ?? 'Not yet confirmed against its source'}>
      unverified
    </span>
  );
}

/** Links between the notification pages. */
export function NotificationsNav() {
  const link = ({ isActive }: { isActive: boolean }) => `tab${isActive ? ' is-selected' : ''}`;
  const plain = { textDecoration: 'none' };
  return (
    <nav className="tab-list" aria-label="Notification pages">
      <NavLink to="/notifications" end className={link} style={plain}>
        Notifications
      </NavLink>
      <NavLink to="/notifications/what-if" className={link} style={plain}>
        What-if
      </NavLink>
      <NavLink to="/notifications/thresholds" className={link} style={plain}>
        Thresholds
      </NavLink>
    </nav>
  );
}
