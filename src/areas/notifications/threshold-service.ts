import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict, notFound } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { addThresholdInput, endThresholdInput } from './model.ts';
import { preNotificationMarker } from './pre-notification-marker.ts';
import { notificationThresholds } from './schema.ts';

const view = ({ createdAt, ...row }: typeof notificationThresholds.$inferSelect) => ({ ...row, createdAt: createdAt.toISOString() });

/** Thresholds are law: the table is a rule table of the area, kept by those who administer it (ROLE_GRANTS). */
const requireRuleKeeper = (principal: Principal) => requireArea(principal, 'administer', 'notifications');

export async function listThresholds(db: Db, principal: Principal) {
  requireArea(principal, 'read', 'notifications');
  const rows = await db
    .select()
    .from(notificationThresholds)
    .orderBy(asc(notificationThresholds.purchaserGroup), asc(notificationThresholds.effectiveFrom));
  return rows.map(view);
}

/** A change of law is a new row from its effective date; the row it supersedes must already end the day before. */
export async function addThreshold(db: Db, principal: Principal, raw: unknown) {
  requireRuleKeeper(principal);
  const input = parseInput(addThresholdInput, raw);
  if (input.totalCents < input.mdeCents)
    throw badRequest('The defense articles and services threshold includes MDE', [
      { path: 'totalCents', message: 'not less than mdeCents' },
    ]);
  return db.transaction(async (tx) => {
    const existing = await tx
      .select()
      .from(notificationThresholds)
      .where(eq(notificationThresholds.purchaserGroup, input.purchaserGroup))
      .for('update');
    const open = existing.find((r) => r.effectiveTo === null || r.effectiveTo >= input.effectiveFrom);
    if (open)
      throw conflict(
        `Row ${open.id} (${open.effectiveFrom} to ${open.effectiveTo ?? 'open'}) overlaps ${input.effectiveFrom}; end it first`,
      );
    const [row] = await tx.insert(notificationThresholds).values(input).returning();
    await appendAudit(tx, principal, {
      entityType: 'notification_threshold',
      action: 'notification_threshold.added',
      entityId: String(row!.id),
      after: input,
    });
    await preNotificationMarker.refresh(tx, 'all', todayIso());
    return view(row!);
  });
}

export async function endThreshold(db: Db, principal: Principal, id: number, raw: unknown) {
  requireRuleKeeper(principal);
  const input = parseInput(endThresholdInput, raw);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(notificationThresholds).where(eq(notificationThresholds.id, id)).for('update');
    if (!row) throw notFound(`Threshold row ${id}`);
    if (input.effectiveTo < row.effectiveFrom)
      throw badRequest('A row cannot end before it begins', [{ path: 'effectiveTo', message: `on or after ${row.effectiveFrom}` }]);
    const [after] = await tx
      .update(notificationThresholds)
      .set({ effectiveTo: input.effectiveTo })
      .where(eq(notificationThresholds.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'notification_threshold',
      action: 'notification_threshold.ended',
      entityId: String(id),
      before: { effectiveTo: row.effectiveTo },
      after: { effectiveTo: input.effectiveTo },
    });
    await preNotificationMarker.refresh(tx, 'all', todayIso());
    return view(after!);
  });
}
