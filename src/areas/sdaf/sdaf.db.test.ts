import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../../platform/audit/service.ts';
import type { AppError } from '../../platform/http/errors.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createCase, createPendingSale } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { closeProcurement } from './close-service.ts';
import { sdafDeadlineSources } from './deadlines.ts';
import { addRule, creditCapital, getFund, listLedger, listRules } from './fund-service.ts';
import { listInventory, listPhysicalInventories, receiveDelivery, recordPhysicalInventory, reportDelivery } from './inventory-service.ts';
import { sdafPortfolioSection } from './portfolio-section.ts';
import { createProcurement, getProcurement, listProcurements } from './procurement-service.ts';
import { getTransfer, listTransfers, transferToCase } from './transfer-service.ts';

const admin = testPrincipal(['administrator']);
const analyst = testPrincipal(['program_analyst'], { directorates: ['GEX'] });
const auditor = testPrincipal(['auditor']);
const partnerAT = testPrincipal(['country_portfolio_director'], { countries: ['AT'] });
const partnerBE = testPrincipal(['country_portfolio_director'], { countries: ['BE'] });
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const TODAY = '2026-06-01';
const M = 1_000_000_00;

const attestation = { releasable: true, attestedBy: 'J. Doe, foreign disclosure officer', attestedOn: '2026-01-10', basis: 'NDP-1 review' };
const procurementOf = (contractNumber: string, items: { quantity: number; unitCostCents: number; mde?: boolean }[]) => ({
  contractNumber,
  awardedOn: '2026-01-10',
  expectedDeliveryOn: '2026-09-30',
  items: items.map((i, n) => ({ nsn: `1005-01-123-${String(4560 + n)}`, nomenclature: `Article ${n + 1}`, ...i })),
  releasability: attestation,
});

