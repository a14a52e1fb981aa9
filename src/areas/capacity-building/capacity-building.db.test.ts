import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../../platform/audit/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createPendingSale, getVersion, loaNotes, loaVersions } from '../cases/public.ts';
import { createAppropriation, obligate } from '../funds/public.ts';
import { transitionNotification } from '../notifications/public.ts';
import { testWiring } from '../testing.ts';
import { capacityBuildingDeadlineSources } from './deadlines.ts';
import { exportProposals } from './exports.ts';
import { addChecklistItem, addNoticePeriod, listPrograms } from './program-service.ts';
import { createProposalCase, recordExecutionDates, transitionProposal } from './proposal-moves.ts';
import { createProposal, getProposal, listProposals, recordAssessment, updateProposal } from './proposal-service.ts';
import {
  addAction,
  addFinding,
  answerChecklist,
  closureBacklog,
  completeAction,
  completeReview,
  createReview,
  getReview,
  listReviews,
} from './review-service.ts';
import { STANDARD_PROGRAMS } from './rules/programs.ts';

const admin = testPrincipal(['administrator']);
const pm = testPrincipal(['capacity_building_pm'], { directorates: ['GCD'] });
const pmKenya = testPrincipal(['capacity_building_pm'], { directorates: ['GCD'], countries: ['KE'] });
const cpdKenya = testPrincipal(['country_portfolio_director'], { countries: ['KE'] });
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const cn = testPrincipal(['notification_analyst'], { directorates: ['GEX'] });
const TODAY = '2026-06-01';
const M = 1_000_000 * 100;

const fieldsOf = async (p: Promise<unknown>) => (await failure(p)).fields?.map((f) => f.path);

