import { describe, expect, it } from 'vitest';
import { GROUP_MEMBERSHIPS, groupsOn } from '../../countries/public.ts';
import { determineLease, LeaseTermTooLong, NoLeaseRuleInForce } from './lease-determination.ts';

const memberships = GROUP_MEMBERSHIPS.map((m) => ({ groupCode: m.group, partnerCode: m.partnerCode, fromDate: m.from, toDate: m.to }));
const M = 1_000_000 * 100;
const lease = (partner: string, asOf: string, termMonths = 24, mdeCents = 0, totalCents = mdeCents) =>
  determineLease({ groups: groupsOn(memberships, partner, asOf), termMonths, mdeCents, totalCents, asOf });
const TODAY = '2025-01-01';

describe('AECA 61(b): at most five years (60 months) plus refurbishment before delivery', () => {
  it('60 months is allowed, 61 is refused with the reason', () => {
    expect(lease('SA', TODAY, 59).certificationRequired).toBe(true);
    expect(lease('SA', TODAY, 60).certificationRequired).toBe(true);
    expect(() => lease('SA', TODAY, 61)).toThrow(LeaseTermTooLong);
  });
  it('has no row before P.L. 97-113 (29 Dec 1981)', () => {
    expect(() => lease('SA', '1981-12-28')).toThrow(NoLeaseRuleInForce);
  });
});

describe('AECA 62(a): certification for a lease or loan of one year or longer', () => {
  it('11 months: none; 12 and 13: required', () => {
    expect(lease('SA', TODAY, 11)).toMatchObject({ certificationRequired: false, reviewDays: null, jointResolutionReview: false });
    expect(lease('SA', TODAY, 12)).toMatchObject({ certificationRequired: true, reviewDays: 30 });
    expect(lease('SA', TODAY, 13).certificationRequired).toBe(true);
    expect(lease('SA', TODAY, 12).reasons[0]).toMatchObject({ measure: 'term_months', threshold: 12, value: 12, met: true });
  });
});

describe('AECA 62(c): 15 days for NATO, its members, Australia, Japan, New Zealand; 30 for others (P.L. 104-164 §141)', () => {
  it('gives 15 days to a NATO member and to Australia, Japan, New Zealand; 30 to others', () => {
    for (const p of ['GM', 'UK', 'AT', 'JA', 'NZ']) expect(lease(p, TODAY).reviewDays, p).toBe(15);
    expect(lease('SA', TODAY).reviewDays).toBe(30);
  });
  it('leaves South Korea and Israel at 30 days (their addition is to verify)', () => {
    expect(lease('KS', TODAY).reviewDays).toBe(30);
    expect(lease('IS', TODAY).reviewDays).toBe(30);
  });
  it('follows NATO accession: Finland 30 days the day before 4 Apr 2023, 15 on it', () => {
    expect(lease('FI', '2023-04-03').reviewDays).toBe(30);
    expect(lease('FI', '2023-04-04').reviewDays).toBe(15);
  });
});

describe('AECA 63(a): joint-resolution review (P.L. 107-228 §1405, 30 Sep 2002)', () => {
  it('others: MDE $14M − 1, =, + 1', () => {
    expect(lease('SA', TODAY, 24, 14 * M - 100).jointResolutionReview).toBe(false);
    expect(lease('SA', TODAY, 24, 14 * M).jointResolutionReview).toBe(true);
    expect(lease('SA', TODAY, 24, 14 * M + 100).jointResolutionReview).toBe(true);
  });
  it('others: articles $50M − 1, =, + 1', () => {
    expect(lease('SA', TODAY, 24, 0, 50 * M - 100).jointResolutionReview).toBe(false);
    expect(lease('SA', TODAY, 24, 0, 50 * M).jointResolutionReview).toBe(true);
    expect(lease('SA', TODAY, 24, 0, 50 * M + 100).jointResolutionReview).toBe(true);
  });
  it('NATO members, Australia, Japan, New Zealand, South Korea, Israel: MDE $25M and articles $100M', () => {
    for (const p of ['GM', 'AT', 'JA', 'NZ', 'KS', 'IS']) {
      expect(lease(p, TODAY, 24, 25 * M - 100).jointResolutionReview, p).toBe(false);
      expect(lease(p, TODAY, 24, 25 * M).jointResolutionReview, p).toBe(true);
      expect(lease(p, TODAY, 24, 0, 100 * M - 100).jointResolutionReview, p).toBe(false);
      expect(lease(p, TODAY, 24, 0, 100 * M).jointResolutionReview, p).toBe(true);
      expect(lease(p, TODAY, 24, 0, 100 * M + 100).jointResolutionReview, p).toBe(true);
    }
  });
  it('needs a lease of one year or longer', () => {
    expect(lease('SA', TODAY, 11, 14 * M).jointResolutionReview).toBe(false);
  });
  it('has no row the day before 30 Sep 2002, and the listed partners get $25M on the day', () => {
    expect(() => lease('JA', '2002-09-29', 24, 20 * M)).toThrow(NoLeaseRuleInForce);
    expect(lease('JA', '2002-09-30', 24, 20 * M)).toMatchObject({ jointResolutionReview: false, reviewDays: 15 });
    expect(lease('SA', '2002-09-30', 24, 20 * M)).toMatchObject({ jointResolutionReview: true, reviewDays: 30 });
  });
  it('follows NATO accession for the thresholds: Finland $14M the day before 4 Apr 2023', () => {
    expect(lease('FI', '2023-04-03', 24, 20 * M).jointResolutionReview).toBe(true);
    expect(lease('FI', '2023-04-04', 24, 20 * M).jointResolutionReview).toBe(false);
  });
  it('gives each comparison with its threshold, value and source, in whole dollars', () => {
    const d = lease('SA', TODAY, 24, 14 * M, 20 * M);
    expect(d.reasons).toEqual([
      expect.objectContaining({ measure: 'term_months', met: true }),
      expect.objectContaining({ measure: 'review_days', threshold: 30, value: null, source: expect.stringContaining('62(c)(2)') }),
      expect.objectContaining({ measure: 'major_defense_equipment', threshold: 14_000_000, value: 14_000_000, met: true }),
      expect.objectContaining({
        measure: 'defense_articles',
        threshold: 50_000_000,
        value: 20_000_000,
        met: false,
        source: expect.stringContaining('63(a)(1)'),
      }),
    ]);
  });
});
