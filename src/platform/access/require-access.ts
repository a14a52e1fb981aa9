import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import { forbidden, notFound } from '../http/errors.ts';
import type { AreaId } from './areas.ts';
import type { PartnerPermission } from './partner.ts';
import type { Action } from './permissions.ts';
import { decide, type Principal } from './policy.ts';

/**
 * A kind of record the policy decides on: where its rows are, how a reference (id, or an identifier such as
 * `AT-B-AAA`) finds them, and where the policy reads each row's partner and markings (its own columns, or the
 * record it belongs to). Each area declares its kinds once, beside its schema.
 */
export interface RecordKind<T extends PgTable> {
  /** How the record is named in messages: "Case", "EUM item". */
  name: string;
  area: AreaId;
  table: T;
  /** The condition matching the references; a malformed reference matches nothing (a 404, never a 500). */
  match: (refs: readonly string[]) => SQL;
  partner: PgColumn | SQL;
  markings?: PgColumn | SQL;
}

export type RecordRow<T extends PgTable> = T['$inferSelect'] & { readonly access: { partnerCode: string | null; markings: string[] } };

/** What to check: an action on a kind of record, in the kind's own area unless another is named (a reviewer's move). */
export interface Permission<T extends PgTable> {
  kind: RecordKind<T>;
  action: Action;
  area?: AreaId;
  /** In the partner portal: the partner permission the record is read or sent under (access/partner.ts). */
  partnerPermission?: PartnerPermission;
}

export const permission = <T extends PgTable>(kind: RecordKind<T>, action: Action, area?: AreaId): Permission<T> => ({
  kind,
  action,
  ...(area ? { area } : {}),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (ref: string) => UUID.test(ref);

/** The usual match: by primary-key id; references that are not UUIDs match nothing. */
export const byId =
  (id: PgColumn) =>
  (refs: readonly string[]): SQL => {
    const ids = refs.filter(isUuid);
    return ids.length ? sql`${id} = any(${sql.param(ids)}::uuid[])` : sql`false`;
  };

/** Role, directorate and (when given) partner scope, for what is not one record: a list, a rule table, a new record. */
export function requireArea(principal: Principal, action: Action, area: AreaId, partnerCode?: string | null): void {
  const decision = decide(principal, action, { area, countryCode: partnerCode ?? null });
  if (!decision.allowed) throw forbidden(`Not allowed: ${decision.reason}`);
}

/**
 * As `requireArea`, but a partner outside the scope is "not found" (`what`), so that a reference typed into a URL
 * or a form does not confirm that the partner's records exist.
 */
export function requireInScope(principal: Principal, action: Action, area: AreaId, partnerCode: string, what: string): void {
  requireArea(principal, action, area);
  const decision = decide(principal, action, { area, countryCode: partnerCode });
  if (!decision.allowed && decision.outOfScope) throw notFound(what);
  requireArea(principal, action, area, partnerCode);
}

async function load<T extends PgTable>(db: Db | Tx, kind: RecordKind<T>, refs: readonly string[], lock: boolean) {
  const query = db
    .select({
      row: getTableColumns(kind.table as PgTable),
      partnerCode: sql<string | null>`${kind.partner}`,
      markings: kind.markings ? sql<string[]>`${kind.markings}` : sql<string[]>`'{}'::text[]`,
    })
    .from(kind.table as PgTable)
    .where(kind.match(refs));
  const rows = lock ? await query.for('update') : await query;
  return rows.map((r) => ({ ...r.row, access: { partnerCode: r.partnerCode, markings: r.markings ?? [] } }) as RecordRow<T>);
}

/**
 * The one access path to records (in the style of immich's server): loads the rows the references name with their
 * partner and markings in one query, decides each with the policy, and returns them. A record out of scope, or that
 * does not exist, is "not found" (a reference typed into a URL confirms nothing); a marked one is refused with why.
 */
export async function requireAccess<T extends PgTable>(
  db: Db | Tx,
  principal: Principal,
  { kind, action, area, partnerPermission }: Permission<T>,
  refs: readonly string[],
  options: { lock?: boolean } = {},
): Promise<RecordRow<T>[]> {
  const refused = decide(principal, action, { area: area ?? kind.area, ...(partnerPermission ? { partnerPermission } : {}) });
  if (!refused.allowed) throw forbidden(`Not allowed: ${refused.reason}`);
  const rows = refs.length ? await load(db, kind, refs, options.lock ?? false) : [];
  if (rows.length < new Set(refs).size) {
    throw notFound(`${kind.name} ${refs.length === 1 ? refs[0] : refs.join(', ')}`);
  }
  for (const row of rows) {
    const decision = decide(principal, action, {
      ...resourceOf(area ?? kind.area, row),
      ...(partnerPermission ? { partnerPermission } : {}),
    });
    if (decision.allowed) continue;
    if (decision.outOfScope) throw notFound(`${kind.name} ${refs.length === 1 ? refs[0] : ''}`.trim());
    throw forbidden(`Not allowed: this ${kind.name.toLowerCase()} is ${decision.reason}`);
  }
  return rows;
}

const resourceOf = (area: AreaId, row: { access: { partnerCode: string | null; markings: string[] } }) => ({
  area,
  countryCode: row.access.partnerCode,
  markings: row.access.markings,
});

/** One record: `requireAccess` for a single reference. */
export async function requireRecord<T extends PgTable>(
  db: Db | Tx,
  principal: Principal,
  perm: Permission<T>,
  ref: string,
  options: { lock?: boolean } = {},
): Promise<RecordRow<T>> {
  const [row] = await requireAccess(db, principal, perm, [ref], options);
  if (!row) throw notFound(`${perm.kind.name} ${ref}`);
  return row;
}

/** The rows of `refs` the principal may act on, dropping the others silently (for bulk reads that report what they skip). */
export async function permittedRows<T extends PgTable>(
  db: Db | Tx,
  principal: Principal,
  { kind, action, area }: Permission<T>,
  refs: readonly string[],
): Promise<RecordRow<T>[]> {
  if (!decide(principal, action, { area: area ?? kind.area }).allowed || refs.length === 0) return [];
  const rows = await load(db, kind, refs, false);
  return rows.filter((row) => decide(principal, action, resourceOf(area ?? kind.area, row)).allowed);
}
