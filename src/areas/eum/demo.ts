// The end-use monitoring area's part of the demo and bench data set. Demo size: through the services, a few partners'
// sites, items, an inventory reconciled, an incident and visits. Bench size: delivery records streamed through the same
// import the API uses, then a year of inventory history written in bulk.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { addDays } from '../../platform/dates.ts';
import { readSheetRows } from '../../platform/import/rows.ts';
import type { DemoLoader } from '../area-module.ts';
import { cases } from '../cases/public.ts';
import { importDeliveries } from './delivery-import.ts';
import { listDiscrepancies, resolveDiscrepancy } from './discrepancy-service.ts';
import { raiseIncidentFromDiscrepancy, transitionIncident } from './incident-service.ts';
import { createInventory, getInventory, transitionInventory } from './inventory-service.ts';
import { changeItemStatus, createItem } from './item-service.ts';
import { EEUM_INVENTORY_RULE } from './rules/inventory-due.ts';
import { recordScans } from './scan-import.ts';
import { eumCertifications, eumSites } from './schema.ts';
import { addCertification, createSite } from './site-service.ts';
import { createVisit, updateVisit } from './visit-service.ts';

/** Serial-numbered items the bench size delivers (shared/design.md); the demo's count follows from its partners. */
export const BENCH_EUM_ITEMS = 2_000_000;

const DEMO_PARTNERS = ['SA', 'KU', 'AE', 'QA', 'AT', 'PL'];

/**
 * Demo end-use monitoring, through the services (so audited like any write): per partner a certified depot with
 * night-vision and COMSEC items, an uncertified store with routine items, an inventory counted and reconciled
 * (a missing item raised as an incident, an extra one resolved), a visit done and one planned.
 */
export async function loadEumThroughServices(db: Db, actor: Principal, today: string): Promise<number> {
  let items = 0;
  for (const [p, partner] of DEMO_PARTNERS.entries()) {
    const partnerCases = await db
      .select({ identifier: cases.identifier })
      .from(cases)
      .where(eq(cases.partnerCode, partner))
      .orderBy(asc(cases.identifier))
      .limit(2);
    if (!partnerCases.length) continue;
    const depot = await createSite(db, actor, {
      partnerCode: partner,
      code: 'DEPOT-1',
      name: `${partner} central depot`,
      location: 'Main operating base',
    });
    const store = await createSite(db, actor, { partnerCode: partner, code: 'STORE-2', name: `${partner} unit store` });
    await addCertification(db, actor, {
      partnerCode: partner,
      siteId: depot.id,
      kind: 'site_certification',
      reference: `PSI-${partner}-${today.slice(0, 4)}`,
      certifiedBy: 'DSCA EUM',
      certifiedOn: addDays(today, -800),
      expiresOn: addDays(today, 900),
    });
    const serials: { id: string; version: number; type: string; serial: string }[] = [];
    for (let i = 0; i < 12; i++) {
      const enhanced = i < 8;
      const type = enhanced ? (i % 2 ? 'COMSEC' : 'NVD') : 'ROUTINE';
      const item = await createItem(
        db,
        actor,
        {
          caseId: partnerCases[i % partnerCases.length]!.identifier,
          lineNumber: `00${(i % 2) + 1}`,
          itemTypeCode: type,
          serialNumber: `${partner}${type.slice(0, 2)}-${String(1000 + p * 100 + i)}`,
          deliveredOn: addDays(today, -(40 + i * 45 + p * 7)),
          siteId: enhanced ? depot.id : store.id,
        },
        today,
      );
      serials.push({ id: item.id, version: item.version, type, serial: item.serialNumber });
      items += 1;
    }
    await changeItemStatus(
      db,
      actor,
      serials[11]!.id,
      { version: serials[11]!.version, status: 'expended', reason: 'Expended in live-fire training', date: addDays(today, -10) },
      today,
    );
    if (p % 2 === 0) {
      const inventory = await createInventory(
        db,
        actor,
        { siteId: depot.id, kind: 'periodic', notes: 'Annual serial-number inventory' },
        today,
      );
      const found = serials.slice(0, 7).map((s, i) => ({
        row: i + 2,
        values: { item_type: s.type, serial_number: s.serial, condition: i === 3 ? 'damaged' : 'serviceable' },
      }));
      await recordScans(db, actor, inventory.id, [
        ...found,
        { row: 9, values: { item_type: 'NVD', serial_number: `${partner}NV-UNLISTED` } },
      ]);
      const counted = await getInventory(db, actor, inventory.id, today);
      await transitionInventory(
        db,
        actor,
        inventory.id,
        { version: counted.version, action: 'reconcile', date: addDays(today, -2) },
        today,
      );
      const discrepancies = await listDiscrepancies(db, actor, inventory.id, {});
      for (const d of discrepancies.items) {
        if (d.kind === 'missing') {
          const incident = await raiseIncidentFromDiscrepancy(db, actor, d.id, {}, today);
          await transitionIncident(db, actor, incident.id, { version: incident.version, action: 'investigate' }, today);
        } else if (d.kind === 'extra') {
          await resolveDiscrepancy(
            db,
            actor,
            d.id,
            { version: d.version, resolution: 'Serial number misread by the scanner; matches an item on the list' },
            today,
          );
        }
      }
    }
    const done = await createVisit(db, actor, {
      partnerCode: partner,
      plannedOn: addDays(today, -120),
      scope: 'EEUM storage sites and records',
    });
    await updateVisit(
      db,
      actor,
      done.id,
      {
        version: done.version,
        status: 'completed',
        conductedOn: addDays(today, -118),
        findings: [
          {
            finding: 'Two-person rule not applied at the night-vision store',
            recommendation: 'Apply the two-person rule to every access',
            followUp: 'Confirm at the next visit',
            followUpDueOn: addDays(today, 60),
            followUpDoneOn: null,
          },
        ],
      },
      today,
    );
    await createVisit(db, actor, {
      partnerCode: partner,
      plannedOn: addDays(today, 45 + p * 10),
      scope: 'Follow-up of findings; annual inventory',
    });
  }
  return items;
}

