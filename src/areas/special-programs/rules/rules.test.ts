import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/dates.ts';
import { codeOfIdentifier, conditionApplies } from './applies.ts';
import { decideAuthorityEnd } from './authority-end.ts';
import { decideAdvanceNotice, decideReportBeforeAssistance, noticeAgedOn } from './notice.ts';
import { decideVetting } from './vetting.ts';
import { ceilingCentsOf, decideCap, decideWithheld } from './withheld.ts';

const M = 1_000_000_00; // a million dollars in cents

describe('advance notice: 15 days before any USAI FY19 obligation (GAO B-331564)', () => {
  const notice = [{ givenOn: '2019-06-03', amountCents: 100 * M }];
  it('a notice given on 3 June ages on 18 June: day 14 refused, day 15 allowed', () => {
    expect(noticeAgedOn('2019-06-03', 15)).toBe('2019-06-18');
    expect(decideAdvanceNotice(notice, 15, '2019-06-17', 0, 10 * M)).toMatch(/not aged 15 days.*from 2019-06-18/);
    expect(decideAdvanceNotice(notice, 15, '2019-06-18', 0, 10 * M)).toBeNull();
  });
  it('the aged notices cover what is obligated: −1/= pass, +1 refused', () => {
    expect(decideAdvanceNotice(notice, 15, '2019-07-01', 60 * M, 40 * M - 1)).toBeNull();
    expect(decideAdvanceNotice(notice, 15, '2019-07-01', 60 * M, 40 * M)).toBeNull();
    expect(decideAdvanceNotice(notice, 15, '2019-07-01', 60 * M, 40 * M + 1)).toMatch(/notified at least 15 days before/);
  });
  it('without a notice, refused', () => {
    expect(decideAdvanceNotice([], 15, '2019-07-01', 0, 1)).toMatch(/\$0 notified/);
  });
  it('for any notice date and period, the day before it ages is refused and the day it ages is allowed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n)),
        fc.integer({ min: 1, max: 90 }),
        (givenOn, days) => {
          const n = [{ givenOn, amountCents: M }];
          const aged = addDays(givenOn, days);
          expect(decideAdvanceNotice(n, days, addDays(aged, -1), 0, M)).not.toBeNull();
          expect(decideAdvanceNotice(n, days, aged, 0, M)).toBeNull();
        },
      ),
    );
  });
});

describe('report at least 15 days before assistance (Syria, §1209 P.L. 113-291)', () => {
  it('day 14 refused, day 15 allowed; no report refused', () => {
    const reports = [{ givenOn: '2024-02-01', amountCents: null }];
    expect(decideReportBeforeAssistance(reports, 15, '2024-02-15')).toMatch(/from 2024-02-16/);
    expect(decideReportBeforeAssistance(reports, 15, '2024-02-16')).toBeNull();
    expect(decideReportBeforeAssistance([], 15, '2024-02-16')).toMatch(/no report/);
  });
});

describe('money withheld until a certification (USAI FY17 $175M, FY19 50%: GAO B-331564)', () => {
  const ceiling = 175 * M;
  const decide = (obligated: number, amount: number, certifiedOn: string | null, onDate = '2017-05-01') =>
    decideWithheld(ceiling, obligated, amount, certifiedOn, onDate, 'reform certification');
  it('before the certification: ceiling −1 and = pass, +1 refused', () => {
    expect(decide(100 * M, 75 * M - 1, null)).toBeNull();
    expect(decide(100 * M, 75 * M, null)).toBeNull();
    expect(decide(100 * M, 75 * M + 1, null)).toMatch(/more than the \$175,000,000 allowed before the reform certification/);
  });
  it('a certification lifts the ceiling from its date: the day before still refused, its day allowed', () => {
    expect(decide(175 * M, 1, '2017-05-02')).not.toBeNull();
    expect(decide(175 * M, 1, '2017-05-01')).toBeNull();
  });
  it('a share is of the fiscal year’s money, rounded down (never more than the share)', () => {
    expect(ceilingCentsOf({ ceilingCents: null, ceilingBasisPoints: 5000 }, 250 * M)).toBe(125 * M);
    expect(ceilingCentsOf({ ceilingCents: null, ceilingBasisPoints: 5000 }, 3)).toBe(1);
    expect(ceilingCentsOf({ ceilingCents: 175 * M, ceilingBasisPoints: null }, 999 * M)).toBe(175 * M);
  });
  it('uncertified, a total is allowed exactly when it is at most the ceiling', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 12), fc.nat(10 ** 12), fc.integer({ min: 1, max: 10 ** 12 }), (cap, obligated, amount) => {
        const reason = decideWithheld(cap, obligated, amount, null, '2019-01-01', 'certification');
        expect(reason === null).toBe(obligated + amount <= cap);
      }),
    );
  });
  it('a program code’s cap (ITEF FY17 Z5, $630M): = passes, +1 refused', () => {
    expect(decideCap(630 * M, 600 * M, 30 * M)).toBeNull();
    expect(decideCap(630 * M, 600 * M, 30 * M + 1)).toMatch(/more than the \$630,000,000 available/);
  });
});

