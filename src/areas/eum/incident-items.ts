// An incident's items take the status its kind implies while it stands, and get their own back when it is found
// unfounded (rules/incident-status.ts). Same transaction as the incident's write; each item's change audited.
import { and, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { auditItemStatus } from './item-audit.ts';
import { type IncidentKind, type IncidentStatus, itemEffectOf, itemStatusImpliedBy } from './rules/incident-status.ts';
import type { ItemStatus } from './rules/item-status.ts';
import { eumIncidentItems, eumIncidents, eumItems } from './schema.ts';

interface Incident {
  id: string;
  kind: IncidentKind;
  title: string;
}

/** Applies what an incident now at `status` does to its items (hold them in the implied status, or release them). */
export async function settleIncidentItems(tx: Tx, principal: Principal, incident: Incident, status: IncidentStatus, date: string) {
  const implied = itemStatusImpliedBy(incident.kind);
  if (!implied) return;
  const effect = itemEffectOf(status);
  if (effect === 'hold') await hold(tx, principal, incident, implied, date);
  if (effect === 'release') await release(tx, principal, incident, implied, date);
}

async function hold(tx: Tx, principal: Principal, incident: Incident, implied: ItemStatus, date: string) {
  const rows = await tx
    .select({ item: eumItems })
    .from(eumIncidentItems)
    .innerJoin(eumItems, eq(eumItems.id, eumIncidentItems.itemId))
    .where(and(eq(eumIncidentItems.incidentId, incident.id), isNull(eumIncidentItems.prior), eq(eumItems.status, 'in_inventory')))
    .for('update', { of: eumItems });
  for (const { item } of rows) {
    const reason = `Incident: ${incident.title}`;
    await tx
      .update(eumItems)
      .set({
        status: implied,
        statusReason: reason,
        statusChangedOn: date,
        inventoryDueOn: null,
        version: item.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(eumItems.id, item.id));
    const prior = {
      status: item.status,
      statusReason: item.statusReason,
      statusChangedOn: item.statusChangedOn,
      inventoryDueOn: item.inventoryDueOn,
    };
    await tx
      .update(eumIncidentItems)
      .set({ prior })
      .where(and(eq(eumIncidentItems.incidentId, incident.id), eq(eumIncidentItems.itemId, item.id)));
    await auditItemStatus(tx, principal, item, { status: implied, reason, date, incidentId: incident.id });
  }
}

async function release(tx: Tx, principal: Principal, incident: Incident, implied: ItemStatus, date: string) {
  const rows = await tx
    .select({ item: eumItems, prior: eumIncidentItems.prior })
    .from(eumIncidentItems)
    .innerJoin(eumItems, eq(eumItems.id, eumIncidentItems.itemId))
    .where(and(eq(eumIncidentItems.incidentId, incident.id), isNotNull(eumIncidentItems.prior)))
    .for('update', { of: eumItems });
  for (const { item, prior } of rows) {
    await tx
      .update(eumIncidentItems)
      .set({ prior: null })
      .where(and(eq(eumIncidentItems.incidentId, incident.id), eq(eumIncidentItems.itemId, item.id)));
    // Moved on since (recovered, destroyed…): the item's later status stands.
    if (item.status !== implied || !prior) continue;
    // Another standing loss or theft still holds it: that incident gives it back when it is released.
    const [other] = await tx
      .select({ incidentId: eumIncidentItems.incidentId })
      .from(eumIncidentItems)
      .innerJoin(eumIncidents, eq(eumIncidents.id, eumIncidentItems.incidentId))
      .where(
        and(
          eq(eumIncidentItems.itemId, item.id),
          ne(eumIncidentItems.incidentId, incident.id),
          inArray(eumIncidents.kind, ['loss', 'theft']),
          inArray(eumIncidents.status, ['reported', 'under_investigation', 'substantiated']),
        ),
      )
      .limit(1);
    if (other) {
      await tx
        .update(eumIncidentItems)
        .set({ prior })
        .where(and(eq(eumIncidentItems.incidentId, other.incidentId), eq(eumIncidentItems.itemId, item.id)));
      continue;
    }
    await tx
      .update(eumItems)
      .set({ ...prior, version: item.version + 1, updatedAt: new Date() })
      .where(eq(eumItems.id, item.id));
    await auditItemStatus(tx, principal, item, {
      status: prior.status,
      reason: `Restored: incident "${incident.title}" found unsubstantiated`,
      date,
      incidentId: incident.id,
    });
  }
}
