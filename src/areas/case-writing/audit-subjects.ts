import { sql } from 'drizzle-orm';
import type { AuditSubject } from '../../platform/wiring.ts';
import { cases } from '../cases/public.ts';
import { reviewComments } from './schema.ts';

/** Audit entries about a review comment are masked like its case while the case is withheld (the comment may name items). */
export const caseWritingAuditSubjects: AuditSubject[] = [
  {
    entityTypes: ['review_comment'],
    markings: (entityId) =>
      sql<
        string[]
      >`(select ${cases.markings} from ${cases} join ${reviewComments} on ${reviewComments.caseId} = ${cases.id} where ${reviewComments.id}::text = ${entityId})`,
  },
];
