import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupsOn, type Membership, overlappingMembership, wasMemberOn } from './rules.ts';

// P.L. 110-429 §3 added the Republic of Korea to the AECA 36(b) NATO+ group on enactment, 15 Oct 2008.
const korea: Membership = { groupCode: 'AECA_36B_ALLIES', partnerCode: 'KS', fromDate: '2008-10-15', toDate: null };
const ended: Membership = { groupCode: 'G', partnerCode: 'XX', fromDate: '2000-01-01', toDate: '2010-12-31' };

describe('was X in group G on date D', () => {
  it('is false the day before membership begins, true on the first day and after', () => {
    expect(wasMemberOn([korea], 'AECA_36B_ALLIES', 'KS', '2008-10-14')).toBe(false);
    expect(wasMemberOn([korea], 'AECA_36B_ALLIES', 'KS', '2008-10-15')).toBe(true);
    expect(wasMemberOn([korea], 'AECA_36B_ALLIES', 'KS', '2026-11-25')).toBe(true);
  });

  it('counts the last day of an ended membership and not the day after', () => {
    expect(wasMemberOn([ended], 'G', 'XX', '2010-12-31')).toBe(true);
    expect(wasMemberOn([ended], 'G', 'XX', '2011-01-01')).toBe(false);
  });

  it('does not confuse partners or groups', () => {
    expect(wasMemberOn([korea], 'NATO', 'KS', '2020-01-01')).toBe(false);
    expect(wasMemberOn([korea], 'AECA_36B_ALLIES', 'JA', '2020-01-01')).toBe(false);
  });

  it('agrees with groupsOn for any date', () => {
    const date = fc
      .date({ min: new Date('1940-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (d) => {
        expect(groupsOn([korea, ended], 'KS', d).includes('AECA_36B_ALLIES')).toBe(wasMemberOn([korea], 'AECA_36B_ALLIES', 'KS', d));
      }),
    );
  });
});

describe('overlapping memberships', () => {
  it('finds a period that overlaps, including one sharing a single day', () => {
    expect(overlappingMembership([ended], { ...ended, fromDate: '2010-12-31', toDate: null })).toBe(ended);
  });
  it('allows a new period starting the day after one ended', () => {
    expect(overlappingMembership([ended], { ...ended, fromDate: '2011-01-01', toDate: null })).toBeUndefined();
  });
  it('allows the same period in another group', () => {
    expect(overlappingMembership([ended], { ...ended, groupCode: 'H' })).toBeUndefined();
  });
});
