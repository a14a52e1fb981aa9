import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { listAudit } from '../../platform/audit/service.ts';
import { addDays, todayIso } from '../../platform/dates.ts';
import { listDeadlines } from '../../platform/deadlines/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { cases, createCase, saveVersion } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { getNotification, listNotifications, transitionNotification, WITHHELD_NOTIFICATION } from './notification-service.ts';
import { createNotification } from './public.ts';
import { addThreshold, endThreshold } from './threshold-service.ts';

const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const analyst = testPrincipal(['notification_analyst'], { directorates: ['GEX'] });
const admin = testPrincipal(['administrator']);
const auditor = testPrincipal(['auditor']);
const auditorAT = testPrincipal(['auditor'], { countries: ['AT'] });
const grantedAuditor = testPrincipal(['auditor'], { needToKnow: ['pre-notification'] });

const line = (dollars: number) => ({
  lineNumber: '001',
  description: 'Patriot fire unit',
  maslGenericCode: 'A1A',
  maslNumber: '2840015200000',
  quantity: 1,
  unitOfIssue: 'EA',
  unitCostCents: dollars * 100,
  mde: true,
  sme: true,
  sourceOfSupply: 'P',
  deliveryPeriod: '24 months',
});

const masked = (id: string) => ({
  id,
  withheld: true,
  kind: null,
  transmittalNumber: 'Withheld',
  partnerCode: null,
  followsId: null,
  description: WITHHELD_NOTIFICATION,
  mdeCents: null,
  totalCents: null,
  designConstructionCents: null,
  status: null,
  tieredReviewSentOn: null,
  tieredReviewDays: null,
  tieredReviewEndsOn: null,
  formallyNotifiedOn: null,
  reviewDays: null,
  reviewSource: null,
  reviewEndsOn: null,
  clearedOn: null,
  withdrawnOn: null,
  version: null,
  createdAt: null,
  updatedAt: null,
  cases: null,
});

