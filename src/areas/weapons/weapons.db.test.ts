import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { SYSTEM_PRINCIPAL } from '../../platform/access/policy.ts';
import { listAudit, verifyAuditChain } from '../../platform/audit/service.ts';
import { listDeadlines } from '../../platform/deadlines/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { users } from '../../platform/users/schema.ts';
import type { DemoContext } from '../area-module.ts';
import { cases, createCase, loaVersions } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { createAdvocacy, getAdvocacy, listAdvocacy, moveAdvocacyRequest, updateAdvocacy } from './advocacy-service.ts';
import { createCompetition, getCompetition, listCompetitions, updateCompetition } from './competition-service.ts';
import { weaponsDemo } from './demo.ts';
import { exportForecast } from './exports.ts';
import { createForecastRow, forecastComparison, listForecast, submitForecastReport, updateForecastRow } from './forecast-service.ts';
import {
  closeInquiry,
  createCompany,
  createInquiry,
  createTarget,
  getInquiry,
  inquiryFigures,
  listInquiries,
  respondToInquiry,
  updateInquiry,
} from './inquiry-service.ts';
import { weaponsPortfolioSection } from './portfolio-section.ts';
import { createSystem, getSystem, listSystems, updateSystem } from './systems-service.ts';

const ANALYST_ID = '22222222-2222-4222-8222-222222222222';
const analyst = testPrincipal(['weapons_analyst'], { directorates: ['WPNS'], userId: ANALYST_ID });
const analystGM = testPrincipal(['weapons_analyst'], { directorates: ['WPNS'], countries: ['GM'] });
const admin = testPrincipal(['administrator']);
const directorSA = testPrincipal(['country_portfolio_director'], { countries: ['SA'] });
const caseWriter = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const TODAY = '2026-06-01';

const fieldsOf = async (p: Promise<unknown>) => (await failure(p)).fields?.map((f) => f.path);

