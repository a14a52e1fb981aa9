import { z } from '@hono/zod-openapi';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { AREAS, type AreaId } from '../access/areas.ts';
import type { Principal } from '../access/policy.ts';
import { requireArea } from '../access/require-access.ts';
import { appendAudit } from '../audit/service.ts';
import { notFound } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { text } from '../schema/primitives.ts';
import { savedViews } from './schema.ts';

export const savedViewInput = z.object({
  area: z.enum(AREAS.map((a) => a.id) as [AreaId, ...AreaId[]]),
  name: text.trim().min(1, 'give the view a name').max(80),
  query: text.max(2000).regex(/^[^?#]*$/, 'the list query string, without ? or #'),
});

/** A user's own named list filters; saving a name again replaces that view. */
export async function saveView(db: Db, principal: Principal, raw: unknown) {
  const input = parseInput(savedViewInput, raw);
  requireArea(principal, 'read', input.area);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(savedViews)
      .values({ ...input, userId: principal.userId })
      .onConflictDoUpdate({ target: [savedViews.userId, savedViews.area, savedViews.name], set: { query: input.query } })
      .returning();
    await appendAudit(tx, principal, { entityType: 'saved_view', action: 'saved_view.saved', entityId: row!.id, after: input });
    return row!;
  });
}

export async function listViews(db: Db, principal: Principal, area: AreaId) {
  requireArea(principal, 'read', area);
  return db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.userId, principal.userId), eq(savedViews.area, area)))
    .orderBy(asc(savedViews.name));
}

export async function deleteView(db: Db, principal: Principal, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(savedViews)
      .where(and(eq(savedViews.id, id), eq(savedViews.userId, principal.userId)))
      .returning();
    if (!row) throw notFound('Saved view');
    await appendAudit(tx, principal, { entityType: 'saved_view', action: 'saved_view.deleted', entityId: id, before: row });
  });
}
