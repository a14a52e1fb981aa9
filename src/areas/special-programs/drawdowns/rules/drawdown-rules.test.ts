import { describe, expect, it } from 'vitest';
import { type CapRow, capOn, FAA_506A1_CAP_CENTS } from './authorities.ts';
import { moveDrawdown } from './drawdown-status.ts';
import { lineValue, valuationTotals } from './valuation.ts';

const all = ['justification_package', 'readiness_assessment', 'budget_impact_assessment'] as const;

describe('drawdown steps (GAO-16-291; DSCA 21-04)', () => {
  it('the determination follows the justification package', () => {
    expect(moveDrawdown('justification', 'determine', { documentsOnFile: [], assessmentsWaived: false, lines: 0 })).toMatchObject({
      ok: false,
      reason: /justification package/,
    });
    expect(
      moveDrawdown('justification', 'determine', { documentsOnFile: ['justification_package'], assessmentsWaived: false, lines: 0 }),
    ).toEqual({ ok: true, to: 'determined' });
  });

  it('execution is refused without the readiness and budget impact assessments, unless waived', () => {
    const readinessOnly = { documentsOnFile: ['justification_package', 'readiness_assessment'] as const, lines: 1 };
    const refused = moveDrawdown('determined', 'execute', {
      ...readinessOnly,
      documentsOnFile: [...readinessOnly.documentsOnFile],
      assessmentsWaived: false,
    });
    expect(refused).toMatchObject({ ok: false, reason: /Budget impact assessment.*waiver/ });
    expect(
      moveDrawdown('determined', 'execute', { documentsOnFile: [...readinessOnly.documentsOnFile], assessmentsWaived: true, lines: 1 }),
    ).toEqual({ ok: true, to: 'executing' });
    expect(moveDrawdown('determined', 'execute', { documentsOnFile: [...all], assessmentsWaived: false, lines: 1 })).toEqual({
      ok: true,
      to: 'executing',
    });
    expect(moveDrawdown('determined', 'execute', { documentsOnFile: [...all], assessmentsWaived: false, lines: 0 })).toMatchObject({
      ok: false,
      reason: /no lines/,
    });
    expect(moveDrawdown('justification', 'execute', { documentsOnFile: [...all], assessmentsWaived: false, lines: 1 })).toMatchObject({
      ok: false,
      allowed: ['determine', 'cancel'],
    });
  });
});

describe('caps by authority, dated', () => {
  const rows: CapRow[] = [
    { id: 'a1', authority: 'faa_506a1', effectiveFrom: null, effectiveTo: null, capCents: FAA_506A1_CAP_CENTS, source: 'FAA 506(a)(1)' },
    { id: 'act', authority: 'appropriation_act', effectiveFrom: '2022-03-15', effectiveTo: '2023-09-30', capCents: 5, source: 'act' },
  ];
  it('FAA 506(a)(1) is $100M; an act’s ceiling applies only within its dates and to drawdowns naming it; none recorded → null', () => {
    expect(FAA_506A1_CAP_CENTS).toBe(10_000_000_000);
    expect(capOn(rows, 'faa_506a1', '2026-01-01', null)?.id).toBe('a1');
    expect(capOn(rows, 'appropriation_act', '2022-03-14', 'act')).toBeNull();
    expect(capOn(rows, 'appropriation_act', '2022-03-15', 'act')?.id).toBe('act');
    expect(capOn(rows, 'appropriation_act', '2023-09-30', 'act')?.id).toBe('act');
    expect(capOn(rows, 'appropriation_act', '2023-10-01', 'act')).toBeNull();
    expect(capOn(rows, 'appropriation_act', '2022-06-01', 'other')).toBeNull();
    expect(capOn(rows, 'faa_506a2', '2026-01-01', null)).toBeNull();
  });
});

describe('valuation (DoD IG 2023–2024: replacement cost overstated the value)', () => {
  it('each line is valued by its own method; the report totals each method throughout', () => {
    const lines = [
      { valuationMethod: 'replacement_cost' as const, netBookValueCents: 15, replacementCostCents: 24 },
      { valuationMethod: 'net_book_value' as const, netBookValueCents: 6, replacementCostCents: null },
    ];
    expect(lines.map(lineValue)).toEqual([24, 6]);
    expect(valuationTotals(lines)).toEqual({
      recordedCents: 30,
      netBookValueCents: 21,
      replacementCostCents: 24,
      linesWithoutNetBookValue: 0,
      linesWithoutReplacementCost: 1,
    });
  });
});
