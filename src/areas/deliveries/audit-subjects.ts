import { sql } from 'drizzle-orm';
import type { AuditSubject } from '../../platform/wiring.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { shipments } from './schema.ts';

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * Entries about a shipment (and its F/AD's entries, which hold no value) carry its case's markings: while the case is
 * withheld pending congressional notification they are masked like the case's own.
 */
export const deliveryAuditSubjects: AuditSubject[] = [
  {
    entityTypes: ['shipment', 'delivery_fad'],
    markings: (entityId) =>
      caseMarkingsOf(
        sql`(select ${shipments.caseId} from ${shipments} where ${shipments.id} = (case when ${entityId} ~ ${UUID} then ${entityId}::uuid end))`,
      ),
  },
];
