import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../../db/testing.ts';
import { listAudit } from '../../../platform/audit/service.ts';
import { databaseRefusal } from '../../../platform/http/database-errors.ts';
import { failure } from '../../../platform/testing/failure.ts';
import { testPrincipal } from '../../../platform/testing/principals.ts';
import {
  createCase,
  decideLor,
  getVersion,
  receiveLor,
  type SaveVersionInput,
  saveVersion,
  setMilestone,
  transitionCase,
} from '../../cases/public.ts';
import { testWiring } from '../../testing.ts';
import { addNporType, createNporRequest, getNporRequest, listNporRequests, listNporTypes, moveNporRequest } from '../npor/npor-service.ts';
import { nporPortfolioSection } from '../npor/portfolio-section.ts';
import { weaponSystems } from '../schema.ts';
import { getSystem } from '../systems-service.ts';
import { exportNporRequests, exportTsfdRequests } from './exports.ts';
import { tsfdPortfolioSection } from './portfolio-section.ts';
import { TSFD_NOTE_CODE } from './rules/tsfd-workflow.ts';
import {
  createTsfdPolicy,
  createTsfdRequest,
  getTsfdRequest,
  linkTsfdRequest,
  listTsfdPolicies,
  listTsfdRequests,
  recordDetermination,
  referTsfdRequest,
  withdrawTsfdRequest,
} from './tsfd-service.ts';

const admin = testPrincipal(['administrator']);
const analyst = testPrincipal(['weapons_analyst'], { directorates: ['WPNS'] });
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const reviewer = testPrincipal(['case_reviewer'], { directorates: ['GEX'] });
const director = testPrincipal(['country_portfolio_director'], { countries: ['PL', 'AT'] });
const auditor = testPrincipal(['auditor']);
const grantedAuditor = testPrincipal(['auditor'], { needToKnow: ['tsfd'] });

const line = (lineNumber: string, fields: Partial<SaveVersionInput['lines'][number]> = {}) => ({
  lineNumber,
  description: 'AN/PVS-31A binocular night vision device',
  maslGenericCode: 'N8A',
  maslNumber: '5855016543210',
  quantity: 100,
  unitOfIssue: 'EA',
  unitCostCents: 10_000_00,
  sme: true,
  sourceOfSupply: 'P',
  deliveryPeriod: '18 months',
  programOfRecord: true,
  ...fields,
});
// 2 lines × 100 × $10,000 = $2,000,000; 3.2% = $64,000.
const TOTAL = 2_064_000_00;