describe('the authority’s end date (USAI: 31 December of the last authorised year)', () => {
  it('the last day passes, the day after is refused', () => {
    expect(decideAuthorityEnd('2018-12-31', '2018-12-31')).toBeNull();
    expect(decideAuthorityEnd('2018-12-31', '2019-01-01')).toMatch(/ended on 2018-12-31/);
  });
});

describe('vetting (§1209): cleared and not expired on the obligation’s date', () => {
  const cleared = { vettedOn: '2025-01-10', expiresOn: '2026-01-09', result: 'cleared' as const };
  it('unvetted, vetted later than the obligation, or not cleared: refused', () => {
    expect(decideVetting([], '2025-06-01')).toMatch(/not been vetted/);
    expect(decideVetting([cleared], '2025-01-09')).toMatch(/not been vetted/);
    expect(decideVetting([{ ...cleared, result: 'not_cleared' }], '2025-06-01')).toMatch(/did not clear/);
  });
  it('the expiry day passes, the day after is refused', () => {
    expect(decideVetting([cleared], '2026-01-09')).toBeNull();
    expect(decideVetting([cleared], '2026-01-10')).toMatch(/expired on 2026-01-09/);
  });
  it('the latest vetting decides: a later refusal stops a recipient once cleared', () => {
    const later = { vettedOn: '2025-03-01', expiresOn: '2026-03-01', result: 'not_cleared' as const };
    expect(decideVetting([cleared, later], '2025-02-28')).toBeNull();
    expect(decideVetting([cleared, later], '2025-03-01')).toMatch(/did not clear/);
  });
});

describe('which conditions bind an obligation', () => {
  const base = {
    kind: 'withheld_until_certification' as const,
    fiscalYear: 2019,
    appliesToCode: null,
    effectiveFrom: '2018-10-01',
    effectiveTo: null,
  };
  const obligation = { fiscalYear: 2019, onDate: '2019-06-01', code: 'UP' };
  it('its fiscal year (or every year), in force on the date, its code only', () => {
    expect(conditionApplies(base, obligation)).toBe(true);
    expect(conditionApplies({ ...base, fiscalYear: 2017 }, obligation)).toBe(false);
    expect(conditionApplies({ ...base, fiscalYear: null }, obligation)).toBe(true);
    expect(conditionApplies({ ...base, effectiveFrom: '2019-06-02' }, obligation)).toBe(false);
    expect(conditionApplies({ ...base, effectiveTo: '2019-05-31' }, obligation)).toBe(false);
    expect(conditionApplies({ ...base, effectiveTo: '2019-06-01' }, obligation)).toBe(true);
    expect(conditionApplies({ ...base, appliesToCode: 'Z5' }, obligation)).toBe(false);
    expect(conditionApplies({ ...base, appliesToCode: 'Z5' }, { ...obligation, code: 'Z5' })).toBe(true);
  });
  it('a case identifier’s code is its first part, 2 or 3 characters', () => {
    expect(codeOfIdentifier('V5-B-AAA')).toBe('V5');
    expect(codeOfIdentifier('X7Q-D-AAB')).toBe('X7Q');
  });
});
