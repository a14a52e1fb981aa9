import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { auditLog } from '../../platform/audit/schema.ts';
import { listDeadlines } from '../../platform/deadlines/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createAppropriation, listTransactions, obligate } from '../funds/public.ts';
import { testWiring } from '../testing.ts';
import { createCondition, listConditions, updateCondition } from './conditions/condition-service.ts';
import { listNotices, recordCertification, recordNotice } from './conditions/record-service.ts';
import { specialProgramsPortfolioSection } from './portfolio-section.ts';
import { createRecipient, getRecipient, listRecipients, recordVetting } from './vetting/vetting-service.ts';
import { specialProgramWorkQueues } from './work.ts';

const admin = testPrincipal(['administrator']);
const cpdUP = testPrincipal(['country_portfolio_director'], { directorates: ['REX'], countries: ['UP'] });
const cpdIZ = testPrincipal(['country_portfolio_director'], { directorates: ['REX'], countries: ['IZ'] });
const auditor = testPrincipal(['auditor']);
const TODAY = '2026-06-01';
const M = 1_000_000_00;
const gates = testWiring.obligationGates;

describe.each(TEST_ENGINES)('special programs: conditions, certifications, notices and vetting on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  const conditionOf = async (program: string, fiscalYear: number, kind: string) =>
    (await listConditions(database.db, admin, { program, fiscalYear }, TODAY)).items.find((c) => c.kind === kind)!;

  it('ships only the [confirmed] conditions, each with its source; administrators enter the others, validated by kind', async () => {
    const { db } = database;
    const all = (await listConditions(db, auditor, {}, TODAY)).items;
    expect(all.map((c) => `${c.programCode} ${c.fiscalYear ?? '*'} ${c.kind}`).sort()).toEqual([
      'CTEF * vetting_required',
      'ITEF 2017 code_availability',
      'SYRIA-TE * report_before_assistance',
      'SYRIA-TE * vetting_required',
      'USAI 2017 withheld_until_certification',
      'USAI 2019 advance_notice',
      'USAI 2019 withheld_until_certification',
    ]);
    for (const c of all) expect(c).toMatchObject({ verified: true, source: expect.stringMatching(/GAO B-331564|1209|shared\/domain/) });
    expect(all.find((c) => c.fiscalYear === 2017 && c.programCode === 'USAI')).toMatchObject({ ceilingCents: 175 * M, status: 'withheld' });
    expect(all.find((c) => c.kind === 'advance_notice')).toMatchObject({ noticeDays: 15 });

    const fy21 = {
      programCode: 'USAI',
      fiscalYear: 2021,
      kind: 'withheld_until_certification',
      ceilingCents: 150 * M,
      certification: 'USAI reform certification',
      effectiveFrom: '2020-10-01',
      source: 'FY21 NDAA (entered by the administrator from the act)',
    };
    expect((await failure(createCondition(db, cpdUP, fy21, TODAY))).status).toBe(403);
    expect((await failure(createCondition(db, admin, { ...fy21, certification: null }, TODAY))).fields).toContainEqual({
      path: 'certification',
      message: 'the certification that releases the money',
    });
    expect((await failure(createCondition(db, admin, { ...fy21, programCode: 'NOPE' }, TODAY))).fields?.[0]?.path).toBe('programCode');
    const created = await createCondition(db, admin, fy21, TODAY);
    expect(created).toMatchObject({
      verified: false,
      version: 1,
      status: 'withheld',
      name: 'Amount withheld until a certification (USAI FY2021)',
    });
    const changed = await updateCondition(db, admin, created.id, { ...fy21, version: 1, verified: true }, TODAY);
    expect(changed).toMatchObject({ version: 2, verified: true });
    expect((await failure(updateCondition(db, admin, created.id, { ...fy21, version: 1 }, TODAY))).status).toBe(409);
  });

  it('USAI FY19: the obligation waits 15 days after its notice and, above half the money, for the certification', async () => {
    const { db } = database;
    const fund = await createAppropriation(
      db,
      admin,
      { programCode: 'USAI', partnerCode: 'UP', fiscalYear: 2019, name: 'USAI FY2019', amountCents: 250 * M, statedYear: 2020 },
      TODAY,
    );
    const notice = await conditionOf('USAI', 2019, 'advance_notice');
    const withheld = await conditionOf('USAI', 2019, 'withheld_until_certification');
    expect(withheld).toMatchObject({ ceilingCentsNow: 125 * M, obligatedCents: 0 });

    const noNotice = await failure(obligate(db, cpdUP, fund.id, { amountCents: M, partnerCode: 'UP', onDate: '2019-04-01' }, TODAY, gates));
    expect(noNotice).toMatchObject({ status: 409, message: expect.stringContaining('Advance notice of each obligation (USAI FY2019)') });
    expect(noNotice.fields?.[0]?.path).toBe('onDate');

    // Only for the partner's own scope; the amount is required; not in the future.
    expect(
      (
        await failure(
          recordNotice(db, cpdUP, notice.id, { partnerCode: 'IZ', givenOn: '2019-04-01', amountCents: M, documentRef: 'x' }, TODAY),
        )
      ).status,
    ).toBe(404);
    expect(
      (await failure(recordNotice(db, cpdUP, notice.id, { partnerCode: 'UP', givenOn: '2019-04-01', documentRef: 'x' }, TODAY))).fields?.[0]
        ?.path,
    ).toBe('amountCents');
    expect(
      (
        await failure(
          recordNotice(db, auditor, notice.id, { partnerCode: 'UP', givenOn: '2019-04-01', amountCents: M, documentRef: 'x' }, TODAY),
        )
      ).status,
    ).toBe(403);
    await recordNotice(
      db,
      cpdUP,
      notice.id,
      { partnerCode: 'UP', givenOn: '2019-04-01', amountCents: 250 * M, documentRef: 'Letter to the committees' },
      TODAY,
    );

    // Notice given 1 April: 15 April (day 14) refused, 16 April (day 15) allowed.
    const early = await failure(
      obligate(db, cpdUP, fund.id, { amountCents: 100 * M, partnerCode: 'UP', onDate: '2019-04-15' }, TODAY, gates),
    );
    expect(early.message).toMatch(/Advance notice.*may be made from 2019-04-16/);
    await obligate(db, cpdUP, fund.id, { amountCents: 100 * M, partnerCode: 'UP', onDate: '2019-04-16' }, TODAY, gates);

    // Before the certification: up to 50% ($125M). = passes, +1 cent refused.
    const over = await failure(
      obligate(db, cpdUP, fund.id, { amountCents: 25 * M + 1, partnerCode: 'UP', onDate: '2019-05-01' }, TODAY, gates),
    );
    expect(over).toMatchObject({ status: 409, message: expect.stringContaining('Amount withheld until a certification (USAI FY2019)') });
    expect(over.message).toContain('more than the $125,000,000 allowed before the USAI reform certification');
    await obligate(db, cpdUP, fund.id, { amountCents: 25 * M, partnerCode: 'UP', onDate: '2019-05-01' }, TODAY, gates);

    // The certification of 23 May 2019 releases the rest from that day, not the day before.
    expect(
      (
        await failure(
          recordCertification(db, admin, notice.id, { certifiedOn: '2019-05-23', certifiedBy: 'SecDef', documentRef: 'x' }, TODAY),
        )
      ).status,
    ).toBe(400);
    const released = await recordCertification(
      db,
      cpdUP,
      withheld.id,
      {
        certifiedOn: '2019-05-23',
        certifiedBy: 'Secretary of Defense with the Secretary of State',
        documentRef: 'Certification of 23 May 2019',
      },
      TODAY,
    );
    expect(released).toMatchObject({
      status: 'released',
      certifiedOn: '2019-05-23',
      certifications: [{ documentRef: 'Certification of 23 May 2019' }],
    });
    expect(
      (await failure(obligate(db, cpdUP, fund.id, { amountCents: M, partnerCode: 'UP', onDate: '2019-05-22' }, TODAY, gates))).status,
    ).toBe(409);
    await obligate(db, cpdUP, fund.id, { amountCents: M, partnerCode: 'UP', onDate: '2019-05-23' }, TODAY, gates);

    const [audited] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.entityType, 'program_certification'));
    expect(audited?.n).toBe(1);
    expect((await listNotices(db, cpdIZ)).total).toBe(0);
    expect((await listNotices(db, cpdUP)).items[0]).toMatchObject({ partnerCode: 'UP', noticeDays: 15 });
    const figures = (await specialProgramsPortfolioSection.figures(db, cpdUP, ['UP'], TODAY)).get('UP')!;
    expect(figures.find((f) => f.key === 'special-programs.released')?.cents).toBe(250 * M);
  });

  it('parallel obligations through two appropriations cannot together pass a ceiling before its certification', async () => {
    const { db } = database;
    await createCondition(
      db,
      admin,
      {
        programCode: 'ITEF',
        fiscalYear: 2026,
        kind: 'withheld_until_certification',
        ceilingCents: 1_000_00,
        certification: 'plan and strategy reports',
        stage: 'first stage',
        effectiveFrom: '2025-10-01',
        source: 'test',
      },
      TODAY,
    );
    const funds: { id: string }[] = [];
    for (const partnerCode of ['IZ', 'SY'])
      funds.push(
        await createAppropriation(
          db,
          admin,
          { programCode: 'ITEF', partnerCode, fiscalYear: 2026, name: `ITEF ${partnerCode}`, amountCents: 10_000_00, statedYear: 2027 },
          TODAY,
        ),
      );
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) => obligate(db, admin, funds[i % 2]!.id, { amountCents: 100_00, onDate: TODAY }, TODAY, gates)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(14);
    for (const r of refused)
      expect(r.reason).toMatchObject({ status: 409, message: expect.stringContaining('(ITEF FY2026, first stage)') });
  });

  it('no obligation after the authority ends: its last day passes, the next is refused', async () => {
    const { db } = database;
    await createCondition(
      db,
      admin,
      { programCode: 'ITEF', fiscalYear: 2025, kind: 'authority_end', endsOn: '2025-06-30', effectiveFrom: '2024-10-01', source: 'test' },
      TODAY,
    );
    const fund = await createAppropriation(
      db,
      admin,
      { programCode: 'ITEF', partnerCode: 'IZ', fiscalYear: 2025, name: 'ITEF FY25', amountCents: 10 * M, statedYear: 2026 },
      TODAY,
    );
    await obligate(db, admin, fund.id, { amountCents: M, onDate: '2025-06-30' }, TODAY, gates);
    const late = await failure(obligate(db, admin, fund.id, { amountCents: M, onDate: '2025-07-01' }, TODAY, gates));
    expect(late).toMatchObject({
      status: 409,
      message: 'Authority end date (ITEF FY2025): the authority ended on 2025-06-30; no obligation after it',
    });
  });

  it('CTEF assistance only to a recipient vetted, cleared and not expired; the expiry is a clock', async () => {
    const { db } = database;
    const fund = await createAppropriation(
      db,
      admin,
      { programCode: 'CTEF', partnerCode: 'IZ', fiscalYear: 2026, name: 'CTEF FY26 Iraq', amountCents: 10 * M, statedYear: 2027 },
      TODAY,
    );
    const ask = (recipientId: string | null, onDate = TODAY) =>
      obligate(db, cpdIZ, fund.id, { amountCents: M, recipientId, onDate }, TODAY, gates);
    expect((await failure(ask(null))).fields).toEqual([{ path: 'recipientId', message: 'name the vetted recipient of this assistance' }]);

    expect((await failure(createRecipient(db, cpdUP, { partnerCode: 'IZ', kind: 'unit', name: 'x' }, TODAY))).status).toBe(404);
    const unit = await createRecipient(db, cpdIZ, { partnerCode: 'IZ', kind: 'unit', name: 'Brigade 7' }, TODAY);
    expect(unit).toMatchObject({ eligibleToday: false, refusal: 'the recipient has not been vetted' });
    expect((await failure(ask(unit.id))).message).toBe('Recipients vetted (CTEF): Brigade 7: the recipient has not been vetted');

    const vetting = {
      vettedBy: 'SCO Baghdad',
      vettedOn: '2026-01-05',
      result: 'cleared',
      expiresOn: '2026-05-31',
      documentRef: 'Memo 26-01',
    };
    expect((await failure(recordVetting(db, cpdIZ, unit.id, { ...vetting, expiresOn: '2026-01-04' }, TODAY))).fields?.[0]?.path).toBe(
      'expiresOn',
    );
    expect((await failure(recordVetting(db, cpdUP, unit.id, vetting, TODAY))).status).toBe(404);
    await recordVetting(db, cpdIZ, unit.id, vetting, TODAY);
    await ask(unit.id, '2026-05-31');
    expect((await failure(ask(unit.id, '2026-06-01'))).message).toMatch(/vetting expired on 2026-05-31/);
    const [entry] = (await listTransactions(db, cpdIZ, { appropriation: fund.id })).items;
    expect(entry).toMatchObject({ amountCents: M, onDate: '2026-05-31' });

    const other = await createRecipient(db, admin, { partnerCode: 'SY', kind: 'individual', name: 'Someone' }, TODAY);
    expect((await failure(ask(other.id))).message).toMatch(/no recipient of IZ/);

    await recordVetting(db, cpdIZ, unit.id, { ...vetting, vettedOn: '2026-06-01', expiresOn: '2026-06-20' }, TODAY);
    await ask(unit.id);
    expect((await getRecipient(db, cpdIZ, unit.id, TODAY)).vettings).toHaveLength(2);
    expect((await listRecipients(db, cpdIZ, { expiring: 'true' }, TODAY)).items.map((r) => r.name)).toEqual(['Brigade 7']);
    expect((await listRecipients(db, cpdUP, {}, TODAY)).total).toBe(0);
    expect(await specialProgramWorkQueues[0]!.count(db, cpdIZ, TODAY)).toBe(1);
    const clocks = await listDeadlines(db, testWiring.deadlineSources, cpdIZ, {
      from: TODAY,
      to: '2026-07-01',
      includeOverdue: false,
      today: TODAY,
    });
    expect(clocks.filter((c) => c.kind === 'special_programs.vetting_expires')).toMatchObject([
      { dueDate: '2026-06-20', entityId: unit.id, link: `/special-programs/recipients/${unit.id}` },
    ]);
  });
});
