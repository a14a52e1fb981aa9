import { describe, expect, it } from 'vitest';
import { ceilingExceeded, edaNotice, NoEdaRuleInForce } from './eda-rules.ts';

const $ = (dollars: number) => dollars * 100;
const M = $(1_000_000);

describe('FAA 516(f): notice 30 days before a transfer of original acquisition value $7,000,000 or more (P.L. 104-164 §104)', () => {
  const notice = (dollars: number, asOf = '2025-01-01', sme = false) => edaNotice({ originalAcquisitionValueCents: $(dollars), sme, asOf });
  it('$7M − 1: none; = and + 1: 30 days', () => {
    expect(notice(6_999_999)).toMatchObject({ noticeRequired: false, noticeDays: null });
    expect(notice(7_000_000)).toMatchObject({ noticeRequired: true, noticeDays: 30 });
    expect(notice(7_000_001)).toMatchObject({ noticeRequired: true, noticeDays: 30 });
    expect(notice(7_000_000).reasons[0]).toMatchObject({
      threshold: 7_000_000,
      value: 7_000_000,
      met: true,
      source: expect.stringContaining('2321j(f)'),
    });
  });
  it('has no row the day before 21 Jul 1996, and applies on it', () => {
    expect(() => notice(7_000_000, '1996-07-20')).toThrow(NoEdaRuleInForce);
    expect(notice(7_000_000, '1996-07-21').noticeRequired).toBe(true);
  });
  it('does not apply the SME alternative (to verify) but says so', () => {
    const d = notice(1_000, '2025-01-01', true);
    expect(d.noticeRequired).toBe(false);
    expect(d.reasons[1]).toMatchObject({ met: false, verified: false, rule: expect.stringMatching(/not applied/) });
    expect(notice(7_000_000, '2025-01-01', true).reasons).toHaveLength(1);
  });
});

describe('FAA 516(g): the annual ceiling in current value', () => {
  it('$425M from FY2000: reaching it is allowed, one cent more is not', () => {
    expect(ceilingExceeded(2025, 400 * M, 25 * M - 1, false).exceeded).toBe(false);
    expect(ceilingExceeded(2025, 400 * M, 25 * M, false)).toMatchObject({ exceeded: false, ceilingCents: 425 * M, totalCents: 425 * M });
    expect(ceilingExceeded(2025, 400 * M, 25 * M + 1, false).exceeded).toBe(true);
  });
  it('$350M in FY1997–FY1999, $425M from FY2000; nothing before FY1997', () => {
    expect(ceilingExceeded(1999, 350 * M, 1, false)).toMatchObject({ exceeded: true, ceilingCents: 350 * M });
    expect(ceilingExceeded(1999, 350 * M, 0, false).exceeded).toBe(false);
    expect(ceilingExceeded(2000, 350 * M, 1, false)).toMatchObject({ exceeded: false, ceilingCents: 425 * M });
    expect(ceilingExceeded(1997, 0, 350 * M + 1, false).exceeded).toBe(true);
    expect(() => ceilingExceeded(1996, 0, 1, false)).toThrow(NoEdaRuleInForce);
  });
  it('leaves ships out from FY2001 (P.L. 106-280 §602), counts them in FY2000', () => {
    expect(ceilingExceeded(2001, 425 * M, 100 * M, true)).toMatchObject({ exceeded: false, ceilingCents: null, totalCents: 425 * M });
    expect(ceilingExceeded(2000, 425 * M, 1, true).exceeded).toBe(true);
  });
});
