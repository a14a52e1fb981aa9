import type { Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { appendAudit } from '../../platform/audit/service.ts';

interface ItemBefore {
  id: string;
  partnerCode: string;
  status: string;
  statusReason: string | null;
}

/** The audit record of an item's status change, whoever moved it: a user, an incident, or the incident's release. */
export function auditItemStatus(
  tx: Tx,
  principal: Principal,
  item: ItemBefore,
  after: { status: string; reason: string; date: string; incidentId?: string },
) {
  return appendAudit(tx, principal, {
    entityType: 'eum_item',
    action: 'eum_item.status_changed',
    entityId: item.id,
    countryCode: item.partnerCode,
    before: { status: item.status, statusReason: item.statusReason },
    after,
  });
}
