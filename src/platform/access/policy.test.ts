import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testPrincipal } from '../testing/principals.ts';
import { AREAS } from './areas.ts';
import { ROLE_GRANTS } from './permissions.ts';
import { decide } from './policy.ts';
import { ROLES } from './roles.ts';

const areaIds = AREAS.map((a) => a.id);

describe('access policy', () => {
  it('lets an administrator read and write partners anywhere', () => {
    expect(decide(testPrincipal(['administrator']), 'write', { area: 'countries', countryCode: 'AT' })).toEqual({ allowed: true });
  });

  it('never lets an auditor write, in any area, for any partner', () => {
    fc.assert(
      fc.property(fc.constantFrom(...areaIds), fc.stringMatching(/^[A-Z]{2}$/), (area, country) => {
        expect(decide(testPrincipal(['auditor']), 'write', { area, countryCode: country }).allowed).toBe(false);
      }),
    );
  });

  it("lets an auditor read every agency area, and not the partners' own portal", () => {
    for (const area of areaIds.filter((a) => a !== 'partner-portal'))
      expect(decide(testPrincipal(['auditor']), 'read', { area }).allowed, area).toBe(true);
    expect(decide(testPrincipal(['auditor']), 'read', { area: 'partner-portal' }).allowed).toBe(false);
  });

  it('refuses a partner outside the country scope and names it', () => {
    const writer = testPrincipal(['case_writer'], { countries: ['AT'], directorates: ['GEX'] });
    expect(decide(writer, 'read', { area: 'countries', countryCode: 'AT' }).allowed).toBe(true);
    expect(decide(writer, 'read', { area: 'countries', countryCode: 'GM' })).toEqual({
      allowed: false,
      reason: 'partner GM is outside your scope',
      outOfScope: true,
    });
  });

  it('refuses an area of a directorate outside the scope', () => {
    const writer = testPrincipal(['case_writer', 'weapons_analyst'], { directorates: ['GEX'] });
    expect(decide(writer, 'write', { area: 'cases' }).allowed).toBe(true);
    expect(decide(writer, 'write', { area: 'weapons' })).toMatchObject({ allowed: false, reason: expect.stringContaining('WPNS') });
  });

  it('refuses what no role grants', () => {
    expect(decide(testPrincipal(['case_writer']), 'read', { area: 'users' })).toMatchObject({ allowed: false });
    expect(decide(testPrincipal(['eum_specialist']), 'write', { area: 'countries' })).toMatchObject({ allowed: false });
  });

  it('grants only what a role holds: adding a role never removes a permission', () => {
    fc.assert(
      fc.property(
        fc.subarray([...ROLES]),
        fc.constantFrom(...ROLES),
        fc.constantFrom(...areaIds),
        fc.constantFrom('read' as const, 'write' as const),
        (roles, extra, area, action) => {
          const before = decide(testPrincipal(roles), action, { area }).allowed;
          const after = decide(testPrincipal([...roles, extra]), action, { area }).allowed;
          expect(!before || after).toBe(true);
        },
      ),
    );
  });

  it('gives write in an area only with read there', () => {
    for (const role of ROLES) {
      for (const [area, actions] of Object.entries(ROLE_GRANTS[role])) {
        if (actions?.includes('write')) expect(actions.includes('read'), `${role} ${area}`).toBe(true);
      }
    }
  });

  it('withholds a marked record from a reader without need-to-know, and says why', () => {
    const marked = { area: 'cases' as const, countryCode: 'KU', markings: ['pre-notification'] };
    expect(decide(testPrincipal(['eum_specialist']), 'read', marked)).toEqual({
      allowed: false,
      reason: 'withheld pending congressional notification: shown only to users with need-to-know',
      withheld: ['pre-notification'],
    });
    expect(decide(testPrincipal(['case_writer']), 'read', marked)).toEqual({ allowed: true });
    expect(decide(testPrincipal(['eum_specialist']), 'read', { ...marked, markings: [] })).toEqual({ allowed: true });
  });

  it('answers a TSFD record to a reader without the marking as not found, confirming nothing', () => {
    const tsfd = { area: 'weapons' as const, countryCode: 'PL', markings: ['tsfd'] };
    expect(decide(testPrincipal(['country_portfolio_director']), 'read', tsfd)).toEqual({
      allowed: false,
      reason: 'not found',
      outOfScope: true,
    });
    expect(decide(testPrincipal(['weapons_analyst'], { directorates: ['WPNS'] }), 'read', tsfd)).toEqual({ allowed: true });
    const granted = testPrincipal(['country_portfolio_director'], { needToKnow: ['tsfd'] });
    expect(decide(granted, 'read', tsfd)).toEqual({ allowed: true });
  });

  it('lets an explicit grant of need-to-know see through the marking', () => {
    const auditor = testPrincipal(['auditor'], { needToKnow: ['pre-notification'] });
    expect(decide(auditor, 'read', { area: 'cases', markings: ['pre-notification'] }).allowed).toBe(true);
  });

  it('decides scope before markings: a marked record out of scope is out of scope, not withheld', () => {
    const gulf = testPrincipal(['eum_specialist'], { countries: ['SA'] });
    expect(decide(gulf, 'read', { area: 'cases', countryCode: 'KU', markings: ['pre-notification'] })).toMatchObject({
      allowed: false,
      outOfScope: true,
    });
  });

  it('keeps administration of rule tables to the roles granted it', () => {
    for (const role of ROLES) {
      const administers = areaIds.some((area) => decide(testPrincipal([role]), 'administer', { area }).allowed);
      expect(administers, role).toBe(role === 'administrator');
    }
  });
});
