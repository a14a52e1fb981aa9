import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableOn, periodEnd, title10LastDay } from './availability.ts';
import {
  balanceOf,
  decideAmountChange,
  decideAnnualCap,
  decideDeobligation,
  decideObligation,
  fundBalance,
  type LedgerEntry,
} from './balance.ts';
import { decideCaseFunding } from './case-funding.ts';
import { STANDARD_PROGRAMS } from './programs.ts';

describe('Title 10 money cancels at midnight 30 September of the stated year (SAMM App 6 note)', () => {
  it('the last day is 30 September of the stated year', () => {
    expect(title10LastDay(2026)).toBe('2026-09-30');
    expect(periodEnd(10, 2027, '2030-01-01')).toMatchObject({ lastDay: '2027-09-30', basis: expect.stringContaining('SAMM App 6') });
  });
  it('obligations are possible through 30 September and impossible from 1 October', () => {
    expect(availableOn('2026-09-30', '2026-09-30')).toBe(true);
    expect(availableOn('2026-09-30', '2026-10-01')).toBe(false);
  });
  it('Title 22 keeps the period the administrator entered, or none', () => {
    expect(periodEnd(22, null, '2028-09-30').lastDay).toBe('2028-09-30');
    expect(periodEnd(22, null, null).lastDay).toBeNull();
    expect(availableOn(null, '2099-01-01')).toBe(true);
  });
});

describe('fund arithmetic: available = appropriated − obligated + de-obligated', () => {
  it('computes a hand-worked example', () => {
    const b = fundBalance(1_000_00, [
      { kind: 'obligation', amountCents: 600_00 },
      { kind: 'deobligation', amountCents: 100_00 },
      { kind: 'obligation', amountCents: 250_00 },
    ]);
    expect(b).toEqual({
      appropriatedCents: 1_000_00,
      obligatedCents: 850_00,
      deobligatedCents: 100_00,
      netObligatedCents: 750_00,
      availableCents: 250_00,
      committedCents: 0,
      uncommittedCents: 250_00,
    });
  });
  it('commitments reserve available money: obligations drawn from them use the reservation, others only what is uncommitted', () => {
    const b = fundBalance(1_000_00, [
      { kind: 'commitment', amountCents: 400_00 },
      { kind: 'obligation', amountCents: 150_00, fromCommitment: true },
      { kind: 'commitment_release', amountCents: 50_00 },
      { kind: 'obligation', amountCents: 300_00 },
    ]);
    // committed outstanding 400 − 150 − 50 = 200; available 1000 − 450 = 550; uncommitted 550 − 200 = 350.
    expect(b).toMatchObject({ availableCents: 550_00, committedCents: 200_00, uncommittedCents: 350_00 });
    expect(decideObligation(b, 350_01, '2026-01-01', null)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('$200.00 of the $550.00 available is committed'),
    });
    expect(decideObligation(b, 200_00, '2026-01-01', null, 200_00)).toEqual({ ok: true });
    expect(decideObligation(b, 200_01, '2026-01-01', null, 200_00).ok).toBe(false);
    expect(decideAmountChange(b, 649_99).ok).toBe(false);
    expect(decideAmountChange(b, 650_00)).toEqual({ ok: true });
  });
  it('refuses an obligation beyond what is available, naming the shortfall', () => {
    const d = decideObligation(balanceOf(100_00, 60_00, 0), 40_01, '2026-01-01', null);
    expect(d).toMatchObject({ ok: false, field: 'amountCents', reason: expect.stringContaining('overdraw the fund by $0.01') });
    expect(decideObligation(balanceOf(100_00, 60_00, 0), 40_00, '2026-01-01', null)).toEqual({ ok: true });
  });
  it('refuses an obligation after the period of availability', () => {
    expect(decideObligation(balanceOf(100_00, 0, 0), 1, '2026-10-01', '2026-09-30')).toMatchObject({ ok: false, field: 'onDate' });
  });
  it('refuses zero, negative and fractional amounts', () => {
    for (const a of [0, -1, 1.5]) expect(decideObligation(balanceOf(100_00, 0, 0), a, '2026-01-01', null).ok).toBe(false);
    for (const a of [0, -1, 1.5]) expect(decideDeobligation(100, a).ok).toBe(false);
  });
  it('a de-obligation returns at most what its obligation still holds', () => {
    expect(decideDeobligation(50_00, 50_00)).toEqual({ ok: true });
    expect(decideDeobligation(50_00, 50_01).ok).toBe(false);
  });
  it('the amount cannot fall below what is obligated', () => {
    expect(decideAmountChange(balanceOf(100_00, 80_00, 10_00), 70_00)).toEqual({ ok: true });
    expect(decideAmountChange(balanceOf(100_00, 80_00, 10_00), 69_99).ok).toBe(false);
  });

  type Op =
    | { kind: 'obligate'; amount: number }
    | { kind: 'deobligate'; pick: number; amount: number }
    | { kind: 'commit'; amount: number }
    | { kind: 'release'; pick: number; amount: number }
    | { kind: 'draw'; pick: number; amount: number };
  const amount = fc.integer({ min: -10, max: 2_000_000 });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('obligate' as const), amount }),
    fc.record({ kind: fc.constant('deobligate' as const), pick: fc.nat(), amount }),
    fc.record({ kind: fc.constant('commit' as const), amount }),
    fc.record({ kind: fc.constant('release' as const), pick: fc.nat(), amount }),
    fc.record({ kind: fc.constant('draw' as const), pick: fc.nat(), amount }),
  );

  it('any sequence the rules accept never leaves available or uncommitted < 0, and the identity holds at every step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000_000 }), fc.array(op, { maxLength: 60 }), (appropriated, ops) => {
        const ledger: LedgerEntry[] = [];
        const obligations: { amount: number; returned: number }[] = [];
        const commitments: { amount: number; used: number }[] = [];
        const accept = (entry: LedgerEntry) => ledger.push(entry);
        for (const o of ops) {
          const balance = fundBalance(appropriated, ledger);
          if (o.kind === 'obligate' || o.kind === 'commit') {
            if (
              decideObligation(balance, o.amount, '2026-01-01', '2026-09-30', null, o.kind === 'commit' ? 'commitment' : 'obligation').ok
            ) {
              accept({ kind: o.kind === 'commit' ? 'commitment' : 'obligation', amountCents: o.amount });
              if (o.kind === 'commit') commitments.push({ amount: o.amount, used: 0 });
              else obligations.push({ amount: o.amount, returned: 0 });
            }
          } else if (o.kind === 'deobligate' && obligations.length) {
            const target = obligations[o.pick % obligations.length]!;
            if (decideDeobligation(target.amount - target.returned, o.amount).ok) {
              accept({ kind: 'deobligation', amountCents: o.amount });
              target.returned += o.amount;
            }
          } else if ((o.kind === 'release' || o.kind === 'draw') && commitments.length) {
            const target = commitments[o.pick % commitments.length]!;
            const left = target.amount - target.used;
            const ok =
              o.kind === 'release'
                ? decideDeobligation(left, o.amount, 'commitment').ok
                : decideObligation(balance, o.amount, '2026-01-01', '2026-09-30', left).ok;
            if (ok) {
              accept(
                o.kind === 'release'
                  ? { kind: 'commitment_release', amountCents: o.amount }
                  : { kind: 'obligation', amountCents: o.amount, fromCommitment: true },
              );
              if (o.kind === 'draw') obligations.push({ amount: o.amount, returned: 0 });
              target.used += o.amount;
            }
          }
          const after = fundBalance(appropriated, ledger);
          expect(after.availableCents).toBeGreaterThanOrEqual(0);
          expect(after.uncommittedCents).toBeGreaterThanOrEqual(0);
          expect(after.availableCents).toBeLessThanOrEqual(appropriated);
          expect(after.availableCents).toBe(appropriated - after.obligatedCents + after.deobligatedCents);
          expect(after.committedCents).toBe(commitments.reduce((sum, c) => sum + c.amount - c.used, 0));
        }
      }),
    );
  });

  it('after the last day no sequence of obligations is accepted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 365 }),
        (appropriated, amount, late) => {
          const onDate = new Date(Date.UTC(2026, 8, 30 + late)).toISOString().slice(0, 10);
          expect(decideObligation(balanceOf(appropriated, 0, 0), amount, onDate, '2026-09-30').ok).toBe(false);
        },
      ),
    );
  });
});

