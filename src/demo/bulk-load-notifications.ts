import { and, eq, sql } from 'drizzle-orm';
import { cases, loaLines, loaVersions } from '../areas/cases/public.ts';
import {
  determineNotification,
  loadRuleContext,
  notificationCases,
  notifications,
  partnerGroupsOn,
  reviewEndsOn,
} from '../areas/notifications/public.ts';
import type { Db } from '../db/client.ts';
import type { Principal } from '../platform/access/policy.ts';
import { appendAudit } from '../platform/audit/service.ts';
import { addDays } from '../platform/dates.ts';

const OFFERED_OR_LATER = new Set(['offered', 'offer_expired', 'accepted', 'implemented', 'supply_complete', 'closed']);
const IN_DEVELOPMENT = new Set(['draft', 'in_review', 'returned', 'approved']);

/**
 * Benchmark scale: every bulk-loaded case whose lines need AECA 36(b)(1) notice gets its notification, decided by the
 * same rule — cleared before the offer for offered cases, at some stage of review for cases still in development.
 */
export async function bulkLoadNotifications(db: Db, actor: Principal, today: string): Promise<number> {
  const rows = await db
    .select({
      id: cases.id,
      partnerCode: cases.partnerCode,
      status: cases.status,
      title: cases.title,
      totalCents: cases.totalCents,
      offerDate: loaVersions.offerDate,
      mdeCents: sql<string>`coalesce((select sum(l.quantity::bigint * l.unit_cost_cents) from ${loaLines} l where l.version_id = ${loaVersions.id} and l.mde), 0)`,
    })
    .from(cases)
    .innerJoin(loaVersions, and(eq(loaVersions.caseId, cases.id), eq(loaVersions.number, 0)));
  const context = await loadRuleContext(db);
  const perYear = new Map<string, number>();
  const transmittal = (date: string) => {
    const yy = date.slice(2, 4);
    const n = (perYear.get(yy) ?? 0) + 1;
    perYear.set(yy, n);
    return `${yy}-${String(n).padStart(2, '0')}`;
  };
  const notices: (typeof notifications.$inferInsert)[] = [];
  const links: (typeof notificationCases.$inferInsert)[] = [];
  for (const [index, row] of rows.entries()) {
    const asOf = row.offerDate ?? today;
    const d = determineNotification(
      {
        groups: partnerGroupsOn(context, row.partnerCode, asOf),
        mdeCents: Number(row.mdeCents),
        totalCents: row.totalCents,
        designConstructionCents: 0,
        asOf,
      },
      context.thresholds,
    );
    if (!d.required || row.status === 'cancelled') continue;
    const id = crypto.randomUUID();
    const base = {
      id,
      kind: 'aeca_36b1' as const,
      partnerCode: row.partnerCode,
      description: row.title,
      mdeCents: Number(row.mdeCents),
      totalCents: row.totalCents,
    };
    if (OFFERED_OR_LATER.has(row.status) && row.offerDate) {
      const formal = addDays(row.offerDate, -((d.reviewDays ?? 30) + 2));
      const tieredOn = addDays(formal, -((d.tieredReviewDays ?? 0) + 1));
      notices.push({
        ...base,
        transmittalNumber: transmittal(formal),
        status: 'cleared',
        tieredReviewSentOn: tieredOn,
        tieredReviewDays: d.tieredReviewDays,
        tieredReviewEndsOn: d.tieredReviewDays ? reviewEndsOn(tieredOn, d.tieredReviewDays) : null,
        formallyNotifiedOn: formal,
        reviewDays: d.reviewDays,
        reviewEndsOn: reviewEndsOn(formal, d.reviewDays!),
        clearedOn: addDays(row.offerDate, -1),
      });
    } else if (IN_DEVELOPMENT.has(row.status)) {
      const stage = index % 3;
      const sent = addDays(today, -(5 + (index % 30)));
      const formal = addDays(sent, d.tieredReviewDays ?? 1);
      const notified = stage === 2 && formal <= today;
      notices.push({
        ...base,
        transmittalNumber: transmittal(notified ? formal : today),
        status: stage === 0 ? 'draft' : notified ? 'formally_notified' : 'in_tiered_review',
        ...(stage > 0
          ? {
              tieredReviewSentOn: sent,
              tieredReviewDays: d.tieredReviewDays,
              tieredReviewEndsOn: d.tieredReviewDays ? reviewEndsOn(sent, d.tieredReviewDays) : null,
            }
          : {}),
        ...(notified ? { formallyNotifiedOn: formal, reviewDays: d.reviewDays, reviewEndsOn: reviewEndsOn(formal, d.reviewDays!) } : {}),
      });
    } else continue;
    links.push({ notificationId: id, caseId: row.id, loaVersionNumber: 0 });
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < notices.length; i += 1000) await tx.insert(notifications).values(notices.slice(i, i + 1000));
    for (let i = 0; i < links.length; i += 2000) await tx.insert(notificationCases).values(links.slice(i, i + 2000));
    await appendAudit(tx, actor, {
      entityType: 'demo_data',
      action: 'demo_data.seeded',
      entityId: 'notifications',
      after: { notifications: notices.length },
    });
  });
  return notices.length;
}
