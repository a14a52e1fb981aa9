import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_MEMBERSHIPS, groupsOn } from '../../countries/public.ts';
import { determineNotification, NoThresholdInForce, type ProposedSale } from './aeca-36b-determination.ts';
import { ALLIED_GROUP, DEFAULT_THRESHOLDS, type ThresholdRow, thresholdsOn } from './thresholds.ts';

const $ = (dollars: number) => dollars * 100;
const memberships = GROUP_MEMBERSHIPS.map((m) => ({ groupCode: m.group, partnerCode: m.partnerCode, fromDate: m.from, toDate: m.to }));
const sale = (partner: string, asOf: string, values: Partial<ProposedSale> = {}): ProposedSale => ({
  groups: groupsOn(memberships, partner, asOf),
  mdeCents: 0,
  totalCents: 0,
  designConstructionCents: 0,
  asOf,
  ...values,
});
const required = (s: ProposedSale, table: readonly ThresholdRow[] = DEFAULT_THRESHOLDS) => determineNotification(s, table).required;

// "... any major defense equipment for $14,000,000 or more, any defense articles or services for $50,000,000 or more,
// or design and construction services for $200,000,000 or more (or, for NATO, a NATO member, Japan, Australia, South
// Korea, Israel or New Zealand, $25,000,000, $100,000,000 and $300,000,000)" — AECA 36(b)(1); shared/domain.md §2.
const GROUPS = [
  { label: 'NATO+ (Australia)', partner: 'AT', mde: 25_000_000, total: 100_000_000, dc: 300_000_000, review: 15, tiered: 20 },
  {
    label: 'NATO+ (United Kingdom, NATO member)',
    partner: 'UK',
    mde: 25_000_000,
    total: 100_000_000,
    dc: 300_000_000,
    review: 15,
    tiered: 20,
  },
  { label: 'everyone else (Saudi Arabia)', partner: 'SA', mde: 14_000_000, total: 50_000_000, dc: 200_000_000, review: 30, tiered: 40 },
] as const;

describe('AECA 36(b)(1) thresholds: "or more" — each threshold at value − 1, =, + 1 dollar', () => {
  for (const g of GROUPS) {
    describe(g.label, () => {
      const asOf = '2024-06-01';
      it.each([
        ['major defense equipment', 'mdeCents', g.mde],
        ['defense articles or services', 'totalCents', g.total],
        ['design and construction services', 'designConstructionCents', g.dc],
      ] as const)('%s at $%#', (_label, field, threshold) => {
        expect(required(sale(g.partner, asOf, { [field]: $(threshold - 1) }))).toBe(false);
        expect(required(sale(g.partner, asOf, { [field]: $(threshold) }))).toBe(true);
        expect(required(sale(g.partner, asOf, { [field]: $(threshold + 1) }))).toBe(true);
      });
      it(`has a formal review period of ${g.review} calendar days and a ${g.tiered}-day tiered review`, () => {
        const d = determineNotification(sale(g.partner, asOf, { mdeCents: $(g.mde) }), DEFAULT_THRESHOLDS);
        expect(d.reviewDays).toBe(g.review);
        expect(d.tieredReviewDays).toBe(g.tiered);
        expect(d.tieredReviewVerified).toBe(false);
      });
    });
  }

  it('the issue example: Australia, MDE $25M, total $120M on 2024-06-01 → required, 15 days, reasons name both thresholds met', () => {
    const d = determineNotification(sale('AT', '2024-06-01', { mdeCents: $(25_000_000), totalCents: $(120_000_000) }), DEFAULT_THRESHOLDS);
    expect(d.required).toBe(true);
    expect(d.reviewDays).toBe(15);
    expect(d.reasons.filter((r) => r.met).map((r) => r.measure)).toEqual(['major_defense_equipment', 'defense_articles_and_services']);
    expect(d.reasons[0]).toMatchObject({
      thresholdCents: $(25_000_000),
      valueCents: $(25_000_000),
      source: expect.stringContaining('22 U.S.C. 2776(b)(1)'),
    });
  });

  it('not required: no review periods, every comparison still reported', () => {
    const d = determineNotification(sale('SA', '2024-06-01', { mdeCents: $(1), totalCents: $(2) }), DEFAULT_THRESHOLDS);
    expect(d).toMatchObject({ required: false, reviewDays: null, tieredReviewDays: null, purchaserGroup: 'OTHER' });
    expect(d.reasons).toHaveLength(3);
  });
});

