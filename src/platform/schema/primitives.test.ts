import { describe, expect, it } from 'vitest';
import { isoDate, isoDateTime, text } from './primitives.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('shared input schemas', () => {
  it('refuse NUL and unpaired surrogates in text, and keep every other character', () => {
    for (const bad of ['a\u0000b', '\ud800', 'x\udfff', '\udc00\ud800']) expect(text.safeParse(bad).success).toBe(false);
    for (const good of ['', 'plain', 'tab\tand\nnewline', 'emoji 🛰️', 'Ünïcödé', '\ud83d\ude80'])
      expect(text.safeParse(good).success).toBe(true);
  });

  it('take dates from 1900-01-01 to 2200-12-31, and name a malformed one once', () => {
    for (const good of ['1900-01-01', '2026-12-04', '2200-12-31']) expect(isoDate.safeParse(good).success).toBe(true);
    for (const bad of ['0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31']) {
      expect(messages(isoDate.safeParse(bad))).toEqual(['a date from 1900-01-01 to 2200-12-31']);
    }
    expect(messages(isoDate.safeParse('July'))).toEqual(['an ISO date (YYYY-MM-DD)']);
    expect(messages(isoDate.safeParse('2024-02-30'))).toEqual(['an ISO date (YYYY-MM-DD)']);
  });

  it('take date-times within the same range', () => {
    expect(isoDateTime.safeParse('2026-12-04T10:00:00Z').success).toBe(true);
    expect(isoDateTime.safeParse('0000-01-01T00:00:00Z').success).toBe(false);
    expect(messages(isoDateTime.safeParse('soon'))).toHaveLength(1);
  });
});
