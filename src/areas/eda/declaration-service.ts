import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { type CreateDeclarationInput, createDeclarationInput, declarationListQuery } from './model.ts';
import { AREA, DECLARATION } from './records.ts';
import { edaDeclarations, edaRequests } from './schema.ts';

type DeclarationRow = typeof edaDeclarations.$inferSelect;

/** The quantity authorised or transferred out of each declaration (what is no longer available to another request). */
async function committedQuantities(db: Db | Tx, ids: readonly string[]) {
  const out = new Map<string, number>();
  if (!ids.length) return out;
  const rows = await db
    .select({ id: edaRequests.declarationId, n: sql<number>`coalesce(sum(${edaRequests.authorizedQuantity}), 0)::int` })
    .from(edaRequests)
    .where(and(inArray(edaRequests.declarationId, [...ids]), inArray(edaRequests.status, ['authorized', 'transferred'])))
    .groupBy(edaRequests.declarationId);
  for (const r of rows) out.set(r.id, r.n);
  return out;
}

export async function listDeclarations(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(declarationListQuery, raw);
  const where = query.q
    ? or(
        ilike(edaDeclarations.reference, containing(query.q)),
        ilike(edaDeclarations.nomenclature, containing(query.q)),
        ilike(edaDeclarations.nsn, containing(query.q)),
        ilike(edaDeclarations.maslNumber, containing(query.q)),
      )
    : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(edaDeclarations)
      .where(where)
      .orderBy(desc(edaDeclarations.createdAt), asc(edaDeclarations.reference))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(edaDeclarations).where(where),
  ]);
  const committed = await committedQuantities(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => view(r, committed.get(r.id) ?? 0)), total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}

export async function getDeclaration(db: Db | Tx, principal: Principal, id: string) {
  const row = await requireRecord(db, principal, DECLARATION.read, id);
  const committed = await committedQuantities(db, [row.id]);
  return view(row, committed.get(row.id) ?? 0);
}

export async function createDeclaration(db: Db, principal: Principal, raw: CreateDeclarationInput) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createDeclarationInput, raw);
  const id = await db.transaction(async (tx) => {
    const reference = await nextReference(tx, `EDA-D-${todayIso().slice(0, 4)}-`);
    const [row] = await tx
      .insert(edaDeclarations)
      .values({ ...input, nsn: input.nsn.replaceAll('-', ''), reference })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'eda_declaration',
      action: 'eda_declaration.created',
      entityId: row!.id,
      countryCode: null,
      after: stored(row!),
    });
    return row!.id;
  });
  return getDeclaration(db, principal, id);
}

/** The next reference of a series (`EDA-D-2026-007`), numbered one at a time under a transaction lock. */
export async function nextReference(tx: Tx, prefix: string, table: 'declarations' | 'requests' = 'declarations') {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`iops.eda.${table}`}))`);
  const column = table === 'declarations' ? edaDeclarations.reference : edaRequests.reference;
  const source = table === 'declarations' ? edaDeclarations : edaRequests;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(source)
    .where(ilike(column, `${prefix}%`));
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

const stored = ({ access: _a, ...row }: DeclarationRow & { access?: unknown }) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export function view(row: DeclarationRow & { access?: unknown }, committedQuantity: number) {
  return {
    ...stored(row),
    originalAcquisitionValueCents: row.quantity * row.unitAcquisitionValueCents,
    committedQuantity,
    remainingQuantity: row.quantity - committedQuantity,
  };
}

export const declarationById = (tx: Tx | Db, id: string) =>
  tx
    .select()
    .from(edaDeclarations)
    .where(eq(edaDeclarations.id, id))
    .then((r) => r[0]);
