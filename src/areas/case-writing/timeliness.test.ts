import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../platform/dates.ts';
import {
  aggregate,
  applicableTarget,
  type CaseDates,
  caseTimeliness,
  HISTORIC_TARGET,
  OFFER_GROUPS,
  offerMonth,
  summarise,
  type TimelinessTarget,
} from './timeliness.ts';

const groupA: TimelinessTarget = {
  caseGroup: 'A',
  clockStart: 'lor_complete',
  days: 100,
  sharePercent: 85,
  effectiveFrom: '2012-01-01',
  effectiveTo: null,
  source: 'administrator (test)',
  verified: false,
};
const targets = [HISTORIC_TARGET, groupA];
const dates = (overrides: Partial<CaseDates> = {}): CaseDates => ({
  offerGroup: null,
  lorReceivedOn: '2026-01-01',
  lorCompleteOn: '2026-01-05',
  offeredOn: '2026-04-01',
  ...overrides,
});

describe('timeliness, LOR to offer (DSCA 01-06: 80% within 120 days of LOR receipt)', () => {
  it('counts the historic goal from LOR receipt, and exactly the target days is on time', () => {
    expect(caseTimeliness(dates({ offeredOn: addDays('2026-01-01', 120) }), targets)).toMatchObject({
      startMilestone: 'lor_received',
      days: 120,
      onTime: true,
      target: HISTORIC_TARGET,
    });
    expect(caseTimeliness(dates({ offeredOn: addDays('2026-01-01', 121) }), targets)).toMatchObject({
      days: 121,
      onTime: false,
      reason: expect.stringContaining('1 days late'),
    });
  });

  it('uses the group target, counted from LOR complete, with the boundary day on time', () => {
    expect(caseTimeliness(dates({ offerGroup: 'A', offeredOn: addDays('2026-01-05', 100) }), targets)).toMatchObject({
      startMilestone: 'lor_complete',
      days: 100,
      onTime: true,
      target: groupA,
    });
    expect(caseTimeliness(dates({ offerGroup: 'A', offeredOn: addDays('2026-01-05', 101) }), targets)).toMatchObject({ onTime: false });
  });

  it('falls back to LOR received when LOR complete is not recorded', () => {
    expect(caseTimeliness(dates({ offerGroup: 'A', lorCompleteOn: null, offeredOn: '2026-04-11' }), targets)).toMatchObject({
      startMilestone: 'lor_received',
      startedOn: '2026-01-01',
      days: 100,
      onTime: true,
    });
  });

  it('falls back to the general target for a group without its own, and to none before any target', () => {
    expect(caseTimeliness(dates({ offerGroup: 'B' }), targets).target).toBe(HISTORIC_TARGET);
    const early = caseTimeliness(dates({ lorReceivedOn: '2000-01-01', lorCompleteOn: null, offeredOn: '2000-03-01' }), targets);
    expect(early).toMatchObject({ target: null, onTime: null, days: 60, reason: expect.stringContaining('No timeliness target') });
  });

  it('chooses the target in force on the LOR date: from its first day, to its last day inclusive', () => {
    const ended: TimelinessTarget = { ...groupA, caseGroup: 'C', effectiveFrom: '2020-01-01', effectiveTo: '2020-12-31' };
    expect(applicableTarget([HISTORIC_TARGET, ended], 'C', '2019-12-31')).toBe(HISTORIC_TARGET);
    expect(applicableTarget([HISTORIC_TARGET, ended], 'C', '2020-01-01')).toBe(ended);
    expect(applicableTarget([HISTORIC_TARGET, ended], 'C', '2020-12-31')).toBe(ended);
    expect(applicableTarget([HISTORIC_TARGET, ended], 'C', '2021-01-01')).toBe(HISTORIC_TARGET);
    const later = { ...groupA, days: 60, effectiveFrom: '2024-01-01' };
    expect(applicableTarget([groupA, later], 'A', '2023-12-31')).toBe(groupA);
    expect(applicableTarget([groupA, later], 'A', '2024-01-01')).toBe(later);
  });

  it('does not measure a case without a LOR date or an offer, or with the offer before the LOR', () => {
    expect(caseTimeliness(dates({ lorReceivedOn: null, lorCompleteOn: null }), targets)).toMatchObject({
      onTime: null,
      reason: expect.stringContaining('No LOR'),
    });
    expect(caseTimeliness(dates({ offeredOn: null }), targets)).toMatchObject({ onTime: null, days: null, reason: 'Not offered yet' });
    expect(caseTimeliness(dates({ offeredOn: '2025-12-01' }), targets)).toMatchObject({ onTime: null, days: -31 });
  });

  const isoDay = fc.integer({ min: 0, max: 12_000 }).map((n) => addDays('2001-03-01', n));
  const caseArb = fc
    .record({
      offerGroup: fc.constantFrom(null, ...OFFER_GROUPS),
      lorReceivedOn: isoDay,
      completeAfter: fc.option(fc.integer({ min: 0, max: 60 })),
      offerAfter: fc.integer({ min: 0, max: 400 }),
    })
    .map(({ offerGroup, lorReceivedOn, completeAfter, offerAfter }): CaseDates => {
      const lorCompleteOn = completeAfter === null ? null : addDays(lorReceivedOn, completeAfter);
      return { offerGroup, lorReceivedOn, lorCompleteOn, offeredOn: addDays(lorCompleteOn ?? lorReceivedOn, offerAfter) };
    });

  it('is on time exactly when the days are within the target', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = caseTimeliness(c, targets);
        expect(r.target).not.toBeNull();
        expect(r.onTime).toBe(r.days! <= r.target!.days);
        expect(r.days).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never turns an on-time case late by granting more days', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 365 }), fc.integer({ min: 0, max: 365 }), (c, days, extra) => {
        const strict = caseTimeliness(c, [{ ...HISTORIC_TARGET, days }]);
        const lenient = caseTimeliness(c, [{ ...HISTORIC_TARGET, days: days + extra }]);
        if (strict.onTime) expect(lenient.onTime).toBe(true);
      }),
    );
  });

  it('aggregates: buckets partition the cases, shares are within 0–100 and meet the goal exactly when onTime/measured ≥ goal', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(caseArb, fc.constantFrom('B', 'D', 'P')), { maxLength: 80 }), (cases) => {
        const rows = cases.map(([c, agency]) => ({ agency, ...caseTimeliness(c, targets) }));
        for (const buckets of [aggregate(rows, (r) => r.agency), aggregate(rows, offerMonth)]) {
          expect(buckets.reduce((n, b) => n + b.cases, 0)).toBe(rows.length);
          expect(new Set(buckets.map((b) => b.key)).size).toBe(buckets.length);
          for (const b of buckets) {
            expect(b.onTime + b.late).toBe(b.measured);
            if (b.onTimeSharePercent !== null) expect(b.onTimeSharePercent).toBeGreaterThanOrEqual(0);
            if (b.onTimeSharePercent !== null) expect(b.onTimeSharePercent).toBeLessThanOrEqual(100);
            if (b.goalSharePercent !== null) expect(b.meetsGoal).toBe(b.onTime / b.measured >= b.goalSharePercent / 100);
          }
        }
      }),
    );
  });

  it('meets an 80% goal at exactly 80%, not at 79.9%', () => {
    const on = { onTime: true, target: HISTORIC_TARGET };
    const late = { onTime: false, target: HISTORIC_TARGET };
    expect(summarise('all', [on, on, on, on, late])).toMatchObject({
      measured: 5,
      onTime: 4,
      onTimeSharePercent: 80,
      goalSharePercent: 80,
      meetsGoal: true,
    });
    const rows = [...Array(799).fill(on), ...Array(201).fill(late)];
    expect(summarise('all', rows)).toMatchObject({ onTimeSharePercent: 79.9, meetsGoal: false });
    expect(summarise('none', [])).toMatchObject({ cases: 0, onTimeSharePercent: null, goalSharePercent: null, meetsGoal: null });
    expect(summarise('mixed', [on, { onTime: true, target: groupA }])).toMatchObject({ goalSharePercent: null, meetsGoal: null });
  });

  it('groups by month of offer', () => {
    const rows = [dates({ offeredOn: '2026-04-30' }), dates({ offeredOn: '2026-05-01' }), dates({ offeredOn: '2026-04-01' })].map((c) =>
      caseTimeliness(c, targets),
    );
    expect(aggregate(rows, offerMonth).map((b) => [b.key, b.cases])).toEqual([
      ['2026-04', 2],
      ['2026-05', 1],
    ]);
  });
});