describe.each(TEST_ENGINES)('weapons directorate on %s', (engine) => {
  let database: Database;
  let systemId: string;
  let companyId: string;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await database.db
      .insert(users)
      .values({ id: ANALYST_ID, username: 'wpn.test', displayName: 'Wyn Test', passwordHash: 'x', roles: ['weapons_analyst'] });
  });
  afterAll(() => database?.close());

  it('keeps the systems catalogue: weapons writers and administrators write it, others read it; names unique; stale version 409', async () => {
    const { db } = database;
    const s = await createSystem(db, analyst, {
      name: 'F-16 Block 70',
      sme: true,
      mde: true,
      technologyAreas: ['electronic_warfare', 'comsec'],
    });
    systemId = s.id;
    expect(s).toMatchObject({
      technologyAreas: ['electronic_warfare', 'comsec'],
      version: 1,
      concerning: { inquiries: [], competitions: [] },
    });
    expect((await failure(createSystem(db, admin, { name: 'f-16 block 70', sme: false, mde: false, technologyAreas: [] }))).status).toBe(
      409,
    );
    expect(await fieldsOf(createSystem(db, analyst, { name: 'X', sme: false, mde: false, technologyAreas: ['laser'] }))).toEqual([
      'technologyAreas.0',
    ]);
    expect((await failure(createSystem(db, directorSA, { name: 'Y', sme: false, mde: false, technologyAreas: [] }))).status).toBe(403);
    expect((await failure(listSystems(db, caseWriter))).status).toBe(403);
    expect((await listSystems(db, directorSA, { technologyArea: 'comsec' })).items.map((i) => i.name)).toEqual(['F-16 Block 70']);
    const updated = await updateSystem(db, admin, s.id, { version: 1, exportPolicyNotes: 'Link 16 through COMSEC review' });
    expect(updated.version).toBe(2);
    expect((await failure(updateSystem(db, analyst, s.id, { version: 1, productionNotes: 'x' }))).status).toBe(409);
  });

  it('records companies with a five-character CAGE code', async () => {
    const { db } = database;
    expect(await fieldsOf(createCompany(db, analyst, { name: 'Bad Co', sizeCategory: 'small', cageCode: '12' }))).toEqual(['cageCode']);
    const c = await createCompany(db, analyst, { name: 'Ridgeway Optics', sizeCategory: 'small', cageCode: '7rw19' });
    expect(c.cageCode).toBe('7RW19');
    companyId = c.id;
    expect((await failure(createCompany(db, analyst, { name: 'Other', sizeCategory: 'small', cageCode: '7RW19' }))).status).toBe(409);
  });

  it('runs an inquiry: no target, no clock; administrator sets the target; queues; thread; closure; partner scope', async () => {
    const { db } = database;
    const base = { companyId, contactName: 'Dana Reyes', question: 'Subcontracting on an FMS case?', channel: 'email' as const, systemId };
    const early = await createInquiry(db, analyst, { ...base, partnerCode: 'GM', receivedOn: '2026-01-10' }, TODAY);
    expect(early).toMatchObject({ reference: 'INQ-2026-001', targetDays: null, responseDueOn: null, overdue: false });
    expect((await failure(createTarget(db, analyst, { effectiveFrom: '2026-03-01', days: 10, source: 'x' }))).status).toBe(403);
    await createTarget(db, admin, { effectiveFrom: '2026-03-01', days: 10, source: 'Ombudsman policy memo' }, TODAY);
    expect((await getInquiry(db, analyst, early.id, TODAY)).responseDueOn).toBeNull();

    const overdue = await createInquiry(db, analyst, { ...base, partnerCode: 'GM', receivedOn: '2026-05-01' }, TODAY);
    expect(overdue).toMatchObject({ targetDays: 10, responseDueOn: '2026-05-11', overdue: true });
    const fresh = await createInquiry(db, analyst, { ...base, partnerCode: 'SA', receivedOn: '2026-05-28', assigneeId: ANALYST_ID }, TODAY);
    expect(fresh).toMatchObject({ responseDueOn: '2026-06-07', overdue: false, assignee: 'Wyn Test' });
    const general = await createInquiry(db, analyst, { ...base, partnerCode: null, receivedOn: '2026-05-30' }, TODAY);
    expect(await fieldsOf(createInquiry(db, analyst, { ...base, receivedOn: '2026-07-01' }, TODAY))).toEqual(['receivedOn']);
    expect(
      await fieldsOf(updateInquiry(db, analyst, general.id, { version: 1, assigneeId: '33333333-3333-4333-8333-333333333333' }, TODAY)),
    ).toEqual(['assigneeId']);

    const refs = async (queue: string, who = analyst) =>
      (await listInquiries(db, who, { queue }, TODAY)).items.map((i) => i.reference).sort();
    expect(await refs('mine')).toEqual([fresh.reference]);
    expect(await refs('unassigned')).toEqual([early.reference, overdue.reference, general.reference].sort());
    expect(await refs('overdue')).toEqual([overdue.reference]);
    // Partner scope: an inquiry with a partner is that partner's; one without is every reader's.
    expect(await refs('all', directorSA)).toEqual([fresh.reference, general.reference].sort());
    expect((await failure(getInquiry(db, directorSA, overdue.id, TODAY))).status).toBe(404);
    expect((await failure(respondToInquiry(db, analystGM, fresh.id, { version: 1, respondedOn: TODAY, body: 'x' }, TODAY))).status).toBe(
      404,
    );

    // Response stops the clock; closure with outcome; nothing after closure.
    expect(await fieldsOf(respondToInquiry(db, analyst, overdue.id, { version: 1, respondedOn: '2026-04-01', body: 'x' }, TODAY))).toEqual([
      'respondedOn',
    ]);
    const answered = await respondToInquiry(
      db,
      analyst,
      overdue.id,
      { version: 1, respondedOn: '2026-05-15', body: 'Contact the prime contractor.' },
      TODAY,
    );
    expect(answered).toMatchObject({
      firstResponseOn: '2026-05-15',
      overdue: false,
      responses: [{ body: 'Contact the prime contractor.', author: 'Test user' }],
    });
    expect(await refs('overdue')).toEqual([]);
    expect(
      await fieldsOf(closeInquiry(db, analyst, fresh.id, { version: fresh.version, closedOn: TODAY, outcome: 'answered' }, TODAY)),
    ).toEqual(['outcome']);
    // Linked cases are the inquiry's partner's, checked again when the partner changes.
    const gmCase = await createCase(db, admin, { partnerCode: 'GM', agencyCode: 'D', type: 'defined_order', title: 'Linked' });
    const saCase = await createCase(db, admin, { partnerCode: 'SA', agencyCode: 'D', type: 'defined_order', title: 'Other' });
    // Linking reads the case: an analyst scoped to WPNS alone lacks the cases area's grant (GEX), an administrator has it.
    expect((await failure(updateInquiry(db, analyst, fresh.id, { version: fresh.version, caseIds: [saCase.id] }, TODAY))).status).toBe(403);
    expect(await fieldsOf(updateInquiry(db, admin, fresh.id, { version: fresh.version, caseIds: [gmCase.id] }, TODAY))).toEqual([
      'caseIds',
    ]);
    const linked = await updateInquiry(db, admin, fresh.id, { version: fresh.version, caseIds: [saCase.id] }, TODAY);
    expect(linked.cases.map((c) => c.identifier)).toEqual([saCase.identifier]);
    expect(await fieldsOf(updateInquiry(db, admin, fresh.id, { version: linked.version, partnerCode: 'GM' }, TODAY))).toEqual(['caseIds']);
    // Who cannot read cases sees that a case is linked, nothing of it.
    expect((await getInquiry(db, analyst, fresh.id, TODAY)).cases).toEqual([
      { id: saCase.id, identifier: null, title: null, status: 'withheld', partnerCode: 'SA', withheld: true },
    ]);
    // The analyst still links a competition: the case links it did not change are not checked again.
    const relinked = await updateInquiry(
      db,
      analyst,
      fresh.id,
      { version: linked.version, caseIds: [saCase.id], competitionIds: [] },
      TODAY,
    );
    expect(relinked.cases.map((c) => c.id)).toEqual([saCase.id]);
    const closed = await closeInquiry(db, analyst, overdue.id, { version: answered.version, closedOn: TODAY, outcome: 'answered' }, TODAY);
    expect(closed).toMatchObject({ closedOn: TODAY, outcome: 'answered' });
    expect(
      (await failure(respondToInquiry(db, analyst, overdue.id, { version: closed.version, respondedOn: TODAY, body: 'x' }, TODAY))).status,
    ).toBe(409);
    expect(await refs('closed')).toEqual([overdue.reference]);

    // Figures by fiscal quarter: FY2026 Q2 (Jan 10: no target, unanswered), Q3 (three in May; one answered in 14 days, late).
    const figures = await inquiryFigures(db, analyst, TODAY);
    expect(figures.quarters).toEqual([
      expect.objectContaining({ quarter: 'FY2026 Q2', received: 1, answered: 0, withoutTarget: 1, overdue: 0 }),
      expect.objectContaining({
        quarter: 'FY2026 Q3',
        received: 3,
        answered: 1,
        measured: 1,
        withinTarget: 0,
        meanDaysToFirstResponse: 14,
      }),
    ]);
    expect((await inquiryFigures(db, directorSA, TODAY)).quarters).toEqual([
      expect.objectContaining({ quarter: 'FY2026 Q3', received: 2 }),
    ]);

    // The clock in the calendar, in scope.
    const deadlines = await listDeadlines(db, testWiring.deadlineSources, analyst, {
      from: TODAY,
      to: '2026-12-31',
      includeOverdue: true,
      area: 'weapons',
      today: TODAY,
    });
    expect(deadlines.filter((d) => d.kind === 'weapons.inquiry_response').map((d) => [d.entityId, d.dueDate])).toEqual(
      expect.arrayContaining([
        [fresh.id, '2026-06-07'],
        [general.id, '2026-06-09'],
      ]),
    );
    const audit = await listAudit(db, [], admin, { entityType: 'weapon_inquiry', entityId: overdue.id, limit: 50, offset: 0 });
    expect(audit.items.map((a) => a.action)).toEqual(
      expect.arrayContaining(['weapon_inquiry.created', 'weapon_inquiry.responded', 'weapon_inquiry.closed']),
    );
  });

  it('moves advocacy in the Advocacy Center’s order, each step audited with its reason', async () => {
    const { db } = database;
    const adv = await createAdvocacy(
      db,
      analyst,
      { companyId, partnerCode: 'GM', systemId, saleChannel: 'dcs', valueCents: 500_000_000_00 },
      TODAY,
    );
    expect(adv).toMatchObject({
      reference: 'ADV-2026-001',
      state: 'questionnaire',
      allowedActions: ['file_agreement', 'decline', 'withdraw'],
    });
    const incomplete = await failure(
      moveAdvocacyRequest(db, analyst, adv.id, { version: 1, action: 'file_agreement', on: TODAY, reason: 'Filed' }, TODAY),
    );
    expect(incomplete.status).toBe(409);
    expect(incomplete.fields?.map((f) => f.path)).toEqual([
      'usContentPercent',
      'bidderOfRecord',
      'licenceInformation',
      'assistanceRequested',
      'decisionDate',
      'decisionMaker',
      'competitors',
    ]);
    const early = await failure(
      moveAdvocacyRequest(db, analyst, adv.id, { version: 1, action: 'set_strategy', on: TODAY, reason: 'x', text: 'x' }, TODAY),
    );
    expect(early.status).toBe(409);
    let a = await updateAdvocacy(db, analyst, adv.id, {
      version: 1,
      usContentPercent: 75,
      bidderOfRecord: 'Ridgeway Optics',
      licenceInformation: 'DSP-5 pending',
      assistanceRequested: 'Ambassador letter',
      decisionDate: '2026-12-01',
      decisionMaker: 'Minister of Defence',
      competitors: ['Thales'],
    });
    expect(a.missing).toEqual([]);
    const decisions = await listDeadlines(db, testWiring.deadlineSources, analyst, {
      from: TODAY,
      to: '2026-12-31',
      includeOverdue: false,
      area: 'weapons',
      today: TODAY,
    });
    expect(decisions.filter((d) => d.kind === 'weapons.advocacy_decision').map((d) => [d.entityId, d.dueDate])).toEqual([
      [a.id, '2026-12-01'],
    ]);
    a = await moveAdvocacyRequest(
      db,
      analyst,
      a.id,
      { version: a.version, action: 'file_agreement', on: '2026-05-20', reason: 'Signed agreement received' },
      TODAY,
    );
    expect((await failure(updateAdvocacy(db, analyst, a.id, { version: a.version, decisionMaker: 'x' }))).status).toBe(409);
    expect(
      await fieldsOf(
        moveAdvocacyRequest(db, analyst, a.id, { version: a.version, action: 'complete_due_diligence', on: TODAY, reason: 'Done' }, TODAY),
      ),
    ).toEqual(['text']);
    a = await moveAdvocacyRequest(
      db,
      analyst,
      a.id,
      { version: a.version, action: 'complete_due_diligence', on: '2026-05-25', reason: 'Done', text: 'Nothing derogatory' },
      TODAY,
    );
    a = await moveAdvocacyRequest(
      db,
      analyst,
      a.id,
      {
        version: a.version,
        action: 'determine_national_interest',
        on: '2026-05-28',
        reason: 'Determined',
        text: 'In the national interest',
      },
      TODAY,
    );
    a = await moveAdvocacyRequest(
      db,
      analyst,
      a.id,
      { version: a.version, action: 'set_strategy', on: TODAY, reason: 'Agreed with post', text: 'Senior-leader letter' },
      TODAY,
    );
    expect(a).toMatchObject({
      state: 'strategy_set',
      agreementOnFileOn: '2026-05-20',
      nationalInterestDetermination: 'In the national interest',
      allowedActions: ['withdraw'],
    });
    const stale = await failure(moveAdvocacyRequest(db, analyst, a.id, { version: 1, action: 'withdraw', on: TODAY, reason: 'x' }, TODAY));
    expect(stale.status).toBe(409);
    const audit = await listAudit(db, [], admin, { entityType: 'weapon_advocacy', entityId: a.id, limit: 50, offset: 0 });
    expect(audit.items.map((i) => i.action)).toEqual(
      expect.arrayContaining(['weapon_advocacy.file_agreement', 'weapon_advocacy.set_strategy']),
    );
    expect(JSON.stringify(audit.items)).toContain('Agreed with post');
    expect((await failure(getAdvocacy(db, directorSA, a.id))).status).toBe(404);
    expect((await listAdvocacy(db, directorSA)).total).toBe(0);
  });

  it('blocks single-offer advocacy while more than one U.S. bidder is active (409 naming the rule); milestones and their clocks', async () => {
    const { db } = database;
    const cmp = await createCompetition(
      db,
      analyst,
      {
        partnerCode: 'GM',
        systemId,
        title: 'Fighter replacement',
        requirement: '24 multirole fighters',
        saleRoute: 'both',
        briefingPolicy: 'attend_all',
        bidders: [
          { name: 'US One', us: true, active: true },
          { name: 'US Two', us: true, active: true },
          { name: 'Foreign', us: false, active: true },
        ],
        milestones: {
          rfp: { planned: '2026-03-01', actual: '2026-03-02' },
          bids_due: { planned: '2026-07-01', actual: null },
          down_select: { planned: '2026-09-01', actual: null },
          award: { planned: null, actual: null },
        },
      },
      TODAY,
    );
    expect(cmp).toMatchObject({
      reference: 'CMP-GM-2026-001',
      stage: 'solicitation',
      singleOfferBlockedBecause: expect.stringContaining('2 U.S. bidders'),
    });
    const blocked = await failure(updateCompetition(db, analyst, cmp.id, { version: 1, singleOfferAdvocacy: true }));
    expect(blocked.status).toBe(409);
    expect(blocked.message).toMatch(/single-offer advocacy only when one U.S. team remains/);
    const one = await updateCompetition(db, analyst, cmp.id, {
      version: 1,
      bidders: [
        { name: 'US One', us: true, active: true },
        { name: 'US Two', us: true, active: false },
        { name: 'Foreign', us: false, active: true },
      ],
      singleOfferAdvocacy: true,
    });
    expect(one).toMatchObject({ singleOfferAdvocacy: true, singleOfferBlockedBecause: null });
    // Reviving the second U.S. team while single-offer advocacy is marked is the same breach.
    expect(
      (
        await failure(
          updateCompetition(db, analyst, cmp.id, {
            version: one.version,
            bidders: [
              { name: 'US One', us: true, active: true },
              { name: 'US Two', us: true, active: true },
            ],
          }),
        )
      ).status,
    ).toBe(409);
    expect(
      await fieldsOf(
        updateCompetition(db, analyst, cmp.id, {
          version: one.version,
          milestones: {
            rfp: { planned: null, actual: '2026-03-02' },
            bids_due: { planned: null, actual: '2026-02-01' },
            down_select: { planned: null, actual: null },
            award: { planned: null, actual: null },
          },
        }),
      ),
    ).toEqual(['milestones.bids_due.actual']);
    const deadlines = await listDeadlines(db, testWiring.deadlineSources, analyst, {
      from: TODAY,
      to: '2026-12-31',
      includeOverdue: false,
      area: 'weapons',
      today: TODAY,
    });
    expect(deadlines.filter((d) => d.entityId === cmp.id).map((d) => d.dueDate)).toEqual(['2026-07-01', '2026-09-01']);
    expect((await listCompetitions(db, analyst, { stage: 'solicitation' })).items.map((c) => c.id)).toEqual([cmp.id]);
    expect((await listCompetitions(db, directorSA)).total).toBe(0);
    expect((await failure(getCompetition(db, directorSA, cmp.id))).status).toBe(404);
    const page = await getSystem(db, analyst, systemId);
    expect(page.concerning.competitions.map((c) => c.reference)).toEqual(['CMP-GM-2026-001']);
    expect((await getSystem(db, directorSA, systemId)).concerning.competitions).toEqual([]);
  });

  it('forecasts with "highly probable" = 90%, exports, compares with what was offered and accepted, and keeps the 1 February clock', async () => {
    const { db } = database;
    const row = await createForecastRow(db, analyst, {
      partnerCode: 'GM',
      systemId,
      fiscalYear: 2026,
      description: 'Fighters',
      valueCents: 1_000_000_00,
      highlyProbable: true,
    });
    expect(row).toMatchObject({ likelihoodPercent: 90, weightedCents: 900_000_00 });
    expect(
      await fieldsOf(createForecastRow(db, analyst, { partnerCode: 'GM', fiscalYear: 2026, description: 'x', valueCents: 1 })),
    ).toEqual(['likelihoodPercent']);
    await createForecastRow(db, analyst, {
      partnerCode: 'SA',
      fiscalYear: 2026,
      description: 'Missiles',
      valueCents: 200_000_00,
      likelihoodPercent: 40,
    });
    const changed = await updateForecastRow(db, analyst, row.id, { version: 1, highlyProbable: false, likelihoodPercent: 50 });
    expect(changed).toMatchObject({ likelihoodPercent: 50, weightedCents: 500_000_00 });
    expect((await listForecast(db, directorSA)).items.map((r) => r.partnerCode)).toEqual(['SA']);
    expect(await listForecast(db, analyst, { fiscalYear: 2026 })).toMatchObject({
      total: 2,
      totalValueCents: 1_200_000_00,
      totalWeightedCents: 580_000_00,
    });

    const out = await exportForecast(db, directorSA, {}, 'csv', TODAY);
    const csv = await new Response(out.body as ReadableStream<Uint8Array>).text();
    expect(csv).toContain('Missiles');
    expect(csv).not.toContain('Fighters');

    // What happened: a GM case offered in FY2026 and accepted.
    const sale = await createCase(db, admin, { partnerCode: 'GM', agencyCode: 'D', type: 'defined_order', title: 'Fighters' });
    await db
      .update(loaVersions)
      .set({ offerDate: '2026-02-01', acceptedOn: '2026-03-01', totalCents: 900_000_00 })
      .where(eq(loaVersions.caseId, sale.id));
    const cmp = await forecastComparison(db, analyst, { fiscalYear: 2026 });
    expect(cmp.partners).toEqual([
      {
        partnerCode: 'GM',
        forecastRows: 1,
        forecastCents: 1_000_000_00,
        weightedCents: 500_000_00,
        offeredCases: 1,
        offeredCents: 900_000_00,
        acceptedCases: 1,
        acceptedCents: 900_000_00,
      },
      {
        partnerCode: 'SA',
        forecastRows: 1,
        forecastCents: 200_000_00,
        weightedCents: 80_000_00,
        offeredCases: 0,
        offeredCents: 0,
        acceptedCases: 0,
        acceptedCents: 0,
      },
    ]);
    // A case withheld from the reader counts in neither figure.
    await db
      .update(cases)
      .set({ markings: ['pre-notification'] })
      .where(eq(cases.id, sale.id));
    expect((await forecastComparison(db, directorSA, { fiscalYear: 2026 })).partners.find((p) => p.partnerCode === 'GM')).toBeUndefined();
    await db.update(cases).set({ markings: [] }).where(eq(cases.id, sale.id));

    const due = async () =>
      (
        await listDeadlines(db, testWiring.deadlineSources, analyst, {
          from: '2026-06-01',
          to: '2027-12-31',
          includeOverdue: false,
          area: 'weapons',
          today: TODAY,
        })
      )
        .filter((d) => d.kind === 'weapons.forecast_report')
        .map((d) => d.dueDate);
    expect(await due()).toEqual(['2027-02-01']);
    await submitForecastReport(db, analyst, { reportYear: 2027, submittedOn: TODAY }, TODAY);
    expect(await due()).toEqual([]);

    const figures = await weaponsPortfolioSection.figures(db, directorSA, null, TODAY);
    expect([...figures.keys()]).toEqual(['SA']);
    expect(figures.get('SA')?.map((f) => f.key)).toEqual(expect.arrayContaining(['weapons.forecast_fy2026']));
    const all = await weaponsPortfolioSection.figures(db, analyst, ['GM'], TODAY);
    expect(all.get('GM')?.map((f) => f.key)).toEqual(expect.arrayContaining(['weapons.competitions_open', 'weapons.forecast_fy2026']));
  });

  it('loads the demo through the services: every advocacy state, every competition stage, each inquiry queue; the audit chain intact', async () => {
    const fresh = await openTestDatabase(engine);
    try {
      const { db } = fresh;
      await db.insert(users).values({ username: 'weapons', displayName: 'Wyn Weapons', passwordHash: 'x', roles: ['weapons_analyst'] });
      const [wyn] = await db.select().from(users).where(eq(users.username, 'weapons'));
      const context = {
        db,
        wiring: testWiring,
        actor: SYSTEM_PRINCIPAL,
        size: 'demo',
        seed: 1,
        today: TODAY,
        partnerCodes: ['GM', 'SA', 'PL', 'RO', 'KU', 'AE', 'JA', 'TW'],
      } as unknown as DemoContext;
      expect(await weaponsDemo.load(context)).toMatchObject({ weaponSystems: 6, weaponAdvocacy: 7, weaponCompetitions: 6 });
      const advocacy = await listAdvocacy(db, SYSTEM_PRINCIPAL, { limit: 100 });
      expect(new Set(advocacy.items.map((a) => a.state))).toEqual(
        new Set([
          'questionnaire',
          'agreement_on_file',
          'due_diligence_done',
          'national_interest_determined',
          'strategy_set',
          'declined',
          'withdrawn',
        ]),
      );
      const competitions = await listCompetitions(db, SYSTEM_PRINCIPAL, { limit: 100 });
      expect(new Set(competitions.items.map((c) => c.stage))).toEqual(
        new Set(['planning', 'solicitation', 'evaluation', 'down_selected', 'awarded', 'cancelled']),
      );
      const me = testPrincipal(['weapons_analyst'], { directorates: ['WPNS'], userId: wyn!.id });
      for (const queue of ['mine', 'unassigned', 'overdue', 'closed'])
        expect((await listInquiries(db, me, { queue }, TODAY)).total, queue).toBeGreaterThan(0);
      expect((await listForecast(db, SYSTEM_PRINCIPAL)).total).toBe(12);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    } finally {
      await fresh.close();
    }
  });
});
