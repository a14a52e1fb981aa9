import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../../platform/audit/service.ts';
import { listDeadlines } from '../../platform/deadlines/service.ts';
import { failure } from '../../platform/testing/failure.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createCase, saveVersion } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { createAppropriation, getAppropriation, listAppropriations, updateAppropriation } from './appropriation-service.ts';
import { commit, release } from './commitment-service.ts';
import { fundDeadlineSources } from './deadlines.ts';
import { deobligate, listTransactions, obligate } from './obligation-service.ts';
import { createProgram, listPrograms, updateProgram } from './program-service.ts';
import { STANDARD_PROGRAMS } from './rules/programs.ts';

const admin = testPrincipal(['administrator']);
const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const cpdAT = testPrincipal(['country_portfolio_director'], { directorates: ['REX'], countries: ['AT'] });
const cpdBE = testPrincipal(['country_portfolio_director'], { directorates: ['REX'], countries: ['BE'] });
const analyst = testPrincipal(['notification_analyst'], { directorates: ['GEX'] });
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
});
