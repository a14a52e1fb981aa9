import { sql } from 'drizzle-orm';
import type { AuditSubject } from '../../../platform/wiring.ts';
import { tsfdPolicies, tsfdRequests } from './schema.ts';

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const asUuid = (entityId: ReturnType<typeof sql>) => sql`(case when ${entityId} ~ ${UUID} then ${entityId}::uuid end)`;

/**
 * Audit entries about TSFD records carry the `tsfd` marking: a reader without it does not see they exist (audit
 * service, hiddenSql). An entry whose record is gone still carries it: the entity type alone says it was TSFD.
 */
export const tsfdAuditSubjects: AuditSubject[] = [
  {
    entityTypes: ['tsfd_request'],
    markings: (entityId) =>
      sql<
        string[]
      >`coalesce((select ${tsfdRequests.markings} from ${tsfdRequests} where ${tsfdRequests.id} = ${asUuid(entityId)}), '{tsfd}'::text[])`,
  },
  {
    entityTypes: ['tsfd_policy'],
    markings: (entityId) =>
      sql<
        string[]
      >`coalesce((select ${tsfdPolicies.markings} from ${tsfdPolicies} where ${tsfdPolicies.id} = ${asUuid(entityId)}), '{tsfd}'::text[])`,
  },
];
