import { sql } from 'drizzle-orm';
import type { AuditSubject } from '../../platform/wiring.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { sdafTransfers } from './schema.ts';

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** Audit entries about a transfer name its case: masked in the audit log while that case is withheld. */
export const sdafAuditSubjects: AuditSubject[] = [
  {
    entityTypes: ['sdaf_transfer'],
    markings: (entityId) =>
      caseMarkingsOf(
        sql`(select ${sdafTransfers.caseId} from ${sdafTransfers} where ${sdafTransfers.id} = (case when ${entityId} ~ ${UUID} then ${entityId}::uuid end))`,
      ),
  },
];
