import { asc, sql } from 'drizzle-orm';
import { cases } from '../areas/cases/public.ts';
import { EEUM_INVENTORY_RULE, eumCertifications, eumSites, importDeliveries } from '../areas/eum/public.ts';
import type { Db } from '../db/client.ts';
import type { Principal } from '../platform/access/policy.ts';
import { appendAudit } from '../platform/audit/service.ts';
import { addDays } from '../platform/dates.ts';
import { readSheetRows } from '../platform/import/rows.ts';

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
