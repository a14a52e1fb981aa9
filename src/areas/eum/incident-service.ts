import { and, asc, count, desc, eq, ne, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { permittedRows, requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { AREA, page } from './common.ts';
import { settleIncidentItems } from './incident-items.ts';
import {
  type IncidentInput,
  incidentInput,
  incidentListQuery,
  incidentTransitionInput,
  raiseIncidentInput,
  updateIncidentInput,
} from './model.ts';
import { EUM_DISCREPANCY, EUM_INCIDENT, EUM_ITEM, stored } from './records.ts';
import { allowedIncidentActions, INCIDENT_SOURCE, incidentKindFor, moveIncident } from './rules/incident-status.ts';
import { eumDiscrepancies, eumIncidentItems, eumIncidents, eumItems } from './schema.ts';

type IncidentRow = typeof eumIncidents.$inferSelect;

export function incidentConditions(principal: Principal, query: ReturnType<typeof incidentListQuery.parse>): SQL | undefined {
  return and(
    scopeWhere(principal, eumIncidents.partnerCode),
    query.partner ? eq(eumIncidents.partnerCode, query.partner) : undefined,
    query.status ? eq(eumIncidents.status, query.status) : undefined,
    query.open === 'true' ? ne(eumIncidents.status, 'closed') : query.open === 'false' ? eq(eumIncidents.status, 'closed') : undefined,
  );
}

export async function listIncidents(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(incidentListQuery, raw);
  const where = incidentConditions(principal, query);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(eumIncidents)
      .where(where)
      .orderBy(desc(eumIncidents.discoveredOn), asc(eumIncidents.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(eumIncidents).where(where),
  ]);
  return page(
    rows.map((r) => view(r, [])),
    total?.n ?? 0,
    query,
  );
}

export async function getIncident(db: Db | Tx, principal: Principal, id: string) {
  const row = stored(await requireRecord(db, principal, EUM_INCIDENT.read, id));
  const items = await db
    .select({ id: eumItems.id, itemTypeCode: eumItems.itemTypeCode, serialNumber: eumItems.serialNumber, status: eumItems.status })
    .from(eumIncidentItems)
    .innerJoin(eumItems, eq(eumItems.id, eumIncidentItems.itemId))
    .where(eq(eumIncidentItems.incidentId, id))
    .orderBy(asc(eumItems.serialNumber));
  return view(row, items);
}

export async function createIncident(db: Db, principal: Principal, raw: IncidentInput, today = todayIso()) {
  const input = parseInput(incidentInput, raw);
  requireNotFuture(input.discoveredOn, today, 'discoveredOn');
  requireArea(principal, 'write', AREA, input.partnerCode);
  const id = await db.transaction((tx) => insertIncident(tx, principal, input, null));
  return getIncident(db, principal, id);
}

async function insertIncident(tx: Tx, principal: Principal, input: ReturnType<typeof incidentInput.parse>, discrepancyId: string | null) {
  if (input.itemIds.length) {
    // Items the user may not see are unknown, as are items of another partner than the incident's.
    const items = await permittedRows(tx, principal, EUM_ITEM.read, input.itemIds);
    for (const [index, itemId] of input.itemIds.entries()) {
      const item = items.find((i) => i.id === itemId);
      if (!item || item.partnerCode !== input.partnerCode)
        throw badRequest('Unknown item', [{ path: `itemIds.${index}`, message: `no item ${itemId} of ${input.partnerCode}` }]);
    }
  }
  const { itemIds, ...fields } = input;
  const [row] = await tx
    .insert(eumIncidents)
    .values({ ...fields, discrepancyId })
    .returning();
  if (itemIds.length) await tx.insert(eumIncidentItems).values([...new Set(itemIds)].map((itemId) => ({ incidentId: row!.id, itemId })));
  await appendAudit(tx, principal, {
    entityType: 'eum_incident',
    action: 'eum_incident.created',
    entityId: row!.id,
    countryCode: row!.partnerCode,
    after: { ...auditable(row!), itemIds, source: INCIDENT_SOURCE },
  });
  await settleIncidentItems(tx, principal, row!, row!.status, row!.discoveredOn);
  return row!.id;
}

/** One click from a discrepancy: an incident of the suggested kind about its item, linked both ways. */
export async function raiseIncidentFromDiscrepancy(
  db: Db,
  principal: Principal,
  discrepancyId: string,
  raw: unknown = {},
  today = todayIso(),
) {
  const options = parseInput(raiseIncidentInput, raw);
  const discoveredOn = options.discoveredOn ?? today;
  requireNotFuture(discoveredOn, today, 'discoveredOn');
  const id = await db.transaction(async (tx) => {
    const d = await requireRecord(tx, principal, EUM_DISCREPANCY.write, discrepancyId, { lock: true });
    if (d.incidentId) throw conflict('An incident was already raised from this discrepancy');
    const kind = options.kind ?? incidentKindFor(d.kind);
    const title = options.title ?? `${d.kind.replaceAll('_', ' ')} at inventory: ${d.itemTypeCode} ${d.serialNumber}`;
    const input = parseInput(incidentInput, {
      partnerCode: d.partnerCode,
      kind,
      title,
      discoveredOn,
      itemIds: d.itemId ? [d.itemId] : [],
      description: `Raised from a ${d.kind.replaceAll('_', ' ')} discrepancy found in inventory ${d.inventoryId}.`,
    });
    const incidentId = await insertIncident(tx, principal, input, d.id);
    await tx
      .update(eumDiscrepancies)
      .set({ incidentId, version: d.version + 1 })
      .where(eq(eumDiscrepancies.id, d.id));
    // The discrepancy now names its incident: its own change, audited with it.
    await appendAudit(tx, principal, {
      entityType: 'eum_discrepancy',
      action: 'eum_discrepancy.incident_linked',
      entityId: d.id,
      countryCode: d.partnerCode,
      before: { incidentId: null },
      after: { incidentId },
    });
    return incidentId;
  });
  return getIncident(db, principal, id);
}

export async function updateIncident(db: Db, principal: Principal, id: string, raw: unknown) {
  const input = parseInput(updateIncidentInput, raw);
  await db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, EUM_INCIDENT.write, id, { lock: true });
    requireVersion('The incident', input.version, row.version);
    if (input.occurredOn && input.occurredOn > row.discoveredOn)
      throw badRequest('An incident happens before it is discovered', [
        { path: 'occurredOn', message: `on or before ${row.discoveredOn} (discovered)` },
      ]);
    const { version: _v, ...changes } = input;
    const [after] = await tx
      .update(eumIncidents)
      .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
      .where(eq(eumIncidents.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'eum_incident',
      action: 'eum_incident.updated',
      entityId: id,
      countryCode: row.partnerCode,
      before: auditable(row),
      after: auditable(after!),
    });
  });
  return getIncident(db, principal, id);
}

