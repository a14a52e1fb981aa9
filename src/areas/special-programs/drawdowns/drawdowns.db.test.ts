import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../../db/testing.ts';
import { listAudit } from '../../../platform/audit/service.ts';
import { failure } from '../../../platform/testing/failure.ts';
import { testPrincipal } from '../../../platform/testing/principals.ts';
import { createAppropriation } from '../../funds/public.ts';
import { testWiring } from '../../testing.ts';
import {
  addDrawdownDocument,
  addDrawdownLine,
  deliverDrawdownLine,
  linkReplacement,
  revalueDrawdownLine,
  transitionDrawdown,
} from './drawdown-moves.ts';
import { addDrawdownCap, createDrawdown, getDrawdown, listDrawdowns } from './drawdown-service.ts';
import { drawdownsPortfolioSection } from './portfolio-section.ts';

const TODAY = '2026-06-01';
const admin = testPrincipal(['administrator']);
const cpdUP = testPrincipal(['country_portfolio_director'], { countries: ['UP'] });
const cpdJO = testPrincipal(['country_portfolio_director'], { countries: ['JO'] });
const M = 1_000_000 * 100;

describe.each(TEST_ENGINES)('presidential drawdowns on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  async function determined(ceilingCents: number, authority: 'faa_506a1' | 'faa_506a2' = 'faa_506a2', pdNumber = 'PD-1') {
    const { db } = database;
    let d = await createDrawdown(db, cpdUP, { partnerCode: 'UP', authority, title: 'Support' }, TODAY);
    d = await addDrawdownDocument(
      db,
      cpdUP,
      d.id,
      { version: d.version, kind: 'justification_package', reference: 'JP-1', dated: '2026-05-01' },
      TODAY,
    );
    return transitionDrawdown(
      db,
      cpdUP,
      d.id,
      { version: d.version, action: 'determine', pdNumber, pdDate: '2026-05-10', ceilingCents },
      TODAY,
    );
  }

  it('justification → determination → assessments → execute order → revaluation → delivered, each step audited', async () => {
    const { db } = database;
    let d = await createDrawdown(db, cpdUP, { partnerCode: 'UP', authority: 'faa_506a1', title: 'Air defence' }, TODAY);
    expect(d).toMatchObject({ status: 'justification', reference: 'UP-PDA-2026-001', allowedActions: ['determine', 'cancel'] });
    const noJp = await failure(
      transitionDrawdown(
        db,
        cpdUP,
        d.id,
        { version: d.version, action: 'determine', pdNumber: 'PD', pdDate: '2026-05-10', ceilingCents: M },
        TODAY,
      ),
    );
    expect(noJp.message).toMatch(/justification package/);
    expect(
      (await failure(transitionDrawdown(db, cpdUP, d.id, { version: d.version, action: 'determine' }, TODAY))).fields?.map((f) => f.path),
    ).toEqual(['pdNumber', 'pdDate', 'ceilingCents']);
    d = await addDrawdownDocument(
      db,
      cpdUP,
      d.id,
      { version: d.version, kind: 'justification_package', reference: 'JP-7', dated: '2026-05-01' },
      TODAY,
    );
    d = await transitionDrawdown(
      db,
      cpdUP,
      d.id,
      { version: d.version, action: 'determine', pdNumber: 'PD 2026-07', pdDate: '2026-05-10', ceilingCents: 30 * M },
      TODAY,
    );
    expect(d).toMatchObject({
      status: 'determined',
      fiscalYear: 2026,
      ceilingCents: 30 * M,
      authorityCap: { capCents: 100 * M, verified: true },
    });
    d = await addDrawdownLine(db, cpdUP, d.id, {
      version: d.version,
      militaryDepartment: 'army',
      description: 'Missiles',
      quantity: 10,
      valuationMethod: 'replacement_cost',
      replacementCostCents: 25 * M,
      netBookValueCents: 14 * M,
    });
    const exec = await failure(transitionDrawdown(db, cpdUP, d.id, { version: d.version, action: 'execute' }, TODAY));
    expect(exec.status).toBe(409);
    expect(exec.message).toMatch(/Readiness impact assessment.*Budget impact assessment.*waiver/);
    d = await addDrawdownDocument(
      db,
      cpdUP,
      d.id,
      { version: d.version, kind: 'readiness_assessment', reference: 'RA-1', dated: '2026-05-12' },
      TODAY,
    );
    d = await addDrawdownDocument(
      db,
      cpdUP,
      d.id,
      { version: d.version, kind: 'budget_impact_assessment', reference: 'BA-1', dated: '2026-05-12' },
      TODAY,
    );
    d = await transitionDrawdown(db, cpdUP, d.id, { version: d.version, action: 'execute' }, TODAY);
    expect(d).toMatchObject({ status: 'executing', executedOn: TODAY, waiverReason: null });
    // Ceiling −1 / = / +1: 25M recorded; a second line of 5M + 1 cent is refused, 5M fits exactly.
    const over = await failure(
      addDrawdownLine(db, cpdUP, d.id, {
        version: d.version,
        militaryDepartment: 'navy',
        description: 'Spares',
        quantity: 1,
        valuationMethod: 'net_book_value',
        netBookValueCents: 5 * M + 1,
      }),
    );
    expect(over).toMatchObject({
      status: 409,
      fields: [{ path: 'netBookValueCents', message: expect.stringMatching(/ceiling of Presidential Determination PD 2026-07/) }],
    });
    d = await addDrawdownLine(db, cpdUP, d.id, {
      version: d.version,
      militaryDepartment: 'navy',
      description: 'Spares',
      quantity: 1,
      valuationMethod: 'net_book_value',
      netBookValueCents: 5 * M - 1,
    });
    d = await revalueDrawdownLine(
      db,
      cpdUP,
      d.id,
      d.lines[1]!.id,
      { version: d.version, valuationMethod: 'net_book_value', netBookValueCents: 5 * M, reason: 'Audit', memo: 'M-0', onDate: TODAY },
      TODAY,
    );
    expect(d).toMatchObject({ valueCents: 30 * M, remainingCents: 0 });
    d = await revalueDrawdownLine(
      db,
      cpdUP,
      d.id,
      d.lines[0]!.id,
      {
        version: d.version,
        valuationMethod: 'net_book_value',
        netBookValueCents: 14 * M,
        replacementCostCents: 25 * M,
        reason: 'Net book value, not replacement cost (DoD IG)',
        memo: 'MEMO-1',
        onDate: TODAY,
      },
      TODAY,
    );
    expect(d.lines[0]).toMatchObject({
      valuationMethod: 'net_book_value',
      valueCents: 14 * M,
      revaluations: [
        { oldMethod: 'replacement_cost', newMethod: 'net_book_value', oldValueCents: 25 * M, newValueCents: 14 * M, memo: 'MEMO-1' },
      ],
    });
    expect(d.valuation).toMatchObject({
      recordedCents: 19 * M,
      netBookValueCents: 19 * M,
      replacementCostCents: 25 * M,
      linesWithoutReplacementCost: 1,
    });
    const fund = await createAppropriation(
      db,
      admin,
      { programCode: 'FMF', partnerCode: null, fiscalYear: 2026, name: 'Replacement FY26', amountCents: 19 * M },
      TODAY,
    );
    d = await linkReplacement(db, cpdUP, d.id, { version: d.version, appropriationId: fund.id, note: 'Replenishment' });
    expect(d.replacements).toEqual([{ appropriationId: fund.id, name: 'Replacement FY26', fiscalYear: 2026, note: 'Replenishment' }]);
    d = await deliverDrawdownLine(db, cpdUP, d.id, d.lines[0]!.id, { version: d.version, deliveredOn: TODAY, document: 'DD1149-1' }, TODAY);
    expect(d.status).toBe('executing');
    expect(
      (
        await failure(
          deliverDrawdownLine(db, cpdUP, d.id, d.lines[0]!.id, { version: d.version, deliveredOn: TODAY, document: 'again' }, TODAY),
        )
      ).status,
    ).toBe(409);
    d = await deliverDrawdownLine(db, cpdUP, d.id, d.lines[1]!.id, { version: d.version, deliveredOn: TODAY, document: 'DD1149-2' }, TODAY);
    expect(d.status).toBe('delivered');
    const audit = await listAudit(db, testWiring.auditSubjects, admin, { entityType: 'drawdown', entityId: d.id, limit: 50, offset: 0 });
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['drawdown.determined', 'drawdown.executed', 'drawdown.line_revalued', 'drawdown.line_delivered']),
    );
  });

  it('executes without the assessments only with a waiver, recorded and audited', async () => {
    const { db } = database;
    let d = await determined(10 * M);
    d = await addDrawdownLine(db, cpdUP, d.id, {
      version: d.version,
      militaryDepartment: 'air_force',
      description: 'Radars',
      quantity: 2,
      valuationMethod: 'net_book_value',
      netBookValueCents: M,
    });
    expect(
      (await failure(transitionDrawdown(db, cpdUP, d.id, { version: d.version, action: 'execute', waiverReason: 'short' }, TODAY)))
        .fields?.[0]?.path,
    ).toBe('waiverReason');
    d = await transitionDrawdown(
      db,
      cpdUP,
      d.id,
      { version: d.version, action: 'execute', waiverReason: 'Emergency: assessments to follow within 30 days' },
      TODAY,
    );
    expect(d).toMatchObject({
      status: 'executing',
      waiverReason: 'Emergency: assessments to follow within 30 days',
      waivedBy: cpdUP.username,
      waivedOn: TODAY,
    });
    const audit = await listAudit(db, testWiring.auditSubjects, admin, { entityType: 'drawdown', entityId: d.id, limit: 50, offset: 0 });
    expect(audit.items.map((a: { action: string }) => a.action)).toContain('drawdown.waived');
  });

  it('parallel lines never take the value past the ceiling', async () => {
    const { db } = database;
    const d = await determined(10 * M, 'faa_506a2', 'PD-par');
    const add = async () => {
      for (let i = 0; i < 30; i++) {
        const now = await getDrawdown(db, cpdUP, d.id);
        try {
          return await addDrawdownLine(db, cpdUP, d.id, {
            version: now.version,
            militaryDepartment: 'army',
            description: 'Item',
            quantity: 1,
            valuationMethod: 'net_book_value',
            netBookValueCents: 3 * M,
          });
        } catch (e) {
          if ((e as { code?: string }).code !== 'version_conflict') throw e;
        }
      }
      throw new Error('still conflicting');
    };
    const results = await Promise.allSettled(Array.from({ length: 6 }, add));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect((await getDrawdown(db, cpdUP, d.id)).valueCents).toBe(9 * M);
  });

  it('FAA 506(a)(1): determinations in a fiscal year never pass $100M, even in parallel; an administrator enters other caps', async () => {
    const { db } = database;
    // The walk-through above determined $30M under 506(a)(1) in FY2026: $70M is left.
    const results = await Promise.allSettled([1, 2, 3].map((n) => determined(30 * M, 'faa_506a1', `PD-cap-${n}`)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ status: 409, fields: [{ path: 'ceilingCents' }] });
    expect((await failure(determined(10 * M + 1, 'faa_506a1', 'PD-cap-plus'))).status).toBe(409);
    expect((await determined(10 * M, 'faa_506a1', 'PD-cap-equal')).ceilingCents).toBe(10 * M);
    expect((await failure(addDrawdownCap(db, cpdUP, { authority: 'faa_506a2', citation: 'x', capCents: 1, source: 'y' }))).status).toBe(
      403,
    );
    const cap = await addDrawdownCap(db, admin, {
      authority: 'faa_506a2',
      citation: 'FAA 506(a)(2)',
      capCents: 5 * M,
      source: 'entered for the test',
      effectiveFrom: '2026-01-01',
    });
    expect(cap).toMatchObject({ authority: 'faa_506a2', verified: false });
  });

  it('lists and sums within scope only', async () => {
    const { db } = database;
    expect((await listDrawdowns(db, cpdJO, {})).total).toBe(0);
    expect((await failure(getDrawdown(db, cpdJO, 'UP-PDA-2026-001'))).status).toBe(404);
    const up = await listDrawdowns(db, cpdUP, { status: 'delivered' });
    expect(up.items).toEqual([expect.objectContaining({ reference: 'UP-PDA-2026-001', valueCents: 19 * M })]);
    const figures = await drawdownsPortfolioSection.figures(db, cpdUP, ['UP'], TODAY);
    expect(figures.get('UP')!.find((f) => f.key === 'drawdowns.ceiling')!.cents).toBeGreaterThan(0);
    expect((await drawdownsPortfolioSection.figures(db, cpdJO, null, TODAY)).size).toBe(0);
  });
});
