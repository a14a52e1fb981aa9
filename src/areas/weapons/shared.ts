// What the weapons services share: the references records name (partner, system, company, cases, LOR) checked in the
// writer's transaction, and the readable form of linked cases.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client.ts';
import { decide, type Principal } from '../../platform/access/policy.ts';
import { requireAccess } from '../../platform/access/require-access.ts';
import { scopeWhere, unlessWithheld } from '../../platform/access/scope-sql.ts';
import { badRequest } from '../../platform/http/errors.ts';
import { CASE, cases, LOR } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { weaponCompanies, weaponSystems } from './schema.ts';

export async function requirePartner(tx: Db | Tx, code: string, path = 'partnerCode') {
  const [p] = await tx.select({ code: partners.code, name: partners.name }).from(partners).where(eq(partners.code, code));
  if (!p) throw badRequest('Unknown partner', [{ path, message: `no partner has the customer code ${code}` }]);
  return p;
}

export async function requireSystem(tx: Db | Tx, id: string | null | undefined, path = 'systemId') {
  if (!id) return null;
  const [s] = await tx.select({ id: weaponSystems.id, name: weaponSystems.name }).from(weaponSystems).where(eq(weaponSystems.id, id));
  if (!s) throw badRequest('Unknown weapons system', [{ path, message: `no weapons system has the id ${id}` }]);
  return s;
}

export async function requireCompany(tx: Db | Tx, id: string, path = 'companyId') {
  const [c] = await tx.select().from(weaponCompanies).where(eq(weaponCompanies.id, id));
  if (!c) throw badRequest('Unknown company', [{ path, message: `no company has the id ${id}` }]);
  return c;
}

/** Cases a record links to: each must exist and be one the writer may read (a 404 or 403 otherwise, as anywhere). */
export async function requireCases(
  tx: Db | Tx,
  principal: Principal,
  ids: readonly string[],
  partnerCode: string | null,
  path = 'caseIds',
) {
  const unique = [...new Set(ids)];
  if (!unique.length) return unique;
  const rows = await requireAccess(tx, principal, CASE.read, unique);
  const other = partnerCode ? rows.find((r) => r.partnerCode !== partnerCode) : undefined;
  if (other)
    throw badRequest('A linked case is another partner’s', [
      { path, message: `${other.identifier} is ${other.partnerCode}’s, not ${partnerCode}’s` },
    ]);
  return unique;
}

/** The LOR a competition's solicitation is: it exists, the writer may read it, and it is the same partner's. */
export async function requireLor(tx: Db | Tx, principal: Principal, id: string | null | undefined, partnerCode: string) {
  if (!id) return;
  const [lor] = await requireAccess(tx, principal, LOR.read, [id]);
  if (lor && lor.partnerCode !== partnerCode)
    throw badRequest('The LOR is another partner’s', [{ path: 'lorId', message: `the LOR is ${lor.partnerCode}’s, not ${partnerCode}’s` }]);
}

/**
 * Linked cases as the reader may see them: out of scope left out; withheld ones (a marking, or a reader without the
 * cases area's read grant) shown to exist with identifier, title and status masked.
 */
export async function casesAsSeen(db: Db | Tx, principal: Principal, ids: readonly string[]) {
  if (!ids.length) return [];
  const readsCases = decide(principal, 'read', { area: 'cases' }).allowed;
  const rows = await db
    .select({
      id: cases.id,
      identifier: unlessWithheld<string>(principal, cases.markings, cases.identifier),
      title: unlessWithheld<string>(principal, cases.markings, cases.title),
      status: cases.status,
      partnerCode: cases.partnerCode,
    })
    .from(cases)
    .where(and(inArray(cases.id, [...ids]), scopeWhere(principal, cases.partnerCode)));
  return rows.map((r) =>
    readsCases && r.identifier !== null
      ? { ...r, withheld: false }
      : { id: r.id, identifier: null, title: null, status: 'withheld', partnerCode: r.partnerCode, withheld: true },
  );
}

/** The next reference `PREFIX-YYYY-NNN` for a table, numbered within the year (serialised by an advisory lock). */
export async function nextReference(tx: Tx, table: PgTable, column: PgColumn, prefix: string, year: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`weapons-ref:${prefix}:${year}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(sql`${column} like ${`${prefix}-${year}-%`}`);
  return `${prefix}-${year}-${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

/** Partner scope for a record that may name no partner: unscoped ones are every area reader's. */
export const scopeOrNone = (principal: Principal, column: PgColumn) => {
  const scoped = scopeWhere(principal, column);
  return scoped ? sql`(${column} is null or ${scoped})` : undefined;
};