describe.each(TEST_ENGINES)('a notification of a sale withheld pending notice, on %s', (engine) => {
  let database: Database;
  const today = todayIso();
  let caseId = '';
  let noticeId = '';
  let transmittal = '';

  const markingsOf = async (id: string) => (await database.db.select({ m: cases.markings }).from(cases).where(eq(cases.id, id)))[0]!.m;
  /** A case for SA (not an ally: 14M MDE threshold) with one MDE line of `dollars`. */
  async function saleToSA(title: string, dollars: number) {
    const created = await createCase(database.db, writer, { partnerCode: 'SA', agencyCode: 'D', type: 'defined_order', title });
    await saveVersion(database.db, testWiring.caseHooks, writer, created.identifier, 0, {
      revision: 1,
      lines: [line(dollars)],
      notes: [{ code: 'GEN', title: 'General', text: 'Standard terms.' }],
      paymentSchedule: [{ dueDate: '2027-06-15', amountCents: dollars * 100 }],
    });
    return created;
  }
  const listed = async (who: Principal, query: Record<string, unknown> = {}) =>
    (await listNotifications(database.db, who, { limit: 500, ...query })).items.find((n) => n.id === noticeId);
  const clocks = async (who: Principal) =>
    (await listDeadlines(database.db, testWiring.deadlineSources, who, { from: today, to: addDays(today, 90), includeOverdue: true }))
      .filter((d) => d.entityId === noticeId)
      .map((d) => d.kind);
  const figures = async (who: Principal) => {
    const section = testWiring.portfolioSections.find((s) => s.id === 'notifications')!;
    const bySA = (await section.figures(database.db, who, ['SA'], today)).get('SA') ?? [];
    return bySA.find((f) => f.key === 'notifications.in_progress')?.count ?? 0;
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const sale = await saleToSA('Patriot fire units', 60_000_000);
    caseId = sale.id;
    const notice = await createNotification(database.db, analyst, {
      partnerCode: 'SA',
      caseIds: [caseId],
      description: 'Patriot fire units for SA',
    });
    noticeId = notice.id;
    transmittal = notice.transmittalNumber;
  });
  afterAll(() => database?.close());

  it('lists a drafted notice of a withheld case masked to readers without need-to-know, matching no filter', async () => {
    expect(await markingsOf(caseId)).toEqual(['pre-notification']);
    expect(await listed(analyst)).toMatchObject({ withheld: false, partnerCode: 'SA', description: 'Patriot fire units for SA' });
    expect(await listed(grantedAuditor)).toMatchObject({ withheld: false, transmittalNumber: transmittal });
    expect(await listed(auditor)).toEqual(masked(noticeId));
    for (const filter of [{ q: 'Patriot' }, { q: transmittal }, { partner: 'SA' }, { status: 'draft' }]) {
      expect(await listed(auditor, filter)).toBeUndefined();
      expect(await listed(analyst, filter)).toBeDefined();
    }
    expect((await listNotifications(database.db, auditor, { partner: 'SA' })).total).toBe(0);
    expect(await listed(auditorAT)).toBeUndefined();
  });

  it('refuses its page as withheld (by id or transmittal number); out of scope it is not found', async () => {
    for (const ref of [noticeId, transmittal]) {
      const refused = await failure(getNotification(database.db, auditor, ref));
      expect(refused).toMatchObject({ status: 403, message: expect.stringMatching(/withheld pending congressional notification/) });
      expect((await failure(getNotification(database.db, auditorAT, ref))).status).toBe(404);
    }
    expect((await getNotification(database.db, grantedAuditor, noticeId)).cases).toEqual([expect.objectContaining({ id: caseId })]);
    expect((await failure(getNotification(database.db, auditor, 'not-a-reference'))).status).toBe(404);
  });

  it('leaves its clock out of the calendar and its count out of the portfolio for readers without need-to-know', async () => {
    const notice = await getNotification(database.db, analyst, noticeId);
    await transitionNotification(database.db, analyst, noticeId, { action: 'send_tiered_review', version: notice.version, date: today });
    expect(await clocks(analyst)).toEqual(['notification.tiered_review_ends']);
    expect(await clocks(grantedAuditor)).toEqual(['notification.tiered_review_ends']);
    expect(await clocks(auditor)).toEqual([]);
    expect(await figures(analyst)).toBe(1);
    expect(await figures(auditor)).toBe(0);
  });

  it('shows the auditor only that the audit entries about it exist; an administrator sees them whole', async () => {
    const page = async (who: Principal, query: { entityId?: string } = {}) =>
      (await listAudit(database.db, testWiring.auditSubjects, who, { entityType: 'notification', limit: 50, offset: 0, ...query })).items;
    const seen = await page(auditor);
    expect(seen.map((e) => e.action)).toEqual(['notification.transitioned', 'notification.created']);
    for (const entry of seen) expect(entry).toMatchObject({ entityId: 'withheld', countryCode: null, before: null, after: null });
    expect(await page(auditor, { entityId: noticeId })).toEqual([]);
    const whole = await page(admin, { entityId: noticeId });
    expect(whole).toHaveLength(2);
    expect(whole[1]).toMatchObject({ action: 'notification.created', entityId: noticeId, countryCode: 'SA' });
    expect(whole[1]!.after).toMatchObject({ transmittalNumber: transmittal, description: 'Patriot fire units for SA' });
  });

  it('formal notice unmarks the case and its notice; withdrawal marks them again; the offer gate still blocks', async () => {
    let notice = await getNotification(database.db, analyst, noticeId);
    notice = await transitionNotification(database.db, analyst, noticeId, {
      action: 'notify_formally',
      version: notice.version,
      date: today,
    });
    expect(await markingsOf(caseId)).toEqual([]);
    expect(await listed(auditor)).toMatchObject({ withheld: false, status: 'formally_notified', partnerCode: 'SA' });
    expect((await getNotification(database.db, auditor, noticeId)).transmittalNumber).toBe(transmittal);
    expect(await clocks(auditor)).toEqual(['notification.review_ends']);
    expect(await figures(auditor)).toBe(1);
    const history = await listAudit(database.db, testWiring.auditSubjects, auditor, {
      entityType: 'notification',
      entityId: noticeId,
      limit: 50,
      offset: 0,
    });
    expect(history.items.map((e) => e.action)).toEqual(['notification.transitioned', 'notification.transitioned', 'notification.created']);

    const gate = testWiring.caseHooks.offerGates.find((g) => g.name === 'congressional-notification')!;
    const candidate = { caseId, identifier: 'x', partnerCode: 'SA', totalCents: 60_000_000_00, offerDate: today };
    expect(await gate.check(database.db, candidate)).toMatch(/is formally notified/);

    await transitionNotification(database.db, analyst, noticeId, { action: 'withdraw', version: notice.version, date: today });
    expect(await markingsOf(caseId)).toEqual(['pre-notification']);
    expect(await listed(auditor)).toEqual(masked(noticeId));
    expect((await failure(getNotification(database.db, auditor, noticeId))).status).toBe(403);
    expect(await clocks(auditor)).toEqual([]);
    expect(await gate.check(database.db, candidate)).toMatch(/notification is required .* none has been made/);
  });

  it('a change of the threshold table, kept by administrators, re-decides which cases are withheld', async () => {
    const middling = await saleToSA('Radar sets', 15_000_000);
    const small = await saleToSA('Radar spares', 1_000_000);
    expect(await markingsOf(middling.id)).toEqual(['pre-notification']);
    expect(await markingsOf(small.id)).toEqual([]);
    const higher = {
      purchaserGroup: 'OTHER' as const,
      effectiveFrom: today,
      mdeCents: 20_000_000_00,
      totalCents: 80_000_000_00,
      designConstructionCents: 300_000_000_00,
      reviewDays: 30,
      tieredReviewDays: 40,
      source: 'Test fixture: higher thresholds enacted today',
      verified: false,
    };
    expect((await failure(addThreshold(database.db, analyst, higher))).status).toBe(403);
    expect((await failure(endThreshold(database.db, analyst, 2, { effectiveTo: addDays(today, -1) }))).status).toBe(403);

    // Between the old row's end and its successor nothing decides whether notice is needed: withheld until it can be.
    await endThreshold(database.db, admin, 2, { effectiveTo: addDays(today, -1) });
    expect(await markingsOf(small.id)).toEqual(['pre-notification']);
    expect(await markingsOf(middling.id)).toEqual(['pre-notification']);

    await addThreshold(database.db, admin, higher);
    expect(await markingsOf(small.id)).toEqual([]);
    expect(await markingsOf(middling.id)).toEqual([]);
    expect(await markingsOf(caseId)).toEqual(['pre-notification']);
  });
});
