import type { z } from 'zod';

type Comparable = string | number;

/**
 * A query's lower and upper bound in order (`from` ≤ `to`, `min…` ≤ `max…`): a range that ends before it starts is a
 * 400 naming the upper bound, not a silently empty list. Use as `.superRefine(orderedRange('from', 'to'))`.
 */
export function orderedRange<K extends string>(lower: K, upper: K) {
  return (value: Partial<Record<K, Comparable | null | undefined>>, ctx: z.RefinementCtx) => {
    const low = value[lower];
    const high = value[upper];
    if (low === undefined || low === null || high === undefined || high === null) return;
    if (high < low)
      ctx.addIssue({
        code: 'custom',
        path: [upper],
        message: typeof low === 'number' ? `must be at least ${lower} (${low})` : `must be on or after ${low}`,
      });
  };
}
