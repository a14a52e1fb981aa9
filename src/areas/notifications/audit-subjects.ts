import { sql } from 'drizzle-orm';
import type { AuditSubject } from '../../platform/wiring.ts';
import { notificationMarkings } from './records.ts';
import { notifications } from './schema.ts';

/** Audit entries about a notification: masked in the audit log while the notification is withheld (while its cases are). */
export const notificationAuditSubjects: AuditSubject[] = [
  {
    entityTypes: ['notification'],
    // Notifications are audited by id; the guard keeps a malformed reference from failing the cast (it matches nothing).
    markings: (entityId) =>
      sql<string[]>`(select ${notificationMarkings} from ${notifications}
        where ${notifications.id} = (case when ${entityId} ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' then ${entityId}::uuid end))`,
  },
];
