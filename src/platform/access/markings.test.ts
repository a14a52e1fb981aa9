import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKINGS, markingKeeper, needToKnowOf, ROLE_NEED_TO_KNOW, unheldMarkings } from './markings.ts';
import { ROLES } from './roles.ts';

describe('need-to-know', () => {
  it('is held by the roles whose work is the marked case itself, and by no one else without a grant', () => {
    const holders = ROLES.filter((role) => needToKnowOf([role], []).includes('pre-notification'));
    expect(holders).toEqual(['administrator', 'country_portfolio_director', 'case_writer', 'case_reviewer', 'notification_analyst']);
  });

  it('gives TSFD need-to-know to the Weapons directorate and administrators only; anyone else by an audited grant', () => {
    expect(ROLES.filter((role) => needToKnowOf([role], []).includes('tsfd'))).toEqual(['administrator', 'weapons_analyst']);
    expect(needToKnowOf(['case_writer'], ['tsfd'])).toEqual(['pre-notification', 'tsfd']);
  });

  it('says what each marking marks, and what keeps it', () => {
    expect(MARKINGS.map(markingKeeper)).toEqual(['case-marker:pre-notification', 'marked-records:tsfd', 'marked-records:fad-pairing']);
  });

  it('gives the F/AD pairing only to the capacity-building program managers who record it; others need a grant', () => {
    expect(ROLES.filter((role) => needToKnowOf([role], []).includes('fad-pairing'))).toEqual(['capacity_building_pm']);
    expect(needToKnowOf(['administrator'], ['fad-pairing'])).toContain('fad-pairing');
  });

  it('adds explicit grants and ignores what is not a marking', () => {
    expect(needToKnowOf(['auditor'], ['pre-notification', 'no-such-marking'])).toEqual(['pre-notification']);
  });

  it('never loses a marking by adding a role or a grant', () => {
    fc.assert(
      fc.property(fc.subarray([...ROLES]), fc.constantFrom(...ROLES), fc.subarray([...MARKINGS]), (roles, extra, grants) => {
        const before = needToKnowOf(roles, []);
        for (const marking of before) expect(needToKnowOf([...roles, extra], grants)).toContain(marking);
      }),
    );
  });

  it('withholds exactly the markings not held', () => {
    expect(unheldMarkings([], ['pre-notification'])).toEqual(['pre-notification']);
    expect(unheldMarkings(['pre-notification'], ['pre-notification'])).toEqual([]);
    expect(Object.keys(ROLE_NEED_TO_KNOW).sort()).toEqual([...ROLES].sort());
  });
});
