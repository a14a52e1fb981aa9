import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../../platform/audit/service.ts';
import { listDeadlines } from '../../platform/deadlines/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { testWiring } from '../testing.ts';
import { listDiscrepancies, resolveDiscrepancy } from './discrepancy-service.ts';
import { getIncident, listIncidents, raiseIncidentFromDiscrepancy, transitionIncident, updateIncident } from './incident-service.ts';
import { createInventory, getInventory, transitionInventory } from './inventory-service.ts';
import { changeItemStatus, createItem, getItem, listItems } from './item-service.ts';
import { SHIPPED_ITEM_TYPES } from './rules/categories.ts';
import { ITEM_STATUSES, ITEM_TRANSITIONS } from './rules/item-status.ts';
import { recordScans } from './scan-import.ts';
import { revokeCertification } from './site-edit-service.ts';
import { addCertification, addItemType, createSite, listItemTypes } from './site-service.ts';
import { caseWithLines } from './test-fixtures.ts';

const admin = testPrincipal(['administrator']);
const eumAT = testPrincipal(['eum_specialist'], { directorates: ['GEX'], countries: ['AT'] });
const eumPL = testPrincipal(['eum_specialist'], { directorates: ['GEX'], countries: ['PL'] });
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const TODAY = '2026-06-30';

