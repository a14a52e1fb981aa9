import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../../platform/audit/service.ts';
import { listDeadlines } from '../../platform/deadlines/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { transitionNotification } from '../notifications/public.ts';
import { testWiring } from '../testing.ts';
import { exportLeases } from './exports.ts';
import { receivePayment, renewLease, schedulePayment, transitionLease } from './lease-moves.ts';
import { createLease, getLease, listLeases, updateLease } from './lease-service.ts';
import { leasesPortfolioSection } from './portfolio-section.ts';
import { leaseInput } from './test-fixtures.ts';

const analyst = testPrincipal(['program_analyst'], { directorates: ['GEX'] });
const partnerGM = testPrincipal(['country_portfolio_director'], { countries: ['GM'] });
const partnerSA = testPrincipal(['country_portfolio_director'], { countries: ['SA'] });
const cn = testPrincipal(['notification_analyst'], { directorates: ['GEX'] });
/** Certifying makes a congressional notification: leases write and notifications write. */
const certifier = testPrincipal(['program_analyst', 'notification_analyst'], { directorates: ['GEX'] });
const TODAY = '2026-06-01';

const fieldsOf = async (p: Promise<unknown>) => (await failure(p)).fields?.map((f) => f.path);

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe.each(TEST_ENGINES)('leases on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('drafts a lease with its determination, end date and designator; a term beyond AECA 61 is refused naming termMonths', async () => {
    const { db } = database;
    const lease = await createLease(db, analyst, leaseInput({ termMonths: 60, refurbishmentMonths: 6 }), TODAY);
    expect(lease).toMatchObject({
      status: 'draft',
      designator: 'GM-L-2026-001',
      endOn: '2031-08-31',
      determination: { certificationRequired: true, reviewDays: 15, jointResolutionReview: false },
      allowedActions: ['certify', 'sign', 'terminate'],
      version: 1,
    });
    expect(lease.articles.map((a) => a.nomenclature)).toEqual(['Howitzer, towed, 155mm', 'Test set, fire control']);
    const refused = await failure(createLease(db, analyst, leaseInput({ termMonths: 61 }), TODAY));
    expect(refused.status).toBe(400);
    expect(refused.fields).toEqual([{ path: 'termMonths', message: expect.stringMatching(/beyond the limit of 60 months.*AECA 61\(b\)/) }]);
  });

  it('names the field and why on bad input (never a 500)', async () => {
    const { db } = database;
    expect(await fieldsOf(createLease(db, analyst, leaseInput({ mdeValueCents: 50 * 1_000_000 * 100 }), TODAY))).toEqual(['mdeValueCents']);
    expect(await fieldsOf(createLease(db, analyst, leaseInput({ partnerCode: 'ZZ' }), TODAY))).toEqual(['partnerCode']);
    expect(await fieldsOf(createLease(db, analyst, leaseInput({ articles: [] }), TODAY))).toEqual(['articles']);
    expect(
      await fieldsOf(createLease(db, analyst, leaseInput({ articles: [{ nsn: '12', nomenclature: 'x', quantity: 1 }] }), TODAY)),
    ).toEqual(['articles.0.nsn']);
    expect(await fieldsOf(createLease(db, analyst, leaseInput({ mtcrItems: true }), TODAY))).toEqual(['mtcrListSentOn', 'mtcrCompliant']);
    expect(await fieldsOf(createLease(db, analyst, leaseInput({ rentalWaiver: 'exercise' }), TODAY))).toEqual(['rentalWaiverBasis']);
    expect(
      await fieldsOf(
        createLease(db, analyst, leaseInput({ rentalValueCents: 100, payments: [{ dueOn: '2026-04-01', amountCents: 101 }] }), TODAY),
      ),
    ).toEqual(['payments']);
    expect(await fieldsOf(createLease(db, analyst, leaseInput({ startOn: '2026-02-30' }), TODAY))).toEqual(['startOn']);
  });

  it('runs a lease under a year without certification: signed, delivered, rental overdue then received, returned, closed', async () => {
    const { db } = database;
    const draft = await createLease(
      db,
      analyst,
      leaseInput({ partnerCode: 'SA', termMonths: 11, rentalValueCents: 300_00, payments: [{ dueOn: '2026-04-01', amountCents: 200_00 }] }),
      TODAY,
    );
    expect(draft.determination.certificationRequired).toBe(false);
    expect((await failure(transitionLease(db, analyst, draft.id, { version: 1, action: 'certify', reason: 'x' }, TODAY))).status).toBe(409);
    const signed = await transitionLease(
      db,
      analyst,
      draft.id,
      { version: 1, action: 'sign', reason: 'Agreed', onDate: '2026-02-20' },
      TODAY,
    );
    expect(signed).toMatchObject({ status: 'signed', signedOn: '2026-02-20' });
    const active = await transitionLease(
      db,
      analyst,
      draft.id,
      { version: 2, action: 'deliver', reason: 'Handed over', onDate: '2026-03-01' },
      TODAY,
    );
    expect(active).toMatchObject({ status: 'active', returnDueOn: '2027-01-31', overdueCents: 200_00, outstandingCents: 200_00 });
    expect(active.payments[0]).toMatchObject({ overdue: true });
    // The overdue payment shows in the list filter, the portfolio and the calendar.
    expect((await listLeases(db, analyst, { overdue: 'true' }, TODAY)).items.map((l) => l.id)).toEqual([draft.id]);
    // The list's search finds a lease by an article's nomenclature or NSN as well as by its designator.
    for (const q of ['howitzer', '4935-01', active.designator])
      expect((await listLeases(db, analyst, { q }, TODAY)).items.map((l) => l.id)).toContain(draft.id);
    expect((await listLeases(db, analyst, { q: 'no such article' }, TODAY)).items).toEqual([]);
    const figures = (await leasesPortfolioSection.figures(db, analyst, ['SA'], TODAY)).get('SA')!;
    expect(figures.find((f) => f.key === 'leases.payments_overdue')).toMatchObject({ count: 1, cents: 200_00, risk: 'overdue' });
    expect(figures.find((f) => f.key === 'leases.active')).toMatchObject({ count: 1 });
    const clocks = await listDeadlines(db, testWiring.deadlineSources, analyst, {
      from: TODAY,
      to: '2027-12-31',
      includeOverdue: true,
      area: 'leases',
      today: TODAY,
    });
    expect(clocks.map((c) => c.kind).sort()).toEqual(['lease.ends', 'lease.payment_due', 'lease.return_due']);
    const scheduled = await schedulePayment(db, analyst, draft.id, { version: 3, dueOn: '2026-09-01', amountCents: 100_00 }, TODAY);
    expect((await failure(schedulePayment(db, analyst, draft.id, { version: 4, dueOn: '2026-10-01', amountCents: 1 }, TODAY))).status).toBe(
      400,
    );
    const first = scheduled.payments[0]!;
    expect(
      (await failure(receivePayment(db, analyst, draft.id, first.id, { version: 4, receivedOn: '2026-05-01', amountCents: 200_01 }, TODAY)))
        .fields,
    ).toEqual([{ path: 'amountCents', message: 'at most 20000 cents' }]);
    const paid = await receivePayment(
      db,
      analyst,
      draft.id,
      first.id,
      { version: 4, receivedOn: '2026-05-01', amountCents: 200_00 },
      TODAY,
    );
    expect(paid).toMatchObject({ overdueCents: 0, outstandingCents: 100_00 });
    const returned = await transitionLease(
      db,
      analyst,
      draft.id,
      {
        version: 5,
        action: 'return',
        reason: 'Lease over',
        onDate: '2026-05-30',
        returnCondition: 'Serviceable, one scratch',
        lossDamageCents: 5_00,
      },
      TODAY,
    );
    expect(returned).toMatchObject({ status: 'returned', returnCondition: 'Serviceable, one scratch', lossDamageCents: 5_00 });
    const refused = await failure(transitionLease(db, analyst, draft.id, { version: 6, action: 'close', reason: 'Done' }, TODAY));
    expect(refused.message).toMatch(/\$100\.00 is still outstanding/);
    await receivePayment(db, analyst, draft.id, scheduled.payments[1]!.id, { version: 6, receivedOn: TODAY, amountCents: 100_00 }, TODAY);
    expect(
      await transitionLease(db, analyst, draft.id, { version: 7, action: 'close', reason: 'Closed per DSCA 09-59' }, TODAY),
    ).toMatchObject({
      status: 'closed',
      closedOn: TODAY,
      allowedActions: [],
    });
    const audit = await listAudit(db, [], testPrincipal(['administrator']), {
      entityType: 'lease',
      entityId: draft.id,
      limit: 50,
      offset: 0,
    });
    expect(JSON.stringify(audit)).toContain('Closed per DSCA 09-59');
  });

  it('refuses signature of a lease of a year or more until certified (62(a)), unless the 62(b) emergency waiver is recorded', async () => {
    const { db } = database;
    const lease = await createLease(db, analyst, leaseInput(), TODAY);
    const refused = await failure(transitionLease(db, analyst, lease.id, { version: 1, action: 'sign', reason: 'x' }, TODAY));
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/certify the lease to Congress.*possible now: certify, sign, terminate/);
    const waived = await createLease(
      db,
      analyst,
      leaseInput({ emergencyWaiver: 'Emergency: imminent threat, 62(b) determination' }),
      TODAY,
    );
    expect((await failure(transitionLease(db, analyst, waived.id, { version: 1, action: 'certify', reason: 'x' }, TODAY))).status).toBe(
      409,
    );
    expect(await transitionLease(db, analyst, waived.id, { version: 1, action: 'sign', reason: 'Emergency' }, TODAY)).toMatchObject({
      status: 'signed',
    });
  });

  it('certifies through the notifications area and refuses signature until the 62(c) period ends, naming the date', async () => {
    const { db } = database;
    const lease = await createLease(db, analyst, leaseInput({ mdeValueCents: 25 * 1_000_000 * 100 }), TODAY);
    expect(lease.determination).toMatchObject({ certificationRequired: true, reviewDays: 15, jointResolutionReview: true });
    // The program analyst drafts the certification (the lease is theirs); the notifications analyst transmits it.
    const certified = await transitionLease(
      db,
      analyst,
      lease.id,
      { version: 1, action: 'certify', reason: 'To Congress', onDate: '2026-05-01' },
      TODAY,
    );
    expect(certified).toMatchObject({ status: 'certification', allowedActions: ['end_period', 'terminate'] });
    expect(certified.certification).toMatchObject({ status: 'draft', reviewDays: 15, reviewEndsOn: null });
    expect(certified.certificationNoticeId).toBe(certified.certification!.id);
    const early = await failure(
      transitionLease(db, analyst, lease.id, { version: 2, action: 'end_period', reason: 'x', onDate: '2026-05-02' }, TODAY),
    );
    expect(early.status).toBe(409);
    expect(early.message).toMatch(/not been formally sent/);
    expect(
      (await failure(transitionLease(db, certifier, lease.id, { version: 2, action: 'certify', reason: 'again' }, TODAY))).status,
    ).toBe(409);
    const notice = await transitionNotification(
      db,
      cn,
      certified.certification!.id,
      { version: 1, action: 'notify_formally', date: '2026-05-01' },
      TODAY,
    );
    expect(notice).toMatchObject({ reviewEndsOn: '2026-05-16' });
    const onLastDay = await failure(
      transitionLease(db, analyst, lease.id, { version: 2, action: 'end_period', reason: 'x', onDate: '2026-05-16' }, TODAY),
    );
    expect(onLastDay.status).toBe(409);
    expect(onLastDay.message).toMatch(/runs to 2026-05-16/);
    expect(onLastDay.fields).toEqual([{ path: 'onDate', message: expect.stringContaining('2026-05-16') }]);
    const clocks = await listDeadlines(db, testWiring.deadlineSources, cn, {
      from: '2026-05-01',
      to: TODAY,
      includeOverdue: true,
      today: '2026-05-02',
    });
    expect(clocks.some((c) => c.entityId === notice.id && c.dueDate === '2026-05-16')).toBe(true);
    const ended = await transitionLease(
      db,
      analyst,
      lease.id,
      { version: 2, action: 'end_period', reason: 'Period over', onDate: '2026-05-17' },
      TODAY,
    );
    expect(ended.status).toBe('period_ended');
    // The signature checks the notice again, on its own date.
    expect(
      (await failure(transitionLease(db, analyst, lease.id, { version: 3, action: 'sign', reason: 'x', onDate: '2026-05-10' }, TODAY)))
        .status,
    ).toBe(409);
    expect(
      await transitionLease(db, analyst, lease.id, { version: 3, action: 'sign', reason: 'Signed', onDate: '2026-05-20' }, TODAY),
    ).toMatchObject({
      status: 'signed',
      signedOn: '2026-05-20',
    });
  });

  it('certifies again once the notice is withdrawn; a withdrawn notice never ends the period', async () => {
    const { db } = database;
    const lease = await createLease(db, analyst, leaseInput({ partnerCode: 'SA' }), TODAY);
    const first = await transitionLease(
      db,
      certifier,
      lease.id,
      { version: 1, action: 'certify', reason: 'x', onDate: '2026-04-01' },
      TODAY,
    );
    await transitionNotification(db, cn, first.certification!.id, { version: 1, action: 'withdraw', date: '2026-04-02' }, TODAY);
    const withdrawn = await getLease(db, analyst, lease.id, TODAY);
    expect(withdrawn.allowedActions).toEqual(['certify', 'end_period', 'terminate']);
    expect(
      (await failure(transitionLease(db, analyst, lease.id, { version: 2, action: 'end_period', reason: 'x' }, TODAY))).message,
    ).toMatch(/withdrawn/);
    const again = await transitionLease(
      db,
      certifier,
      lease.id,
      { version: 2, action: 'certify', reason: 'Corrected', onDate: '2026-04-03' },
      TODAY,
    );
    expect(again.certification).toMatchObject({ status: 'draft', reviewDays: 30 });
    expect(again.certification!.id).not.toBe(first.certification!.id);
    expect(again.allowedActions).toEqual(['end_period', 'terminate']);
  });

  it('answers 409 on a stale version, 400 on a future date; only a draft is edited, its determination made again', async () => {
    const { db } = database;
    const lease = await createLease(db, analyst, leaseInput({ partnerCode: 'SA', termMonths: 6 }), TODAY);
    const edited = await updateLease(db, analyst, lease.id, { version: 1, termMonths: 18, mdeValueCents: 14 * 1_000_000 * 100 }, TODAY);
    expect(edited).toMatchObject({
      version: 2,
      determination: { certificationRequired: true, reviewDays: 30, jointResolutionReview: true },
    });
    expect((await failure(updateLease(db, analyst, lease.id, { version: 1, terms: 'again' }, TODAY))).status).toBe(409);
    expect((await failure(transitionLease(db, analyst, lease.id, { version: 1, action: 'terminate', reason: 'x' }, TODAY))).status).toBe(
      409,
    );
    expect(
      await fieldsOf(transitionLease(db, analyst, lease.id, { version: 2, action: 'terminate', reason: 'x', onDate: '2026-06-02' }, TODAY)),
    ).toEqual(['onDate']);
    expect(await fieldsOf(transitionLease(db, analyst, lease.id, { version: 2, action: 'return', reason: 'x' }, TODAY))).toEqual([
      'returnCondition',
    ]);
    expect(await fieldsOf(updateLease(db, analyst, lease.id, { version: 2, termMonths: 61 }, TODAY))).toEqual(['termMonths']);
    const ended = await transitionLease(db, analyst, lease.id, { version: 2, action: 'terminate', reason: 'Partner withdrew' }, TODAY);
    expect(ended).toMatchObject({ status: 'terminated', allowedActions: ['return'] });
    expect(
      (await failure(transitionLease(db, analyst, lease.id, { version: 3, action: 'return', reason: 'x', returnCondition: 'y' }, TODAY)))
        .message,
    ).toMatch(/Nothing was delivered/);
    expect((await failure(updateLease(db, analyst, lease.id, { version: 3, terms: 'late' }, TODAY))).status).toBe(409);
  });

  it('terminates a delivered lease at any time: the articles fall due back (a clock), then returned and closed', async () => {
    const { db } = database;
    const lease = await createLease(db, analyst, leaseInput({ partnerCode: 'SA', termMonths: 9 }), TODAY);
    await transitionLease(db, analyst, lease.id, { version: 1, action: 'sign', reason: 'ok', onDate: '2026-03-01' }, TODAY);
    await transitionLease(db, analyst, lease.id, { version: 2, action: 'deliver', reason: 'ok', onDate: '2026-03-02' }, TODAY);
    const ended = await transitionLease(
      db,
      analyst,
      lease.id,
      { version: 3, action: 'terminate', reason: 'Needed for U.S. use (AECA 61(a))', returnDueOn: '2026-07-01' },
      TODAY,
    );
    expect(ended).toMatchObject({ status: 'terminated', terminatedOn: TODAY, returnDueOn: '2026-07-01', allowedActions: ['return'] });
    const clocks = await listDeadlines(db, testWiring.deadlineSources, analyst, {
      from: TODAY,
      to: '2026-12-31',
      includeOverdue: false,
      area: 'leases',
      today: TODAY,
    });
    expect(clocks.filter((c) => c.entityId === lease.id).map((c) => [c.kind, c.dueDate])).toEqual([['lease.return_due', '2026-07-01']]);
    await transitionLease(db, analyst, lease.id, { version: 4, action: 'return', reason: 'Back', returnCondition: 'Serviceable' }, TODAY);
    expect(await transitionLease(db, analyst, lease.id, { version: 5, action: 'close', reason: 'Closed' }, TODAY)).toMatchObject({
      status: 'closed',
    });
  });

  it('renews a signed lease as a new draft, checked again and linked', async () => {
    const { db } = database;
    const lease = await createLease(db, analyst, leaseInput({ partnerCode: 'SA', termMonths: 10 }), TODAY);
    await transitionLease(db, analyst, lease.id, { version: 1, action: 'sign', reason: 'ok' }, TODAY);
    expect(await fieldsOf(renewLease(db, analyst, lease.id, { version: 2, termMonths: 61 }, TODAY))).toEqual(['termMonths']);
    const renewal = await renewLease(db, analyst, lease.designator, { version: 2, termMonths: 12 }, TODAY);
    expect(renewal).toMatchObject({
      status: 'draft',
      renewsId: lease.id,
      startOn: '2027-01-01',
      determination: { certificationRequired: true, reviewDays: 30 },
      renews: { id: lease.id, designator: lease.designator },
    });
    expect((await getLease(db, analyst, lease.id, TODAY)).renewals.map((r) => r.id)).toEqual([renewal.id]);
  });

  it('shows partner users only their own leases (list, count, export), read-only; other roles not at all', async () => {
    const { db } = database;
    const gm = await listLeases(db, partnerGM, {}, TODAY);
    expect(gm.total).toBeGreaterThan(0);
    expect(new Set(gm.items.map((l) => l.partnerCode))).toEqual(new Set(['GM']));
    expect(gm.total).toBe(gm.items.length);
    const csv = await text((await exportLeases(db, partnerGM, {}, 'csv', TODAY)).body);
    expect(csv.split('\r\n').filter(Boolean).length).toBe(gm.total + 1);
    expect(csv).not.toContain('SA-L-');
    const sa = (await listLeases(db, analyst, { partner: 'SA' }, TODAY)).items[0]!;
    expect((await failure(getLease(db, partnerGM, sa.id, TODAY))).status).toBe(404);
    expect((await failure(getLease(db, partnerSA, gm.items[0]!.id, TODAY))).status).toBe(404);
    expect((await failure(createLease(db, partnerGM, leaseInput(), TODAY))).status).toBe(403);
    expect(
      (
        await failure(
          transitionLease(db, partnerGM, gm.items[0]!.id, { version: gm.items[0]!.version, action: 'terminate', reason: 'x' }, TODAY),
        )
      ).status,
    ).toBe(403);
    expect((await failure(listLeases(db, cn, {}, TODAY))).status).toBe(403);
  });
});
