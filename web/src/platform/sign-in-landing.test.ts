import { describe, expect, it } from 'vitest';
import { landingFor, safeNext } from './sign-in-page.tsx';

describe('where sign-in lands', () => {
  it('keeps a partner user in the partner portal, whatever page was asked for', () => {
    expect(landingFor('/', true)).toBe('/partner');
    expect(landingFor('/cases/AT-B-AAA', true)).toBe('/partner');
    expect(landingFor('/partnership', true)).toBe('/partner');
    expect(landingFor('/partner/cases/AT-B-AAA', true)).toBe('/partner/cases/AT-B-AAA');
  });

  it('keeps an agency user out of the partner portal', () => {
    expect(landingFor('/partner', false)).toBe('/');
    expect(landingFor('/partner/lors', false)).toBe('/');
    expect(landingFor('/cases', false)).toBe('/cases');
  });

  it('never follows a link off the site', () => {
    expect(landingFor(safeNext('//evil.example/partner'), true)).toBe('/partner');
    expect(landingFor(safeNext('https://evil.example'), false)).toBe('/');
  });
});