const SITES_PER_PARTNER = 4;
const TYPES = ['NVD', 'NVD', 'NVD', 'COMSEC', 'COMSEC', 'ROUTINE', 'ROUTINE', 'ROUTINE', 'ROUTINE', 'ROUTINE'];

/** A delivery-records CSV, generated as it is read (never held whole): `count` serial-numbered items over the cases. */
export async function* deliveryCsv(caseIdentifiers: readonly string[], count: number, today: string): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const days = Array.from({ length: 1095 }, (_, i) => addDays(today, -(i + 1)));
  let chunk = 'case,line,item_type,serial_number,delivered_on,site\n';
  for (let i = 0; i < count; i++) {
    const type = TYPES[i % TYPES.length]!;
    chunk += `${caseIdentifiers[(i * 7919) % caseIdentifiers.length]},00${(i % 2) + 1},${type},${type.slice(0, 2)}${i.toString(36).toUpperCase().padStart(7, '0')},${days[(i * 37) % days.length]},S${(i % SITES_PER_PARTNER) + 1}\n`;
    if (chunk.length > 256 * 1024) {
      yield encoder.encode(chunk);
      chunk = '';
    }
  }
  if (chunk) yield encoder.encode(chunk);
}

/** Sites (each certified, so EEUM deliveries pass the gate) for every partner with a case. */
export async function bulkLoadSites(db: Db, today: string): Promise<string[]> {
  const rows = await db.select({ identifier: cases.identifier, partnerCode: cases.partnerCode }).from(cases).orderBy(asc(cases.identifier));
  const partners = [...new Set(rows.map((r) => r.partnerCode))];
  await db.transaction(async (tx) => {
    const sites = partners.flatMap((partnerCode) =>
      Array.from({ length: SITES_PER_PARTNER }, (_, i) => ({
        id: crypto.randomUUID(),
        partnerCode,
        code: `S${i + 1}`,
        name: `${partnerCode} storage site ${i + 1}`,
      })),
    );
    for (let i = 0; i < sites.length; i += 1000) await tx.insert(eumSites).values(sites.slice(i, i + 1000));
    const certs = sites.map((s) => ({
      partnerCode: s.partnerCode,
      siteId: s.id,
      kind: 'site_certification' as const,
      reference: `PSI-${s.partnerCode}-${s.code}`,
      certifiedOn: addDays(today, -1200),
    }));
    for (let i = 0; i < certs.length; i += 1000) await tx.insert(eumCertifications).values(certs.slice(i, i + 1000));
  });
  return rows.map((r) => r.identifier);
}

