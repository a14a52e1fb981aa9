import { sql } from 'drizzle-orm';
import type { AuditSubject } from '../../platform/wiring.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { fundTransactions } from './schema.ts';

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * Audit entries about a ledger entry carry its case (and the amount for the partner) in their before/after: while that
 * case is withheld they are masked in the audit log like the case's own entries. The entry is found by its primary key.
 */
export const fundAuditSubjects: AuditSubject[] = [
  {
    entityTypes: ['fund_transaction'],
    markings: (entityId) =>
      caseMarkingsOf(
        sql`(select ${fundTransactions.caseId} from ${fundTransactions} where ${fundTransactions.id} = (case when ${entityId} ~ ${UUID} then ${entityId}::uuid end))`,
      ),
  },
];
