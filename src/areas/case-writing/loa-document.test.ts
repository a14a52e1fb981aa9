import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatRate, formatUsd, versionLabel, winAnsi } from './loa-document.ts';

describe('LOA document formatting', () => {
  it('formats integer cents as US dollars, exactly', () => {
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(5)).toBe('$0.05');
    expect(formatUsd(232_200_000)).toBe('$2,322,000.00');
    expect(formatUsd(-41_280_000)).toBe('-$412,800.00');
    expect(formatUsd(41_280_000, { signed: true })).toBe('+$412,800.00');
    expect(formatUsd(Number.MAX_SAFE_INTEGER)).toBe('$90,071,992,547,409.91');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        expect(Number(formatUsd(cents).replace(/[$,.]/g, ''))).toBe(cents);
      }),
    );
  });

  it('prints rates, dates and version names as the LOA does', () => {
    expect(formatRate(320)).toBe('3.2%');
    expect(formatRate(350)).toBe('3.5%');
    expect(formatRate(0)).toBe('0%');
    expect(formatDate('2027-01-15')).toBe('15 Jan 2027');
    expect(formatDate(null)).toBe('');
    expect(versionLabel({ kind: 'basic', number: 0 })).toBe('Basic LOA');
    expect(versionLabel({ kind: 'amendment', number: 1 })).toBe('Amendment 1');
    expect(versionLabel({ kind: 'modification', number: 2 })).toBe('Modification 2');
  });

  it('keeps text the built-in PDF fonts can print and replaces the rest', () => {
    expect(winAnsi('Día — “quoted” € 5')).toBe('Día — “quoted” € 5');
    expect(winAnsi('A → B ≥ 3')).toBe('A -> B >= 3');
    expect(winAnsi('日本')).toBe('??');
  });
});
