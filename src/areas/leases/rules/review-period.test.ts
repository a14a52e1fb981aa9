import { describe, expect, it } from 'vitest';
import { reviewDays } from './lease-determination.ts';

// The review period on its own: its table starts before the 63(a) thresholds, so the 1996 change is testable here.
describe('AECA 62 review period on the day of P.L. 104-164 (21 Jul 1996)', () => {
  it('30 days for Japan the day before (1981 text), 15 on the day; 30 for others on both', () => {
    expect(reviewDays(['AECA_62C_15_DAY'], '1996-07-20')).toMatchObject({ threshold: 30, source: expect.stringContaining('97-113') });
    expect(reviewDays(['AECA_62C_15_DAY'], '1996-07-21')).toMatchObject({ threshold: 15, source: expect.stringContaining('104-164') });
    expect(reviewDays(['NATO'], '1996-07-21').threshold).toBe(15);
    expect(reviewDays([], '1996-07-20').threshold).toBe(30);
    expect(reviewDays([], '1996-07-21').threshold).toBe(30);
  });
});
