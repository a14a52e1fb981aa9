// The access policy compiled to SQL: lists, counts, searches and exports filter with these, so a row the policy would
// refuse one by one never leaves the database (shared/design.md, Access).
import { type Column, type SQL, sql } from 'drizzle-orm';
import { MARKING_SUBJECTS, MARKINGS } from './markings.ts';
import { type Principal, visibleCountries } from './policy.ts';

type Expr = Column | SQL;

/** Rows of partners in the principal's scope; undefined (no condition) when every partner is. */
export function scopeWhere(principal: Principal, partner: Expr): SQL | undefined {
  const visible = visibleCountries(principal);
  if (visible === 'all') return undefined;
  return visible.length ? sql`${partner} = any(${sql.param([...visible])}::text[])` : sql`false`;
}

/** The markings the principal lacks need-to-know for: a record carrying any of them is withheld. */
export const unheldBy = (principal: Principal): string[] =>
  MARKINGS.filter((m) => !(principal.needToKnow as readonly string[]).includes(m));

/** True for a row withheld from the principal (it carries a marking the principal does not hold). */
export function withheldSql(principal: Principal, markings: Expr): SQL<boolean> {
  const unheld = unheldBy(principal);
  return unheld.length ? sql<boolean>`(${markings} && ${sql.param(unheld)}::text[])` : sql<boolean>`false`;
}

/** `value`, or null on a row withheld from the principal: a masked row shows only that it exists. */
export function unlessWithheld<T>(principal: Principal, markings: Expr, value: Expr): SQL<T | null> {
  const unheld = unheldBy(principal);
  return unheld.length
    ? sql<T | null>`case when ${markings} && ${sql.param(unheld)}::text[] then null else ${value} end`
    : sql<T | null>`${value}`;
}

/**
 * The same policy as statement parameters (for statements prepared once, src/db/prepared.ts): `listed` false when
 * the principal sees every partner, else `scope` the partners in scope (maybe none); `unheld` the markings withheld.
 */
export function scopeParams(principal: Principal): { listed: boolean; scope: string[]; unheld: string[] } {
  const visible = visibleCountries(principal);
  return visible === 'all'
    ? { listed: false, scope: [], unheld: unheldBy(principal) }
    : { listed: true, scope: [...visible], unheld: unheldBy(principal) };
}

/**
 * True for a row carrying a record marking (markings.ts MARKING_SUBJECTS `record`, e.g. `tsfd`) the principal does not
 * hold: such a row is left out of every list, count, export, search and the audit log altogether (not masked).
 */
export function hiddenSql(principal: Principal, markings: Expr): SQL<boolean> {
  const unheld = unheldBy(principal).filter((m) => MARKING_SUBJECTS[m as keyof typeof MARKING_SUBJECTS] === 'record');
  return unheld.length ? sql<boolean>`coalesce(${markings} && ${sql.param(unheld)}::text[], false)` : sql<boolean>`false`;
}

/** decideOwned in SQL: the principal's own rows, or every row for an administrator (undefined: no condition). */
export function ownedWhere(principal: Principal, owner: Expr): SQL | undefined {
  return principal.roles.includes('administrator') ? undefined : sql`${owner} = ${principal.userId}`;
}