describe.each(TEST_ENGINES)('Special Defense Acquisition Fund on %s', (engine) => {
  let database: Database;
  let caseAT: { id: string; identifier: string };
  let caseBE: { id: string; identifier: string };
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    caseAT = await createCase(db, admin, { partnerCode: 'AT', agencyCode: 'B', type: 'defined_order', title: 'Rifles for AT' });
    caseBE = await createCase(db, admin, { partnerCode: 'BE', agencyCode: 'B', type: 'defined_order', title: 'Trucks for BE' });
    // The case lifecycle is the cases area's (and tested there); here only an accepted LOA matters.
    await db.execute(sql`update cases set status = 'implemented' where id in (${caseAT.id}::uuid, ${caseBE.id}::uuid)`);
  });
  afterAll(() => database?.close());

  it('ships the cap history as a dated table; an administrator adds rows, nobody else', async () => {
    const { db } = database;
    const caps = (await listRules(db, analyst)).filter((r) => r.kind === 'statutory_cap');
    expect(caps.map((r) => [r.effectiveFrom, r.value])).toEqual([
      ['1981-10-01', 300 * M],
      ['1982-10-01', 600 * M],
      ['1995-01-01', 0],
      ['2012-01-01', 100 * M],
      ['2015-01-01', 900 * M],
    ]);
    expect((await getFund(db, analyst, {}, TODAY)).cap).toMatchObject({ value: 900 * M, verified: false });
    expect((await getFund(db, analyst, { asOf: '1990-01-01' }, TODAY)).cap).toMatchObject({ value: 600 * M, verified: true });
    const rate = { kind: 'contract_administration_surcharge', effectiveFrom: '2026-01-01', value: 150, source: 'entered from DSCA 24-12' };
    expect((await failure(addRule(db, analyst, rate))).status).toBe(403);
    expect(await addRule(db, admin, rate)).toMatchObject({ value: 150, verified: false, createdBy: admin.username });
    expect((await failure(addRule(db, admin, rate))).status).toBe(409);
    expect((await failure(addRule(db, admin, { ...rate, value: -1 }))).fields?.[0]?.path).toBe('value');
    await expect(db.execute(sql`update sdaf_rule_rows set value = 1`)).rejects.toThrow();
  });

  it('procurement → receipt → transfer → reimbursed, every figure summed from the ledger', async () => {
    const { db } = database;
    await creditCapital(
      db,
      analyst,
      { amountCents: 10 * M, source: 'appropriation', documentReference: 'P.L. 119-1', onDate: '2026-01-05' },
      TODAY,
    );
    // Without the releasability attestation the fund may not buy (AECA 51).
    const { releasability: _, ...unattested } = procurementOf('C-1', [{ quantity: 100, unitCostCents: 10_000_00 }]);
    expect(await failure(createProcurement(db, analyst, unattested, TODAY))).toMatchObject({
      status: 409,
      fields: [{ path: 'releasability' }],
    });
    expect(
      (await failure(createProcurement(db, analyst, { ...unattested, releasability: { ...attestation, releasable: false } }, TODAY)))
        .status,
    ).toBe(409);
    const p = await createProcurement(
      db,
      analyst,
      procurementOf('C-1', [
        { quantity: 100, unitCostCents: 10_000_00 },
        { quantity: 2, unitCostCents: 1 * M, mde: true },
      ]),
      TODAY,
    );
    expect(p).toMatchObject({ totalCents: 3 * M, state: 'open', version: 1, releasabilityAttestedBy: attestation.attestedBy });
    expect(await getFund(db, analyst, {}, TODAY)).toMatchObject({
      capitalCents: 10 * M,
      uncommittedCents: 7 * M,
      committedCents: 3 * M,
      sizeCents: 10 * M,
      headroomCents: 890 * M,
    });

    const [rifles, mde] = p.items;
    const received = await receiveDelivery(
      db,
      analyst,
      p.id,
      { version: 1, itemId: rifles!.id, quantity: 60, receivedOn: '2026-05-01', documentReference: 'DD250-1' },
      TODAY,
    );
    expect(received.items[0]).toMatchObject({ receivedQuantity: 60, onHandQuantity: 60 });
    expect(received.receipts[0]).toMatchObject({ reportDueOn: '2026-05-31', reportOverdue: true, reportedOn: null });
    // Someone else received meanwhile: the version read is stale.
    expect(
      await failure(
        receiveDelivery(
          db,
          analyst,
          p.id,
          { version: 1, itemId: rifles!.id, quantity: 1, receivedOn: '2026-05-02', documentReference: 'x' },
          TODAY,
        ),
      ),
    ).toMatchObject({ status: 409, code: 'version_conflict' });
    expect(
      (
        await failure(
          receiveDelivery(
            db,
            analyst,
            p.id,
            { version: 2, itemId: rifles!.id, quantity: 41, receivedOn: '2026-05-02', documentReference: 'x' },
            TODAY,
          ),
        )
      ).fields?.[0]?.path,
    ).toBe('quantity');
    await receiveDelivery(
      db,
      analyst,
      p.id,
      { version: 2, itemId: mde!.id, quantity: 2, receivedOn: '2026-05-02', documentReference: 'DD250-2' },
      TODAY,
    );
    expect(await getFund(db, analyst, {}, TODAY)).toMatchObject({
      committedCents: 40 * 10_000_00,
      inventoryCents: 60 * 10_000_00 + 2 * M,
      sizeCents: 10 * M,
    });

    // The 30-day report to DFAS is a clock until recorded.
    const window = { from: null, to: '2026-12-31' };
    const clocks = await sdafDeadlineSources[0]!.list(db, analyst, window);
    expect(clocks.map((c) => c.dueDate)).toEqual(['2026-05-31', '2026-06-01']);
    expect(await sdafDeadlineSources[0]!.list(db, partnerAT, window)).toEqual([]);
    const receipt = received.receipts[0]!;
    expect((await failure(reportDelivery(db, analyst, receipt.id, { version: 9, reportedOn: '2026-05-20' }, TODAY))).code).toBe(
      'version_conflict',
    );
    expect((await reportDelivery(db, analyst, receipt.id, { version: 1, reportedOn: '2026-05-20' }, TODAY)).reportOverdue).toBe(false);
    expect((await sdafDeadlineSources[0]!.list(db, analyst, window)).length).toBe(1);

    // Title transfer: reimbursement = cost + nonrecurring (MDE) + 1.5% surcharge + storage and preparation.
    const transfer = await transferToCase(
      db,
      analyst,
      {
        itemId: rifles!.id,
        caseId: caseAT.identifier,
        quantity: 20,
        titleTransferOn: '2026-05-15',
        storagePreparationCents: 1_000_00,
        documentReference: 'DD1149-1',
      },
      TODAY,
    );
    expect(transfer).toMatchObject({
      partnerCode: 'AT',
      caseIdentifier: caseAT.identifier,
      itemCostCents: 200_000_00,
      casCents: 3_000_00,
      reimbursementCents: 204_000_00,
    });
    const noNrc = { itemId: mde!.id, caseId: caseBE.identifier, quantity: 1, titleTransferOn: '2026-05-15', documentReference: 'DD1149-2' };
    expect((await failure(transferToCase(db, analyst, noNrc, TODAY))).fields?.[0]?.path).toBe('nonrecurringCents');
    expect(
      (await failure(transferToCase(db, analyst, { ...noNrc, nonrecurringCents: 5_000_00, titleTransferOn: '2025-12-31' }, TODAY))).status,
    ).toBe(409);
    expect(
      (await failure(transferToCase(db, analyst, { ...noNrc, nonrecurringCents: 5_000_00, quantity: 3 }, TODAY))).fields?.[0]?.path,
    ).toBe('quantity');
    const second = await transferToCase(db, analyst, { ...noNrc, nonrecurringCents: 5_000_00 }, TODAY);
    expect(second.reimbursementCents).toBe(M + 5_000_00 + 15_000_00);
    expect(await getFund(db, analyst, {}, TODAY)).toMatchObject({
      reimbursedCents: 204_000_00 + M + 20_000_00,
      inventoryCents: 40 * 10_000_00 + M,
      uncommittedCents: 7 * M + 204_000_00 + M + 20_000_00,
      sizeCents: 10 * M + 4_000_00 + 20_000_00,
    });
    expect((await listInventory(db, analyst)).items.map((i) => [i.receivedQuantity, i.transferredQuantity, i.onHandQuantity])).toEqual([
      [60, 20, 40],
      [2, 1, 1],
    ]);
    expect((await listLedger(db, analyst)).total).toBe(8);
    await expect(db.execute(sql`delete from sdaf_ledger`)).rejects.toThrow();
    const audit = await listAudit(db, testWiring.auditSubjects, admin, { entityType: 'sdaf_transfer', limit: 10, offset: 0 });
    expect(audit.items).toHaveLength(2);

    // Annual physical inventory: counted against what is on hand; the FY clock closes.
    const due = async () => (await sdafDeadlineSources[1]!.list(db, analyst, { from: null, to: '2026-09-30' })).map((d) => d.dueDate);
    expect(await due()).toEqual(['2026-09-30']);
    const counted = await recordPhysicalInventory(
      db,
      analyst,
      { fiscalYear: 2026, countedOn: '2026-05-30', counts: [{ itemId: rifles!.id, countedQuantity: 39 }] },
      TODAY,
    );
    expect(counted.lines.map((l) => [l.expectedQuantity, l.countedQuantity, l.discrepancy])).toEqual([
      [40, 39, -1],
      [1, 0, -1],
    ]);
    expect(counted.discrepancies).toBe(2);
    expect(await due()).toEqual([]);
    expect(
      (await failure(recordPhysicalInventory(db, analyst, { fiscalYear: 2026, countedOn: '2026-05-30', counts: [] }, TODAY))).status,
    ).toBe(409);
    expect(
      (await failure(recordPhysicalInventory(db, analyst, { fiscalYear: 2027, countedOn: '2026-05-30', counts: [] }, TODAY))).fields?.[0]
        ?.path,
    ).toBe('countedOn');
    expect(await listPhysicalInventories(db, auditor)).toHaveLength(1);
  });

  it('names the field and the reason for bad input (4xx, never 500)', async () => {
    const { db } = database;
    const fields = async (p: Promise<unknown>) => (await failure(p)).fields?.map((f) => f.path);
    expect(await fields(creditCapital(db, analyst, { amountCents: 0, source: 'appropriation', documentReference: 'x' }, TODAY))).toEqual([
      'amountCents',
    ]);
    expect(await fields(creditCapital(db, analyst, { amountCents: 1, source: 'gift', documentReference: 'x' }, TODAY))).toEqual(['source']);
    expect(
      await fields(creditCapital(db, analyst, { amountCents: 1, source: 'proceeds', documentReference: 'x', onDate: '2026-06-02' }, TODAY)),
    ).toEqual(['onDate']);
    expect(
      await fields(createProcurement(db, analyst, { ...procurementOf('C-9', [{ quantity: 1, unitCostCents: 1 }]), items: [] }, TODAY)),
    ).toEqual(['items']);
    expect(await fields(createProcurement(db, analyst, procurementOf('C-9', [{ quantity: 1.5, unitCostCents: 1 }]), TODAY))).toEqual([
      'items.0.quantity',
    ]);
    expect(
      await fields(
        createProcurement(
          db,
          analyst,
          { ...procurementOf('C-9', [{ quantity: 1, unitCostCents: 1 }]), expectedDeliveryOn: '2025-01-01' },
          TODAY,
        ),
      ),
    ).toEqual(['expectedDeliveryOn']);
    const badNsn = procurementOf('C-9', [{ quantity: 1, unitCostCents: 1 }]);
    badNsn.items[0]!.nsn = '12';
    expect(await fields(createProcurement(db, analyst, badNsn, TODAY))).toEqual(['items.0.nsn']);
    expect((await failure(createProcurement(db, analyst, procurementOf('C-1', [{ quantity: 1, unitCostCents: 1 }]), TODAY))).status).toBe(
      409,
    );
    expect(
      await fields(
        transferToCase(
          db,
          analyst,
          { itemId: crypto.randomUUID(), caseId: 'ZZ-Z-ZZZ', quantity: 1, titleTransferOn: '2026-05-01', documentReference: 'x' },
          TODAY,
        ),
      ),
    ).toEqual(['caseId']);
    expect((await failure(getProcurement(db, analyst, 'not-a-uuid'))).status).toBe(404);
  });

  it('a partner’s users see only the transfers to their cases, never the fund', async () => {
    const { db } = database;
    expect((await listTransfers(db, partnerAT)).items.map((t) => t.partnerCode)).toEqual(['AT']);
    expect((await listTransfers(db, partnerAT, { partner: 'BE' })).total).toBe(0);
    expect((await listTransfers(db, partnerBE)).items.map((t) => t.partnerCode)).toEqual(['BE']);
    expect((await listTransfers(db, admin)).total).toBe(2);
    const be = (await listTransfers(db, partnerBE)).items[0]!;
    expect((await failure(getTransfer(db, partnerAT, be.id))).status).toBe(404);
    expect(await getTransfer(db, partnerBE, be.id)).toMatchObject({ partnerCode: 'BE' });
    for (const read of [getFund(db, partnerAT), listProcurements(db, partnerAT), listInventory(db, partnerAT), listLedger(db, partnerAT)])
      expect((await failure(read)).status).toBe(403);
    expect((await failure(listTransfers(db, writer))).status).toBe(403);
    const figures = await sdafPortfolioSection.figures(db, partnerAT, null, TODAY);
    expect([...figures.keys()]).toEqual(['AT']);
    expect(figures.get('AT')!.map((f) => [f.key, f.count, f.cents])).toEqual([
      ['sdaf.transfers', 1, 200_000_00],
      ['sdaf.reimbursed', null, 204_000_00],
    ]);
    // Writes are GEX staff's: a partner's reader, an auditor may not.
    expect((await failure(creditCapital(db, auditor, { amountCents: 1, source: 'proceeds', documentReference: 'x' }, TODAY))).status).toBe(
      403,
    );
    // A transfer to a case withheld pending notification is left out of a reader's portfolio without need-to-know.
    const pending = await createPendingSale(db, testWiring.caseHooks, admin, 'AT');
    await db.execute(sql`update cases set status = 'implemented' where id = ${pending.id}::uuid`);
    const [rifles] = (await listInventory(db, admin)).items;
    // Only a user with need-to-know may name the withheld case.
    expect(
      (
        await failure(
          transferToCase(
            db,
            analyst,
            { itemId: rifles!.itemId, caseId: pending.identifier, quantity: 1, titleTransferOn: '2026-05-20', documentReference: 'W-1' },
            TODAY,
          ),
        )
      ).fields?.[0]?.path,
    ).toBe('caseId');
    await transferToCase(
      db,
      admin,
      { itemId: rifles!.itemId, caseId: pending.identifier, quantity: 1, titleTransferOn: '2026-05-20', documentReference: 'W-1' },
      TODAY,
    );
    const cpd = testPrincipal(['program_analyst'], { countries: ['AT'] }); // no need-to-know by role
    const listed = await listTransfers(db, cpd);
    expect(listed.items.find((t) => t.caseWithheld)).toMatchObject({ caseIdentifier: null, caseId: null });
    expect(JSON.stringify(listed)).not.toContain(pending.identifier);
    expect((await sdafPortfolioSection.figures(db, cpd, ['AT'], TODAY)).get('AT')![0]!.count).toBe(1);
  });

  it('never exceeds the statutory cap: of 20 parallel credits only those that fit commit, the rest 409 with the figures', async () => {
    const { db } = database;
    const before = (await getFund(db, admin, {}, TODAY)).sizeCents;
    const headroom = 900 * M - before;
    const each = Math.floor(headroom / 15); // 15 fit, 5 do not
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        creditCapital(db, analyst, { amountCents: each, source: 'proceeds', documentReference: `PAR-${i}` }, TODAY),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as AppError] : []));
    expect(ok).toHaveLength(15);
    expect(refused.map((e) => e.status)).toEqual([409, 409, 409, 409, 409]);
    expect(refused[0]!.message).toMatch(/statutory cap of \$900,000,000\.00 .* would be exceeded: the fund holds \$[\d,.]+, adding/);
    const after = await getFund(db, admin, {}, TODAY);
    expect(after.sizeCents).toBe(before + 15 * each);
    expect(after.headroomCents).toBeGreaterThanOrEqual(0);
    expect(after.headroomCents).toBeLessThan(each);
  });

  it('never overcommits: of 20 parallel procurements only those the fund holds cash for commit', async () => {
    const { db } = database;
    const cash = (await getFund(db, admin, {}, TODAY)).uncommittedCents;
    const each = Math.floor(cash / 12); // 12 fit
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        createProcurement(db, analyst, procurementOf(`PAR-C-${i}`, [{ quantity: 1, unitCostCents: each }]), TODAY),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(12);
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as AppError] : []));
    expect(refused.every((e) => e.status === 409 && /uncommitted/.test(e.message))).toBe(true);
    const fund = await getFund(db, admin, {}, TODAY);
    expect(fund.uncommittedCents).toBe(cash - 12 * each);
    expect(fund.sizeCents).toBeLessThanOrEqual(900 * M);
  });

  it('closing a procurement short releases what was not delivered to the fund', async () => {
    const { db } = database;
    const p = (await listProcurements(db, admin, { q: 'C-1' })).items[0]!;
    const before = await getFund(db, admin, {}, TODAY);
    const close = { version: p.version, closedOn: '2026-05-31', reason: 'Contractor default' };
    expect((await failure(closeProcurement(db, analyst, p.id, { ...close, version: 1 }, TODAY))).code).toBe('version_conflict');
    expect((await failure(closeProcurement(db, analyst, p.id, { ...close, reason: '' }, TODAY))).fields?.[0]?.path).toBe('reason');
    const closed = await closeProcurement(db, analyst, p.id, close, TODAY);
    expect(closed).toMatchObject({ state: 'closed', closedOn: '2026-05-31', closeReason: 'Contractor default' });
    // 40 rifles of $10,000 never delivered: $400,000 back to cash; the fund's size unchanged.
    expect(await getFund(db, admin, {}, TODAY)).toMatchObject({
      uncommittedCents: before.uncommittedCents + 400_000_00,
      committedCents: before.committedCents - 400_000_00,
      sizeCents: before.sizeCents,
    });
    const item = closed.items[0]!.id;
    expect(
      (
        await failure(
          receiveDelivery(
            db,
            analyst,
            p.id,
            { version: closed.version, itemId: item, quantity: 1, receivedOn: '2026-05-31', documentReference: 'x' },
            TODAY,
          ),
        )
      ).status,
    ).toBe(409);
    expect((await failure(closeProcurement(db, analyst, p.id, { ...close, version: closed.version }, TODAY))).status).toBe(409);
    expect((await listProcurements(db, admin, { state: 'closed' })).items.map((x) => x.contractNumber)).toEqual(['C-1']);
  });
});