/**
 * Benchmark scale: 2,000,000 delivery records imported through the same streaming CSV import the API uses, then
 * a year of inventories (about 10% of EEUM items left delinquent), discrepancies and incidents written in bulk.
 */
export async function bulkLoadEum(db: Db, actor: Principal, today: string, count: number, writers = 1) {
  const identifiers = await bulkLoadSites(db, today);
  const started = performance.now();
  const summary = await importDeliveries(db, actor, readSheetRows(deliveryCsv(identifiers, count, today)), undefined, { writers });
  const importMs = performance.now() - started;
  await bulkLoadInventoryHistory(db, actor, today);
  return { ...summary, importMs };
}

async function bulkLoadInventoryHistory(db: Db, actor: Principal, today: string) {
  const lastYear = addDays(today, -310);
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into eum_inventories (partner_code, site_id, kind, status, due_on, started_on, reconciled_on, closed_on, expected_count, found_count)
      select partner_code, id, 'periodic', 'closed', ${addDays(today, -300)}::date, ${addDays(today, -320)}::date, ${lastYear}::date, ${addDays(today, -305)}::date, 0, 0 from eum_sites`);
    await tx.execute(sql`insert into eum_inventories (partner_code, site_id, kind, status, due_on)
      select partner_code, id, 'periodic', 'planned', case when code in ('S1', 'S2') then ${addDays(today, -20)}::date else ${addDays(today, 55)}::date end from eum_sites`);
    // Items delivered before last year's count were counted then (all but about one in ten): their clock restarts a year on.
    await tx.execute(sql`update eum_items set last_inventoried_on = ${lastYear}::date,
        inventory_due_on = (${lastYear}::date + make_interval(months => ${EEUM_INVENTORY_RULE.periodicMonths}))::date
      where category = 'enhanced' and delivered_on < ${lastYear}::date and abs(hashtext(serial_number)) % 10 <> 0`);
    await tx.execute(sql`update eum_items set status = 'expended', status_reason = 'Expended in training', status_changed_on = delivered_on + 30, inventory_due_on = null
      where category = 'routine' and abs(hashtext(serial_number)) % 50 = 0`);
    await tx.execute(sql`insert into eum_discrepancies (inventory_id, partner_code, kind, item_id, item_type_code, serial_number, resolution, resolved_on)
      select v.id, i.partner_code, 'missing', i.id, i.item_type_code, i.serial_number,
        case when abs(hashtext(i.serial_number)) % 2000 < 1000 then 'Found in the unit store; recorded at its site' else '' end,
        case when abs(hashtext(i.serial_number)) % 2000 < 1000 then ${addDays(today, -290)}::date end
      from eum_items i join eum_inventories v on v.site_id = i.site_id and v.status = 'closed'
      where i.category = 'enhanced' and i.delivered_on < ${lastYear}::date and abs(hashtext(i.serial_number)) % 2000 < 2`);
    await tx.execute(sql`insert into eum_incidents (partner_code, kind, status, title, discovered_on, discrepancy_id)
      select d.partner_code, 'loss', 'under_investigation', 'missing at inventory: ' || d.item_type_code || ' ' || d.serial_number, ${lastYear}::date, d.id
      from eum_discrepancies d where d.resolved_on is null and d.incident_id is null`);
    await tx.execute(
      sql`update eum_discrepancies d set incident_id = n.id from eum_incidents n where n.discrepancy_id = d.id and d.incident_id is null`,
    );
    await tx.execute(
      sql`insert into eum_incident_items (incident_id, item_id) select n.id, d.item_id from eum_incidents n join eum_discrepancies d on d.id = n.discrepancy_id on conflict do nothing`,
    );
    await appendAudit(tx, actor, {
      entityType: 'demo_data',
      action: 'demo_data.seeded',
      entityId: 'eum',
      after: { inventoriesPerSite: 2 },
    });
  });
}

/** After the cases, whose lines the items were delivered on. */
export const eumDemo: DemoLoader = {
  order: 40,
  async load({ db, actor, size, today, skipEum }) {
    if (skipEum) return { eumItems: 0 };
    return {
      eumItems:
        size === 'demo' ? await loadEumThroughServices(db, actor, today) : (await bulkLoadEum(db, actor, today, BENCH_EUM_ITEMS)).recorded,
    };
  },
};
