import { describe, expect, it } from 'vitest';
import { FUNDING_SOURCES } from '../../cases/public.ts';
import { endsBeforeFiscalYear, fiscalYearStart } from './availability.ts';
import { STANDARD_PROGRAMS } from './programs.ts';

describe('the fiscal year and the period of availability', () => {
  it('starts FY2026 on 1 October 2025', () => expect(fiscalYearStart(2026)).toBe('2025-10-01'));

  it('refuses FY2026 money available only until 2019-09-30; accepts its first day and no period', () => {
    expect(endsBeforeFiscalYear('2019-09-30', 2026)).toBe(true);
    expect(endsBeforeFiscalYear('2025-09-30', 2026)).toBe(true);
    expect(endsBeforeFiscalYear('2025-10-01', 2026)).toBe(false);
    expect(endsBeforeFiscalYear(null, 2026)).toBe(false);
  });
});

describe("cases' funding sources", () => {
  it('each names a standard program', () => {
    const codes = new Set(STANDARD_PROGRAMS.map((p) => p.code));
    expect(FUNDING_SOURCES.filter((s) => !codes.has(s.programCode))).toEqual([]);
  });
});
