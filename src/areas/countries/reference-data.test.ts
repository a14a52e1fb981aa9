import { describe, expect, it } from 'vitest';
import { GROUP_MEMBERSHIPS, PARTNERS } from './reference-data.ts';

const memberFrom = (group: string, iso2: string) => {
  const partner = PARTNERS.find((p) => p.iso2 === iso2);
  return GROUP_MEMBERSHIPS.find((m) => m.group === group && m.partnerCode === partner?.code)?.from;
};

describe('partner reference data', () => {
  it('holds every ISO 3166-1 country once, with unique customer codes', () => {
    const countries = PARTNERS.filter((p) => p.kind === 'country');
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(new Set(PARTNERS.map((p) => p.code)).size).toBe(PARTNERS.length);
    expect(new Set(countries.map((p) => p.iso2)).size).toBe(countries.length);
  });

  it('uses customer codes, not ISO codes: Australia AT, Israel IS, Taiwan as TECRO under TW (shared/domain.md §1)', () => {
    expect(PARTNERS.find((p) => p.iso2 === 'AU')?.code).toBe('AT');
    expect(PARTNERS.find((p) => p.iso2 === 'IL')).toMatchObject({ code: 'IS', codeVerified: true });
    expect(PARTNERS.find((p) => p.iso2 === 'TW')).toMatchObject({ code: 'TW', codeVerified: true, name: expect.stringContaining('TECRO') });
  });

  it('includes NATO agencies that buy, such as NSPA', () => {
    expect(PARTNERS.some((p) => p.kind === 'organization' && /NSPA/.test(p.name))).toBe(true);
  });

  it('gives every membership an existing partner, a source and an ordered period', () => {
    const codes = new Set(PARTNERS.map((p) => p.code));
    for (const m of GROUP_MEMBERSHIPS) {
      expect(codes.has(m.partnerCode), m.partnerCode).toBe(true);
      expect(m.source.length).toBeGreaterThan(10);
      expect(m.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (m.to) expect(m.to >= m.from).toBe(true);
    }
  });

  it('dates NATO accessions (nato.int): founders 1949-08-24, Finland 2023-04-04, Sweden 2024-03-07', () => {
    expect(memberFrom('NATO', 'US')).toBe('1949-08-24');
    expect(memberFrom('NATO', 'FI')).toBe('2023-04-04');
    expect(memberFrom('NATO', 'SE')).toBe('2024-03-07');
  });

  it('adds South Korea (P.L. 110-429 §3) and Israel (P.L. 111-266 §301) to the 36(b) group on enactment', () => {
    expect(memberFrom('AECA_36B_ALLIES', 'KR')).toBe('2008-10-15');
    expect(memberFrom('AECA_36B_ALLIES', 'IL')).toBe('2010-10-08');
    for (const iso of ['JP', 'AU', 'NZ']) expect(memberFrom('AECA_36B_ALLIES', iso), iso).toBeDefined();
  });

  it('puts every NATO member state in the 36(b) group from no later than its accession', () => {
    const nato = GROUP_MEMBERSHIPS.filter(
      (m) => m.group === 'NATO' && PARTNERS.find((p) => p.code === m.partnerCode)?.kind === 'country' && m.partnerCode !== 'US',
    );
    for (const m of nato) {
      const allied = GROUP_MEMBERSHIPS.find((a) => a.group === 'AECA_36B_ALLIES' && a.partnerCode === m.partnerCode);
      expect(allied, m.partnerCode).toBeDefined();
    }
  });
});

describe('international organisations that buy through FMS', () => {
  it('include NATO itself (transmittal 13-06), its code provisional (3 characters) until read from C4.T2C, in the 36(b) group', () => {
    const nato = PARTNERS.find((p) => p.name.startsWith('North Atlantic Treaty Organization'));
    expect(nato).toMatchObject({ kind: 'organization', codeVerified: false });
    expect(nato!.code).toMatch(/^[A-Z0-9]{2,3}$/);
    expect(
      GROUP_MEMBERSHIPS.filter((m) => m.partnerCode === nato!.code)
        .map((m) => m.group)
        .sort(),
    ).toEqual(['AECA_36B_ALLIES', 'NATO']);
  });
});
