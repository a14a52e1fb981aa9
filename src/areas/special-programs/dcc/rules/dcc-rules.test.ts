import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../platform/dates.ts';
import { decideAdvanceRequest } from './advance-request.ts';
import { businessDaysBefore, holidayOn, isBusinessDay } from './business-days.ts';
import { moveDcc } from './dcc-status.ts';
import { editionOn, missingDocuments } from './editions.ts';
import { decideWithinCeiling, financeableCents } from './financing.ts';

describe('15 business days before the disbursement date (SAMM App 3 Fig 12)', () => {
  it('across weekends only: three calendar weeks before a Wednesday; a day later is refused', () => {
    // 25 March 2026 is a Wednesday; no federal holiday falls between 4 and 25 March 2026.
    expect(decideAdvanceRequest('2026-03-04', '2026-03-25')).toMatchObject({ ok: true, lastRequestDate: '2026-03-04' });
    const late = decideAdvanceRequest('2026-03-05', '2026-03-25');
    expect(late).toMatchObject({ ok: false, lastRequestDate: '2026-03-04' });
    expect(late.ok === false && late.reason).toMatch(/15 business days.*2026-03-04/);
  });

  it('across a federal holiday: Juneteenth (Friday 19 June 2026) moves the last day back one business day, over a weekend', () => {
    expect(holidayOn('2026-06-19')).toBe('Juneteenth National Independence Day');
    expect(businessDaysBefore('2026-06-22', 15)).toBe('2026-05-29');
    expect(decideAdvanceRequest('2026-05-29', '2026-06-22').ok).toBe(true);
    expect(decideAdvanceRequest('2026-06-01', '2026-06-22').ok).toBe(false);
    // Before Juneteenth was a holiday (P.L. 117-17, 2021) the same span counted it.
    expect(holidayOn('2020-06-19')).toBeNull();
  });

  it('observes a holiday on a Saturday on the Friday before and on a Sunday on the Monday after (5 U.S.C. 6103(b))', () => {
    expect(holidayOn('2026-07-03')).toBe('Independence Day'); // 4 July 2026 is a Saturday
    expect(holidayOn('2022-12-26')).toBe('Christmas Day'); // 25 December 2022 was a Sunday
    expect(holidayOn('2027-12-31')).toBe('New Year’s Day'); // 1 January 2028 is a Saturday
    expect(holidayOn('2026-11-26')).toBe('Thanksgiving Day');
    expect(holidayOn('2026-05-25')).toBe('Memorial Day');
    expect(isBusinessDay('2026-07-06')).toBe(true);
  });

  it('the last day is always a business day with exactly 15 business days from it up to the disbursement date', () => {
    const dates = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2005-01-01', n));
    fc.assert(
      fc.property(dates, (disbursement) => {
        const last = businessDaysBefore(disbursement, 15);
        let count = 0;
        for (let d = last; d < disbursement; d = addDays(d, 1)) if (isBusinessDay(d)) count += 1;
        expect(isBusinessDay(last)).toBe(true);
        expect(count).toBe(15);
        expect(decideAdvanceRequest(last, disbursement).ok).toBe(true);
        expect(decideAdvanceRequest(addDays(last, 1), disbursement).ok).toBe(false);
      }),
    );
  });
});

describe('the guidelines edition in force on the award date governs', () => {
  it.each([
    ['2004-12-31', null],
    ['2005-01-01', 'jan2005'],
    ['2009-07-31', 'jan2005'],
    ['2009-08-01', 'aug2009'],
    ['2017-02-28', 'aug2009'],
    ['2017-03-01', 'mar2017'],
    ['2026-06-01', 'mar2017'],
  ])('award on %s → %s', (award, edition) => {
    expect(editionOn(award)?.edition ?? null).toBe(edition);
  });

  it('Mar 2017 adds the first-tier subcontractors’ U.S. content certification to the documents required', () => {
    const base = ['contractor_certification', 'subcontractor_list', 'commissions_fees', 'export_licence'] as const;
    expect(missingDocuments('aug2009', base)).toEqual([]);
    expect(missingDocuments('mar2017', base)).toEqual(['subcontractor_us_content']);
    expect(missingDocuments('jan2005', [])).toEqual([...base]);
  });
});

describe('only U.S. content is financed, never beyond the ceiling', () => {
  it('financeable = contract value − non-U.S. content', () => {
    expect(financeableCents(1_000_00, 250_00)).toBe(750_00);
    expect(financeableCents(1_000_00, 0)).toBe(1_000_00);
  });

  it('ceiling −1 / = / +1', () => {
    expect(decideWithinCeiling(100_00, 40_00, 59_99, 'x')).toMatchObject({ ok: true, remainingAfterCents: 1 });
    expect(decideWithinCeiling(100_00, 40_00, 60_00, 'x')).toMatchObject({ ok: true, remainingAfterCents: 0 });
    const over = decideWithinCeiling(100_00, 40_00, 60_01, 'the amount DSCA approved');
    expect(over).toMatchObject({ ok: false, remainingCents: 60_00 });
    expect(over.ok === false && over.reason).toMatch(/exceed the amount DSCA approved: \$100\.00/);
  });

  it('never admits a total above the ceiling', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1e9 }),
        (ceiling, used, amount) => {
          const d = decideWithinCeiling(ceiling, Math.min(used, ceiling), amount, 'c');
          expect(d.ok).toBe(Math.min(used, ceiling) + amount <= ceiling);
        },
      ),
    );
  });
});

describe('DSCA review state machine', () => {
  const ready = { missingDocuments: [], uncheckedItems: [] };
  it('submits only with the documents on file and approves only with the checklist complete', () => {
    expect(moveDcc('draft', 'submit', { ...ready, missingDocuments: ['Subcontractor list'] })).toMatchObject({
      ok: false,
      reason: /Subcontractor list/,
    });
    expect(moveDcc('draft', 'submit', ready)).toEqual({ ok: true, to: 'submitted' });
    expect(moveDcc('submitted', 'approve', { ...ready, uncheckedItems: ['U.S. content verified'] })).toMatchObject({ ok: false });
    expect(moveDcc('submitted', 'approve', ready)).toEqual({ ok: true, to: 'approved' });
    expect(moveDcc('approved', 'reject', ready)).toMatchObject({ ok: false, allowed: [] });
    expect(moveDcc('draft', 'approve', ready)).toMatchObject({ ok: false, allowed: ['submit', 'withdraw'] });
  });
});
