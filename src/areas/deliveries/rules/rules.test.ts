import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimDeadline, DISCREPANCY_RULE, intakeStatus } from './discrepancy.ts';
import { checkActual, currentMilestone, isSlip, MILESTONES, type MilestoneDates } from './milestones.ts';
import { checkQuantities, deliveredAsOf, remaining } from './quantities.ts';
import { compareSerials, receiptDueOn, receiptOverdue } from './receipt.ts';
import { fiscalQuarter, timelinessReport } from './timeliness.ts';
import { transportationPlanRequirement } from './transportation-plan.ts';

describe('Transportation Plan (SAMM Fig C7.F1): classified, CCI, AA&E Categories I–IV', () => {
  it('is required for each of the three, with its reason, and not otherwise', () => {
    expect(transportationPlanRequirement({ classified: false, cci: false, aaeCategory: null }).required).toBe(false);
    expect(transportationPlanRequirement({ classified: true, cci: false, aaeCategory: null }).reasons).toEqual(['classified materiel']);
    expect(transportationPlanRequirement({ classified: false, cci: true, aaeCategory: null }).required).toBe(true);
    for (const c of ['I', 'II', 'III', 'IV'] as const)
      expect(transportationPlanRequirement({ classified: false, cci: false, aaeCategory: c }).reasons).toEqual([`AA&E Category ${c}`]);
  });
});

describe('partial shipments: never more shipped than the line, delivered than shipped, accepted than delivered', () => {
  it('accepts exactly the ordered chains and names the first broken step', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(50), (ordered, shipped, delivered, accepted) => {
        const check = checkQuantities({ ordered, shipped, delivered, accepted });
        const consistent = shipped <= ordered && delivered <= shipped && accepted <= delivered;
        expect(check.ok).toBe(consistent);
        if (!check.ok) expect(check.field).toBe(shipped > ordered ? 'shipped' : delivered > shipped ? 'delivered' : 'accepted');
      }),
    );
  });
  it('leaves room that, used up, stays consistent and one more breaks it', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(40), (a, b, c) => {
        const [accepted, delivered, shipped] = [a, a + b, a + b + c];
        const q = { ordered: shipped + 3, shipped, delivered, accepted };
        const r = remaining(q);
        expect(checkQuantities({ ...q, shipped: shipped + r.toShip }).ok).toBe(true);
        expect(checkQuantities({ ...q, shipped: shipped + r.toShip + 1 }).ok).toBe(false);
        expect(checkQuantities({ ...q, delivered: delivered + r.toDeliver + 1 }).ok).toBe(false);
        expect(checkQuantities({ ...q, accepted: accepted + r.toAccept + 1 }).ok).toBe(false);
      }),
    );
  });
  it('refuses negative and fractional quantities', () => {
    expect(checkQuantities({ ordered: 5, shipped: -1, delivered: 0, accepted: 0 }).ok).toBe(false);
    expect(checkQuantities({ ordered: 5, shipped: 1.5, delivered: 0, accepted: 0 }).ok).toBe(false);
  });
});

describe('delivered means one thing (DSCA 24-40): a recorded receipt event with its date and document', () => {
  it('counts only receipt events on or before the date, each with a document', () => {
    const events = [
      { kind: 'received' as const, quantity: 3, onDate: '2026-01-10', document: 'DD 1348-1A 001' },
      { kind: 'received' as const, quantity: 2, onDate: '2026-02-10', document: 'DD 1348-1A 002' },
      { kind: 'received' as const, quantity: 4, onDate: '2026-01-11', document: '  ' },
      { kind: 'accepted' as const, quantity: 3, onDate: '2026-01-20', document: 'Acceptance 1' },
    ];
    expect(deliveredAsOf(events, '2026-01-09')).toMatchObject({ delivered: 0, accepted: 0 });
    expect(deliveredAsOf(events, '2026-01-10')).toMatchObject({ delivered: 3, accepted: 0 });
    expect(deliveredAsOf(events, '2026-03-01')).toMatchObject({ delivered: 5, accepted: 3 });
  });
  it('a shipment that reached "delivered" with no receipt event delivered nothing', () => {
    expect(deliveredAsOf([], '2030-01-01').delivered).toBe(0);
  });
});