describe('FAA 506(a)(1): $100M a fiscal year (shared/domain.md §9)', () => {
  const cap = STANDARD_PROGRAMS.find((p) => p.code === 'PDA-506A1')!.annualCapCents;
  it('allows up to the cap and refuses a cent more', () => {
    expect(cap).toBe(100_000_000_00);
    expect(decideAnnualCap(cap, 60_000_000_00, 40_000_000_00, 2026)).toEqual({ ok: true });
    expect(decideAnnualCap(cap, 60_000_000_00, 40_000_000_01, 2026)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('FY2026'),
    });
    expect(decideAnnualCap(null, 1e15, 1e15, 2026).ok).toBe(true);
  });
});

describe('BPC cases are funded by BPC authorities (SAMM App 6 note)', () => {
  const sec333 = { code: 'SEC333', executedThrough: 'bpc_case' as const };
  const fms = { code: 'FMS', executedThrough: 'fms_case' as const };
  it('pairs BPC money with BPC cases only, and allotted money with its partner', () => {
    expect(decideCaseFunding(sec333, null, { identifier: 'LE-B-AAA', type: 'bpc', partnerCode: 'LE' })).toEqual({ ok: true });
    expect(decideCaseFunding(sec333, null, { identifier: 'LE-B-AAB', type: 'defined_order', partnerCode: 'LE' }).ok).toBe(false);
    expect(decideCaseFunding(fms, null, { identifier: 'LE-B-AAA', type: 'bpc', partnerCode: 'LE' }).ok).toBe(false);
    expect(decideCaseFunding(fms, 'AT', { identifier: 'BE-B-AAA', type: 'defined_order', partnerCode: 'BE' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('allotted to AT'),
    });
    expect(
      decideCaseFunding({ code: 'EDI', executedThrough: null }, null, { identifier: 'PL-B-AAA', type: 'bpc', partnerCode: 'PL' }).ok,
    ).toBe(true);
  });
  it('every Title 10 program with a stated channel is executed through BPC cases, and every program cites its source', () => {
    for (const p of STANDARD_PROGRAMS) {
      expect(p.source).toMatch(/domain\.md/);
      if (p.title === 10 && p.executedThrough) expect(p.executedThrough).toBe('bpc_case');
    }
  });
});
