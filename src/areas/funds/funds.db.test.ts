import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../../platform/audit/service.ts';
import { listDeadlines } from '../../platform/deadlines/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { cases, createCase, saveVersion } from '../cases/public.ts';
import { createNotification, transitionNotification } from '../notifications/public.ts';
import { testWiring } from '../testing.ts';
import { createAppropriation, getAppropriation, listAppropriations, updateAppropriation } from './appropriation-service.ts';
import { commit, release } from './commitment-service.ts';
import { deobligate, listTransactions, obligate } from './obligation-service.ts';
import { fundsPortfolioSection } from './portfolio-section.ts';
import { createProgram, getProgram, listPrograms, updateProgram } from './program-service.ts';
import { STANDARD_PROGRAMS } from './rules/programs.ts';

const admin = testPrincipal(['administrator']);
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const cpdAT = testPrincipal(['country_portfolio_director'], { directorates: ['REX'], countries: ['AT'] });
const cpdBE = testPrincipal(['country_portfolio_director'], { directorates: ['REX'], countries: ['BE'] });
const analyst = testPrincipal(['notification_analyst'], { directorates: ['GEX'] });
const auditor = testPrincipal(['auditor']);
const cpdQA = testPrincipal(['country_portfolio_director'], { countries: ['QA'] });
const TODAY = '2026-06-01';