describe('milestones: in order, slips', () => {
  const at = (dates: Partial<Record<(typeof MILESTONES)[number], string>>): MilestoneDates[] =>
    MILESTONES.map((m) => ({ milestone: m, plannedOn: null, actualOn: dates[m] ?? null }));
  it('needs every earlier milestone to have happened, not after', () => {
    expect(checkActual(at({}), 'ready', '2026-01-01').ok).toBe(true);
    expect(checkActual(at({}), 'shipped', '2026-01-01')).toMatchObject({ ok: false });
    expect(checkActual(at({ ready: '2026-01-05' }), 'shipped', '2026-01-04')).toMatchObject({ ok: false });
    expect(checkActual(at({ ready: '2026-01-05' }), 'shipped', '2026-01-05').ok).toBe(true);
    expect(checkActual(at({ ready: '2026-01-05', shipped: '2026-01-07' }), 'ready', '2026-01-08')).toMatchObject({ ok: false });
  });
  it('the current milestone is the furthest that happened', () => {
    expect(currentMilestone(at({}))).toBeNull();
    expect(currentMilestone(at({ ready: '2026-01-05', shipped: '2026-01-06' }))).toBe('shipped');
  });
  it('a slip is a later date than planned; the planned day itself and earlier are not', () => {
    expect(isSlip('2026-01-10', '2026-01-11')).toBe(true);
    expect(isSlip('2026-01-10', '2026-01-10')).toBe(false);
    expect(isSlip('2026-01-10', '2026-01-01')).toBe(false);
    expect(isSlip(null, '2026-01-11')).toBe(false);
  });
});

describe('receipt confirmed within 30 days; serials checked at receipt', () => {
  it('is due 30 days after delivery and overdue only from the next day', () => {
    expect(receiptDueOn('2026-01-31')).toBe('2026-03-02');
    expect(receiptOverdue('2026-01-01', null, '2026-01-31')).toBe(false);
    expect(receiptOverdue('2026-01-01', null, '2026-02-01')).toBe(true);
    expect(receiptOverdue('2026-01-01', '2026-01-20', '2026-05-01')).toBe(false);
    expect(receiptOverdue(null, null, '2026-05-01')).toBe(false);
  });
  it('names missing and unexpected serials', () => {
    expect(compareSerials(['A1', 'A2', 'A3'], ['A3', 'A1', 'B9'])).toEqual({ missing: ['A2'], unexpected: ['B9'] });
    expect(compareSerials(['A1'], ['A1'])).toEqual({ missing: [], unexpected: [] });
  });
});

describe('discrepancies: reviewed only from $200, refused after one year (BPC materiel transfer note)', () => {
  it('at the boundaries', () => {
    expect(DISCREPANCY_RULE.minimumCents).toBe(20_000);
    expect(intakeStatus(19_999, '2026-01-15', '2026-02-01').status).toBe('below_threshold');
    expect(intakeStatus(20_000, '2026-01-15', '2026-02-01').status).toBe('under_review');
    expect(intakeStatus(20_000, '2026-01-15', '2027-01-15').status).toBe('under_review');
    expect(intakeStatus(20_000, '2026-01-15', '2027-01-16').status).toBe('time_barred');
    expect(intakeStatus(1, '2026-01-15', '2027-01-16').status).toBe('time_barred');
    expect(claimDeadline('2028-02-29')).toBe('2029-02-28');
  });
});

describe('timeliness per fiscal quarter, against a hand-computed fixture', () => {
  it('quarters follow the federal fiscal year', () => {
    expect(fiscalQuarter('2025-10-01')).toBe('FY2026 Q1');
    expect(fiscalQuarter('2025-12-31')).toBe('FY2026 Q1');
    expect(fiscalQuarter('2026-01-01')).toBe('FY2026 Q2');
    expect(fiscalQuarter('2026-06-30')).toBe('FY2026 Q3');
    expect(fiscalQuarter('2026-09-30')).toBe('FY2026 Q4');
  });
  it('counts, late and average days late by group', () => {
    const base = { program: 'SEC333', partnerCode: 'KE', agencyCode: 'B' };
    const rows = timelinessReport([
      { ...base, estimatedOn: '2025-11-01', actualOn: '2025-11-01', cause: null }, // on time, Q1
      { ...base, estimatedOn: '2025-11-01', actualOn: '2025-10-20', cause: null }, // early = on time, Q1
      { ...base, estimatedOn: '2025-11-01', actualOn: '2025-11-11', cause: 'CARRIER' }, // 10 late, Q1
      { ...base, estimatedOn: '2025-11-01', actualOn: '2025-11-05', cause: 'CARRIER' }, // 4 late, Q1
      { ...base, estimatedOn: '2025-12-20', actualOn: '2026-01-09', cause: 'CUSTOMS' }, // 20 late, Q2
      { ...base, partnerCode: 'GH', estimatedOn: '2026-02-01', actualOn: '2026-02-01', cause: null }, // Q2 GH on time
    ]);
    expect(rows).toEqual([
      { quarter: 'FY2026 Q1', ...base, cause: 'CARRIER', deliverables: 2, late: 2, daysLateTotal: 14, averageDaysLate: 7 },
      { quarter: 'FY2026 Q1', ...base, cause: 'on_time', deliverables: 2, late: 0, daysLateTotal: 0, averageDaysLate: 0 },
      {
        quarter: 'FY2026 Q2',
        ...base,
        partnerCode: 'GH',
        cause: 'on_time',
        deliverables: 1,
        late: 0,
        daysLateTotal: 0,
        averageDaysLate: 0,
      },
      { quarter: 'FY2026 Q2', ...base, cause: 'CUSTOMS', deliverables: 1, late: 1, daysLateTotal: 20, averageDaysLate: 20 },
    ]);
  });
});
