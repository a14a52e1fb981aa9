import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { auditLog } from '../../platform/audit/schema.ts';
import { verifyAuditChain } from '../../platform/audit/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { testWiring } from '../testing.ts';
import { createCase, getCasePage, listCases, setMilestone } from './case-service.ts';
import { transitionCase } from './lifecycle-service.ts';
import { decideLor, receiveLor } from './lor-service.ts';
import type { SaveVersionInput } from './model.ts';
import { createRevision, getVersion, issueRevision, saveVersion, versionDifference } from './version-service.ts';

const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
// The partner's signature and initial deposit before acceptance are the partner portal's gate and tests.
const unsignedAccept = {
  ...testWiring.caseHooks,
  transitionGates: testWiring.caseHooks.transitionGates.filter((g) => g.name !== 'partner-acceptance'),
};
const writerAT = testPrincipal(['case_writer'], { directorates: ['GEX'], countries: ['AT'] });
const reviewer = testPrincipal(['case_reviewer'], { directorates: ['GEX'] });
const hooks = testWiring.caseHooks;

const nvgLine = {
  lineNumber: '001',
  description: 'AN/PVS-14 monocular night vision device',
  maslGenericCode: 'N8A',
  maslNumber: '5855015223118',
  quantity: 500,
  unitOfIssue: 'EA',
  unitCostCents: 4_000_00,
  sme: true,
  eeum: true,
  sourceOfSupply: 'P',
  deliveryPeriod: '24 months',
  programOfRecord: true,
};
const trainingLine = {
  lineNumber: '002',
  description: 'Operator and maintenance training',
  maslGenericCode: 'O1A',
  maslNumber: 'OTS000000001A',
  quantity: 1,
  unitOfIssue: 'LO',
  unitCostCents: 250_000_00,
  sourceOfSupply: 'S',
  deliveryPeriod: '12 months',
  programOfRecord: true,
};
const eeumNote = { code: 'EEUM', title: 'Enhanced End-Use Monitoring', text: 'Items on line 001 are designated for EEUM …' };
// 500 × $4,000 + $250,000 = $2,250,000; 3.2% = $72,000; total $2,322,000.
const TOTAL = 2_322_000_00;
const content = (revision: number, overrides: Partial<SaveVersionInput> = {}): SaveVersionInput => ({
  revision,
  lines: [nvgLine, trainingLine],
  notes: [eeumNote],
  paymentSchedule: [{ dueDate: '2027-01-15', amountCents: TOTAL }],
  ...overrides,
});

