import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCaseIdentifier, parseCaseIdentifier } from './case-identifier.ts';

// Customer and program codes are 2–3 characters, letters or digits (program codes such as V5, W9, WD, LW/LZ stand in for
// the country code on Title 10 cases: shared/domain.md §1); the IA is one letter, the designator three (TW-D-QBA).
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const chars = (from: string[], min: number, max: number) =>
  fc.array(fc.constantFrom(...from), { minLength: min, maxLength: max }).map((a) => a.join(''));
const identifier = fc.record({ customerCode: chars(ALNUM, 2, 3), agency: chars(LETTERS, 1, 1), designator: chars(LETTERS, 3, 3) });

describe('case identifier with 2- and 3-character customer or program codes (property tests)', () => {
  it('every well-formed identifier parses back to its parts, in any letter case and with surrounding spaces', () => {
    fc.assert(
      fc.property(identifier, (id) => {
        const text = formatCaseIdentifier(id);
        expect(parseCaseIdentifier(text)).toEqual(id);
        expect(parseCaseIdentifier(` ${text.toLowerCase()} `)).toEqual(id);
      }),
    );
  });

  it('program codes on Title 10 cases are accepted like country codes (V5, W9, WD, LW, Z5, DU)', () => {
    for (const code of ['V5', 'W9', 'WD', 'LW', 'Z5', 'DU']) expect(parseCaseIdentifier(`${code}-B-AAA`)?.customerCode).toBe(code);
  });

  it('a code of 1 or 4+ characters, or one with a character other than a letter or digit, is refused', () => {
    fc.assert(
      fc.property(
        fc.oneof(chars(ALNUM, 1, 1), chars(ALNUM, 4, 6)),
        chars(LETTERS, 1, 1),
        chars(LETTERS, 3, 3),
        (code, agency, designator) => {
          expect(parseCaseIdentifier(`${code}-${agency}-${designator}`)).toBeNull();
        },
      ),
    );
    fc.assert(
      fc.property(chars(ALNUM, 1, 2), fc.constantFrom('_', '.', ' ', '/', 'É'), (code, bad) => {
        expect(parseCaseIdentifier(`${code}${bad}-B-AAA`)).toBeNull();
      }),
    );
  });

  it('the designator stays three letters and the agency one, whatever the code’s length', () => {
    fc.assert(
      fc.property(chars(ALNUM, 2, 3), chars(ALNUM, 1, 2), (code, bad) => {
        expect(parseCaseIdentifier(`${code}-B-${bad}`)).toBeNull();
        expect(parseCaseIdentifier(`${code}-BB-AAA`)).toBeNull();
      }),
    );
  });
});
