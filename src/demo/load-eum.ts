import { asc, eq } from 'drizzle-orm';
import { cases } from '../areas/cases/public.ts';
import {
  addCertification,
  changeItemStatus,
  createInventory,
  createItem,
  createSite,
  createVisit,
  getInventory,
  listDiscrepancies,
  raiseIncidentFromDiscrepancy,
  recordScans,
  resolveDiscrepancy,
  transitionIncident,
  transitionInventory,
  updateVisit,
} from '../areas/eum/public.ts';
import type { Db } from '../db/client.ts';
import type { Principal } from '../platform/access/policy.ts';
import { addDays } from '../platform/dates.ts';

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
