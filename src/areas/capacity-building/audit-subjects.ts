import { sql } from 'drizzle-orm';
import type { AuditSubject } from '../../platform/wiring.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { cbReviews } from './schema.ts';

/** A case review's audit entries are masked in the audit log while its case is withheld (records.ts, reviewRecords). */
export const capacityBuildingAuditSubjects: AuditSubject[] = [
  {
    entityTypes: ['cb_review'],
    markings: (entityId) =>
      sql<
        string[]
      >`coalesce((select ${caseMarkingsOf(cbReviews.caseId)} from ${cbReviews} where ${cbReviews.id}::text = ${entityId}), '{}'::text[])`,
  },
];
