import { describe, expect, it } from 'vitest';
import { noticeBlocker } from './notice-state.ts';
import { allowedActions, moveRequest, REQUEST_STATUSES } from './request-status.ts';
import { officesToReview, REVIEW_SCOPE, reviewOutcome, STANDARD_OFFICES } from './review-scope.ts';
import { allocationProblems, blanketOrderProblem, flankPriority, linesExceedAuthorization, pchtProblem } from './transfer-rules.ts';
import { currentValueCents, currentValueShareProblem, fiscalYearOf, originalAcquisitionValueCents } from './value.ts';

describe('current value: 5–50% of original acquisition value, entered per transfer (Navy IPO, secondary)', () => {
  it('refuses 4.99% and 50.01%, accepts 5% and 50% and between', () => {
    expect(currentValueShareProblem(499)).toMatch(/between 5% and 50%/);
    expect(currentValueShareProblem(500)).toBeNull();
    expect(currentValueShareProblem(501)).toBeNull();
    expect(currentValueShareProblem(4999)).toBeNull();
    expect(currentValueShareProblem(5000)).toBeNull();
    expect(currentValueShareProblem(5001)).toMatch(/between 5% and 50%/);
  });
  it('values quantity × unit × share, to the cent', () => {
    expect(originalAcquisitionValueCents(3, 100_000_00)).toBe(300_000_00);
    expect(currentValueCents(3, 100_000_00, 1250)).toBe(37_500_00);
    expect(currentValueCents(1, 3, 5000)).toBe(2); // 1.5 cents rounds half up
  });
  it('counts the fiscal year from 1 October (31 U.S.C. 1102)', () => {
    expect(fiscalYearOf('2025-09-30')).toBe(2025);
    expect(fiscalYearOf('2025-10-01')).toBe(2026);
    expect(fiscalYearOf('2026-01-15')).toBe(2026);
  });
});

describe('FAA 516(e)(1), the allocation memo, blanket orders, 516(c)(2)', () => {
  it('refuses DoD paying PCH&T of a grant, not of a sale', () => {
    expect(pchtProblem('grant_516', 'dod')).toMatch(/516\(e\)\(1\)/);
    expect(pchtProblem('grant_516', 'recipient')).toBeNull();
    expect(pchtProblem('sale_aeca_21', 'dod')).toBeNull();
  });
  it('names each missing attestation', () => {
    expect(allocationProblems({ noIndustryInitiative: true, noReadinessImpact: true, mtcrChecked: true })).toEqual([]);
    expect(allocationProblems({ noIndustryInitiative: false, noReadinessImpact: true, mtcrChecked: false }).map((p) => p.path)).toEqual([
      'noIndustryInitiative',
      'mtcrChecked',
    ]);
  });
  it('allows blanket-order EDA only for non-SME', () => {
    expect(blanketOrderProblem('blanket_order', true)).toMatch(/not significant military equipment/);
    expect(blanketOrderProblem('blanket_order', false)).toBeNull();
    expect(blanketOrderProblem('defined_order', true)).toBeNull();
  });
  it('gives priority to members of the administrator-kept flank group only', () => {
    expect(flankPriority(['NATO', 'FAA_516C2_FLANK'])).toMatchObject({ priority: true, source: expect.stringContaining('2321j(c)(2)') });
    expect(flankPriority(['NATO']).priority).toBe(false);
  });
});

describe('the offer gate: no more EDA on the LOA than authorised', () => {
  const auth = { quantity: 10, valueCents: 1_000_00 };
  it('quantity: 10 passes, 11 does not', () => {
    expect(linesExceedAuthorization([{ lineNumber: '001', quantity: 10, unitCostCents: 100_00 }], auth)).toBeNull();
    expect(linesExceedAuthorization([{ lineNumber: '001', quantity: 11, unitCostCents: 1 }], auth)).toMatch(/carry 11, more than the 10/);
  });
  it('value: = passes, + 1 cent does not, summed over lines', () => {
    const lines = [
      { lineNumber: '001', quantity: 5, unitCostCents: 100_00 },
      { lineNumber: '002', quantity: 5, unitCostCents: 100_00 },
    ];
    expect(linesExceedAuthorization(lines, auth)).toBeNull();
    expect(linesExceedAuthorization([...lines.slice(0, 1), { lineNumber: '002', quantity: 1, unitCostCents: 500_01 }], auth)).toMatch(
      /\$1000\.01, more than the \$1000\.00/,
    );
  });
});

