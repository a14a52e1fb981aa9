import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { addDays, todayIso } from '../../platform/dates.ts';
import { listDeadlines } from '../../platform/deadlines/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createCase, saveVersion } from '../cases/public.ts';
import { transitionNotification } from '../notifications/public.ts';
import { testWiring } from '../testing.ts';
import { ceilingView } from './ceiling-service.ts';
import { createDeclaration, getDeclaration, listDeclarations } from './declaration-service.ts';
import { exportRequests } from './exports.ts';
import { edaOfferGate } from './offer-gate.ts';
import { edaPortfolioSection } from './portfolio-section.ts';
import { createRequest, getRequest, linkRequestCase, listRequests, setRequestValue, updateRequest } from './request-service.ts';
import { addOffice, recordReview } from './review-service.ts';
import { fiscalYearOf } from './rules/value.ts';
import { edaRequests } from './schema.ts';
import { transitionRequest } from './workflow-service.ts';

const admin = testPrincipal(['administrator']);
const analyst = testPrincipal(['program_analyst'], { directorates: ['GEX'] });
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const cpdPL = testPrincipal(['country_portfolio_director'], { countries: ['PL'] });
const auditor = testPrincipal(['auditor']);
const analystAndNotices = testPrincipal(['program_analyst', 'notification_analyst'], { directorates: ['GEX'] });

const declaration = (fields: Record<string, unknown> = {}) => ({
  militaryDepartment: 'army' as const,
  nsn: '2320-01-107-7155',
  maslNumber: 'B23201071',
  nomenclature: 'Truck, utility, M998',
  quantity: 20,
  conditionCode: 'B' as const,
  unitAcquisitionValueCents: 50_000_00,
  location: 'Sierra Army Depot',
  availableOn: addDays(todayIso(), 30),
  ...fields,
});

