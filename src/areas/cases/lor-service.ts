import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireInScope } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { badRequest, conflict, notFound, versionConflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { type CreateLorInput, createLorInput, lorDecisionInput } from './model.ts';
import { lettersOfRequest } from './schema.ts';

export type LetterOfRequest = typeof lettersOfRequest.$inferSelect;

export async function receiveLor(db: Db, principal: Principal, raw: CreateLorInput): Promise<LetterOfRequest> {
  const input = parseInput(createLorInput, raw);
  requireInScope(principal, 'write', 'cases', input.partnerCode, `Partner ${input.partnerCode}`);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(lettersOfRequest).values(input).returning();
    await appendAudit(tx, principal, {
      entityType: 'letter_of_request',
      action: 'letter_of_request.received',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return row!;
  });
}

export async function getLor(db: Db, principal: Principal, id: string): Promise<LetterOfRequest> {
  const [row] = await db.select().from(lettersOfRequest).where(eq(lettersOfRequest.id, id));
  if (!row) throw notFound(`Letter of request ${id}`);
  requireInScope(principal, 'read', 'cases', row.partnerCode, `Letter of request ${id}`);
  return row;
}

export async function listLors(
  db: Db,
  principal: Principal,
  filter: { status?: LetterOfRequest['status']; partner?: string; limit?: number; offset?: number } = {},
) {
  requireArea(principal, 'read', 'cases');
  const conditions: (SQL | undefined)[] = [scopeWhere(principal, lettersOfRequest.partnerCode)];
  if (filter.status) conditions.push(eq(lettersOfRequest.status, filter.status));
  if (filter.partner) conditions.push(eq(lettersOfRequest.partnerCode, filter.partner));
  const where = and(...conditions);
  const [items, [count]] = await Promise.all([
    db
      .select()
      .from(lettersOfRequest)
      .where(where)
      .orderBy(desc(lettersOfRequest.receivedOn), desc(lettersOfRequest.createdAt))
      .limit(filter.limit ?? 50)
      .offset(filter.offset ?? 0),
    db.select({ n: sql<number>`count(*)::int` }).from(lettersOfRequest).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

/** Marks a received LOR actionable (complete) or returns it to the partner with reasons. */
export async function decideLor(db: Db, principal: Principal, id: string, raw: unknown): Promise<LetterOfRequest> {
  const input = parseInput(lorDecisionInput, raw);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(lettersOfRequest).where(eq(lettersOfRequest.id, id)).for('update');
    if (!before) throw notFound(`Letter of request ${id}`);
    requireInScope(principal, 'write', 'cases', before.partnerCode, `Letter of request ${id}`);
    if (before.version !== input.version) throw versionConflict('The letter of request', input.version, before.version);
    if (before.status !== 'received') throw conflict(`The letter of request is ${before.status}; only a received one can be decided`);
    if (input.decision === 'actionable' && input.completeOn < before.receivedOn) {
      throw badRequest('The LOR cannot be complete before it was received', [
        { path: 'completeOn', message: `must be on or after ${before.receivedOn}` },
      ]);
    }
    const changes =
      input.decision === 'actionable'
        ? { status: 'actionable' as const, completeOn: input.completeOn }
        : { status: 'returned' as const, returnReasons: input.reasons };
    const [after] = await tx
      .update(lettersOfRequest)
      .set({ ...changes, version: before.version + 1 })
      .where(eq(lettersOfRequest.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'letter_of_request',
      action: input.decision === 'actionable' ? 'letter_of_request.actionable' : 'letter_of_request.returned',
      entityId: id,
      countryCode: before.partnerCode,
      before,
      after,
    });
    return after!;
  });
}
