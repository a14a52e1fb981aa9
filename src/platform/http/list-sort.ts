import { z } from '@hono/zod-openapi';
import { type Column, type SQL, sql } from 'drizzle-orm';

export type SortDir = 'asc' | 'desc';
type Expr = Column | SQL;

/**
 * A list's sorting: the query fields (`sort`, one of `keys`, and an optional `dir`) and the matching SQL order. Without
 * `dir` a key sorts its natural way: `descendingFirst` keys (dates, amounts) newest or largest first, the rest A–Z.
 * Rows with no value (null, or masked to null for a reader who may not see them) sort last either way, and the
 * tie-breakers (the record's identifier, then its id) keep pages stable.
 */
export function listSort<K extends string>(keys: readonly [K, ...K[]], options: { default: K; descendingFirst?: readonly K[] }) {
  const descendingFirst: readonly string[] = options.descendingFirst ?? [];
  return {
    keys,
    query: {
      sort: z
        .enum(keys)
        .default(options.default)
        .openapi({ description: `Sort by one of: ${keys.join(', ')} (default ${options.default})` }),
      dir: z
        .enum(['asc', 'desc'])
        .optional()
        .openapi({ description: 'Sort direction; without it dates and amounts sort newest or largest first, the rest A–Z' }),
    },
    /** `columns` maps each key to what it sorts by; `ties` follow in ascending order. */
    orderBy(columns: Record<K, Expr>, chosen: { sort: K; dir?: SortDir | undefined }, ...ties: Expr[]): SQL[] {
      const dir = chosen.dir ?? (descendingFirst.includes(chosen.sort) ? 'desc' : 'asc');
      return [sql`${columns[chosen.sort]} ${sql.raw(dir)} nulls last`, ...ties.map((tie) => sql`${tie} asc`)];
    },
  };
}