describe.each(TEST_ENGINES)('cases from LOR to closure on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('takes a letter of request through to an implemented case and its amendment', async () => {
    const { db } = database;
    const lor = await receiveLor(db, writer, {
      partnerCode: 'AT',
      receivedOn: '2026-03-02',
      channel: 'embassy',
      agencyCode: 'B',
      description: 'Night vision devices with training',
      reference: 'AUS-LOR-26-014',
    });
    expect(
      (await failure(createCase(db, writer, { partnerCode: 'AT', agencyCode: 'B', type: 'defined_order', title: 'NVDs', lorId: lor.id })))
        .status,
    ).toBe(409);
    const actionable = await decideLor(db, writer, lor.id, { decision: 'actionable', version: lor.version, completeOn: '2026-03-09' });
    const created = await createCase(db, writer, {
      partnerCode: 'AT',
      agencyCode: 'B',
      type: 'defined_order',
      title: 'Night vision devices',
      lorId: actionable.id,
    });
    expect(created.identifier).toBe('AT-B-AAA');

    let page = await getCasePage(db, hooks, writer, 'AT-B-AAA');
    expect(page.milestones).toEqual(
      expect.arrayContaining([
        { milestone: 'lor_received', onDate: '2026-03-02' },
        { milestone: 'lor_complete', onDate: '2026-03-09' },
      ]),
    );
    expect(page.nextActions.map((a) => a.action)).toEqual(['submit_for_review', 'cancel']);
    expect(page.findings.map((f) => f.check)).toContain('lines-present');

    const saved = await saveVersion(db, testWiring.caseHooks, writer, 'AT-B-AAA', 0, content(1));
    expect(saved.version).toMatchObject({
      linesCents: 2_250_000_00,
      surchargeBasisPoints: 320,
      administrativeCents: 72_000_00,
      totalCents: TOTAL,
      revision: 2,
    });
    expect(saved.findings).toEqual([]);
    expect((await failure(saveVersion(db, testWiring.caseHooks, writer, 'AT-B-AAA', 0, content(1)))).code).toBe('version_conflict');

    page = await transitionCase(db, testWiring.caseHooks, writer, 'AT-B-AAA', {
      action: 'submit_for_review',
      version: 1,
      date: '2026-04-01',
    });
    expect(page.case.status).toBe('in_review');
    expect((await failure(saveVersion(db, testWiring.caseHooks, writer, 'AT-B-AAA', 0, content(2)))).message).toMatch(/in review/);
    expect((await failure(transitionCase(db, testWiring.caseHooks, writer, 'AT-B-AAA', { action: 'approve', version: 2 }))).status).toBe(
      403,
    );
    const returned = await failure(transitionCase(db, testWiring.caseHooks, reviewer, 'AT-B-AAA', { action: 'return', version: 2 }));
    expect(returned.fields?.[0]?.path).toBe('reason');
    await transitionCase(db, testWiring.caseHooks, reviewer, 'AT-B-AAA', {
      action: 'return',
      version: 2,
      reason: 'Training line too vague',
    });
    await saveVersion(
      db,
      testWiring.caseHooks,
      writer,
      'AT-B-AAA',
      0,
      content(2, { lines: [nvgLine, { ...trainingLine, description: 'Operator (10 students) and maintenance (4 students) courses' }] }),
    );
    await transitionCase(db, testWiring.caseHooks, writer, 'AT-B-AAA', { action: 'submit_for_review', version: 3, date: '2026-04-10' });
    page = await transitionCase(db, testWiring.caseHooks, reviewer, 'AT-B-AAA', { action: 'approve', version: 4, date: '2026-04-15' });
    expect(page.case.status).toBe('approved');

    const noMilap = await failure(
      transitionCase(db, testWiring.caseHooks, writer, 'AT-B-AAA', { action: 'offer', version: 5, date: '2026-05-01' }),
    );
    expect(noMilap.fields?.[0]?.path).toBe('offerExpirationDate');
    const stale = await failure(setMilestone(db, writer, 'AT-B-AAA', { milestone: 'milap', onDate: '2026-04-20', version: 4 }));
    expect(stale).toMatchObject({ status: 409, code: 'version_conflict' });
    expect((await setMilestone(db, writer, 'AT-B-AAA', { milestone: 'milap', onDate: '2026-04-20', version: 5 })).version).toBe(6);

    const testGate = { name: 'test-gate', check: async () => 'the congressional notification has not cleared' };
    const gatedHooks = { ...testWiring.caseHooks, offerGates: [...testWiring.caseHooks.offerGates, testGate] };
    const gated = await failure(transitionCase(db, gatedHooks, writer, 'AT-B-AAA', { action: 'offer', version: 6, date: '2026-05-01' }));
    expect(gated).toMatchObject({
      status: 409,
      fields: [{ path: 'gates.test-gate', message: 'the congressional notification has not cleared' }],
    });

    page = await transitionCase(db, testWiring.caseHooks, writer, 'AT-B-AAA', { action: 'offer', version: 6, date: '2026-05-01' });
    expect(page.milestones).toEqual(expect.arrayContaining([{ milestone: 'offer_expiration', onDate: '2026-07-14' }])); // MILAP + 85 days
    const actionsOn = async (day: string) => (await getCasePage(db, hooks, writer, 'AT-B-AAA', day)).nextActions.map((a) => a.action);
    expect(await actionsOn('2026-07-14')).not.toContain('expire_offer');
    expect(await actionsOn('2026-07-15')).toContain('expire_offer');

    expect(
      (await failure(transitionCase(db, unsignedAccept, writer, 'AT-B-AAA', { action: 'accept', version: 7, date: '2026-07-15' }))).message,
    ).toMatch(/expired on 2026-07-14/);
    await transitionCase(db, unsignedAccept, writer, 'AT-B-AAA', { action: 'accept', version: 7, date: '2026-06-30' });
    page = await transitionCase(db, testWiring.caseHooks, writer, 'AT-B-AAA', { action: 'implement', version: 8, date: '2026-07-10' });
    expect(page.case.status).toBe('implemented');
    expect(page.versions[0]).toMatchObject({ state: 'issued', acceptedOn: '2026-06-30' });

    const illegal = await failure(transitionCase(db, testWiring.caseHooks, writer, 'AT-B-AAA', { action: 'offer', version: 9 }));
    expect(illegal).toMatchObject({ status: 409, message: expect.stringContaining('possible now: complete supply') });

    const amendment = await createRevision(db, testWiring.caseHooks, writer, 'AT-B-AAA', {
      kind: 'amendment',
      version: 9,
      reason: 'Add 100 devices',
    });
    expect(amendment.version).toMatchObject({ number: 1, kind: 'amendment', state: 'draft' });
    const moreDevices = { ...nvgLine, quantity: 600 };
    const total2 = 600 * 4_000_00 + 250_000_00 + (600 * 4_000_00 + 250_000_00) * 0.032;
    await saveVersion(
      db,
      testWiring.caseHooks,
      writer,
      'AT-B-AAA',
      1,
      content(amendment.version.revision, {
        lines: [moreDevices, { ...trainingLine, description: 'Operator (10 students) and maintenance (4 students) courses' }],
        paymentSchedule: [{ dueDate: '2027-01-15', amountCents: total2 }],
      }),
    );
    const diff = await versionDifference(db, writer, 'AT-B-AAA', 0, 1);
    expect(diff.linesChanged).toEqual([{ lineNumber: '001', changes: [{ field: 'quantity', from: 500, to: 600 }] }]);
    expect(diff.totalCents.delta).toBe(total2 - TOTAL);
    const issued = await issueRevision(db, testWiring.caseHooks, writer, 'AT-B-AAA', 1, { revision: 2, effectiveOn: '2026-09-01' });
    expect(issued.version).toMatchObject({ state: 'issued', totalCents: total2 });
    expect((await getCasePage(db, hooks, writer, 'AT-B-AAA')).case.totalCents).toBe(total2);
    expect((await getVersion(db, hooks, writer, 'AT-B-AAA', 0)).lines[0]!.quantity).toBe(500);

    const actions = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(actions.filter((a) => a.action === 'case.transitioned')).toHaveLength(7); // submit, return, submit, approve, offer, accept, implement
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('blocks approval while blocking findings remain, naming them', async () => {
    const { db } = database;
    const row = await createCase(db, writer, { partnerCode: 'AT', agencyCode: 'D', type: 'defined_order', title: 'Spares' });
    await saveVersion(db, testWiring.caseHooks, writer, row.identifier, 0, content(1, { notes: [] }));
    await transitionCase(db, testWiring.caseHooks, writer, row.identifier, { action: 'submit_for_review', version: 1 });
    const blocked = await failure(transitionCase(db, testWiring.caseHooks, reviewer, row.identifier, { action: 'approve', version: 2 }));
    expect(blocked).toMatchObject({ status: 409, fields: [{ path: 'eeum-note' }] });
  });

  it('generates unique identifiers under concurrent creation', async () => {
    const { db } = database;
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createCase(db, writer, { partnerCode: 'JA', agencyCode: 'P', type: 'blanket_order', title: `Blanket order ${i}` }),
      ),
    );
    const ids = made.map((c) => c.identifier);
    expect(new Set(ids).size).toBe(12);
    expect(ids.every((id) => /^JA-P-AA[A-L]$/.test(id))).toBe(true);
  });

  it("keeps a writer scoped to one partner out of other partners' cases by id, list, search and count", async () => {
    const { db } = database;
    const japan = await createCase(db, writer, {
      partnerCode: 'JA',
      agencyCode: 'D',
      type: 'defined_order',
      title: 'Japanese radar spares',
    });
    expect((await failure(getCasePage(db, hooks, writerAT, japan.id))).status).toBe(404);
    expect((await failure(getCasePage(db, hooks, writerAT, japan.identifier))).status).toBe(404);
    expect(
      (await failure(createCase(db, writerAT, { partnerCode: 'JA', agencyCode: 'D', type: 'defined_order', title: 'x' }))).status,
    ).toBe(404);
    const visible = await listCases(db, writerAT, { limit: 500 });
    expect(visible.items.every((c) => c.partnerCode === 'AT')).toBe(true);
    expect(visible.total).toBe(visible.items.length);
    expect((await listCases(db, writerAT, { q: 'radar' })).total).toBe(0);
    expect((await listCases(db, writer, { q: 'radar' })).total).toBe(1);
  });

  it('filters and sorts the case list by partner, agency, status, type and value', async () => {
    const { db } = database;
    const byValue = await listCases(db, writer, { sort: 'value', dir: 'desc', limit: 1 });
    expect(byValue.items[0]!.identifier).toBe('AT-B-AAA');
    expect((await listCases(db, writer, { status: 'implemented' })).items.map((c) => c.identifier)).toEqual(['AT-B-AAA']);
    expect((await listCases(db, writer, { agency: 'P', type: 'blanket_order' })).total).toBe(12);
    expect((await listCases(db, writer, { minValueCents: 1, maxValueCents: 100 })).total).toBe(0);
  });
});