describe('the request state machine', () => {
  it('names the allowed moves when refusing one', () => {
    expect(moveRequest('draft', 'authorize')).toEqual({ ok: false, reason: expect.any(String), allowed: ['propose', 'withdraw'] });
    expect(moveRequest('committee_approved', 'authorize')).toEqual({ ok: true, to: 'authorized' });
    expect(moveRequest('objected', 'resubmit')).toEqual({ ok: true, to: 'in_review' });
  });
  it('ends in transferred, disapproved or withdrawn', () => {
    const finals = REQUEST_STATUSES.filter((s) => allowedActions(s).length === 0);
    expect(finals).toEqual(['transferred', 'disapproved', 'withdrawn']);
  });
});

describe('interagency review rounds', () => {
  const offices = [...STANDARD_OFFICES, 'TREASURY'];
  const allConcur = offices.map((officeCode) => ({ officeCode, decision: 'concur' as const }));
  it('quantity or value reopens every office, those an administrator added too', () => {
    expect(officesToReview(['quantity'], offices, allConcur)).toEqual({ reopened: offices, carried: [] });
    expect(officesToReview(['currentValue'], offices, allConcur).reopened).toEqual(offices);
  });
  it('the MTCR attestation reopens State and DoD policy only; the others carry', () => {
    expect(officesToReview(['mtcrChecked'], offices, allConcur)).toEqual({
      reopened: ['STATE_PM_RSAT', 'DOD_POLICY'],
      carried: ['COMMERCE', 'IMPLEMENTING_AGENCY', 'TREASURY'],
    });
  });
  it('an office that objected always reviews again, as does one that had not answered', () => {
    const prior = [
      { officeCode: 'STATE_PM_RSAT', decision: 'concur' as const },
      { officeCode: 'COMMERCE', decision: 'object' as const },
      { officeCode: 'DOD_POLICY', decision: 'pending' as const },
      { officeCode: 'IMPLEMENTING_AGENCY', decision: 'concur' as const },
    ];
    expect(officesToReview(['pchtPaidBy'], [...STANDARD_OFFICES], prior)).toEqual({
      reopened: ['COMMERCE', 'DOD_POLICY', 'IMPLEMENTING_AGENCY'],
      carried: ['STATE_PM_RSAT'],
    });
  });
  it('scopes every reviewed field', () => {
    for (const scope of Object.values(REVIEW_SCOPE)) if (scope !== 'all') for (const o of scope) expect(STANDARD_OFFICES).toContain(o);
  });
  it('one objection blocks; all concur to decide', () => {
    expect(
      reviewOutcome([
        { officeCode: 'A', decision: 'concur' },
        { officeCode: 'B', decision: 'object' },
      ]),
    ).toBe('objected');
    expect(
      reviewOutcome([
        { officeCode: 'A', decision: 'concur' },
        { officeCode: 'B', decision: 'pending' },
      ]),
    ).toBe('pending');
    expect(reviewOutcome([{ officeCode: 'A', decision: 'concur' }])).toBe('concurred');
  });
});

describe('FAA 516(f): the act waits until the notice period has passed', () => {
  const notified = { status: 'formally_notified', formallyNotifiedOn: '2026-01-01', reviewEndsOn: '2026-01-31', clearedOn: null };
  it('the day the period ends: not yet, naming the date; the day after: yes', () => {
    expect(noticeBlocker([notified], '2026-01-30')).toMatch(/ends on 2026-01-31: not before 2026-02-01/);
    expect(noticeBlocker([notified], '2026-01-31')).toMatch(/2026-01-31/);
    expect(noticeBlocker([notified], '2026-02-01')).toBeNull();
  });
  it('a cleared notice lets it pass; a draft or none does not; a withdrawn one does not count', () => {
    expect(noticeBlocker([{ ...notified, status: 'cleared', clearedOn: '2026-02-01' }], '2026-01-15')).toBeNull();
    expect(noticeBlocker([{ ...notified, status: 'draft', reviewEndsOn: null, formallyNotifiedOn: null }], '2026-03-01')).toMatch(
      /not been formally made/,
    );
    expect(noticeBlocker([], '2026-03-01')).toMatch(/none has been made/);
    expect(noticeBlocker([{ ...notified, status: 'withdrawn' }], '2026-03-01')).toMatch(/none has been made/);
  });
});
