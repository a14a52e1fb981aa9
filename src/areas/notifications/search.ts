import type { SearchSource } from '../../platform/search/source.ts';
import { listNotifications } from './notification-service.ts';
import { NOTIFICATION_KIND_LABELS } from './rules/notification-status.ts';

/** Notifications by transmittal number or the words of their description, through the notification list. */
export const notificationSearch: SearchSource = {
  kind: 'notification',
  label: 'Congressional notifications',
  area: 'notifications',
  order: 20,
  async search(db, principal, q, limit) {
    const found = await listNotifications(db, principal, { q, limit });
    const hits = found.items.flatMap((n) =>
      n.withheld
        ? []
        : [
            {
              id: n.id,
              title: n.transmittalNumber,
              detail: `${NOTIFICATION_KIND_LABELS[n.kind]} · ${n.partnerCode} · ${n.status.replaceAll('_', ' ')} · ${n.description}`,
              link: `/notifications/${n.id}`,
            },
          ],
    );
    return { hits, total: found.total };
  },
  listLink: (q) => `/notifications?q=${encodeURIComponent(q)}`,
};