describe.each(TEST_ENGINES)('funds and authorities on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('ships the standard programs of shared/domain.md §9 with their titles and citations; only administrators change them', async () => {
    const { db } = database;
    const programs = await listPrograms(db, cpdAT);
    expect(programs.map((p) => p.code).sort()).toEqual(STANDARD_PROGRAMS.map((p) => p.code).sort());
    expect(programs.find((p) => p.code === 'SEC333')).toMatchObject({
      title: 10,
      authority: '10 U.S.C. 333',
      executedThrough: 'bpc_case',
      notifications: ['section_333'],
      standard: true,
    });
    expect(programs.find((p) => p.code === 'PDA-506A1')).toMatchObject({ title: 22, annualCapCents: 100_000_000_00 });
    expect(
      (await failure(createProgram(db, cpdAT, { code: 'GTE', name: 'Global Train and Equip', authority: 'x', title: 10, source: 'y' })))
        .status,
    ).toBe(403);
    const added = await createProgram(db, admin, {
      code: 'GTE',
      name: 'Global Train and Equip',
      authority: '10 U.S.C. 333',
      title: 10,
      executedThrough: 'bpc_case',
      source: 'shared/domain.md §0',
    });
    expect(added).toMatchObject({ standard: false, version: 1 });
    expect((await failure(createProgram(db, admin, { code: 'GTE', name: 'again', authority: 'x', title: 10, source: 'y' }))).status).toBe(
      409,
    );
    expect((await failure(updateProgram(db, admin, 'GTE', { version: 9, name: 'x' }))).code).toBe('version_conflict');
    expect(await updateProgram(db, admin, 'GTE', { version: 1, active: false })).toMatchObject({ active: false, version: 2 });
    // Keeping programs is `administer` in funds (ROLE_GRANTS): a director who writes funds, or an auditor, may not.
    expect((await failure(updateProgram(db, cpdAT, 'GTE', { version: 2, name: 'x' }))).status).toBe(403);
    expect((await failure(updateProgram(db, auditor, 'GTE', { version: 2, name: 'x' }))).status).toBe(403);
    expect((await failure(updateProgram(db, admin, 'NOPE', { version: 1, name: 'x' }))).status).toBe(404);
    expect(await getProgram(db, auditor, 'GTE')).toMatchObject({ code: 'GTE', active: false });
    expect((await failure(getProgram(db, auditor, 'NOPE'))).message).toBe('Program NOPE not found');
    expect((await failure(getProgram(db, analyst, 'GTE'))).status).toBe(403);
  });

  it('available = appropriated − obligated + de-obligated; refuses overdrafts and returns money on de-obligation', async () => {
    const { db } = database;
    const fund = await createAppropriation(
      db,
      cpdAT,
      {
        programCode: 'FMF',
        partnerCode: 'AT',
        fiscalYear: 2026,
        name: 'FMF FY26 Austria',
        amountCents: 1_000_000_00,
        availableUntil: '2027-09-30',
      },
      TODAY,
    );
    expect(fund).toMatchObject({
      appropriatedCents: 1_000_000_00,
      obligatedCents: 0,
      availableCents: 1_000_000_00,
      availableUntil: '2027-09-30',
      expired: false,
    });
    const first = await obligate(db, cpdAT, fund.id, { amountCents: 600_000_00, description: 'training' }, TODAY);
    expect(first.transaction).toMatchObject({ kind: 'obligation', partnerCode: 'AT', amountCents: 600_000_00, onDate: TODAY });
    expect(first.appropriation.availableCents).toBe(400_000_00);
    const over = await failure(obligate(db, cpdAT, fund.id, { amountCents: 400_000_01 }, TODAY));
    expect(over).toMatchObject({
      status: 409,
      message: expect.stringMatching(/Only \$400,000\.00 is available.*overdraw the fund by \$0\.01/),
      fields: [{ path: 'amountCents' }],
    });
    const back = await deobligate(db, cpdAT, first.transaction.id, { amountCents: 100_000_00 }, TODAY);
    expect(back.appropriation).toMatchObject({
      obligatedCents: 600_000_00,
      deobligatedCents: 100_000_00,
      netObligatedCents: 500_000_00,
      availableCents: 500_000_00,
    });
    expect((await failure(deobligate(db, cpdAT, first.transaction.id, { amountCents: 500_000_01 }, TODAY))).fields?.[0]?.path).toBe(
      'amountCents',
    );
    expect((await failure(deobligate(db, cpdAT, back.transaction.id, { amountCents: 1 }, TODAY))).fields?.[0]?.path).toBe('obligationId');
    await obligate(db, cpdAT, fund.id, { amountCents: 500_000_00 }, TODAY);
    expect((await getAppropriation(db, cpdAT, fund.id, TODAY)).availableCents).toBe(0);
    expect((await failure(obligate(db, cpdAT, fund.id, { amountCents: 1 }, TODAY))).status).toBe(409);
    expect((await failure(obligate(db, cpdAT, fund.id, { amountCents: 0 }, TODAY))).fields?.[0]?.path).toBe('amountCents');
    expect((await failure(obligate(db, cpdAT, fund.id, { amountCents: 5, onDate: '2026-06-02' }, TODAY))).fields?.[0]?.path).toBe('onDate');
    // The amount cannot fall below what is obligated; editing needs the current version.
    expect((await failure(updateAppropriation(db, cpdAT, fund.id, { version: 1, amountCents: 999_999_99 }, TODAY))).status).toBe(409);
    expect((await failure(updateAppropriation(db, cpdAT, fund.id, { version: 7, amountCents: 2_000_000_00 }, TODAY))).code).toBe(
      'version_conflict',
    );
    expect(await updateAppropriation(db, cpdAT, fund.id, { version: 1, amountCents: 1_200_000_00 }, TODAY)).toMatchObject({
      availableCents: 200_000_00,
      version: 2,
    });
    const audit = await listAudit(db, testWiring.auditSubjects, admin, { entityType: 'fund_transaction', limit: 10, offset: 0 });
    expect(audit.items.map((a) => a.action)).toEqual([
      'fund_transaction.obligated',
      'fund_transaction.deobligated',
      'fund_transaction.obligated',
    ]);
    // The ledger is append-only in the database itself.
    await expect(db.execute(sql`update fund_transactions set amount_cents = 1`)).rejects.toThrow();
  });

  it('Title 10 money cancels on 30 September of its stated year: obligations refused from 1 October, the clock in the deadlines service', async () => {
    const { db } = database;
    expect(
      (
        await failure(
          createAppropriation(db, admin, { programCode: 'SEC333', partnerCode: 'LE', fiscalYear: 2026, name: 'x', amountCents: 100 }),
        )
      ).fields?.[0]?.path,
    ).toBe('statedYear');
    expect(
      (
        await failure(
          createAppropriation(db, admin, {
            programCode: 'FMF',
            partnerCode: 'LE',
            fiscalYear: 2026,
            name: 'x',
            amountCents: 100,
            statedYear: 2026,
          }),
        )
      ).fields?.[0]?.path,
    ).toBe('statedYear');
    const fund = await createAppropriation(
      db,
      admin,
      {
        programCode: 'SEC333',
        partnerCode: 'LE',
        fiscalYear: 2026,
        name: 'Section 333 Lebanon border security',
        amountCents: 5_000_000_00,
        statedYear: 2026,
      },
      TODAY,
    );
    expect(fund).toMatchObject({ availableUntil: '2026-09-30', availabilityBasis: expect.stringContaining('SAMM App 6') });
    const bpc = await createCase(db, writer, {
      partnerCode: 'LE',
      agencyCode: 'B',
      type: 'bpc',
      title: 'Border security vehicles',
      fundingSources: ['SEC333'],
    });
    const fms = await createCase(db, writer, { partnerCode: 'LE', agencyCode: 'B', type: 'defined_order', title: 'Radios' });
    await saveVersion(db, testWiring.caseHooks, writer, bpc.identifier, 0, {
      revision: 1,
      lines: [{ lineNumber: '001', description: 'Vehicles', quantity: 10, unitCostCents: 10_000_00 }],
      notes: [],
      paymentSchedule: [],
    });
    const onLine = await obligate(
      db,
      admin,
      fund.id,
      { amountCents: 1_000_000_00, caseId: bpc.identifier, lineNumber: '001', onDate: '2026-09-30' },
      '2026-09-30',
    );
    expect(onLine.transaction).toMatchObject({ caseIdentifier: bpc.identifier, lineNumber: '001', partnerCode: 'LE' });
    expect(
      (await failure(obligate(db, admin, fund.id, { amountCents: 1, caseId: bpc.identifier, lineNumber: '009' }, TODAY))).fields?.[0]?.path,
    ).toBe('lineNumber');
    expect((await failure(obligate(db, admin, fund.id, { amountCents: 1, caseId: fms.identifier }, TODAY))).message).toMatch(
      /executed through BPC cases/,
    );
    const late = await failure(obligate(db, admin, fund.id, { amountCents: 1, caseId: bpc.identifier }, '2026-10-01'));
    expect(late).toMatchObject({ status: 409, message: expect.stringContaining('ended on 2026-09-30'), fields: [{ path: 'onDate' }] });
    const clocks = await listDeadlines(db, testWiring.deadlineSources, cpdAT, {
      from: TODAY,
      to: '2026-12-31',
      includeOverdue: false,
      today: TODAY,
    });
    expect(clocks.filter((d) => d.kind === 'funds.expires')).toEqual([]);
    const all = await listDeadlines(db, testWiring.deadlineSources, admin, {
      from: TODAY,
      to: '2026-12-31',
      includeOverdue: false,
      today: TODAY,
    });
    expect(all.filter((d) => d.kind === 'funds.expires')).toEqual([
      expect.objectContaining({
        entityId: fund.id,
        dueDate: '2026-09-30',
        partnerCode: 'LE',
        link: `/funds/appropriations/${fund.id}`,
        title: expect.stringContaining('$4,000,000'),
      }),
    ]);
  });

  it('FAA 506(a)(1) appropriations stay within $100M a fiscal year', async () => {
    const { db } = database;
    await createAppropriation(db, admin, { programCode: 'PDA-506A1', fiscalYear: 2025, name: 'Drawdown 1', amountCents: 60_000_000_00 });
    const over = await failure(
      createAppropriation(db, admin, { programCode: 'PDA-506A1', fiscalYear: 2025, name: 'Drawdown 2', amountCents: 40_000_000_01 }),
    );
    expect(over).toMatchObject({ status: 409, message: expect.stringContaining('FY2025') });
    await createAppropriation(db, admin, {
      programCode: 'PDA-506A1',
      fiscalYear: 2026,
      name: 'Drawdown FY26',
      amountCents: 100_000_000_00,
    });
  });

  it('parallel obligations cannot overdraw: exactly what fits is accepted', async () => {
    const { db } = database;
    const fund = await createAppropriation(
      db,
      admin,
      {
        programCode: 'FMF',
        partnerCode: 'BE',
        fiscalYear: 2026,
        name: 'FMF FY26 Belgium',
        amountCents: 1_000_00,
        availableUntil: '2027-09-30',
      },
      TODAY,
    );
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () => obligate(db, cpdBE, fund.id, { amountCents: 100_00 }, TODAY)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(15);
    for (const r of refused) expect(r.reason).toMatchObject({ status: 409, message: expect.stringContaining('Only $0.00 is available') });
    expect(await getAppropriation(db, cpdBE, fund.id, TODAY)).toMatchObject({ obligatedCents: 1_000_00, availableCents: 0 });
  });

  it('commitments reserve money for a case ahead of its obligation; parallel commitments cannot over-commit', async () => {
    const { db } = database;
    const fund = await createAppropriation(
      db,
      admin,
      { programCode: 'FMS', partnerCode: 'FR', fiscalYear: 2026, name: 'National funds France', amountCents: 1_000_00 },
      TODAY,
    );
    const frCase = await createCase(db, writer, { partnerCode: 'FR', agencyCode: 'D', type: 'defined_order', title: 'Rafale support' });
    const held = await commit(db, admin, fund.id, { amountCents: 600_00, caseId: frCase.identifier }, TODAY);
    expect(held.transaction).toMatchObject({ kind: 'commitment', caseIdentifier: frCase.identifier });
    expect(held.appropriation).toMatchObject({ availableCents: 1_000_00, committedCents: 600_00, uncommittedCents: 400_00 });
    // Money reserved for the case is not spent elsewhere.
    expect(await failure(obligate(db, admin, fund.id, { amountCents: 400_01, partnerCode: 'FR' }, TODAY))).toMatchObject({
      status: 409,
      message: expect.stringContaining('$600.00 of the $1,000.00 available is committed'),
    });
    const drawn = await obligate(db, admin, fund.id, { amountCents: 250_00, commitmentId: held.transaction.id }, TODAY);
    expect(drawn.transaction).toMatchObject({ kind: 'obligation', caseIdentifier: frCase.identifier, commitmentId: held.transaction.id });
    expect(drawn.appropriation).toMatchObject({ availableCents: 750_00, committedCents: 350_00, uncommittedCents: 400_00 });
    expect(
      (await failure(obligate(db, admin, fund.id, { amountCents: 350_01, commitmentId: held.transaction.id }, TODAY))).fields?.[0]?.path,
    ).toBe('amountCents');
    const released = await release(db, admin, held.transaction.id, { amountCents: 100_00 }, TODAY);
    expect(released.appropriation).toMatchObject({ committedCents: 250_00, uncommittedCents: 500_00 });
    expect((await failure(release(db, admin, held.transaction.id, { amountCents: 250_01 }, TODAY))).fields?.[0]?.path).toBe('amountCents');
    expect((await failure(release(db, admin, drawn.transaction.id, { amountCents: 1 }, TODAY))).fields?.[0]?.path).toBe('commitmentId');
    expect((await failure(updateAppropriation(db, admin, fund.id, { version: 1, amountCents: 499_99 }, TODAY))).message).toContain(
      '$250.00 committed',
    );
    const racing = await Promise.allSettled(
      Array.from({ length: 12 }, () => commit(db, admin, fund.id, { amountCents: 100_00, partnerCode: 'FR' }, TODAY)),
    );
    expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(await getAppropriation(db, admin, fund.id, TODAY)).toMatchObject({
      availableCents: 750_00,
      committedCents: 750_00,
      uncommittedCents: 0,
    });
  });

  it('scope: a director sees and spends only their partners’ money; other roles only read', async () => {
    const { db } = database;
    const at = await listAppropriations(db, cpdAT, {}, TODAY);
    expect(new Set(at.items.map((i) => i.partnerCode ?? 'program-wide'))).toEqual(new Set(['AT', 'program-wide']));
    const be = await listAppropriations(db, cpdBE, { partner: 'AT' }, TODAY);
    expect(be.total).toBe(0);
    const atFund = at.items.find((i) => i.partnerCode === 'AT')!;
    expect((await failure(getAppropriation(db, cpdBE, atFund.id))).status).toBe(404);
    expect((await failure(obligate(db, cpdBE, atFund.id, { amountCents: 1 }, TODAY))).status).toBe(404);
    expect(
      (
        await failure(
          createAppropriation(db, cpdBE, { programCode: 'FMF', partnerCode: 'AT', fiscalYear: 2026, name: 'x', amountCents: 1 }),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await failure(
          createAppropriation(db, cpdBE, { programCode: 'FMF', partnerCode: null, fiscalYear: 2026, name: 'x', amountCents: 1 }),
        )
      ).status,
    ).toBe(403);
    expect((await failure(listAppropriations(db, analyst))).status).toBe(403);
    const txAT = await listTransactions(db, cpdAT, {});
    expect(txAT.items.every((t) => t.partnerCode === 'AT')).toBe(true);
    expect(txAT.total).toBe(3);
    const expiring = await listAppropriations(db, admin, { state: 'expiring', days: 90, partner: 'LE' }, '2026-07-15');
    expect(expiring.items.map((i) => i.availableUntil)).toEqual(['2026-09-30']);
  });

  it('an entry naming a case withheld pending notification stays listed with the case masked; its money leaves the partner figures', async () => {
    const { db } = database;
    const pending = await createCase(db, writer, {
      partnerCode: 'QA',
      agencyCode: 'D',
      type: 'defined_order',
      title: 'Patriot fire units',
    });
    await saveVersion(db, testWiring.caseHooks, writer, pending.identifier, 0, {
      revision: 1,
      lines: [{ lineNumber: '001', description: 'Fire unit', quantity: 1, unitCostCents: 60_000_000_00, mde: true, sme: true }],
      notes: [],
      paymentSchedule: [],
    });
    const [marked] = await db.select({ markings: cases.markings }).from(cases).where(eq(cases.id, pending.id));
    expect(marked?.markings).toEqual(['pre-notification']);
    const open = await createCase(db, writer, { partnerCode: 'QA', agencyCode: 'D', type: 'defined_order', title: 'Spares' });
    const fund = await createAppropriation(
      db,
      admin,
      { programCode: 'FMS', partnerCode: 'QA', fiscalYear: 2026, name: 'National funds Qatar', amountCents: 10_000_000_00 },
      TODAY,
    );
    // Writers hold need-to-know by role: they name the case and see it.
    const held = await commit(db, cpdQA, fund.id, { amountCents: 2_345_678_91, caseId: pending.identifier, description: 'Patriot' }, TODAY);
    expect(held.transaction).toMatchObject({ caseIdentifier: pending.identifier, caseWithheld: false, description: 'Patriot' });
    await obligate(db, cpdQA, fund.id, { amountCents: 1_234_567_89, caseId: pending.identifier, lineNumber: '001' }, TODAY);
    await obligate(db, cpdQA, fund.id, { amountCents: 111_111_11, caseId: open.identifier }, TODAY);

    // A reader without need-to-know: the entries stay (they are the funds area's), their case is masked.
    const seen = await listTransactions(db, auditor, { partner: 'QA' });
    expect(seen.total).toBe(3);
    const masked = seen.items.filter((t) => t.caseWithheld);
    expect(masked.map((t) => [t.kind, t.amountCents])).toEqual(
      expect.arrayContaining([
        ['obligation', 1_234_567_89],
        ['commitment', 2_345_678_91],
      ]),
    );
    for (const t of masked) expect(t).toMatchObject({ caseId: null, caseIdentifier: null, lineNumber: null, description: '' });
    expect(seen.items.find((t) => !t.caseWithheld)).toMatchObject({ caseIdentifier: open.identifier, caseId: open.id });
    const text = JSON.stringify(seen);
    for (const trace of [pending.identifier, pending.id, 'Patriot']) expect(text).not.toContain(trace);
    // Filtering by the withheld case is refused like its page; a partner-scoped read leaves its entries out altogether.
    expect((await failure(listTransactions(db, auditor, { case: pending.identifier }))).status).toBe(403);
    const leftOut = await listTransactions(db, auditor, { partner: 'QA' }, { withheld: 'left-out' });
    expect([leftOut.total, leftOut.items.map((t) => t.caseIdentifier)]).toEqual([1, [open.identifier]]);
    // Readers with need-to-know see every reference.
    const director = await listTransactions(db, cpdQA, { case: pending.identifier });
    expect(director.items.map((t) => [t.caseIdentifier, t.caseWithheld])).toEqual([
      [pending.identifier, false],
      [pending.identifier, false],
    ]);
    // Its ledger entries' audit records carry the case: masked in the audit log as the case's own are.
    const audit = await listAudit(db, testWiring.auditSubjects, auditor, { entityType: 'fund_transaction', limit: 500, offset: 0 });
    const onPending = audit.items.filter((a) => a.entityId === 'withheld');
    expect(onPending).toHaveLength(2);
    for (const a of onPending) expect(a).toMatchObject({ countryCode: null, before: null, after: null });
    expect(JSON.stringify(audit)).not.toContain(pending.id);

    // The partner's figures: committed and obligated leave out the money on the withheld case for the auditor.
    const figures = async (who: typeof auditor) =>
      Object.fromEntries(((await fundsPortfolioSection.figures(db, who, ['QA'], TODAY)).get('QA') ?? []).map((f) => [f.key, f.cents]));
    expect(await figures(cpdQA)).toMatchObject({
      'funds.available': 10_000_000_00 - 1_234_567_89 - 111_111_11,
      'funds.committed': 2_345_678_91,
      'funds.obligated': 1_234_567_89 + 111_111_11,
    });
    expect(await figures(auditor)).toMatchObject({
      'funds.available': 10_000_000_00 - 1_234_567_89 - 111_111_11,
      'funds.committed': 0,
      'funds.obligated': 111_111_11,
    });

    // Once formally notified, the case is no longer withheld: its entries show it to everyone who reads funds.
    const notice = await createNotification(db, admin, { partnerCode: 'QA', caseIds: [pending.id], description: 'Patriot' });
    await transitionNotification(db, admin, notice.id, { action: 'notify_formally', version: notice.version, date: TODAY });
    expect((await listTransactions(db, auditor, { case: pending.identifier })).items.map((t) => t.caseIdentifier)).toEqual([
      pending.identifier,
      pending.identifier,
    ]);
    expect((await figures(auditor))['funds.obligated']).toBe(1_234_567_89 + 111_111_11);
  });
});