describe.each(TEST_ENGINES)('NPOR and TSFD on %s', (engine) => {
  let database: Database;
  let systemId: string;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const [system] = await database.db
      .insert(weaponSystems)
      .values({ name: 'Test NVD', sme: true, technologyAreas: ['night_vision'] })
      .returning();
    systemId = system!.id;
  });
  afterAll(() => database?.close());

  /** A draft case of `partner` whose LOA passes Case Writing's blocking checks, with the given lines. */
  async function draftCase(partnerCode: string, lines = [line('001'), line('002')], notes: SaveVersionInput['notes'] = []) {
    const { db } = database;
    const row = await createCase(db, writer, { partnerCode, agencyCode: 'B', type: 'defined_order', title: 'Night vision devices' });
    await saveVersion(db, testWiring.caseHooks, writer, row.identifier, 0, {
      revision: 1,
      lines,
      notes,
      paymentSchedule: [{ dueDate: '2027-06-01', amountCents: TOTAL }],
    });
    return row;
  }

  const move = async (identifier: string, who: typeof writer, action: 'submit_for_review' | 'approve' | 'offer', date: string) => {
    const { db } = database;
    const { case: current } = await (await import('../../cases/public.ts')).getCasePage(db, testWiring.caseHooks, writer, identifier);
    return transitionCase(db, testWiring.caseHooks, who, identifier, {
      action,
      version: current.version,
      date,
      ...(action === 'offer' ? { offerExpirationDate: '2027-02-01' } : {}),
    });
  };

  it('keeps program of record / NPOR and the NPOR type on every LOA line, the type from the administrators’ list', async () => {
    const { db } = database;
    expect(await failure(addNporType(db, analyst, { code: 'X', name: 'X', source: 'DSCA 21-50' }))).toMatchObject({ status: 403 });
    await addNporType(db, admin, { code: 'TEST_A', name: 'Test type A', source: 'DSCA 21-50 (entered by the administrator)' });
    expect((await listNporTypes(db, writer)).map((t) => t.code)).toContain('TEST_A');

    const row = await draftCase('AT', [
      line('001'),
      line('002', { programOfRecord: false, nporType: 'TEST_A' }),
      line('003', { programOfRecord: null }),
    ]);
    const version = await getVersion(db, testWiring.caseHooks, writer, row.identifier, 0);
    expect(version.lines.map((l) => [l.lineNumber, l.programOfRecord, l.nporType])).toEqual([
      ['001', true, null],
      ['002', false, 'TEST_A'],
      ['003', null, null],
    ]);
    expect(version.findings.filter((f) => f.check === 'program-of-record').map((f) => f.lineNumber)).toEqual(['003']);

    // A type not on the list: refused by the database, answered (src/platform/http/database-errors.ts) as a 400 naming the field.
    const unknown = await saveVersion(db, testWiring.caseHooks, writer, row.identifier, 0, {
      revision: version.version.revision,
      lines: [line('001', { programOfRecord: false, nporType: 'NOT_ON_LIST' })],
      notes: [],
      paymentSchedule: [],
    }).then(
      () => null,
      (error: unknown) => databaseRefusal(error),
    );
    expect(unknown?.error.status).toBe(400);
    expect(unknown?.error.fields?.[0]?.path).toBe('nporType');
    const onPor = await failure(
      saveVersion(db, testWiring.caseHooks, writer, row.identifier, 0, {
        revision: version.version.revision,
        lines: [line('001', { programOfRecord: true, nporType: 'TEST_A' })],
        notes: [],
        paymentSchedule: [],
      }),
    );
    expect(onPor.status).toBe(400);
    expect(onPor.fields?.[0]?.path).toMatch(/lines\.0\.nporType/);
  });

  it('walks an NPOR request through its workflow, audited with reasons, refusing illegal moves', async () => {
    const { db } = database;
    let r = await createNporRequest(db, analyst, {
      partnerCode: 'PL',
      title: 'Counter-UAS kit',
      receivedOn: '2026-09-01',
      nporType: 'TEST_A',
    });
    expect(r).toMatchObject({ reference: 'NPOR-2026-0001', status: 'received' });
    const illegal = await failure(
      moveNporRequest(db, analyst, r.id, { action: 'fund', version: r.version, date: '2026-09-02', reason: 'too early' }),
    );
    expect(illegal.status).toBe(409);
    expect(illegal.message).toMatch(/possible now: coi review, determine actionable, determine not actionable, withdraw/);
    expect(
      (await failure(moveNporRequest(db, analyst, r.id, { action: 'coi_review', version: r.version, date: '2026-09-02', reason: 'x' })))
        .fields,
    ).toEqual([{ path: 'recommendation', message: 'required' }]);
    r = await moveNporRequest(db, analyst, r.id, {
      action: 'coi_review',
      version: r.version,
      date: '2026-09-02',
      reason: 'COI met',
      recommendation: 'Proceed',
    });
    r = await moveNporRequest(db, analyst, r.id, {
      action: 'determine_actionable',
      version: r.version,
      date: '2026-09-03',
      reason: 'U.S. source found',
    });
    r = await moveNporRequest(db, analyst, r.id, {
      action: 'designate_lead_ia',
      version: r.version,
      date: '2026-09-04',
      reason: 'Army has the capability',
      leadAgencyCode: 'B',
    });
    r = await moveNporRequest(db, analyst, r.id, {
      action: 'fund',
      version: r.version,
      date: '2026-09-05',
      reason: 'Partner funds pre-LOR work',
      preLorFundingCents: 100_000_00,
      caseDevelopmentFundingCents: 250_000_00,
      fundingSource: 'National funds',
    });
    expect(r).toMatchObject({ status: 'funded', leadAgencyCode: 'B', preLorFundingCents: 100_000_00, allowedActions: [] });
    const stale = await failure(moveNporRequest(db, analyst, r.id, { action: 'withdraw', version: 1, date: '2026-09-06', reason: 'x' }));
    expect(stale.status).toBe(409);

    let refused = await createNporRequest(db, analyst, { partnerCode: 'PL', title: 'Other item', receivedOn: '2026-09-01' });
    refused = await moveNporRequest(db, analyst, refused.id, {
      action: 'determine_not_actionable',
      version: refused.version,
      date: '2026-09-02',
      reason: 'No U.S. source',
    });
    refused = await moveNporRequest(db, analyst, refused.id, {
      action: 'send_negative_response',
      version: refused.version,
      date: '2026-09-03',
      reason: 'Answer the LOR',
      negativeResponseReference: 'Letter 26-114',
    });
    expect(refused).toMatchObject({ status: 'refused', negativeResponseReference: 'Letter 26-114' });

    const { items } = await listAudit(db, testWiring.auditSubjects, admin, {
      entityType: 'npor_request',
      entityId: r.id,
      limit: 10,
      offset: 0,
    });
    expect(items.map((e) => e.action)).toContain('npor_request.designate_lead_ia');
    expect(items.find((e) => e.action === 'npor_request.determine_actionable')?.after).toMatchObject({ reason: 'U.S. source found' });
    expect((await listNporRequests(db, director, { partner: 'PL' })).total).toBe(2);
    expect((await failure(createNporRequest(db, director, { partnerCode: 'PL', title: 'x', receivedOn: '2026-09-01' }))).status).toBe(403);
    const figures = (await nporPortfolioSection.figures(db, director, ['PL'], '2026-12-01')).get('PL') ?? [];
    expect(figures.find((f) => f.key === 'npor.actionable')?.count).toBe(1);
    expect(figures.find((f) => f.key === 'npor.refused')?.count).toBe(1);
  });

  it('does not offer a case while its NPOR lines lack an actionable determination, then does', async () => {
    const { db } = database;
    const row = await draftCase('AT', [line('001'), line('002', { programOfRecord: false, nporType: 'TEST_A' })]);
    await move(row.identifier, writer, 'submit_for_review', '2026-10-01');
    await move(row.identifier, reviewer, 'approve', '2026-10-05');
    const blocked = await failure(move(row.identifier, writer, 'offer', '2026-10-10'));
    expect(blocked.status).toBe(409);
    expect(blocked.fields).toContainEqual({
      path: 'gates.npor-determination',
      message: 'NPOR line 002 lacks an actionable determination: no NPOR request is linked to the case or its LOR',
    });
    let r = await createNporRequest(db, analyst, { partnerCode: 'AT', title: 'Line 002', receivedOn: '2026-10-06', caseRef: row.id });
    expect((await failure(move(row.identifier, writer, 'offer', '2026-10-10'))).message).toMatch(
      new RegExp(`${r.reference} \\(received\\)`),
    );
    r = await moveNporRequest(db, analyst, r.id, {
      action: 'determine_actionable',
      version: r.version,
      date: '2026-10-07',
      reason: 'Actionable',
    });
    expect((await getNporRequest(db, analyst, r.id)).caseIdentifier).toBe(row.identifier);
    const offered = await move(row.identifier, writer, 'offer', '2026-10-10');
    expect(offered.case.status).toBe('offered');
  });

  it('holds a case needing TSFD in LOA development until the determinations are approved and the conditions are in its notes', async () => {
    const { db } = database;
    const row = await draftCase('PL');
    let r = await createTsfdRequest(db, analyst, {
      partnerCode: 'PL',
      systemId,
      title: 'Night vision release for Poland',
      preLorAssessmentOn: '2026-08-01',
      priority: true,
      priorityReason: 'Senior-leader case',
      caseRef: row.id,
    });
    expect(r).toMatchObject({ status: 'received', technologyAreas: ['night_vision'], priority: true, caseIdentifier: row.identifier });

    const held = await failure(move(row.identifier, writer, 'submit_for_review', '2026-10-01'));
    expect(held.status).toBe(409);
    expect(held.fields?.[0]?.path).toBe('gates.tsfd-approval');
    expect(held.message).not.toContain(r.reference);
    expect(held.message).not.toContain('Night vision release');

    r = await referTsfdRequest(db, analyst, r.id, {
      version: r.version,
      body: 'Night vision review',
      technologyArea: 'night_vision',
      referredOn: '2026-08-02',
    });
    r = await referTsfdRequest(db, analyst, r.id, { version: r.version, body: 'National disclosure policy', referredOn: '2026-08-02' });
    expect(r.status).toBe('in_review');
    expect(
      (await failure(referTsfdRequest(db, analyst, r.id, { version: r.version, body: 'Night vision review', referredOn: '2026-08-03' })))
        .fields,
    ).toEqual([{ path: 'body', message: 'Night vision review already reviews it' }]);
    const nv = r.reviews.find((v) => v.body === 'Night vision review');
    const ndp = r.reviews.find((v) => v.body === 'National disclosure policy');
    r = await recordDetermination(db, analyst, r.id, nv!.id, { version: r.version, determination: 'approved', determinedOn: '2026-09-01' });
    expect(r.status).toBe('in_review');
    expect((await failure(move(row.identifier, writer, 'submit_for_review', '2026-10-01'))).message).toMatch(
      /1 required TSFD review is not yet approved/,
    );
    const noConditions = await failure(
      recordDetermination(db, analyst, r.id, ndp!.id, {
        version: r.version,
        determination: 'approved_with_conditions',
        determinedOn: '2026-09-02',
      }),
    );
    expect(noConditions.fields?.[0]?.path).toBe('conditions');
    r = await recordDetermination(db, analyst, r.id, ndp!.id, {
      version: r.version,
      determination: 'approved_with_conditions',
      conditions: 'Export configuration only.',
      determinedOn: '2026-09-02',
    });
    expect(r).toMatchObject({
      status: 'approved_with_conditions',
      decidedOn: '2026-09-02',
      conditions: ['National disclosure policy: Export configuration only.'],
    });

    // The conditions went into the draft LOA's TSFD note, so the case moves on.
    const version = await getVersion(db, testWiring.caseHooks, writer, row.identifier, 0);
    expect(version.notes.find((n) => n.code === TSFD_NOTE_CODE)?.text).toContain('National disclosure policy: Export configuration only.');
    await move(row.identifier, writer, 'submit_for_review', '2026-10-01');
    await move(row.identifier, reviewer, 'approve', '2026-10-05');
    expect((await move(row.identifier, writer, 'offer', '2026-10-10')).case.status).toBe('offered');
    expect((await failure(withdrawTsfdRequest(db, analyst, r.id, { version: r.version, reason: 'late' }))).status).toBe(409);
  });

  it('opens no case from a LOR whose TSFD review is not approved: nothing is written, the LOR stays actionable', async () => {
    const { db } = database;
    let lor = await receiveLor(db, writer, {
      partnerCode: 'PL',
      receivedOn: '2026-09-01',
      channel: 'embassy',
      agencyCode: 'B',
      description: 'Night vision devices, classified configuration',
    });
    lor = await decideLor(db, writer, lor.id, { decision: 'actionable', completeOn: '2026-09-02', version: lor.version });
    let r = await createTsfdRequest(db, analyst, {
      partnerCode: 'PL',
      systemId,
      title: 'Release for the LOR',
      preLorAssessmentOn: '2026-08-01',
    });
    r = await linkTsfdRequest(db, analyst, r.id, { version: r.version, caseRef: null, lorId: lor.id });
    const open = () =>
      createCase(
        db,
        writer,
        { partnerCode: 'PL', agencyCode: 'B', type: 'defined_order', title: 'NVDs', lorId: lor.id },
        testWiring.caseHooks,
      );
    const held = await failure(open());
    expect(held.status).toBe(409);
    expect(held.message).toMatch(/cannot be opened from this letter of request yet: 1 required TSFD review is not yet approved/);
    expect(held.fields).toEqual([{ path: 'lorId', message: expect.stringContaining('TSFD') }]);
    expect(held.message).not.toContain('Release for the LOR');
    r = await referTsfdRequest(db, analyst, r.id, { version: r.version, body: 'Night vision review', referredOn: '2026-09-03' });
    r = await recordDetermination(db, analyst, r.id, r.reviews[0]!.id, {
      version: r.version,
      determination: 'approved',
      determinedOn: '2026-09-10',
    });
    const opened = await open();
    expect(opened).toMatchObject({ status: 'draft', lorId: lor.id });
  });

  it('stops a denied release, and lets a withdrawn request go', async () => {
    const { db } = database;
    const row = await draftCase('AT');
    let r = await createTsfdRequest(db, analyst, {
      partnerCode: 'AT',
      systemId,
      title: 'Denied one',
      preLorAssessmentOn: '2026-08-01',
      caseRef: row.id,
    });
    r = await referTsfdRequest(db, analyst, r.id, { version: r.version, body: 'Night vision review', referredOn: '2026-08-02' });
    r = await recordDetermination(db, analyst, r.id, r.reviews[0]!.id, {
      version: r.version,
      determination: 'denied',
      determinedOn: '2026-08-20',
    });
    expect(r.status).toBe('denied');
    expect((await failure(move(row.identifier, writer, 'submit_for_review', '2026-10-01'))).message).toMatch(/denied the release/);

    const other = await draftCase('AT');
    let w = await createTsfdRequest(db, analyst, { partnerCode: 'AT', systemId, title: 'Withdrawn one', preLorAssessmentOn: '2026-08-01' });
    w = await linkTsfdRequest(db, analyst, w.id, { version: w.version, caseRef: other.id, lorId: null });
    expect((await failure(move(other.identifier, writer, 'submit_for_review', '2026-10-01'))).status).toBe(409);
    w = await withdrawTsfdRequest(db, analyst, w.id, { version: w.version, reason: 'Partner chose another system' });
    expect((await move(other.identifier, writer, 'submit_for_review', '2026-10-01')).case.status).toBe('in_review');
  });

  it('shows the anticipatory policy in force for a group the partner belongs to', async () => {
    const { db } = database;
    await createTsfdPolicy(db, analyst, {
      title: 'Night vision for NATO',
      groupCode: 'NATO',
      technologyAreas: ['night_vision'],
      effectiveOn: '2026-01-01',
      expiresOn: null,
    });
    await createTsfdPolicy(db, analyst, {
      title: 'Expired one',
      groupCode: 'NATO',
      technologyAreas: ['night_vision'],
      effectiveOn: '2020-01-01',
      expiresOn: '2021-01-01',
    });
    expect(
      (
        await failure(
          createTsfdPolicy(db, analyst, { title: 'x', groupCode: 'NOPE', technologyAreas: ['night_vision'], effectiveOn: '2026-01-01' }),
        )
      ).fields,
    ).toEqual([{ path: 'groupCode', message: 'not a country group' }]);
    const pl = await createTsfdRequest(db, analyst, { partnerCode: 'PL', systemId, title: 'Covered', preLorAssessmentOn: '2026-08-01' });
    expect(pl.policies.map((p) => p.title)).toEqual(['Night vision for NATO']);
    const at = await createTsfdRequest(db, analyst, {
      partnerCode: 'AT',
      systemId,
      title: 'Not covered',
      preLorAssessmentOn: '2026-08-01',
    });
    expect(at.policies).toEqual([]);
  });

  it('shows nothing of TSFD to a reader without the marking: lists, counts, records, policies, portfolio, audit log', async () => {
    const { db } = database;
    const all = await listTsfdRequests(db, analyst, { limit: 200 });
    expect(all.total).toBeGreaterThan(3);
    const one = all.items[0]!;
    // The system's page lists its TSFD requests to holders of the marking only.
    const bySystem = await listTsfdRequests(db, analyst, { systemId, limit: 200 });
    expect(bySystem.total).toBeGreaterThan(0);
    expect((await getSystem(db, analyst, systemId)).concerning.tsfd.map((t) => t.id).sort()).toEqual(
      bySystem.items.map((t) => t.id).sort(),
    );
    for (const reader of [director, auditor]) {
      expect((await getSystem(db, reader, systemId)).concerning.tsfd).toEqual([]);
      expect(await listTsfdRequests(db, reader, { limit: 200 })).toEqual({ items: [], total: 0 });
      expect(await listTsfdRequests(db, reader, { partner: 'PL' })).toEqual({ items: [], total: 0 });
      expect(await listTsfdPolicies(db, reader)).toEqual([]);
      expect((await failure(getTsfdRequest(db, reader, one.id))).status).toBe(404);
      expect((await tsfdPortfolioSection.figures(db, reader, null, '2026-12-01')).size).toBe(0);
      const csv = await new Response((await exportTsfdRequests(db, reader, {}, 'csv')).body).text();
      expect(csv.trim().split('\n')).toHaveLength(1);
      expect(csv).not.toContain(one.reference);
    }
    const full = await new Response((await exportTsfdRequests(db, analyst, {}, 'csv')).body).text();
    expect(full).toContain(one.reference);
    expect(full.trim().split('\n')).toHaveLength(all.total + 1);
    const npor = await new Response((await exportNporRequests(db, director, { partner: 'PL' }, 'csv')).body).text();
    expect(npor).toContain('NPOR-2026-0001');
    const audit = await listAudit(db, testWiring.auditSubjects, auditor, { limit: 500, offset: 0 });
    expect(audit.items.filter((e) => e.entityType.startsWith('tsfd_'))).toEqual([]);
    expect(JSON.stringify(audit)).not.toContain(one.reference);
    const filtered = await listAudit(db, testWiring.auditSubjects, auditor, { entityType: 'tsfd_request', limit: 50, offset: 0 });
    expect(filtered).toEqual({ items: [], total: 0 });

    // A grant lets the same reader see them, everywhere.
    expect((await listTsfdRequests(db, grantedAuditor, { limit: 200 })).total).toBe(all.total);
    expect((await getTsfdRequest(db, grantedAuditor, one.id)).reference).toBe(one.reference);
    const seen = await listAudit(db, testWiring.auditSubjects, grantedAuditor, { entityType: 'tsfd_request', limit: 500, offset: 0 });
    expect(seen.items.some((e) => e.entityId === one.id && e.after !== null)).toBe(true);
    const portfolio = await tsfdPortfolioSection.figures(db, analyst, ['PL'], '2026-12-01');
    // Poland's approved requests: the case's (with conditions) and the LOR's.
    expect(portfolio.get('PL')?.find((f) => f.key === 'tsfd.approved')?.count).toBe(2);
  });

  it('refuses a milestone out of the request’s reach: writes by readers, partners outside scope', async () => {
    const { db } = database;
    const scoped = testPrincipal(['weapons_analyst'], { directorates: ['WPNS'], countries: ['AT'] });
    expect(
      (await failure(createTsfdRequest(db, scoped, { partnerCode: 'PL', systemId, title: 'x', preLorAssessmentOn: '2026-08-01' }))).status,
    ).toBe(404);
    const granted = testPrincipal(['country_portfolio_director'], { needToKnow: ['tsfd'] });
    expect(
      (await failure(createTsfdRequest(db, granted, { partnerCode: 'PL', systemId, title: 'x', preLorAssessmentOn: '2026-08-01' }))).status,
    ).toBe(403);
    const future = await failure(
      createTsfdRequest(db, analyst, { partnerCode: 'PL', systemId, title: 'x', preLorAssessmentOn: '2099-01-01' }),
    );
    expect(future.fields?.[0]?.path).toBe('preLorAssessmentOn');
    expect(await setMilestone).toBeDefined();
  });
});
