import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { todayIso } from '../../platform/dates.ts';
import { loaVersions } from '../cases/schema.ts';
import type { PendingCheck } from '../cases/sensitivity.ts';
import { loadRuleContext, partnerGroupsOn } from './rule-context.ts';
import { determineNotification, NoThresholdInForce } from './rules/aeca-36b-determination.ts';
import { notificationCases, notifications } from './schema.ts';

/** Cases whose lines need AECA 36(b)(1) notice today and that no formal notice covers yet: several cases in four queries. */
export const pendingNotificationCheck: PendingCheck = async (db: Db | Tx, rows) => {
  const ids = rows.map((r) => r.id);
  const latest = db
    .select({ caseId: loaVersions.caseId, number: sql<number>`max(${loaVersions.number})`.as('latest_number') })
    .from(loaVersions)
    .where(inArray(loaVersions.caseId, ids))
    .groupBy(loaVersions.caseId)
    .as('latest');
  const values = await db
    .select({
      caseId: loaVersions.caseId,
      totalCents: loaVersions.totalCents,
      mdeCents: sql<string>`coalesce((select sum(l.quantity::bigint * l.unit_cost_cents) from loa_lines l where l.version_id = ${loaVersions.id} and l.mde), 0)`,
    })
    .from(loaVersions)
    .innerJoin(latest, and(eq(latest.caseId, loaVersions.caseId), eq(latest.number, loaVersions.number)));
  const notified = await db
    .select({ caseId: notificationCases.caseId })
    .from(notificationCases)
    .innerJoin(notifications, eq(notifications.id, notificationCases.notificationId))
    .where(
      and(
        inArray(notificationCases.caseId, ids),
        eq(notifications.kind, 'aeca_36b1'),
        inArray(notifications.status, ['formally_notified', 'cleared']),
      ),
    );
  const covered = new Set(notified.map((n) => n.caseId));
  const context = await loadRuleContext(db, [...new Set(rows.map((r) => r.partnerCode))]);
  const partnerOf = new Map(rows.map((r) => [r.id, r.partnerCode]));
  const asOf = todayIso();
  const pending = new Set<string>();
  for (const v of values) {
    if (covered.has(v.caseId)) continue;
    const partnerCode = partnerOf.get(v.caseId)!;
    try {
      const d = determineNotification(
        {
          groups: partnerGroupsOn(context, partnerCode, asOf),
          mdeCents: Number(v.mdeCents),
          totalCents: v.totalCents,
          designConstructionCents: 0,
          asOf,
        },
        context.thresholds,
      );
      if (d.required) pending.add(v.caseId);
    } catch (error) {
      if (!(error instanceof NoThresholdInForce)) throw error;
    }
  }
  return pending;
};
