import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../../platform/audit/service.ts';
import { listDeadlines } from '../../platform/deadlines/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createCase, getCasePage, listCases, saveVersion, setMilestone, transitionCase, WITHHELD } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { getCaseNotificationState } from './case-determination-service.ts';
import { determine, determineMany } from './determination-service.ts';
import { createNotification, listNotifications, transitionNotification, updateNotification } from './notification-service.ts';
import { DEFAULT_THRESHOLDS } from './rules/thresholds.ts';
import { addThreshold, endThreshold, listThresholds } from './threshold-service.ts';

const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const reviewer = testPrincipal(['case_reviewer'], { directorates: ['GEX'] });
const analyst = testPrincipal(['notification_analyst'], { directorates: ['GEX'] });
const analystAT = testPrincipal(['notification_analyst'], { directorates: ['GEX'], countries: ['AT'] });
const admin = testPrincipal(['administrator']);
const eum = testPrincipal(['eum_specialist'], { directorates: ['GEX'] });
const auditor = testPrincipal(['auditor']);

const line = (n: string, dollars: number, mde: boolean) => ({
  lineNumber: n,
  description: mde ? `F-16 engine kit ${n}` : `Spares and training ${n}`,
  maslGenericCode: 'A1A',
  maslNumber: `28400152${n}0000`.slice(0, 13),
  quantity: 1,
  unitOfIssue: 'EA',
  unitCostCents: dollars * 100,
  mde,
  sme: mde,
  sourceOfSupply: 'P',
  deliveryPeriod: '24 months',
});
const note = { code: 'GEN', title: 'General', text: 'Standard terms.' };