describe.each(TEST_ENGINES)('capacity building on %s', (engine) => {
  let database: Database;
  let appropriationId: string;
  let fy28AppropriationId: string;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    appropriationId = (
      await createAppropriation(
        db,
        admin,
        {
          programCode: 'SEC333',
          partnerCode: 'JO',
          fiscalYear: 2027,
          name: 'Section 333 FY2027 JO',
          amountCents: 30 * M,
          statedYear: 2033,
        },
        TODAY,
      )
    ).id;
    fy28AppropriationId = (
      await createAppropriation(
        db,
        admin,
        {
          programCode: 'SEC333',
          partnerCode: 'JO',
          fiscalYear: 2028,
          name: 'Section 333 FY2028 JO',
          amountCents: 30 * M,
          statedYear: 2034,
        },
        TODAY,
      )
    ).id;
    const fy24 = await createAppropriation(
      db,
      admin,
      { programCode: 'SEC333', partnerCode: 'JO', fiscalYear: 2024, name: 'Section 333 FY2024 JO', amountCents: 5 * M, statedYear: 2030 },
      '2023-11-01',
    );
    await obligate(
      db,
      admin,
      fy24.id,
      { amountCents: 2 * M, partnerCode: 'JO', onDate: '2024-03-01', description: 'Prior program' },
      TODAY,
    );
  });
  afterAll(() => database?.close());

  const proposal = (overrides: Record<string, unknown> = {}) => ({
    programKey: 'section_333',
    partnerCode: 'JO',
    title: 'Border surveillance',
    recipientUnit: 'Border Guard Force',
    purposes: ['maritime_border_security', 'counterterrorism'],
    requirement: 'Persistent surveillance of the northern border',
    capabilityGap: 'No sensors beyond line of sight',
    requested: [
      { kind: 'equipment', description: 'Surveillance tower', quantity: 4, costCents: 8 * M },
      { kind: 'training', description: 'Operator course', quantity: 3, costCents: 1 * M + 1 },
    ],
    absorptiveCapacity: 'Maintainers trained',
    sustainmentPlan: 'Partner budget from year two',
    deliverySchedule: '12 months after implementation',
    costEstimateCents: 10 * M,
    fiscalYear: 2027,
    appropriationId,
    campaignPlanLinks: ['TCP LOE 2'],
    programCode: 'DU',
    ...overrides,
  });

  it('ships the standard programs with their codes, and no notice period until an administrator enters one', async () => {
    const programs = await listPrograms(database.db, pm, TODAY);
    expect(programs.programs.map((p) => p.key).sort()).toEqual(STANDARD_PROGRAMS.map((p) => p.key).sort());
    expect(programs.programs.find((p) => p.key === 'section_333')?.codes.map((c) => c.code)).toEqual(['DU', 'DV', 'DW']);
    expect(programs.noticePeriodInForce).toBeNull();
    expect(programs.noticePeriodMessage).toMatch(/\[open\]/);
    expect((await failure(addNoticePeriod(database.db, pm, { effectiveFrom: '2020-01-01', days: 30, source: 'x' }))).status).toBe(403);
  });

  it('names the field and why on bad input', async () => {
    const { db } = database;
    expect(await fieldsOf(createProposal(db, pm, proposal({ purposes: [] }), TODAY))).toEqual(['purposes']);
    expect(await fieldsOf(createProposal(db, pm, proposal({ constructionCents: 2 * M + 1, costEstimateCents: 10 * M }), TODAY))).toEqual([
      'constructionCents',
    ]);
    expect(await fieldsOf(createProposal(db, pm, proposal({ fiscalYear: 2026 }), TODAY))).toEqual(['appropriationId']);
    expect(await fieldsOf(createProposal(db, pm, proposal({ programCode: 'YB' }), TODAY))).toEqual(['programCode']);
    expect(await fieldsOf(createProposal(db, pm, proposal({ costEstimateCents: 5 * M }), TODAY))).toEqual(['requested']);
    expect((await failure(createProposal(db, pm, proposal({ partnerCode: 'ZZ' }), TODAY))).status).toBe(400);
  });

  it('runs a proposal from development to its BPC case, the notice through the notifications area', async () => {
    const { db } = database;
    let p = await createProposal(db, pm, proposal(), TODAY);
    expect(p).toMatchObject({ reference: 'T10-FY2027-001', status: 'development', statedYear: 2033, allowedActions: ['withdraw'] });
    // Prior three years' assistance from IOPS's own records: FY2024 money obligated for Jordan.
    expect(p.priorAssistance.map((y) => [y.fiscalYear, y.obligatedCents])).toEqual([
      [2024, 2 * M],
      [2025, 0],
      [2026, 0],
    ]);
    expect(p.noticeTiming.earliestOn).toBe('2025-10-01');

    const unassessed = await failure(
      transitionProposal(db, pm, p.id, { version: p.version, action: 'submit', reason: 'CCMD submits' }, TODAY),
    );
    expect(unassessed.status).toBe(409);
    expect(unassessed.message).toMatch(/assessment/);
    p = await recordAssessment(
      db,
      pm,
      p.id,
      { version: p.version, assessedOn: '2026-01-10', assessor: 'AM&E', baseline: 'b', objectives: 'o' },
      TODAY,
    );
    expect(
      (
        await failure(
          recordAssessment(
            db,
            pm,
            p.id,
            { version: p.version - 1, assessedOn: '2026-01-10', assessor: 'x', baseline: 'b', objectives: 'o' },
            TODAY,
          ),
        )
      ).status,
    ).toBe(409);
    const move = async (action: string, onDate: string) => {
      p = await transitionProposal(db, pm, p.id, { version: p.version, action, onDate, reason: `because ${action}` }, TODAY);
    };
    await move('submit', '2026-02-01');
    expect((await failure(updateProposal(db, pm, p.id, { version: p.version, title: 'Changed' }, TODAY))).status).toBe(409);
    await move('approve_osd', '2026-02-10');
    await move('concur_state', '2026-02-20');

    const open = await failure(
      transitionProposal(db, pm, p.id, { version: p.version, action: 'notify', onDate: '2026-03-01', reason: 'notify' }, TODAY),
    );
    expect(open.status).toBe(409);
    expect(open.message).toMatch(/\[open\].*administrator/);
    await addNoticePeriod(database.db, admin, { effectiveFrom: '2020-01-01', days: 30, source: 'Test row', verified: false });
    await move('notify', '2026-03-01');
    expect(p.status).toBe('congressional_notification');
    expect(p.notice).toMatchObject({ kind: 'section_333', status: 'draft', reviewDays: 30 });
    expect(p.allowedActions).toEqual([]);
    expect((await failure(transitionProposal(db, pm, p.id, { version: p.version, action: 'approve', reason: 'x' }, TODAY))).status).toBe(
      409,
    );

    // The notifications area sends it formally and clears it after its period.
    const notice = await transitionNotification(db, cn, p.notice!.id, { version: 1, action: 'notify_formally', date: '2026-03-02' }, TODAY);
    expect(notice.reviewEndsOn).toBe('2026-04-01');
    await transitionNotification(db, cn, p.notice!.id, { version: notice.version, action: 'clear', date: '2026-04-02' }, TODAY);
    p = await getProposal(db, pm, p.id, TODAY);
    expect(p.allowedActions).toEqual(['approve', 'return', 'withdraw']);
    await move('approve', '2026-04-03');
    expect(
      (await failure(transitionProposal(db, pm, p.id, { version: p.version, action: 'execute', reason: 'x' }, TODAY))).message,
    ).toMatch(/BPC case/);

    p = await createProposalCase(db, pm, p.id, { version: p.version, agencyCode: 'B' }, TODAY);
    expect(p.cases).toHaveLength(1);
    const bpc = p.cases[0]!;
    expect(bpc.identifier).toBe('DU-B-AAA');
    const version = await getVersion(db, testWiring.caseHooks, admin, bpc.identifier, 0);
    expect(version.lines.map((l) => [l.lineNumber, l.quantity, l.unitOfIssue, l.unitCostCents])).toEqual([
      ['001', 4, 'EA', 2 * M],
      ['002', 1, 'LT', 1 * M + 1],
    ]);
    expect(version.version.surchargeBasisPoints).toBe(0);
    expect(bpc.totalCents).toBe(9 * M + 1);
    const [versionRow] = await db.select().from(loaVersions).where(eq(loaVersions.caseId, bpc.id));
    const notes = await db.select().from(loaNotes).where(eq(loaNotes.versionId, versionRow!.id));
    expect(notes.map((n) => n.code).sort()).toEqual(['BPC-AUTHORITY', 'BPC-CLOSURE', 'BPC-FUNDS']);
    expect(notes.find((n) => n.code === 'BPC-FUNDS')?.text).toMatch(/2033-09-30/);
    expect(notes.find((n) => n.code === 'BPC-CLOSURE')?.text).toMatch(/2033-07-31/);

    await move('execute', '2026-04-20');
    p = await recordExecutionDates(db, pm, p.id, { version: p.version, firstObligationOn: '2026-05-01', lastKeyArticleOn: null }, TODAY);
    expect(p.supportEndsOn).toBe('2028-09-30');
    expect(p.supportPeriod?.rule).toBe('cross_fiscal_year');

    const moves = await listAudit(db, testWiring.auditSubjects, admin, {
      entityType: 'cb_proposal',
      entityId: p.id,
      limit: 100,
      offset: 0,
    });
    const reasons = moves.items
      .filter((a) => a.action === 'cb_proposal.transitioned')
      .map((a) => (a.after as { reason: string }).reason)
      .reverse();
    expect(reasons).toEqual([
      'because submit',
      'because approve_osd',
      'because concur_state',
      'because notify',
      'because approve',
      'because execute',
    ]);
    expect(p.moves.map((m) => m.toStatus)).toEqual([
      'ccmd_submitted',
      'osd_approved',
      'state_concurred',
      'congressional_notification',
      'approved',
      'executing',
    ]);

    // Clocks: the support period and the closure date, in the PM's scope, not in another partner's.
    const clocks = (await Promise.all(capacityBuildingDeadlineSources.map((s) => s.list(db, pm, { from: null, to: '2040-01-01' })))).flat();
    expect(clocks.filter((c) => c.entityId === p.id).map((c) => [c.kind, c.dueDate])).toEqual([
      ['cb.support_period_ends', '2028-09-30'],
      ['cb.cases_close_by', '2033-07-31'],
    ]);
    const kenya = (
      await Promise.all(capacityBuildingDeadlineSources.map((s) => s.list(db, pmKenya, { from: null, to: '2040-01-01' })))
    ).flat();
    expect(kenya.some((c) => c.entityId === p.id)).toBe(false);
  });

  it('refuses a notice more than one fiscal year before its appropriation (DSCA 19-22)', async () => {
    const { db } = database;
    let p = await createProposal(db, pm, proposal({ fiscalYear: 2028, appropriationId: fy28AppropriationId }), TODAY);
    p = await recordAssessment(
      db,
      pm,
      p.id,
      { version: p.version, assessedOn: '2026-01-10', assessor: 'AM&E', baseline: 'b', objectives: 'o' },
      TODAY,
    );
    for (const action of ['submit', 'approve_osd', 'concur_state'])
      p = await transitionProposal(db, pm, p.id, { version: p.version, action, onDate: '2026-03-01', reason: action }, TODAY);
    const early = await failure(
      transitionProposal(db, pm, p.id, { version: p.version, action: 'notify', onDate: '2026-05-01', reason: 'too early' }, TODAY),
    );
    expect(early.status).toBe(409);
    expect(early.message).toMatch(/2026-10-01.*DSCA 19-22/);
  });

  it('reviews a BPC case: checklist, finding, action with owner and due date, completion only when all is done', async () => {
    const { db } = database;
    await addChecklistItem(db, admin, { code: 'CR-01', text: 'Value matches funds', kinds: ['periodic', 'annual_fms'] });
    await addChecklistItem(db, admin, { code: 'CR-02', text: 'Schedule current', kinds: ['periodic'] });
    const [row] = (await listProposals(db, pm, { partner: 'JO', status: 'executing' })).items;
    const bpc = (await getProposal(db, pm, row!.id, TODAY)).cases[0]!;
    const wrongKind = await failure(
      createReview(db, pm, { caseId: bpc.id, kind: 'annual_fms', trigger: 'FY26', dueOn: '2026-07-01' }, TODAY),
    );
    expect([wrongKind.status, wrongKind.message, wrongKind.fields?.map((f) => f.path)]).toEqual([
      400,
      expect.stringMatching(/FMS cases/),
      ['kind'],
    ]);
    let r = await createReview(db, pm, { caseId: bpc.id, kind: 'periodic', trigger: 'Semi-annual', dueOn: '2026-07-01' }, TODAY);
    expect(r.checklist.map((c) => c.code)).toEqual(['CR-01', 'CR-02']);
    r = await answerChecklist(db, pm, r.id, { version: r.version, answers: [{ itemId: r.checklist[0]!.itemId, answer: 'yes' }] }, TODAY);
    r = await addFinding(db, pm, r.id, { version: r.version, text: 'Delivery slipped', severity: 'deficiency' }, TODAY);
    r = await addAction(
      db,
      pm,
      r.id,
      { version: r.version, description: 'Record the cause', owner: 'Case manager', dueOn: '2026-05-20', findingId: r.findings[0]!.id },
      TODAY,
    );
    expect(r.actions[0]).toMatchObject({ owner: 'Case manager', overdue: true });
    expect(r.closure).toMatchObject({ ready: false, closeBy: '2033-07-31' });
    expect(
      (await failure(completeReview(db, pm, r.id, { version: r.version, completedOn: TODAY, summary: 'done' }, TODAY))).message,
    ).toMatch(/unanswered/);
    r = await answerChecklist(
      db,
      pm,
      r.id,
      { version: r.version, answers: [{ itemId: r.checklist[1]!.itemId, answer: 'no', note: 'late' }] },
      TODAY,
    );
    expect(
      (await failure(completeReview(db, pm, r.id, { version: r.version, completedOn: TODAY, summary: 'done' }, TODAY))).message,
    ).toMatch(/action/);
    const clocks = await capacityBuildingDeadlineSources
      .find((s) => s.kind === 'cb.review_action_due')!
      .list(db, pm, { from: null, to: TODAY });
    expect(clocks.map((c) => c.dueDate)).toEqual(['2026-05-20']);
    r = await completeAction(db, pm, r.id, r.actions[0]!.id, { version: r.version, doneOn: TODAY, note: 'Recorded' }, TODAY);
    r = await completeReview(db, pm, r.id, { version: r.version, completedOn: TODAY, summary: 'Done' }, TODAY);
    expect(r.status).toBe('complete');
    expect((await listReviews(db, pm, { status: 'complete' }, TODAY)).items.map((i) => i.caseIdentifier)).toEqual(['DU-B-AAA']);
  });

  it('keeps a review of a case withheld pending notification from readers without need-to-know, in lists and the audit log', async () => {
    const { db } = database;
    const sale = await createPendingSale(db, testWiring.caseHooks, admin, 'KU', 'Zqreview withheld sale');
    expect(
      (await failure(createReview(db, pm, { caseId: sale.id, kind: 'annual_fms', trigger: 'FY26', dueOn: '2026-07-01' }, TODAY))).status,
    ).toBe(403);
    const review = await createReview(
      db,
      admin,
      { caseId: sale.identifier, kind: 'annual_fms', trigger: 'FY26', dueOn: '2026-07-01' },
      TODAY,
    );
    expect(review.caseId).toBe(sale.id);
    expect((await failure(getReview(db, pm, review.id, TODAY))).status).toBe(403);
    expect((await listReviews(db, pm, { partner: 'KU' }, TODAY)).items).toEqual([]);
    expect((await listReviews(db, admin, { partner: 'KU' }, TODAY)).items.map((r) => r.caseIdentifier)).toEqual([sale.identifier]);
    const auditor = testPrincipal(['auditor']);
    const entries = await listAudit(db, testWiring.auditSubjects, auditor, {
      entityType: 'cb_review',
      entityId: review.id,
      limit: 10,
      offset: 0,
    });
    expect(JSON.stringify(entries)).not.toContain(sale.identifier);
  });

  it('keeps to the role and partner scope', async () => {
    const { db } = database;
    const [jo] = (await listProposals(db, pm, { partner: 'JO' })).items;
    expect((await failure(listProposals(db, writer))).status).toBe(403);
    expect((await listProposals(db, pmKenya)).total).toBe(0);
    expect((await failure(getProposal(db, cpdKenya, jo!.id, TODAY))).status).toBe(404);
    expect((await failure(createProposal(db, pmKenya, proposal(), TODAY))).status).toBe(404);
    expect(
      (await failure(transitionProposal(db, pmKenya, jo!.id, { version: jo!.version, action: 'withdraw', reason: 'x' }, TODAY))).status,
    ).toBe(404);
    const readOnly = testPrincipal(['country_portfolio_director']);
    expect(
      (await failure(transitionProposal(db, readOnly, jo!.id, { version: jo!.version, action: 'withdraw', reason: 'x' }, TODAY))).status,
    ).toBe(403);
    expect((await listReviews(db, pmKenya, {}, TODAY)).total).toBe(0);
    expect((await closureBacklog(db, pmKenya)).groups).toEqual([]);
    // The export: the same scope as the list.
    const csv = async (p: typeof pm) => new Response((await exportProposals(db, p, {}, 'csv', TODAY)).body).text();
    expect(await csv(pm)).toContain('T10-FY2027-001');
    expect(await csv(pmKenya)).not.toContain('T10-FY2027-001');
  });
});
