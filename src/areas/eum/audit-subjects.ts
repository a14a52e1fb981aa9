import { sql } from 'drizzle-orm';
import type { AuditSubject } from '../../platform/wiring.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { eumItems } from './schema.ts';

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * Audit entries about an item carry the case and line it was delivered under (`eum_item.created`): while that case is
 * withheld they are masked in the audit log like the case's own entries. The item is found by its primary key; an
 * import's entry (named by the import, not an item) names no case.
 */
export const eumAuditSubjects: AuditSubject[] = [
  {
    entityTypes: ['eum_item'],
    markings: (entityId) =>
      caseMarkingsOf(
        sql`(select ${eumItems.caseId} from ${eumItems} where ${eumItems.id} = (case when ${entityId} ~ ${UUID} then ${entityId}::uuid end))`,
      ),
  },
];
