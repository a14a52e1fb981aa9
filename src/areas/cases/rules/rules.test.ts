import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { administrativeSurcharge, surchargeCents } from './administrative-surcharge.ts';
import { designatorAt, designatorIndex, formatCaseIdentifier, nextDesignator, parseCaseIdentifier } from './case-identifier.ts';
import { caseTotals } from './case-totals.ts';
import { allowedActions, CASE_ACTIONS, CASE_STATUSES, transition } from './lifecycle.ts';
import { standardOfferExpiration } from './offer-expiration.ts';

describe('case identifiers (CC-I-XXX, as TW-D-QBA and IS-B-ZMI in transmittals 22-44 and 20-44)', () => {
  it('parses and formats the published identifiers', () => {
    expect(parseCaseIdentifier('TW-D-QBA')).toEqual({ customerCode: 'TW', agency: 'D', designator: 'QBA' });
    expect(formatCaseIdentifier(parseCaseIdentifier('IS-B-ZMI')!)).toBe('IS-B-ZMI');
    expect(parseCaseIdentifier('TWD-QBA')).toBeNull();
    expect(parseCaseIdentifier('DU-B-AAC')).toEqual({ customerCode: 'DU', agency: 'B', designator: 'AAC' });
    expect(parseCaseIdentifier('X7Q-D-AAA')).toEqual({ customerCode: 'X7Q', agency: 'D', designator: 'AAA' });
    expect(parseCaseIdentifier('ABCD-D-AAA')).toBeNull();
    expect(parseCaseIdentifier('TW-D-QB1')).toBeNull();
  });

  it('hands out the next unused designator, wrapping to fill gaps', () => {
    expect(nextDesignator([])).toBe('AAA');
    expect(nextDesignator(['AAA', 'AAB'])).toBe('AAC');
    expect(nextDesignator(['AAZ'])).toBe('ABA');
    expect(nextDesignator(['ZZZ'])).toBe('AAA');
  });

  it('never hands out a used designator', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 26 ** 3 - 1 }), { maxLength: 200 }), (indices) => {
        const used = indices.map(designatorAt);
        const next = nextDesignator(used);
        expect(next).not.toBeNull();
        expect(used).not.toContain(next);
        expect(designatorAt(designatorIndex(next!))).toBe(next);
      }),
    );
  });
});

describe('administrative surcharge (DSCA 18-27/18-48, 12-47, 06-14, 20-47; SAMM Table C9.T4)', () => {
  it.each([
    ['1999-05-31', 300],
    ['1999-06-01', 250],
    ['2006-07-31', 250],
    ['2006-08-01', 380],
    ['2012-10-31', 380],
    ['2012-11-01', 350],
    ['2018-05-31', 350],
    ['2018-06-01', 320],
    ['2026-11-25', 320],
  ])('on %s is %i basis points', (date, bps) => {
    expect(administrativeSurcharge(false, date)).toMatchObject({ applies: true, basisPoints: bps });
  });

  it('stops for BPC cases accepted from 1 Oct 2020, not the day before', () => {
    expect(administrativeSurcharge(true, '2020-09-30')).toMatchObject({ applies: true, basisPoints: 320 });
    expect(administrativeSurcharge(true, '2020-10-01')).toMatchObject({
      applies: false,
      basisPoints: 0,
      source: expect.stringContaining('20-47'),
    });
  });

  it('has no rate before the first row it knows', () => {
    expect(administrativeSurcharge(false, '1970-01-01')).toMatchObject({ applies: false });
  });

  it('rounds half a cent up and is exact for large values', () => {
    expect(surchargeCents(100_00, 320)).toBe(3_20);
    expect(surchargeCents(15_63, 320)).toBe(50); // 50.016 cents
    expect(surchargeCents(15_47, 320)).toBe(50); // 49.504 cents
    expect(surchargeCents(900_000_000_000_00, 320)).toBe(28_800_000_000_00);
  });
});

describe('case totals', () => {
  it('adds lines, accessorials and the surcharge on the lines only', () => {
    const totals = caseTotals(
      [
        { quantity: 2, unitCostCents: 1_000_000_00 },
        { quantity: 1, unitCostCents: 500_000_00 },
      ],
      10_000_00,
      320,
    );
    expect(totals).toEqual({
      linesCents: 2_500_000_00,
      accessorialCents: 10_000_00,
      surchargeBasisPoints: 320,
      administrativeCents: 80_000_00,
      totalCents: 2_590_000_00,
    });
  });

  it('never makes the total smaller than lines plus accessorials', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ quantity: fc.integer({ min: 0, max: 10_000 }), unitCostCents: fc.integer({ min: 0, max: 1e10 }) })),
        fc.nat(1e10),
        fc.nat(1000),
        (lines, acc, bps) => {
          const t = caseTotals(lines, acc, bps);
          expect(t.totalCents).toBe(t.linesCents + t.accessorialCents + t.administrativeCents);
          expect(t.administrativeCents).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('offer expiration (85 days from MILAP; BPC 30 days)', () => {
  it('counts calendar days', () => {
    expect(standardOfferExpiration(false, '2024-01-01')).toBe('2024-03-26');
    expect(standardOfferExpiration(true, '2024-02-15')).toBe('2024-03-16');
  });
});

describe('case lifecycle', () => {
  it('follows the path from draft to closed', () => {
    let status: (typeof CASE_STATUSES)[number] = 'draft';
    for (const action of ['submit_for_review', 'approve', 'offer', 'accept', 'implement', 'complete_supply', 'close'] as const) {
      const move = transition(status, action);
      expect(move.ok, `${action} from ${status}`).toBe(true);
      if (move.ok) status = move.to;
    }
    expect(status).toBe('closed');
  });

  it('refuses every move not in the table and names the allowed ones', () => {
    for (const status of CASE_STATUSES) {
      for (const action of CASE_ACTIONS) {
        const move = transition(status, action);
        if (!allowedActions(status).includes(action)) expect(move).toEqual({ ok: false, allowed: allowedActions(status) });
        else expect(move.ok).toBe(true);
      }
    }
  });

  it('ends in closed and cancelled, and a returned case goes back to review only', () => {
    expect(allowedActions('closed')).toEqual([]);
    expect(allowedActions('cancelled')).toEqual([]);
    expect(allowedActions('returned')).toEqual(['submit_for_review', 'cancel']);
    expect(transition('in_review', 'offer')).toEqual({ ok: false, allowed: ['return', 'approve'] });
  });
});
