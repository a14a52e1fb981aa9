import { sql } from 'drizzle-orm';
import type { AuditSubject } from '../../platform/wiring.ts';
import { cases, lettersOfRequest } from './schema.ts';

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** Audit entries about a case or its parts: their record is masked in the audit log while the case is withheld. */
export const caseAuditSubjects: AuditSubject[] = [
  {
    entityTypes: ['case'],
    // Matched on the primary key (an entity id that is not a UUID names no case).
    markings: (entityId) =>
      sql<
        string[]
      >`(select ${cases.markings} from ${cases} where ${cases.id} = (case when ${entityId} ~ ${UUID} then ${entityId}::uuid end))`,
  },
  {
    // LOA versions are audited as `<identifier>/<number>`.
    entityTypes: ['loa_version'],
    markings: (entityId) =>
      sql<string[]>`(select ${cases.markings} from ${cases} where ${cases.identifier} = split_part(${entityId}, '/', 1))`,
  },
  {
    // A letter of request converted to a withheld case is withheld with it (records.ts, lorRecords).
    entityTypes: ['letter_of_request'],
    markings: (entityId) =>
      sql<
        string[]
      >`(select ${cases.markings} from ${cases} join ${lettersOfRequest} on ${lettersOfRequest.caseId} = ${cases.id} where ${lettersOfRequest.id}::text = ${entityId})`,
  },
];