describe.each(TEST_ENGINES)('end-use monitoring records on %s', (engine) => {
  let database: Database;
  let caseAT = '';
  let casePL = '';
  let siteA = '';
  let siteB = '';
  let sitePL = '';
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    caseAT = (await caseWithLines(db, 'AT', 'Night vision')).id;
    casePL = (await caseWithLines(db, 'PL', 'Radios')).id;
    siteA = (await createSite(db, eumAT, { partnerCode: 'AT', code: 'A', name: 'Depot A' })).id;
    siteB = (await createSite(db, eumAT, { partnerCode: 'AT', code: 'B', name: 'Depot B' })).id;
    sitePL = (await createSite(db, eumPL, { partnerCode: 'PL', code: 'W', name: 'Warsaw' })).id;
  });
  afterAll(() => database?.close());

  it('ships the EEUM examples of the sources; only administrators add item types', async () => {
    const { db } = database;
    expect((await listItemTypes(db, eumAT)).map((t) => t.code).sort()).toEqual(SHIPPED_ITEM_TYPES.map((t) => t.code).sort());
    expect(
      (await failure(addItemType(db, eumAT, { code: 'JAV', name: 'Javelin CLU', category: 'enhanced', source: 'DSCA 23-44 list' }))).status,
    ).toBe(403);
    await addItemType(db, admin, {
      code: 'JAV',
      name: 'Javelin CLU',
      category: 'enhanced',
      source: 'administrator entry from the EEUM list',
      verified: false,
    });
    expect((await failure(addItemType(db, admin, { code: 'JAV', name: 'x', category: 'enhanced', source: 'x' }))).fields?.[0]?.path).toBe(
      'code',
    );
  });

  it('refuses an EEUM delivery before a control plan or site certification is on file, then accepts it', async () => {
    const { db } = database;
    const nvd = {
      caseId: caseAT,
      lineNumber: '001',
      itemTypeCode: 'NVD',
      serialNumber: 'nv-0001',
      deliveredOn: '2026-03-01',
      siteId: siteA,
    };
    const refused = await failure(createItem(db, eumAT, nvd, TODAY));
    expect(refused.status).toBe(409);
    expect(refused.message).toContain('control plan or site certification');
    await addCertification(db, eumAT, {
      partnerCode: 'AT',
      siteId: siteA,
      kind: 'site_certification',
      reference: 'PSI-AT-A-2026',
      certifiedOn: '2026-02-01',
      expiresOn: '2028-01-31',
    });
    const item = await createItem(db, eumAT, nvd, TODAY);
    expect(item).toMatchObject({
      serialNumber: 'NV-0001',
      category: 'enhanced',
      status: 'in_inventory',
      inventoryDueOn: '2026-05-30',
      overdue: true,
      partnerCode: 'AT',
    });
    expect((await failure(createItem(db, eumAT, { ...nvd, serialNumber: ' NV-0001 ' }, TODAY))).fields?.[0]?.path).toBe('serialNumber');
    expect((await failure(createItem(db, eumAT, { ...nvd, siteId: siteB, serialNumber: 'NV-9' }, TODAY))).status).toBe(409);
    // The same serial number under another item type is another item.
    expect((await createItem(db, eumAT, { ...nvd, itemTypeCode: 'ROUTINE', siteId: siteB }, TODAY)).inventoryDueOn).toBeNull();
    expect(
      (await failure(createItem(db, eumAT, { ...nvd, serialNumber: 'NV-X', deliveredOn: '2026-07-01' }, TODAY))).fields?.[0]?.path,
    ).toBe('deliveredOn');
    expect((await failure(createItem(db, eumAT, { ...nvd, serialNumber: 'NV-X', lineNumber: '099' }, TODAY))).fields?.[0]).toEqual({
      path: 'lineNumber',
      message: expect.stringContaining('has no line 099'),
    });
  });

  it("scopes every read and write to the specialist's partners", async () => {
    const { db } = database;
    await addCertification(db, eumPL, { partnerCode: 'PL', kind: 'control_plan', reference: 'CP-PL', certifiedOn: '2026-01-01' });
    const pl = await createItem(
      db,
      eumPL,
      { caseId: casePL, lineNumber: '002', itemTypeCode: 'COMSEC', serialNumber: 'C-1', deliveredOn: '2026-04-01', siteId: sitePL },
      TODAY,
    );
    expect(
      (
        await failure(
          createItem(
            db,
            eumAT,
            { caseId: casePL, lineNumber: '002', itemTypeCode: 'ROUTINE', serialNumber: 'X', deliveredOn: '2026-04-01' },
            TODAY,
          ),
        )
      ).fields?.[0]?.path,
    ).toBe('caseId');
    const seenByAT = await listItems(db, eumAT, {}, TODAY);
    expect(seenByAT.items.every((i) => i.partnerCode === 'AT')).toBe(true);
    expect(seenByAT.total).toBe(2);
    expect((await listItems(db, eumAT, { q: 'C-' }, TODAY)).total).toBe(0);
    expect((await listItems(db, admin, { q: 'C-' }, TODAY)).total).toBe(1);
    expect((await failure(getItem(db, eumAT, pl.id))).status).toBe(404);
    expect((await failure(changeItemStatus(db, eumAT, pl.id, { version: 1, status: 'expended', reason: 'x' }))).status).toBe(404);
    expect((await failure(listItems(db, writer))).status).toBe(403);
    expect((await failure(createSite(db, eumAT, { partnerCode: 'PL', code: 'Z', name: 'Z' }))).status).toBe(403);
    // Unknown and malformed references are "not found", never a server error; a role without the area is refused.
    for (const ref of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      expect((await failure(getItem(db, eumAT, ref))).status).toBe(404);
      expect((await failure(getInventory(db, eumAT, ref))).status).toBe(404);
      expect((await failure(getIncident(db, eumAT, ref))).status).toBe(404);
      expect((await failure(listDiscrepancies(db, eumAT, ref))).status).toBe(404);
    }
    expect((await failure(getItem(db, writer, pl.id))).status).toBe(403);
  });

  it('changes status only along the table, with a reason, a version, and an audit record', async () => {
    const { db } = database;
    const statuses = ITEM_STATUSES.filter((s) => s !== 'in_inventory');
    for (const [n, to] of statuses.entries()) {
      const item = await createItem(
        db,
        eumAT,
        { caseId: caseAT, lineNumber: '003', itemTypeCode: 'ROUTINE', serialNumber: `S-${n}`, deliveredOn: '2026-01-01' },
        TODAY,
      );
      expect((await failure(changeItemStatus(db, eumAT, item.id, { version: 1, status: to, reason: '' }, TODAY))).fields?.[0]?.path).toBe(
        'reason',
      );
      const moved = await changeItemStatus(
        db,
        eumAT,
        item.id,
        { version: 1, status: to, reason: `because ${to}`, date: '2026-05-01' },
        TODAY,
      );
      expect(moved).toMatchObject({
        status: to,
        statusReason: `because ${to}`,
        statusChangedOn: '2026-05-01',
        version: 2,
        inventoryDueOn: null,
      });
      expect(
        (await failure(changeItemStatus(db, eumAT, item.id, { version: 1, status: 'in_inventory', reason: 'again' }, TODAY))).code,
      ).toBe('version_conflict');
      for (const next of ITEM_STATUSES) {
        if (ITEM_TRANSITIONS[to].includes(next)) continue;
        const refused = await failure(changeItemStatus(db, eumAT, item.id, { version: 2, status: next, reason: 'try' }, TODAY));
        expect(refused.status).toBe(409);
        expect(refused.fields?.[0]).toEqual({
          path: 'status',
          message: ITEM_TRANSITIONS[to].length
            ? `possible now: ${ITEM_TRANSITIONS[to].map((s) => s.replaceAll('_', ' ')).join(', ')}`
            : 'no further step from here',
        });
      }
      const audit = await listAudit(db, testWiring.auditSubjects, admin, { entityId: item.id, limit: 10, offset: 0 });
      expect(audit.items[0]).toMatchObject({
        action: 'eum_item.status_changed',
        countryCode: 'AT',
        before: { status: 'in_inventory' },
        after: { status: to, reason: `because ${to}` },
      });
    }
    const lost = (await listItems(db, eumAT, { status: 'lost_stolen' }, TODAY)).items[0]!;
    const back = await changeItemStatus(
      db,
      eumAT,
      lost.id,
      { version: lost.version, status: 'in_inventory', reason: 'recovered', date: '2026-06-01' },
      TODAY,
    );
    expect(back.status).toBe('in_inventory');
  });

  it('runs an inventory: expected list, scans, reconciliation with each discrepancy, clocks restarted, incident in one click', async () => {
    const { db } = database;
    const made = [];
    for (const s of ['A-1', 'A-2', 'A-3'])
      made.push(
        await createItem(
          db,
          eumAT,
          { caseId: caseAT, lineNumber: '001', itemTypeCode: 'NVD', serialNumber: s, deliveredOn: '2026-04-15', siteId: siteA },
          TODAY,
        ),
      );
    await addCertification(db, eumAT, {
      partnerCode: 'AT',
      siteId: siteB,
      kind: 'site_certification',
      reference: 'PSI-AT-B',
      certifiedOn: '2026-01-01',
    });
    const atB = await createItem(
      db,
      eumAT,
      { caseId: caseAT, lineNumber: '001', itemTypeCode: 'NVD', serialNumber: 'B-1', deliveredOn: '2026-04-15', siteId: siteB },
      TODAY,
    );
    const deadlinesBefore = await listDeadlines(db, testWiring.deadlineSources, eumAT, {
      from: '2026-01-01',
      to: '2026-12-31',
      includeOverdue: true,
      today: TODAY,
    });
    expect(
      deadlinesBefore
        .filter((d) => d.kind === 'eum.inventory_due')
        .map((d) => d.entityId)
        .sort(),
    ).toEqual([siteA, siteB].sort());
    expect(
      await listDeadlines(db, testWiring.deadlineSources, eumPL, {
        from: '2026-01-01',
        to: '2026-12-31',
        includeOverdue: true,
        today: TODAY,
      }).then((ds) => ds.every((d) => d.partnerCode === 'PL')),
    ).toBe(true);

    const inventory = await createInventory(db, eumAT, { siteId: siteA, kind: 'initial' }, TODAY);
    expect(inventory).toMatchObject({ expectedCount: 4, dueOn: '2026-05-30', status: 'planned', overdue: true });
    const clocks = await listDeadlines(db, testWiring.deadlineSources, eumAT, {
      from: '2026-01-01',
      to: '2026-12-31',
      includeOverdue: true,
      today: TODAY,
    });
    expect(clocks.find((d) => d.entityId === inventory.id)).toMatchObject({
      kind: 'eum.inventory_due',
      dueDate: '2026-05-30',
      overdue: true,
    });
    expect(clocks.find((d) => d.entityId === siteA)).toBeUndefined();

    const summary = await recordScans(db, eumAT, inventory.id, [
      { row: 2, values: { item_type: 'NVD', serial_number: 'nv-0001' } },
      { row: 3, values: { item_type: 'NVD', serial_number: 'A-1', condition: 'damaged' } },
      { row: 4, values: { item_type: 'NVD', serial_number: 'A-2' } },
      { row: 5, values: { item_type: 'NVD', serial_number: 'B-1' } },
      { row: 6, values: { item_type: 'NVD', serial_number: 'ZZ-9' } },
    ]);
    expect(summary).toMatchObject({ rows: 5, recorded: 5, errors: [] });
    const started = await getInventory(db, eumAT, inventory.id, TODAY);
    expect(started.status).toBe('in_progress');
    const reconciled = await transitionInventory(
      db,
      eumAT,
      inventory.id,
      { version: started.version, action: 'reconcile', date: '2026-06-20' },
      TODAY,
    );
    expect(reconciled).toMatchObject({
      status: 'reconciled',
      foundCount: 5,
      reconciledOn: '2026-06-20',
      discrepanciesByKind: { missing: 1, wrong_site: 1, extra: 1, damaged: 1 },
      openDiscrepancies: 4,
    });
    const list = await listDiscrepancies(db, eumAT, inventory.id, {});
    expect(list.items.map((d) => `${d.kind}:${d.serialNumber}`).sort()).toEqual([
      'damaged:A-1',
      'extra:ZZ-9',
      'missing:A-3',
      'wrong_site:B-1',
    ]);
    // Counted items restart their clock a year on; the missing one keeps its overdue date.
    expect((await getItem(db, eumAT, made[0]!.id, TODAY)).inventoryDueOn).toBe('2027-06-20');
    expect((await getItem(db, eumAT, made[2]!.id, TODAY)).inventoryDueOn).toBe('2026-07-14');
    expect((await getItem(db, eumAT, atB.id, TODAY)).lastInventoriedOn).toBeNull();

    expect(
      (await failure(transitionInventory(db, eumAT, inventory.id, { version: reconciled.version, action: 'close' }, TODAY))).message,
    ).toContain('4 discrepancies are still open');
    const missing = list.items.find((d) => d.kind === 'missing')!;
    const incident = await raiseIncidentFromDiscrepancy(db, eumAT, missing.id, {}, TODAY);
    expect(incident).toMatchObject({
      kind: 'loss',
      status: 'reported',
      partnerCode: 'AT',
      discrepancyId: missing.id,
      items: [{ serialNumber: 'A-3' }],
    });
    // The discrepancy naming its incident is a change of the discrepancy, audited in the same transaction.
    const linked = await listAudit(db, testWiring.auditSubjects, admin, { entityId: missing.id, limit: 10, offset: 0 });
    expect(linked.items.map((a) => a.action)).toEqual(['eum_discrepancy.incident_linked']);
    expect(linked.items[0]).toMatchObject({
      entityType: 'eum_discrepancy',
      countryCode: 'AT',
      before: { incidentId: null },
      after: { incidentId: incident.id },
    });
    expect((await failure(raiseIncidentFromDiscrepancy(db, eumAT, missing.id, {}, TODAY))).status).toBe(409);
    expect((await failure(raiseIncidentFromDiscrepancy(db, eumPL, missing.id, {}, TODAY))).status).toBe(404);
    const open = (await listDiscrepancies(db, eumAT, inventory.id, {})).items;
    const wrongSite = open.find((d) => d.kind === 'wrong_site')!;
    expect(
      (await failure(resolveDiscrepancy(db, eumAT, wrongSite.id, { version: wrongSite.version, resolution: 'found here' }, TODAY)))
        .fields?.[0]?.path,
    ).toBe('itemSite');
    expect(
      (
        await failure(
          resolveDiscrepancy(
            db,
            eumAT,
            missing.id,
            { version: open.find((d) => d.kind === 'missing')!.version, resolution: 'x', itemSite: 'move' },
            TODAY,
          ),
        )
      ).fields?.[0]?.path,
    ).toBe('itemSite');
    const atBBefore = await getItem(db, eumAT, atB.id, TODAY);
    await resolveDiscrepancy(
      db,
      eumAT,
      wrongSite.id,
      { version: wrongSite.version, resolution: 'transferred to Depot A in March, records not updated', itemSite: 'move' },
      TODAY,
    );
    const atBAfter = await getItem(db, eumAT, atB.id, TODAY);
    expect(atBBefore).toMatchObject({ lastInventoriedOn: null, inventoryDueOn: '2026-07-14' });
    // Found and counted at Depot A on the reconciliation date: it moves there and its clock restarts a year on.
    expect(atBAfter).toMatchObject({
      siteId: siteA,
      siteCode: 'A',
      status: atBBefore.status,
      deliveredOn: atBBefore.deliveredOn,
      lastInventoriedOn: '2026-06-20',
      inventoryDueOn: '2027-06-20',
      version: atBBefore.version + 1,
    });
    expect(atBAfter.inventories.map((i) => i.id)).toEqual(atBBefore.inventories.map((i) => i.id));
    const moves = await listAudit(db, testWiring.auditSubjects, admin, { entityId: atB.id, limit: 10, offset: 0 });
    expect(moves.items.map((a) => a.action)).toEqual(['eum_item.site_changed', 'eum_item.created']);
    expect(moves.items[0]).toMatchObject({
      countryCode: 'AT',
      before: { siteId: siteB, siteCode: 'B' },
      after: { siteId: siteA, siteCode: 'A', lastInventoriedOn: '2026-06-20' },
    });
    expect((await listAudit(db, testWiring.auditSubjects, admin, { entityId: wrongSite.id, limit: 10, offset: 0 })).items[0]).toMatchObject(
      {
        after: { itemSite: 'move', itemMovedFrom: siteB, itemMovedTo: siteA },
      },
    );
    expect(
      (
        await failure(
          resolveDiscrepancy(db, eumAT, wrongSite.id, { version: wrongSite.version + 1, resolution: 'again', itemSite: 'keep' }, TODAY),
        )
      ).status,
    ).toBe(409);
    for (const d of open.filter((x) => x.kind !== 'wrong_site')) {
      await resolveDiscrepancy(
        db,
        eumAT,
        d.id,
        { version: d.version, resolution: d.kind === 'missing' ? 'reported as incident' : 'recorded' },
        TODAY,
      );
    }
    const closed = await transitionInventory(db, eumAT, inventory.id, { version: reconciled.version, action: 'close' }, TODAY);
    expect(closed).toMatchObject({ status: 'closed', openDiscrepancies: 0, closedOn: TODAY });
    expect(
      (await failure(transitionInventory(db, eumAT, inventory.id, { version: closed.version, action: 'start' }, TODAY))).fields?.[0],
    ).toEqual({ path: 'action', message: 'no further step from here' });

    // The incident: investigated, notices required before it closes.
    let inc = await transitionIncident(db, eumAT, incident.id, { version: incident.version, action: 'investigate' }, TODAY);
    inc = await updateIncident(db, eumAT, inc.id, {
      version: inc.version,
      notices: [{ recipient: 'Department of State (PM/RSAT)', sentOn: null }],
      findings: 'Not located after search',
    });
    inc = await transitionIncident(db, eumAT, inc.id, { version: inc.version, action: 'substantiate' }, TODAY);
    expect((await failure(transitionIncident(db, eumAT, inc.id, { version: inc.version, action: 'close' }, TODAY))).message).toContain(
      '1 required notifications',
    );
    inc = await updateIncident(db, eumAT, inc.id, {
      version: inc.version,
      notices: [{ recipient: 'Department of State (PM/RSAT)', sentOn: '2026-06-25' }],
    });
    inc = await transitionIncident(db, eumAT, inc.id, { version: inc.version, action: 'close' }, TODAY);
    expect(inc).toMatchObject({ status: 'closed', closedOn: TODAY, allowedActions: ['reopen'] });
    expect((await listIncidents(db, eumPL, {})).total).toBe(0);
    expect((await listIncidents(db, eumAT, { open: 'false' })).total).toBe(1);
    expect((await getIncident(db, admin, inc.id)).items).toHaveLength(1);
  });

  it('cancels an inventory only with a reason, kept in the audit record', async () => {
    const { db } = database;
    const inventory = await createInventory(db, eumAT, { siteId: siteA, kind: 'ad_hoc', dueOn: '2026-07-15' }, TODAY);
    const refused = await failure(transitionInventory(db, eumAT, inventory.id, { version: inventory.version, action: 'cancel' }, TODAY));
    expect(refused.status).toBe(400);
    expect(refused.fields).toEqual([{ path: 'reason', message: 'say why the inventory is cancelled' }]);
    expect((await getInventory(db, eumAT, inventory.id, TODAY)).status).toBe('planned');

    const reason = 'Site visit moved to the annual inventory';
    const cancelled = await transitionInventory(db, eumAT, inventory.id, { version: inventory.version, action: 'cancel', reason }, TODAY);
    expect(cancelled.status).toBe('cancelled');
    const audit = await listAudit(db, testWiring.auditSubjects, admin, { entityId: inventory.id, limit: 10, offset: 0 });
    expect(audit.items.find((e) => e.action === 'eum_inventory.transitioned')?.after).toMatchObject({ status: 'cancelled', reason });
  });

  it('keeps the per-partner item counts the compliance view reads equal to the items themselves', async () => {
    const { db } = database;
    const direct = await db.execute(
      sql`select partner_code, category, status, count(*)::int as n from eum_items group by 1, 2, 3 order by 1, 2, 3`,
    );
    const kept = await db.execute(
      sql`select partner_code, category, status, n::int as n from eum_item_counts where n <> 0 order by 1, 2, 3`,
    );
    expect((kept as unknown as { rows: unknown[] }).rows).toEqual((direct as unknown as { rows: unknown[] }).rows);
    expect((direct as unknown as { rows: unknown[] }).rows.length).toBeGreaterThan(5);
  });

  it('keeps the per-site due counts the clocks and overdue figures read equal to the held items themselves', async () => {
    const { db } = database;
    const rowsOf = (r: unknown) => (r as { rows: unknown[] }).rows;
    const direct = await db.execute(sql`select partner_code, site_id, inventory_due_on::text as due_on, count(*)::int as n from eum_items
      where status = 'in_inventory' and inventory_due_on is not null group by 1, 2, 3 order by 1, 2, 3`);
    const kept = await db.execute(
      sql`select partner_code, site_id, due_on::text as due_on, n::int as n from eum_item_due_counts where n <> 0 order by 1, 2, 3`,
    );
    expect(rowsOf(kept)).toEqual(rowsOf(direct));
    expect(rowsOf(direct).length).toBeGreaterThan(1);
  });

  it("refuses an EEUM delivery on or after the revocation of the site's certification", async () => {
    const { db } = database;
    const siteR = await createSite(db, eumAT, { partnerCode: 'AT', code: 'R', name: 'Depot R' });
    const cert = await addCertification(db, eumAT, {
      partnerCode: 'AT',
      siteId: siteR.id,
      kind: 'site_certification',
      reference: 'PSI-R',
      certifiedOn: '2026-01-01',
    });
    await revokeCertification(
      db,
      eumAT,
      cert.id,
      { version: cert.version, revokedOn: '2026-03-01', reason: 'Storage no longer meets the standard' },
      TODAY,
    );
    const delivery = { caseId: caseAT, lineNumber: '004', itemTypeCode: 'NVD', deliveredOn: '2026-02-28', siteId: siteR.id };
    expect((await createItem(db, eumAT, { ...delivery, serialNumber: 'R-1' }, TODAY)).siteId).toBe(siteR.id);
    expect((await failure(createItem(db, eumAT, { ...delivery, serialNumber: 'R-2', deliveredOn: '2026-03-01' }, TODAY))).status).toBe(409);
  });
});