describe('the purchaser group follows dated membership', () => {
  it('South Korea gets the NATO+ set from 15 Oct 2008 (P.L. 110-429), the standard set the day before', () => {
    const values = { mdeCents: $(20_000_000) };
    expect(determineNotification(sale('KS', '2008-10-14', values), DEFAULT_THRESHOLDS)).toMatchObject({
      required: true,
      reviewDays: 30,
      purchaserGroup: 'OTHER',
    });
    expect(determineNotification(sale('KS', '2008-10-15', values), DEFAULT_THRESHOLDS)).toMatchObject({
      required: false,
      purchaserGroup: ALLIED_GROUP,
    });
  });
  it('Israel from 8 Oct 2010 (P.L. 111-266 §301)', () => {
    expect(determineNotification(sale('IS', '2010-10-07', { totalCents: $(60_000_000) }), DEFAULT_THRESHOLDS).required).toBe(true);
    expect(determineNotification(sale('IS', '2010-10-08', { totalCents: $(60_000_000) }), DEFAULT_THRESHOLDS).required).toBe(false);
  });
});

describe('dated rule versions', () => {
  // A change of law is a new row: here a fixture in the shape of the TIGER Act proposal (H.R. 6609), as if enacted 2027-01-01.
  const changed: ThresholdRow[] = [
    ...DEFAULT_THRESHOLDS.map((r) => ({ ...r, effectiveTo: '2026-12-31' })),
    {
      ...DEFAULT_THRESHOLDS[0]!,
      id: 3,
      effectiveFrom: '2027-01-01',
      effectiveTo: null,
      mdeCents: $(42_000_000),
      totalCents: $(166_000_000),
      designConstructionCents: $(500_000_000),
    },
    {
      ...DEFAULT_THRESHOLDS[1]!,
      id: 4,
      effectiveFrom: '2027-01-01',
      effectiveTo: null,
      mdeCents: $(23_000_000),
      totalCents: $(83_000_000),
      designConstructionCents: $(332_000_000),
    },
  ];
  it('the old row applies through its last day and the new one from its first', () => {
    expect(required(sale('SA', '2026-12-31', { mdeCents: $(14_000_000) }), changed)).toBe(true);
    expect(required(sale('SA', '2027-01-01', { mdeCents: $(14_000_000) }), changed)).toBe(false);
    expect(required(sale('SA', '2027-01-01', { mdeCents: $(23_000_000) - 100 }), changed)).toBe(false);
    expect(required(sale('SA', '2027-01-01', { mdeCents: $(23_000_000) }), changed)).toBe(true);
    expect(required(sale('AT', '2027-01-01', { designConstructionCents: $(500_000_000) - 100 }), changed)).toBe(false);
    expect(required(sale('AT', '2027-01-01', { designConstructionCents: $(500_000_000) }), changed)).toBe(true);
    expect(determineNotification(sale('AT', '2027-01-01'), changed).thresholdRowId).toBe(3);
    expect(determineNotification(sale('AT', '2026-12-31'), changed).thresholdRowId).toBe(1);
  });
  it('before the first row there is no rule, and the determination says so rather than guessing', () => {
    expect(thresholdsOn(DEFAULT_THRESHOLDS, 'OTHER', '1981-12-28')).toBeUndefined();
    expect(() => determineNotification(sale('SA', '1981-12-28'), DEFAULT_THRESHOLDS)).toThrow(NoThresholdInForce);
    expect(required(sale('SA', '1981-12-29', { mdeCents: $(14_000_000) }))).toBe(true);
  });
});

describe('properties', () => {
  const cents = fc.integer({ min: 0, max: $(1_000_000_000) });
  const partner = fc.constantFrom('AT', 'UK', 'SA', 'KS', 'IS', 'JA', 'BR', 'UP');
  const day = fc.integer({ min: Date.UTC(1982, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));

  it('raising any value never turns "required" into "not required"', () => {
    fc.assert(
      fc.property(
        partner,
        day,
        cents,
        cents,
        cents,
        fc.constantFrom('mdeCents', 'totalCents', 'designConstructionCents'),
        cents,
        (p, asOf, mde, total, dc, field, raise) => {
          const before = sale(p, asOf, { mdeCents: mde, totalCents: total, designConstructionCents: dc });
          const after = { ...before, [field]: before[field] + raise };
          return !required(before) || required(after);
        },
      ),
    );
  });
  it('required exactly when some reason is met, and the met reasons come first', () => {
    fc.assert(
      fc.property(partner, day, cents, cents, cents, (p, asOf, mde, total, dc) => {
        const d = determineNotification(
          sale(p, asOf, { mdeCents: mde, totalCents: total, designConstructionCents: dc }),
          DEFAULT_THRESHOLDS,
        );
        const firstUnmet = d.reasons.findIndex((r) => !r.met);
        return d.required === d.reasons.some((r) => r.met) && (firstUnmet === -1 || d.reasons.slice(firstUnmet).every((r) => !r.met));
      }),
    );
  });
  it('NATO+ thresholds are never lower than the standard ones, so membership never makes notice required', () => {
    fc.assert(
      fc.property(day, cents, cents, cents, (asOf, mde, total, dc) => {
        const values = { mdeCents: mde, totalCents: total, designConstructionCents: dc, asOf };
        return !required({ ...values, groups: [ALLIED_GROUP] }) || required({ ...values, groups: [] });
      }),
    );
  });
});