describe.each(TEST_ENGINES)('congressional notifications on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('determines from the seeded table, as of a date, with reasons in whole dollars', async () => {
    const { db } = database;
    expect((await listThresholds(db, analyst)).map(({ createdAt: _c, ...r }) => r)).toEqual(DEFAULT_THRESHOLDS);
    const d = await determine(db, writer, {
      partnerCode: 'AT',
      mdeValue: 25_000_000,
      totalValue: 120_000_000,
      designConstructionValue: 0,
      asOf: '2024-06-01',
    });
    expect(d).toMatchObject({ required: true, reviewDays: 15, tieredReviewDays: 20, purchaserGroup: 'AECA_36B_ALLIES' });
    expect(d.reasons[0]).toMatchObject({
      threshold: 25_000_000,
      value: 25_000_000,
      met: true,
      source: expect.stringContaining('2776(b)(1)'),
    });
    expect(
      (await determine(db, writer, { partnerCode: 'SA', mdeValue: 13_999_999, totalValue: 49_999_999, asOf: '2024-06-01' })).required,
    ).toBe(false);
  });

  it('refuses bad requests naming the field, and a batch keeps going past them', async () => {
    const { db } = database;
    expect((await failure(determine(db, writer, { partnerCode: 'ZZ', mdeValue: 1, totalValue: 1 }))).fields?.[0]?.path).toBe('partnerCode');
    expect((await failure(determine(db, writer, { partnerCode: 'AT', mdeValue: 10, totalValue: 5 }))).fields?.[0]?.path).toBe('totalValue');
    expect((await failure(determine(db, writer, { partnerCode: 'AT', mdeValue: 1.5, totalValue: 5 }))).fields?.[0]?.path).toBe('mdeValue');
    expect(
      (await failure(determine(db, writer, { partnerCode: 'AT', mdeValue: 1, totalValue: 5, asOf: '1970-01-01' }))).fields?.[0]?.path,
    ).toBe('asOf');
    expect((await failure(determine(db, eum, { partnerCode: 'AT', mdeValue: 1, totalValue: 5 }))).status).toBe(403);
    const batch = await determineMany(db, writer, [
      { partnerCode: 'SA', mdeValue: 14_000_000, totalValue: 14_000_000, asOf: '2025-01-01' },
      'not an object',
      { partnerCode: 'QQ', mdeValue: 0, totalValue: 0 },
      { partnerCode: 'UK', mdeValue: 0, totalValue: 100_000_000, asOf: '2025-01-01' },
    ]);
    expect(batch.map((r) => ('error' in r ? 'error' : r.required))).toEqual([true, 'error', 'error', true]);
  });

  it('a case crosses the threshold as a line is added; offering waits until its notification clears', async () => {
    const { db } = database;
    const created = await createCase(db, writer, { partnerCode: 'SA', agencyCode: 'D', type: 'defined_order', title: 'Engine kits' });
    const payment = (cents: number) => [{ dueDate: '2027-01-15', amountCents: cents }];
    let saved = await saveVersion(db, testWiring.caseHooks, writer, created.identifier, 0, {
      revision: 1,
      lines: [line('001', 10_000_000, true), line('002', 1_000_000, false)],
      notes: [note],
      paymentSchedule: payment(0),
    });
    let state = await getCaseNotificationState(db, writer, created.identifier, '2026-06-01');
    expect(state.values).toMatchObject({ mdeCents: 10_000_000_00 });
    expect(state.determination?.required).toBe(false);
    expect(state.offerBlocker).toBeNull();

    saved = await saveVersion(db, testWiring.caseHooks, writer, created.identifier, 0, {
      revision: saved.version.revision,
      lines: [line('001', 10_000_000, true), line('002', 1_000_000, false), line('003', 4_000_000, true)],
      notes: [note],
      paymentSchedule: payment(saved.version.totalCents),
    });
    state = await getCaseNotificationState(db, writer, created.identifier, '2026-06-01');
    expect(state.values.mdeCents).toBe(14_000_000_00);
    expect(state.determination).toMatchObject({ required: true, reviewDays: 30, purchaserGroup: 'OTHER' });
    expect(state.determination?.reasons[0]).toMatchObject({
      measure: 'major_defense_equipment',
      thresholdCents: 14_000_000_00,
      valueCents: 14_000_000_00,
      met: true,
    });
    expect(state.offerBlocker).toMatch(/required .* none has been made/);

    // Fix the payment schedule to the new total so review passes, then approve.
    await saveVersion(db, testWiring.caseHooks, writer, created.identifier, 0, {
      revision: saved.version.revision,
      lines: [line('001', 10_000_000, true), line('002', 1_000_000, false), line('003', 4_000_000, true)],
      notes: [note],
      paymentSchedule: payment((await getCaseNotificationState(db, writer, created.identifier)).values.totalCents),
    });
    await transitionCase(db, testWiring.caseHooks, writer, created.identifier, {
      action: 'submit_for_review',
      version: 1,
      date: '2026-01-05',
    });
    await transitionCase(db, testWiring.caseHooks, reviewer, created.identifier, { action: 'approve', version: 2, date: '2026-01-06' });
    await setMilestone(db, writer, created.identifier, { milestone: 'milap', onDate: '2026-01-06', version: 3 });
    const blocked = await failure(
      transitionCase(db, testWiring.caseHooks, writer, created.identifier, { action: 'offer', version: 4, date: '2026-01-07' }),
    );
    expect(blocked).toMatchObject({
      status: 409,
      fields: [{ path: 'gates.congressional-notification', message: expect.stringMatching(/AECA 36\(b\)\(1\) notification is required/) }],
    });

    const drafted = await createNotification(db, analyst, {
      partnerCode: 'SA',
      caseIds: [created.id],
      description: 'F-16 engine kits, spares and training',
    });
    expect(drafted).toMatchObject({ status: 'draft', mdeCents: 14_000_000_00, cases: [{ identifier: created.identifier }] });
    expect(drafted.transmittalNumber).toMatch(/^\d{2}-\d{2}$/);
    expect(
      (await failure(createNotification(db, analyst, { partnerCode: 'AT', caseIds: [created.id], description: 'x' }))).fields?.[0]?.path,
    ).toBe('caseIds.0');
    expect(
      (await failure(createNotification(db, analyst, { partnerCode: 'SA', transmittalNumber: '2644', description: 'x' }))).fields?.[0]
        ?.path,
    ).toBe('transmittalNumber');
    expect(
      (
        await failure(
          createNotification(db, analyst, { partnerCode: 'SA', transmittalNumber: drafted.transmittalNumber, description: 'x' }),
        )
      ).status,
    ).toBe(409);
    expect((await failure(createNotification(db, writer, { partnerCode: 'SA', description: 'x' }))).status).toBe(403);

    const tiered = await transitionNotification(db, analyst, drafted.id, { action: 'send_tiered_review', version: 1, date: '2026-01-10' });
    expect(tiered).toMatchObject({ status: 'in_tiered_review', tieredReviewDays: 40, tieredReviewEndsOn: '2026-02-19' });
    expect(
      await failure(transitionNotification(db, analyst, drafted.id, { action: 'clear', version: 2, date: '2026-02-20' })),
    ).toMatchObject({ status: 409, message: expect.stringMatching(/possible now: notify formally, withdraw/) });
    expect(
      (await failure(transitionNotification(db, analyst, drafted.id, { action: 'notify_formally', version: 1, date: '2026-02-20' }))).code,
    ).toBe('version_conflict');
    expect(
      (await failure(transitionNotification(db, analyst, drafted.id, { action: 'notify_formally', version: 2, date: '2099-01-01' })))
        .fields?.[0]?.path,
    ).toBe('date');

    const notified = await transitionNotification(db, analyst, drafted.id, { action: 'notify_formally', version: 2, date: '2026-02-20' });
    expect(notified).toMatchObject({ status: 'formally_notified', reviewDays: 30, reviewEndsOn: '2026-03-22' });
    expect((await failure(updateNotification(db, analyst, drafted.id, { version: 3, description: 'changed' }))).status).toBe(409);
    state = await getCaseNotificationState(db, writer, created.identifier);
    expect(state.offerBlocker).toMatch(/is formally notified \(review period ends 2026-03-22\)/);

    const deadlines = await listDeadlines(db, testWiring.deadlineSources, analyst, {
      from: '2026-03-01',
      to: '2026-03-31',
      includeOverdue: false,
    });
    expect(deadlines).toEqual([
      expect.objectContaining({
        kind: 'notification.review_ends',
        dueDate: '2026-03-22',
        partnerCode: 'SA',
        link: `/notifications/${drafted.id}`,
      }),
    ]);
    expect(
      await listDeadlines(db, testWiring.deadlineSources, analystAT, { from: '2026-03-01', to: '2026-03-31', includeOverdue: false }),
    ).toEqual([]);

    expect(
      (await failure(transitionNotification(db, analyst, drafted.id, { action: 'clear', version: 3, date: '2026-03-22' }))).message,
    ).toMatch(/runs to 2026-03-22/);
    const cleared = await transitionNotification(db, analyst, drafted.id, { action: 'clear', version: 3, date: '2026-03-23' });
    expect(cleared).toMatchObject({ status: 'cleared', clearedOn: '2026-03-23' });
    expect((await getCaseNotificationState(db, writer, created.identifier)).offerBlocker).toBeNull();

    const offered = await transitionCase(db, testWiring.caseHooks, writer, created.identifier, {
      action: 'offer',
      version: 4,
      date: '2026-03-24',
    });
    expect(offered.case.status).toBe('offered');

    const audit = await listAudit(db, testWiring.auditSubjects, admin, { entityType: 'notification', limit: 20, offset: 0 });
    expect(audit.items.map((a) => a.action)).toEqual(expect.arrayContaining(['notification.created', 'notification.transitioned']));
  });

  it('lists only notifications in scope; an out-of-scope one is not found', async () => {
    const { db } = database;
    const other = await createNotification(db, analyst, {
      partnerCode: 'UK',
      description: 'Typhoon support (values entered)',
      mdeCents: 0,
      totalCents: 120_000_000_00,
    });
    expect((await listNotifications(db, analyst)).items.map((n) => n.partnerCode)).toEqual(expect.arrayContaining(['UK', 'SA']));
    expect((await listNotifications(db, analystAT)).items).toEqual([]);
    expect((await failure(updateNotification(db, analystAT, other.id, { version: 1, description: 'x' }))).status).toBe(404);
  });

  it('a change of law is a new dated row, kept by administrators', async () => {
    const { db } = database;
    const row = {
      purchaserGroup: 'OTHER' as const,
      effectiveFrom: '2030-01-01',
      mdeCents: 23_000_000_00,
      totalCents: 83_000_000_00,
      designConstructionCents: 332_000_000_00,
      reviewDays: 30,
      tieredReviewDays: 40,
      source: 'Test fixture: a future enactment',
      verified: false,
    };
    expect((await failure(addThreshold(db, analyst, row))).status).toBe(403);
    expect((await failure(addThreshold(db, admin, row))).status).toBe(409);
    await endThreshold(db, admin, 2, { effectiveTo: '2029-12-31' });
    await addThreshold(db, admin, row);
    expect(
      (await determine(db, writer, { partnerCode: 'SA', mdeValue: 14_000_000, totalValue: 14_000_000, asOf: '2029-12-31' })).required,
    ).toBe(true);
    expect(
      (await determine(db, writer, { partnerCode: 'SA', mdeValue: 14_000_000, totalValue: 14_000_000, asOf: '2030-01-01' })).required,
    ).toBe(false);
  });

  it('keeps purchaser and items from users without need-to-know until formal notice', async () => {
    const { db } = database;
    const created = await createCase(db, writer, {
      partnerCode: 'QA',
      agencyCode: 'D',
      type: 'defined_order',
      title: 'Patriot fire units',
    });
    await saveVersion(db, testWiring.caseHooks, writer, created.identifier, 0, {
      revision: 1,
      lines: [line('001', 60_000_000, true)],
      notes: [note],
      paymentSchedule: [],
    });
    const seenBy = async (who: typeof auditor) => (await listCases(db, who, { limit: 500 })).items.find((c) => c.id === created.id);
    // Listed, but nothing of it shown: no partner, agency letter, designator, value or case manager.
    expect(await seenBy(auditor)).toEqual({
      id: created.id,
      withheld: true,
      identifier: 'Withheld',
      partnerCode: null,
      partnerName: null,
      agencyCode: null,
      type: null,
      title: WITHHELD,
      status: null,
      totalCents: null,
      caseManager: null,
      updatedAt: null,
    });
    // …and no search on its content finds it.
    const searched = await listCases(db, auditor, { q: created.identifier.slice(2), limit: 500 });
    expect(searched.items.find((c) => c.id === created.id)).toBeUndefined();
    expect((await listCases(db, auditor, { partner: 'QA', limit: 500 })).items.find((c) => c.id === created.id)).toBeUndefined();
    expect(await seenBy(writer)).toMatchObject({ partnerCode: 'QA', title: 'Patriot fire units' });
    expect((await failure(getCasePage(db, testWiring.caseHooks, auditor, created.id))).message).toMatch(
      /withheld pending congressional notification/,
    );
    expect((await failure(getCaseNotificationState(db, auditor, created.id))).status).toBe(403);
    expect((await getCasePage(db, testWiring.caseHooks, reviewer, created.id)).case.partnerCode).toBe('QA');

    const notice = await createNotification(db, analyst, { partnerCode: 'QA', caseIds: [created.id], description: 'Patriot' });
    expect((await seenBy(auditor))?.title).toBe(WITHHELD);
    await transitionNotification(db, analyst, notice.id, { action: 'notify_formally', version: notice.version, date: '2026-02-01' });
    expect(await seenBy(auditor)).toMatchObject({ partnerCode: 'QA', title: 'Patriot fire units' });
    expect((await getCasePage(db, testWiring.caseHooks, auditor, created.id)).case.title).toBe('Patriot fire units');
  });
});
