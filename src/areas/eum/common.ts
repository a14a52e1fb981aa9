import { sql } from 'drizzle-orm';

export const AREA = 'eum' as const;

export const page = <T>(items: T[], total: number, q: { limit: number; offset: number }) => ({
  items,
  total,
  limit: q.limit,
  offset: q.offset,
});

/** Rows returned by a raw statement, on either driver (both give `{ rows }`). */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Rows touched by a raw statement, on either driver. */
export function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}

/** A whole array as one bound parameter (for `unnest($1::text[], …)`), not spread into a list. */
export const arrayParam = (values: readonly unknown[]) => sql.param(values);

/** Separates the values of a column sent as one text parameter (a control character no imported field may hold). */
export const UNIT_SEPARATOR = '\u001f';

/**
 * A column of text values as one bound parameter, split back into an array in SQL (`string_to_array`): far cheaper
 * for the driver than a JavaScript array of thousands of elements. Values must not contain UNIT_SEPARATOR. The text
 * starts with a separator and the first (empty) element is dropped, because `string_to_array('', …)` is `{}`, not
 * `{''}`: one empty value would otherwise become no value, and `unnest` would pad the column with NULL.
 */
export const textColumn = (values: readonly string[]) =>
  values.length === 0
    ? sql`'{}'::text[]`
    : sql`(string_to_array(${UNIT_SEPARATOR + values.join(UNIT_SEPARATOR)}::text, ${UNIT_SEPARATOR}::text))[2:]`;
