import { describe, expect, it } from 'vitest';
import { isOpenStatus } from '../cases/public.ts';
import { rankPartners } from './rules.ts';

const rows = [
  { partnerCode: 'AT', valueCents: 500, overdue: 0, expiringCents: 900, activity: 3 },
  { partnerCode: 'BE', valueCents: 900, overdue: 1, expiringCents: 0, activity: 3 },
  { partnerCode: 'FR', valueCents: 100, overdue: 1, expiringCents: 50, activity: 9 },
];

describe('portfolio ranks', () => {
  it('ranks by value, by risk (overdue first, then expiring money) and by activity, ties by code', () => {
    expect(rankPartners(rows, 'value').map((r) => [r.partnerCode, r.rank])).toEqual([
      ['BE', 1],
      ['AT', 2],
      ['FR', 3],
    ]);
    expect(rankPartners(rows, 'risk').map((r) => r.partnerCode)).toEqual(['FR', 'BE', 'AT']);
    expect(rankPartners(rows, 'activity').map((r) => r.partnerCode)).toEqual(['FR', 'AT', 'BE']);
  });
  it('a case is open until closed or cancelled', () => {
    expect(['draft', 'offered', 'offer_expired', 'supply_complete'].every(isOpenStatus)).toBe(true);
    expect(['closed', 'cancelled'].some(isOpenStatus)).toBe(false);
  });
});
