// Query shapes prepared once per database and reused: Drizzle builds the SQL text once, and PostgreSQL parses it once per
// pooled connection (a named statement). Only the shape is kept — every execution reads fresh rows, its values
// (scope, partners, dates) passed as parameters.
import { type Column, type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.ts';

const shapes = new WeakMap<Db, Map<string, unknown>>();

/** The statement named `name` on this database, built by `build` the first time. Names must be unique per shape. */
export function prepared<T>(db: Db, name: string, build: (name: string) => T): T {
  let byName = shapes.get(db);
  if (!byName) {
    byName = new Map();
    shapes.set(db, byName);
  }
  let statement = byName.get(name) as T | undefined;
  if (!statement) {
    statement = build(name);
    byName.set(name, statement);
  }
  return statement;
}

/** `column = any($name)`: a list filter as one parameter, so the statement's text is the same whatever the list (empty: nothing). */
export const anyOf = (column: Column | SQL, name: string): SQL => sql`${column} = any(${sql.placeholder(name)}::text[])`;

/** `not (markings && $name)`: the rows not withheld from the reader, whose unheld markings are the parameter (`scopeParams`). */
export const notWithheld = (markings: Column | SQL, name: string): SQL => sql`not (${markings} && ${sql.placeholder(name)}::text[])`;
