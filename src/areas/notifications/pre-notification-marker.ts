import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { SYSTEM_PRINCIPAL } from '../../platform/access/policy.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { type CaseMarker, cases, loaLines, loaVersions } from '../cases/public.ts';
import { loadRuleContext, partnerGroupsOn } from './rule-context.ts';
import { determineNotification, NoThresholdInForce } from './rules/aeca-36b-determination.ts';
import { notificationCases, notifications } from './schema.ts';

const MARKING = 'pre-notification';

/**
 * Cases whose current lines need AECA 36(b)(1) notice on `asOf` (or for which no threshold row is in force to tell) and
 * that no formal notice covers yet (shared/domain.md §2; DSCA memo I-99-013285: until formal notice the purchaser and
 * items are withheld from users without need-to-know).
 */
async function pendingCases(db: Db | Tx, rows: readonly { id: string; partnerCode: string }[], which: SQL | undefined, asOf: string) {
  const latest = db
    .select({ caseId: loaVersions.caseId, number: sql<number>`max(${loaVersions.number})`.as('latest_number') })
    .from(loaVersions)
    .where(which && sql`${loaVersions.caseId} in (select ${cases.id} from ${cases} where ${which})`)
    .groupBy(loaVersions.caseId)
    .as('latest');
  const values = await db
    .select({
      caseId: loaVersions.caseId,
      totalCents: loaVersions.totalCents,
      mdeCents: sql<string>`coalesce((select sum(l.quantity::bigint * l.unit_cost_cents) from ${loaLines} l where l.version_id = ${loaVersions.id} and l.mde), 0)`,
    })
    .from(loaVersions)
    .innerJoin(latest, and(eq(latest.caseId, loaVersions.caseId), eq(latest.number, loaVersions.number)));
  const notified = await db
    .select({ caseId: notificationCases.caseId })
    .from(notificationCases)
    .innerJoin(notifications, eq(notifications.id, notificationCases.notificationId))
    .where(
      and(
        eq(notifications.kind, 'aeca_36b1'),
        inArray(notifications.status, ['formally_notified', 'cleared']),
        // Only the cases being decided: a single save must not read every notified case in the database.
        which && sql`${notificationCases.caseId} in (select ${cases.id} from ${cases} where ${which})`,
      ),
    );
  const covered = new Set(notified.map((n) => n.caseId));
  const context = await loadRuleContext(db, [...new Set(rows.map((r) => r.partnerCode))]);
  const partnerOf = new Map(rows.map((r) => [r.id, r.partnerCode]));
  const pending = new Set<string>();
  for (const v of values) {
    const partnerCode = partnerOf.get(v.caseId);
    if (!partnerCode || covered.has(v.caseId)) continue;
    try {
      const groups = partnerGroupsOn(context, partnerCode, asOf);
      const input = { groups, mdeCents: Number(v.mdeCents), totalCents: v.totalCents, designConstructionCents: 0, asOf };
      if (determineNotification(input, context.thresholds).required) pending.add(v.caseId);
    } catch (error) {
      if (!(error instanceof NoThresholdInForce)) throw error;
      // No threshold row in force (an administrator ended one and has not yet added its successor): whether notice is
      // required cannot be decided, so the case is withheld until it can be (fail closed, as the offer gate does).
      pending.add(v.caseId);
    }
  }
  return pending;
}

/** Keeps the `pre-notification` marking of cases current; every change is audited in the caller's transaction. */
export const preNotificationMarker: CaseMarker = {
  marking: MARKING,
  async refresh(tx, caseIds, asOf) {
    if (caseIds !== 'all' && caseIds.length === 0) return 0;
    const which = caseIds === 'all' ? undefined : inArray(cases.id, [...caseIds]);
    const rows = await tx.select({ id: cases.id, partnerCode: cases.partnerCode, markings: cases.markings }).from(cases).where(which);
    if (!rows.length) return 0;
    const pending = await pendingCases(tx, rows, which, asOf);
    const marked = rows.filter((r) => pending.has(r.id) && !r.markings.includes(MARKING)).map((r) => r.id);
    const unmarked = rows.filter((r) => !pending.has(r.id) && r.markings.includes(MARKING)).map((r) => r.id);
    if (marked.length) {
      await tx
        .update(cases)
        .set({ markings: sql`array_append(${cases.markings}, ${MARKING})` })
        .where(inArray(cases.id, marked));
    }
    if (unmarked.length) {
      await tx
        .update(cases)
        .set({ markings: sql`array_remove(${cases.markings}, ${MARKING})` })
        .where(inArray(cases.id, unmarked));
    }
    if (marked.length + unmarked.length) {
      await appendAudit(tx as Tx, SYSTEM_PRINCIPAL, {
        entityType: 'case_markings',
        action: 'case_markings.changed',
        entityId: MARKING,
        after: { marking: MARKING, asOf, marked, unmarked },
      });
    }
    return marked.length + unmarked.length;
  },
};