describe.each(TEST_ENGINES)('excess defense articles on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  /** A request carried to review: value 10%, proposal, memo, round 1 open. */
  async function inReview(partnerCode: string, declarationId: string, quantity = 2, sale = false) {
    const { db } = database;
    let r = await createRequest(db, analyst, {
      partnerCode,
      declarationId,
      authority: sale ? 'sale_aeca_21' : 'grant_516',
      quantity,
      pchtPaidBy: sale ? 'dod' : 'recipient',
      agencyCode: 'B',
    });
    r = await setRequestValue(db, analyst, r.id, { version: r.version, currentValuePercent: 10, reason: 'Condition B, 20 years old' });
    r = await transitionRequest(db, analyst, r.id, { version: r.version, action: 'propose', ccmdProposal: 'EUCOM recommends' });
    r = await transitionRequest(db, analyst, r.id, {
      version: r.version,
      action: 'allocate',
      noIndustryInitiative: true,
      noReadinessImpact: true,
      mtcrChecked: true,
    });
    return transitionRequest(db, analyst, r.id, { version: r.version, action: 'submit_for_review', reviewDueOn: todayIso() });
  }
  async function concurAll(id: string) {
    let r = await getRequest(database.db, analyst, id);
    const pending = r.reviewRounds
      .at(-1)!
      .reviews.filter((x) => x.decision === 'pending')
      .map((x) => x.officeCode);
    for (const officeCode of pending)
      r = await recordReview(database.db, analyst, id, { version: r.version, officeCode, decision: 'concur' });
    return r;
  }

  it('records a declaration and refuses bad input naming the field', async () => {
    const { db } = database;
    const d = await createDeclaration(db, analyst, declaration({ serialNumbers: ['SN1', 'SN2'] }));
    expect(d).toMatchObject({ reference: expect.stringMatching(/^EDA-D-\d{4}-\d{3}$/), nsn: '2320011077155', remainingQuantity: 20 });
    expect(d.originalAcquisitionValueCents).toBe(20 * 50_000_00);
    const paths = async (fields: Record<string, unknown>) =>
      (await failure(createDeclaration(db, analyst, declaration(fields)))).fields?.map((f) => f.path);
    expect(await paths({ conditionCode: 'Z' })).toEqual(['conditionCode']);
    expect(await paths({ nsn: '12' })).toEqual(['nsn']);
    expect(await paths({ quantity: 1, serialNumbers: ['A', 'B'] })).toEqual(['serialNumbers']);
    expect(await paths({ unitAcquisitionValueCents: 1.5 })).toEqual(['unitAcquisitionValueCents']);
    expect((await failure(createDeclaration(db, writer, declaration()))).status).toBe(403);
    expect((await failure(createDeclaration(db, cpdPL, declaration()))).status).toBe(403);
    expect((await listDeclarations(db, cpdPL)).total).toBeGreaterThan(0);
    expect((await getDeclaration(db, cpdPL, d.id)).id).toBe(d.id);
  });

  it('a request: PCH&T not DoD for a grant, within the declared quantity, value share 5–50% with who and why; stale version 409', async () => {
    const { db } = database;
    const d = await createDeclaration(db, analyst, declaration());
    const base = {
      partnerCode: 'PL',
      declarationId: d.id,
      authority: 'grant_516' as const,
      quantity: 2,
      pchtPaidBy: 'recipient' as const,
      agencyCode: 'B',
    };
    const dod = await failure(createRequest(db, analyst, { ...base, pchtPaidBy: 'dod' }));
    expect(dod.fields).toEqual([{ path: 'pchtPaidBy', message: expect.stringContaining('516(e)(1)') }]);
    expect((await createRequest(db, analyst, { ...base, authority: 'sale_aeca_21', pchtPaidBy: 'dod' })).status).toBe('draft');
    expect((await failure(createRequest(db, analyst, { ...base, quantity: 21 }))).fields?.[0]?.path).toBe('quantity');
    expect((await failure(createRequest(db, analyst, { ...base, agencyCode: 'QQ' }))).fields?.[0]?.path).toBe('agencyCode');
    expect((await failure(createRequest(db, analyst, { ...base, partnerCode: 'ZZ' }))).fields?.[0]?.path).toBe('partnerCode');
    expect(
      (await failure(createRequest(db, analyst, { ...base, declarationId: '00000000-0000-4000-8000-000000000000' }))).fields?.[0]?.path,
    ).toBe('declarationId');
    expect((await failure(createRequest(db, cpdPL, base))).status).toBe(403);
    const r = await createRequest(db, analyst, base);
    expect(r).toMatchObject({ reference: expect.stringMatching(/^PL-EDA-\d{4}-\d{3}$/), status: 'draft', version: 1 });
    expect((await failure(setRequestValue(db, analyst, r.id, { version: 1, currentValuePercent: 4.99, reason: 'old' }))).fields).toEqual([
      { path: 'currentValuePercent', message: expect.stringMatching(/between 5% and 50%/) },
    ]);
    expect((await failure(setRequestValue(db, analyst, r.id, { version: 1, currentValuePercent: 50.01, reason: 'x' }))).status).toBe(400);
    const valued = await setRequestValue(db, analyst, r.id, { version: 1, currentValuePercent: 50, reason: 'Nearly new' });
    expect(valued).toMatchObject({
      currentValuePercent: 50,
      currentValueCents: 50_000_00,
      currentValueReason: 'Nearly new',
      currentValueSetBy: analyst.username,
    });
    const stale = await failure(updateRequest(db, analyst, r.id, { version: 1, quantity: 3 }));
    expect(stale).toMatchObject({ status: 409, code: 'version_conflict' });
    expect((await updateRequest(db, analyst, r.id, { version: 2, quantity: 3 })).quantity).toBe(3);
    const illegal = await failure(transitionRequest(db, analyst, r.id, { version: 3, action: 'authorize' }));
    expect(illegal).toMatchObject({ status: 409, message: expect.stringContaining('possible now: propose, withdraw') });
    const memo = await failure(
      transitionRequest(
        db,
        analyst,
        (await transitionRequest(db, analyst, r.id, { version: 3, action: 'propose', ccmdProposal: 'Yes' })).id,
        {
          version: 4,
          action: 'allocate',
          noIndustryInitiative: true,
        },
      ),
    );
    expect(memo.fields?.map((f) => f.path)).toEqual(['noReadinessImpact', 'mtcrChecked']);
    expect((await failure(transitionRequest(db, analyst, r.id, { version: 4, action: 'withdraw' }))).fields?.[0]?.path).toBe('reason');
    const withdrawn = await transitionRequest(db, analyst, r.id, {
      version: 4,
      action: 'withdraw',
      reason: 'The partner no longer needs them',
    });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', allowedActions: [] });
  });

  it('one objection blocks; a re-submission reopens only the offices the change touches, and every round is kept', async () => {
    const { db } = database;
    const d = await createDeclaration(db, analyst, declaration());
    let r = await inReview('PL', d.id, 2, true);
    expect(r.reviewRounds).toHaveLength(1);
    expect(r.reviewRounds[0]!.reviews.map((x) => x.decision)).toEqual(['pending', 'pending', 'pending', 'pending']);
    r = await recordReview(db, analyst, r.id, { version: r.version, officeCode: 'COMMERCE', decision: 'concur' });
    r = await recordReview(db, analyst, r.id, { version: r.version, officeCode: 'DOD_POLICY', decision: 'concur' });
    expect(
      (await failure(recordReview(db, analyst, r.id, { version: r.version, officeCode: 'STATE_PM_RSAT', decision: 'object' }))).fields?.[0]
        ?.path,
    ).toBe('comments');
    r = await recordReview(db, analyst, r.id, {
      version: r.version,
      officeCode: 'STATE_PM_RSAT',
      decision: 'object',
      comments: 'DoD should not pay PCH&T',
    });
    expect(r.status).toBe('objected');
    expect((await failure(transitionRequest(db, analyst, r.id, { version: r.version, action: 'committee_approve' }))).status).toBe(409);
    expect(
      (await failure(recordReview(db, analyst, r.id, { version: r.version, officeCode: 'IMPLEMENTING_AGENCY', decision: 'concur' })))
        .status,
    ).toBe(409);
    const unchanged = await failure(
      transitionRequest(db, analyst, r.id, {
        version: r.version,
        action: 'resubmit',
        reason: 'x',
        reviewDueOn: todayIso(),
        changes: { mtcrChecked: true },
      }),
    );
    expect(unchanged.fields?.[0]?.path).toBe('changes');
    r = await transitionRequest(db, analyst, r.id, {
      version: r.version,
      action: 'resubmit',
      reason: 'The partner pays PCH&T',
      reviewDueOn: todayIso(),
      changes: { pchtPaidBy: 'recipient' },
    });
    r = await getRequest(db, analyst, r.id);
    expect(r.status).toBe('in_review');
    expect(r.reviewRound).toBe(2);
    const second = r.reviewRounds[1]!;
    expect(second.changedFields).toEqual(['pchtPaidBy']);
    const byOffice = Object.fromEntries(second.reviews.map((x) => [x.officeCode, x]));
    // The IA (touched by PCH&T) and State (it objected) review again; Commerce's and DoD policy's concurrences carry.
    expect(byOffice.IMPLEMENTING_AGENCY).toMatchObject({ decision: 'pending', carried: false });
    expect(byOffice.STATE_PM_RSAT).toMatchObject({ decision: 'pending', carried: false });
    expect(byOffice.COMMERCE).toMatchObject({ decision: 'concur', carried: true });
    expect(byOffice.DOD_POLICY).toMatchObject({ decision: 'concur', carried: true });
    expect(r.reviewRounds[0]!.reviews.find((x) => x.officeCode === 'STATE_PM_RSAT')).toMatchObject({
      decision: 'object',
      comments: 'DoD should not pay PCH&T',
    });
    expect(r.pchtPaidBy).toBe('recipient');
    r = await concurAll(r.id);
    r = await transitionRequest(db, analyst, r.id, { version: r.version, action: 'committee_approve' });
    expect(r.status).toBe('committee_approved');
  });

  it('an office an administrator adds reviews every new round; only administrators add offices', async () => {
    const { db } = database;
    expect((await failure(addOffice(db, analyst, { code: 'TREASURY', name: 'Treasury' }))).status).toBe(403);
    await addOffice(db, admin, { code: 'TREASURY', name: 'Department of the Treasury' });
    expect((await failure(addOffice(db, admin, { code: 'TREASURY', name: 'again' }))).status).toBe(409);
    const d = await createDeclaration(db, analyst, declaration());
    const r = await inReview('GR', d.id);
    expect(r.reviewRounds[0]!.reviews.map((x) => x.officeCode)).toContain('TREASURY');
    const approved = await concurAll(r.id);
    expect(approved.allowedActions).toContain('committee_approve');
  });

  it('partners see only their own requests, in lists, counts, exports and the portfolio; not the review comments', async () => {
    const { db } = database;
    const d = await createDeclaration(db, analyst, declaration());
    const mine = await inReview('PL', d.id);
    await recordReview(db, analyst, mine.id, {
      version: mine.version,
      officeCode: 'COMMERCE',
      decision: 'object',
      comments: 'Industry is bidding',
    });
    const theirs = await inReview('GR', d.id);
    await inReview('PL', d.id);
    const list = await listRequests(db, cpdPL, { limit: 200 });
    expect(list.items.every((i) => i.partnerCode === 'PL')).toBe(true);
    expect(list.total).toBe(list.items.length);
    expect((await listRequests(db, analyst, { limit: 200 })).total).toBeGreaterThan(list.total);
    expect((await failure(getRequest(db, cpdPL, theirs.id))).status).toBe(404);
    const seen = await getRequest(db, cpdPL, mine.id);
    expect(seen.reviewRounds[0]!.reviews.find((x) => x.officeCode === 'COMMERCE')).toMatchObject({
      decision: 'object',
      comments: null,
      decidedBy: null,
    });
    expect((await getRequest(db, auditor, mine.id)).reviewRounds[0]!.reviews.find((x) => x.officeCode === 'COMMERCE')?.comments).toBe(
      'Industry is bidding',
    );
    const csv = await new Response((await exportRequests(db, cpdPL, {}, 'csv')).body).text();
    expect(csv).toContain('Poland');
    expect(csv).not.toContain('Greece');
    expect(csv.split('\n')[0]).toContain('Notified acquisition value');
    const figures = await edaPortfolioSection.figures(db, cpdPL, null, todayIso());
    expect([...figures.keys()]).toEqual(['PL']);
    const due = await listDeadlines(db, testWiring.deadlineSources, cpdPL, {
      from: '2000-01-01',
      to: '2100-01-01',
      includeOverdue: true,
      area: 'eda',
    } as never);
    expect(due.some((x) => x.kind === 'eda.review_due' && x.partnerCode === 'PL')).toBe(true);
    expect(due.some((x) => x.partnerCode === 'GR')).toBe(false);
    expect(due.some((x) => x.kind === 'eda.available')).toBe(true);
  });

  it('FAA 516(f): $7M or more drafts the notice in notifications; authorization waits until its period has passed', async () => {
    const { db } = database;
    const d = await createDeclaration(db, analyst, declaration({ quantity: 2, unitAcquisitionValueCents: 3_500_000_00 }));
    let r = await inReview('GR', d.id, 2);
    expect(r.notice).toMatchObject({ required: true, days: 30 });
    r = await concurAll(r.id);
    // The EDA analyst drafts the notice with the Committee's approval; transmitting it is a notifications write.
    r = await transitionRequest(db, analyst, r.id, { version: r.version, action: 'committee_approve' });
    expect(r.notices).toEqual([expect.objectContaining({ kind: 'faa_516f', status: 'draft', reviewDays: 30 })]);
    const notice = r.notices[0]!;
    const notYet = await failure(transitionRequest(db, analyst, r.id, { version: r.version, action: 'authorize' }));
    expect(notYet).toMatchObject({ status: 409, message: expect.stringContaining('not been formally made') });
    const today = todayIso();
    await transitionNotification(db, analystAndNotices, notice.id, { action: 'notify_formally', version: 1, date: today });
    const ends = addDays(today, 30);
    expect((await getRequest(db, analyst, r.id)).notices[0]).toMatchObject({ status: 'formally_notified', reviewEndsOn: ends });
    const onTheDay = await failure(transitionRequest(db, analyst, r.id, { version: r.version, action: 'authorize', date: ends }, ends));
    expect(onTheDay).toMatchObject({
      status: 409,
      fields: [{ path: 'date', message: expect.stringContaining(`ends on ${ends}: not before ${addDays(ends, 1)}`) }],
    });
    const after = await transitionRequest(
      db,
      analyst,
      r.id,
      { version: r.version, action: 'authorize', date: addDays(ends, 1) },
      addDays(ends, 1),
    );
    expect(after).toMatchObject({ status: 'authorized', authorizedOn: addDays(ends, 1) });
    const day = addDays(ends, 2);
    expect(
      (await failure(transitionRequest(db, analyst, r.id, { version: after.version, action: 'transfer', date: addDays(day, 1) }, day)))
        .fields?.[0],
    ).toMatchObject({ path: 'date' });
    const moved = await transitionRequest(db, analyst, r.id, { version: after.version, action: 'transfer', date: day }, day);
    expect(moved).toMatchObject({ status: 'transferred', transferredOn: day, allowedActions: [] });
  });
  it('the offer gate: no LOA before the authorization, none above it; grant EDA on lines; PCH&T charged; blanket order only for non-SME', async () => {
    const { db } = database;
    const hooks = testWiring.caseHooks;
    const d = await createDeclaration(db, analyst, declaration({ sme: true }));
    const loa = await createCase(db, writer, { partnerCode: 'PL', agencyCode: 'B', type: 'defined_order', title: 'EDA trucks' });
    const blanket = await createCase(db, writer, { partnerCode: 'PL', agencyCode: 'B', type: 'blanket_order', title: 'EDA spares' });
    const other = await createCase(db, writer, { partnerCode: 'GR', agencyCode: 'B', type: 'defined_order', title: 'Other partner' });
    const line = (quantity: number, unitCostCents: number) => ({
      lineNumber: '001',
      description: 'Truck, utility (EDA)',
      maslGenericCode: 'A1A',
      maslNumber: 'B23201071',
      quantity,
      unitOfIssue: 'EA',
      unitCostCents,
      mde: false,
      sme: true,
      sourceOfSupply: 'E',
      deliveryPeriod: '6 months',
    });
    const save = (revision: number, lines: ReturnType<typeof line>[], accessorialCents = 0) =>
      saveVersion(db, hooks, writer, loa.identifier, 0, { revision, accessorialCents, lines, notes: [], paymentSchedule: [] });
    let r = await inReview('PL', d.id, 2);
    expect(
      (await failure(linkRequestCase(db, analyst, r.id, { version: r.version, caseRef: blanket.identifier }))).fields?.[0]?.message,
    ).toMatch(/blanket-order/);
    expect((await failure(linkRequestCase(db, analyst, r.id, { version: r.version, caseRef: other.id }))).fields?.[0]?.message).toMatch(
      /belongs to GR/,
    );
    r = await linkRequestCase(db, analyst, r.id, { version: r.version, caseRef: loa.identifier });
    expect(r.caseIdentifier).toBe(loa.identifier);
    const gate = () =>
      edaOfferGate.check(db, { caseId: loa.id, identifier: loa.identifier, partnerCode: 'PL', totalCents: 0, offerDate: todayIso() });
    expect(await gate()).toMatch(/not authorised by DSCA yet \(in review\)/);
    r = await concurAll(r.id);
    r = await transitionRequest(db, analyst, r.id, { version: r.version, action: 'committee_approve' });
    r = await transitionRequest(db, analyst, r.id, { version: r.version, action: 'authorize', authorizedQuantity: 2 });
    expect(r).toMatchObject({ status: 'authorized', authorizedQuantity: 2, authorizedValueCents: 10_000_00 });
    expect(await gate()).toMatch(/grant EDA goes on LOA lines/);
    await save(1, [line(3, 1_000_00)], 500_00);
    expect(await gate()).toMatch(/carry 3, more than the 2 authorised/);
    await save(2, [line(2, 5_000_01)], 500_00);
    expect(await gate()).toMatch(/\$100\.02, more than the \$100\.00|more than the \$10000\.00/);
    await save(3, [line(2, 5_000_00)], 0);
    expect(await gate()).toMatch(/PCH&T/);
    await save(4, [line(2, 5_000_00)], 500_00);
    expect(await gate()).toBeNull();
  });
  it('FAA 516(g): parallel grant authorizations never take the fiscal year above the ceiling', async () => {
    const { db } = database;
    const fy = fiscalYearOf(todayIso());
    const d = await createDeclaration(db, analyst, declaration({ quantity: 100, unitAcquisitionValueCents: 1_000_000_00 }));
    // Fill the year up to $250,000 below the $425M ceiling with a grant authorised earlier.
    const already = (await ceilingView(db, analyst, { fiscalYear: fy }))[0]!.authorizedCents;
    const filler = await createRequest(db, analyst, {
      partnerCode: 'TU',
      declarationId: d.id,
      authority: 'grant_516',
      quantity: 1,
      pchtPaidBy: 'recipient',
    });
    const { eq } = await import('drizzle-orm');
    await db
      .update(edaRequests)
      .set({ status: 'authorized', authorizedQuantity: 1, fiscalYear: fy, ceilingCents: 425_000_000_00 - 250_000_00 - already })
      .where(eq(edaRequests.id, filler.id));
    // Five grants, each $100,000 current value (one article of $1M at 10%): only two fit.
    const ready = [];
    // Each from its own declaration, so that nothing but the fiscal year's lock orders them.
    for (let i = 0; i < 5; i++) {
      const own = await createDeclaration(db, analyst, declaration({ quantity: 1, unitAcquisitionValueCents: 1_000_000_00 }));
      const r = await inReview(i % 2 ? 'PL' : 'GR', own.id, 1);
      const approved = await transitionRequest(db, analyst, r.id, {
        version: (await concurAll(r.id)).version,
        action: 'committee_approve',
      });
      ready.push(approved);
    }
    const results = await Promise.allSettled(
      ready.map((r) => transitionRequest(db, analyst, r.id, { version: r.version, action: 'authorize' })),
    );
    const ok = results.filter((x) => x.status === 'fulfilled');
    const refused = results.flatMap((x) => (x.status === 'rejected' ? [x.reason as { status: number; message: string }] : []));
    expect(ok).toHaveLength(2);
    expect(refused).toHaveLength(3);
    for (const e of refused) {
      expect(e.status).toBe(409);
      expect(e.message).toMatch(new RegExp(`FY${fy} EDA grant ceiling of \\$425,000,000\\.00`));
    }
    const [year] = await ceilingView(db, analyst, { fiscalYear: fy });
    expect(year).toMatchObject({ ceilingCents: 425_000_000_00, authorizedCents: 425_000_000_00 - 50_000_00, remainingCents: 50_000_00 });
    // A sale does not count against the grant ceiling.
    const sale = await createRequest(db, analyst, {
      partnerCode: 'PL',
      declarationId: d.id,
      authority: 'sale_aeca_21',
      quantity: 1,
      pchtPaidBy: 'recipient',
      agencyCode: 'B',
    });
    expect(sale.status).toBe('draft');
  });
});
