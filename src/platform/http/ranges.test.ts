import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { orderedRange } from './ranges.ts';

describe('orderedRange', () => {
  const dates = z.object({ from: z.string().optional(), to: z.string().optional() }).superRefine(orderedRange('from', 'to'));
  const values = z.object({ min: z.number().optional(), max: z.number().optional() }).superRefine(orderedRange('min', 'max'));

  it('accepts a range in order, an empty one-day range and a half-open one', () => {
    expect(dates.safeParse({ from: '2026-01-01', to: '2026-01-31' }).success).toBe(true);
    expect(dates.safeParse({ from: '2026-01-01', to: '2026-01-01' }).success).toBe(true);
    expect(dates.safeParse({ from: '2026-01-01' }).success).toBe(true);
    expect(values.safeParse({ min: 0, max: 0 }).success).toBe(true);
  });

  it('names the upper bound of a range that ends before it starts', () => {
    const result = dates.safeParse({ from: '2026-02-01', to: '2026-01-31' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['to'], message: 'must be on or after 2026-02-01' });
    // Numbers compare as numbers, not as text ("9" > "10").
    expect(values.safeParse({ min: 9, max: 10 }).success).toBe(true);
    expect(values.safeParse({ min: 10, max: 9 }).error?.issues[0]).toMatchObject({ path: ['max'], message: 'must be at least min (10)' });
  });
});
