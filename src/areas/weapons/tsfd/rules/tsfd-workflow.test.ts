import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conditionsOf,
  outcomeOf,
  policyInForce,
  type ReviewState,
  TSFD_DETERMINATIONS,
  TSFD_NOTE_CODE,
  tsfdGateBlocker,
  tsfdNoteText,
} from './tsfd-workflow.ts';

const review = (determination: ReviewState['determination'], conditions = '', body = 'Anti-tamper'): ReviewState => ({
  body,
  determination,
  conditions,
});

describe('TSFD outcome', () => {
  it('is received with no body referred, in review while any body has not determined', () => {
    expect(outcomeOf([])).toBe('received');
    expect(outcomeOf([review('approved'), review(null)])).toBe('in_review');
  });

  it('is denied when any body denies, with conditions when any sets them, approved when all approve outright', () => {
    expect(outcomeOf([review('approved'), review('denied')])).toBe('denied');
    expect(outcomeOf([review('approved'), review('approved_with_conditions', 'No source code')])).toBe('approved_with_conditions');
    expect(outcomeOf([review('approved'), review('approved')])).toBe('approved');
  });

  it('denial outweighs everything, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TSFD_DETERMINATIONS), { minLength: 1 }), (ds) => {
        const outcome = outcomeOf(ds.map((d) => review(d, d === 'approved_with_conditions' ? 'c' : '')));
        if (ds.includes('denied')) expect(outcome).toBe('denied');
        else expect(outcome).toBe(ds.includes('approved_with_conditions') ? 'approved_with_conditions' : 'approved');
      }),
    );
  });
});

describe('TSFD gate (DSCA 16-26, 25-16)', () => {
  const conditions = conditionsOf([review('approved_with_conditions', 'Export variant only', 'COMSEC'), review('approved')]);
  const note = { code: TSFD_NOTE_CODE, text: tsfdNoteText(conditions) };

  it('passes a case with no TSFD request, or only withdrawn ones', () => {
    expect(tsfdGateBlocker([], [])).toBeNull();
    expect(tsfdGateBlocker([{ status: 'withdrawn', conditions: [] }], [])).toBeNull();
  });

  it('stops while a review is outstanding or denied, naming no request, body or condition', () => {
    const pending = tsfdGateBlocker(
      [
        { status: 'in_review', conditions: [] },
        { status: 'received', conditions: [] },
      ],
      [],
    );
    expect(pending).toMatch(/2 required TSFD reviews are not yet approved/);
    expect(tsfdGateBlocker([{ status: 'denied', conditions: [] }], [])).toMatch(/denied/);
    expect(pending).not.toMatch(/COMSEC|Export/);
  });

  it('stops an approval with conditions until the conditions are in the LOA note, then passes', () => {
    expect(conditions).toEqual(['COMSEC: Export variant only']);
    const approved = [{ status: 'approved_with_conditions' as const, conditions }];
    expect(tsfdGateBlocker(approved, [])).toMatch(/1 TSFD approval condition is not in the LOA's TSFD note/);
    expect(tsfdGateBlocker(approved, [note])).toBeNull();
    expect(tsfdGateBlocker([{ status: 'approved', conditions: [] }], [])).toBeNull();
  });
});

describe('anticipatory policy in force', () => {
  it('from its effective date, until (not on) its expiry', () => {
    const policy = { effectiveOn: '2026-01-01', expiresOn: '2027-01-01' };
    expect(policyInForce(policy, '2025-12-31')).toBe(false);
    expect(policyInForce(policy, '2026-01-01')).toBe(true);
    expect(policyInForce(policy, '2026-12-31')).toBe(true);
    expect(policyInForce(policy, '2027-01-01')).toBe(false);
    expect(policyInForce({ effectiveOn: '2026-01-01', expiresOn: null }, '2099-01-01')).toBe(true);
  });
});
