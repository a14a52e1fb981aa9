// Query shapes prepared once per database and reused: Drizzle builds the SQL text once, and PostgreSQL parses it once per
// pooled connection (a named statement). Only the shape is kept — every execution reads fresh rows, with the principal's
// scope, the partners and the dates as parameters.
import { sql, type Column, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { visibleCountries, type Principal } from '../../platform/access/policy.ts';

const shapes = new WeakMap<Db, Map<string, unknown>>();

/** The statement named `name` on this database, built by `build` the first time. */
export function prepared<T>(db: Db, name: string, build: (name: string) => T): T {
  let byName = shapes.get(db);
  if (!byName) shapes.set(db, (byName = new Map()));
  let statement = byName.get(name) as T | undefined;
  if (!statement) byName.set(name, (statement = build(name)));
  return statement;
}

/** `column = any($name)`: a list filter as one parameter, so the statement's text is the same whatever the list (empty: nothing). */
export const anyOf = (column: Column | SQL, name: string): SQL => sql`${column} = any(${sql.placeholder(name)}::text[])`;

/** The principal's partner scope as a parameter: `listed` false when the principal sees every partner (another shape). */
export function scopeParam(principal: Principal): { listed: boolean; scope: string[] } {
  const visible = visibleCountries(principal);
  return visible === 'all' ? { listed: false, scope: [] } : { listed: true, scope: [...visible] };
}
