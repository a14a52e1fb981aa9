import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireInScope, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, unlessWithheld, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { WITHHELD } from './case-service.ts';
import { type CreateLorInput, createLorInput, lorDecisionInput } from './model.ts';
import { LOR, lorRecords } from './records.ts';
import { lettersOfRequest } from './schema.ts';

export type LetterOfRequest = typeof lettersOfRequest.$inferSelect;

const withoutAccess = <T extends { access: unknown }>({ access: _access, ...row }: T) => row;

export async function receiveLor(db: Db, principal: Principal, raw: CreateLorInput, today = todayIso()): Promise<LetterOfRequest> {
  const input = parseInput(createLorInput, raw);
  requireNotFuture(input.receivedOn, today, 'receivedOn');
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

/** One LOR through the one access path: out of scope is not found; one converted to a withheld case is refused. */
export async function getLor(db: Db, principal: Principal, id: string): Promise<LetterOfRequest> {
  return withoutAccess(await requireRecord(db, principal, LOR.read, id));
}

/**
 * The LORs of the partners in scope, newest first. A LOR converted to a case withheld from the reader (pending
 * congressional notification) is listed masked: it shows only that it exists, and matches no filter on its content.
 */
export async function listLors(
  db: Db,
  principal: Principal,
  filter: { status?: LetterOfRequest['status']; partner?: string; q?: string; limit?: number; offset?: number } = {},
) {
  requireArea(principal, 'read', 'cases');
  const markings = lorRecords.markings!;
  const hidden = withheldSql(principal, markings);
  const content: SQL[] = [];
  if (filter.status) content.push(eq(lettersOfRequest.status, filter.status));
  if (filter.partner) content.push(eq(lettersOfRequest.partnerCode, filter.partner));
  if (filter.q)
    content.push(or(ilike(lettersOfRequest.reference, containing(filter.q)), ilike(lettersOfRequest.description, containing(filter.q)))!);
  const where = and(scopeWhere(principal, lettersOfRequest.partnerCode), content.length ? and(sql`not ${hidden}`, ...content) : undefined);
  const [items, [count]] = await Promise.all([
    db
      .select({ row: lettersOfRequest, withheld: hidden })
      .from(lettersOfRequest)
      .where(where)
      .orderBy(
        desc(unlessWithheld<string>(principal, markings, lettersOfRequest.receivedOn)),
        desc(unlessWithheld<Date>(principal, markings, lettersOfRequest.createdAt)),
        desc(lettersOfRequest.id),
      )
      .limit(filter.limit ?? 50)
      .offset(filter.offset ?? 0),
    db.select({ n: sql<number>`count(*)::int` }).from(lettersOfRequest).where(where),
  ]);
  return {
    items: items.map(({ row, withheld }) => (withheld ? maskedLor(row.id) : { ...row, withheld: false as const })),
    total: count?.n ?? 0,
  };
}

/** A withheld LOR as a list shows it: only that it exists. */
const maskedLor = (id: string) => ({
  id,
  withheld: true as const,
  partnerCode: null,
  reference: null,
  receivedOn: null,
  completeOn: null,
  channel: null,
  agencyCode: null,
  description: WITHHELD,
  requestedItems: null,
  status: null,
  returnReasons: null,
  caseId: null,
  version: null,
  createdAt: null,
});

/** Marks a received LOR actionable (complete) or returns it to the partner with reasons. */
export async function decideLor(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()): Promise<LetterOfRequest> {
  const input = parseInput(lorDecisionInput, raw);
  if (input.decision === 'actionable') requireNotFuture(input.completeOn, today, 'completeOn');
  return db.transaction(async (tx) => {
    const before = withoutAccess(await requireRecord(tx, principal, LOR.write, id, { lock: true }));
    requireVersion('The letter of request', input.version, before.version);
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