export async function transitionIncident(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(incidentTransitionInput, raw);
  const date = input.date ?? today;
  requireNotFuture(date, today, 'date');
  await db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, EUM_INCIDENT.write, id, { lock: true });
    requireVersion('The incident', input.version, row.version);
    const move = moveIncident(row.status, input.action, row.notices.filter((n) => !n.sentOn).length);
    if (!move.ok) throw illegalTransition(move.reason, move.allowed);
    if (date < row.discoveredOn)
      throw badRequest('The incident cannot move before it was discovered', [
        { path: 'date', message: `on or after ${row.discoveredOn} (discovered)` },
      ]);
    const closedOn = move.to === 'closed' ? date : null;
    await tx
      .update(eumIncidents)
      .set({ status: move.to, closedOn, version: row.version + 1, updatedAt: new Date() })
      .where(eq(eumIncidents.id, id));
    await appendAudit(tx, principal, {
      entityType: 'eum_incident',
      action: 'eum_incident.transitioned',
      entityId: id,
      countryCode: row.partnerCode,
      before: { status: row.status },
      after: { status: move.to, action: input.action, date },
    });
    await settleIncidentItems(tx, principal, row, move.to, date);
  });
  return getIncident(db, principal, id);
}

const auditable = (r: IncidentRow) => ({
  partnerCode: r.partnerCode,
  kind: r.kind,
  status: r.status,
  title: r.title,
  description: r.description,
  occurredOn: r.occurredOn,
  discoveredOn: r.discoveredOn,
  findings: r.findings,
  notices: r.notices,
});

function view(r: IncidentRow, items: { id: string; itemTypeCode: string; serialNumber: string; status: string }[]) {
  return {
    ...r,
    items,
    allowedActions: allowedIncidentActions(r.status),
    source: INCIDENT_SOURCE,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
