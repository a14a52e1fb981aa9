// The notifications area's part of the demo and bench data set: AECA 36(b)(1) notices for the cases that need them,
// decided by the same rule the services use. Demo size: through the services — a notice cleared before each offer (asked
// by the cases loader through prepareOffer, so the offer gate passes as for anyone), and one in progress for cases still
// in development. Bench size: written in bulk with one audit record for the load.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { addDays } from '../../platform/dates.ts';
import type { DemoContext, DemoLoader, DemoOffer } from '../area-module.ts';
import { caseMilestones, cases, loaLines, loaVersions } from '../cases/public.ts';
import { getCaseNotificationState } from './case-determination-service.ts';
import { createNotification, transitionNotification } from './notification-service.ts';
import { loadRuleContext, partnerGroupsOn } from './rule-context.ts';
import { determineNotification } from './rules/aeca-36b-determination.ts';
import { reviewEndsOn } from './rules/review-clock.ts';
import { notificationCases, notifications } from './schema.ts';

const OFFERED_OR_LATER = new Set(['offered', 'offer_expired', 'accepted', 'implemented', 'supply_complete', 'closed']);
const IN_DEVELOPMENT_STATUSES = ['draft', 'in_review', 'returned', 'approved'] as const;
const IN_DEVELOPMENT = new Set<string>(IN_DEVELOPMENT_STATUSES);

/**
 * Benchmark scale: every bulk-loaded case whose lines need AECA 36(b)(1) notice gets its notification, decided by the
 * same rule — cleared before the offer for offered cases, at some stage of review for cases still in development.
 */
async function bulkLoadNotifications(db: Db, actor: Principal, today: string): Promise<number> {
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

/**
 * Before a demo case that needs AECA 36(b)(1) notice is offered, its notification goes through tiered review and formal
 * notice and clears, with the review period over before the offer date — as the offer gate demands.
 */
async function notifyBeforeOffer({ db, actor }: DemoContext, offer: DemoOffer): Promise<void> {
  const { caseId, partnerCode, title, offerDate } = offer;
  const state = await getCaseNotificationState(db, actor, caseId, offerDate);
  if (!state.offerBlocker || !state.determination?.required) return;
  const reviewDays = state.determination.reviewDays ?? 30;
  const tieredDays = state.determination.tieredReviewDays ?? 0;
  const formal = addDays(offerDate, -(reviewDays + 2));
  const notice = await createNotification(db, actor, { partnerCode, caseIds: [caseId], description: title });
  // Never before the LOR (the notice's dates follow the request's), nor after the formal notice.
  const tieredOn = [addDays(formal, -(tieredDays + 1)), await lorReceivedOf(db, caseId), formal].sort()[1]!;
  const tiered = await transitionNotification(
    db,
    actor,
    notice.id,
    { action: 'send_tiered_review', version: notice.version, date: tieredOn },
    offerDate,
  );
  const notified = await transitionNotification(
    db,
    actor,
    notice.id,
    { action: 'notify_formally', version: tiered.version, date: formal },
    offerDate,
  );
  await transitionNotification(
    db,
    actor,
    notice.id,
    { action: 'clear', version: notified.version, date: addDays(offerDate, -1) },
    offerDate,
  );
}

/** When the case's LOR was received ('0000-01-01' sorts first when none is on record). */
async function lorReceivedOf(db: Db, caseId: string): Promise<string> {
  const [row] = await db
    .select({ onDate: caseMilestones.onDate })
    .from(caseMilestones)
    .where(and(eq(caseMilestones.caseId, caseId), eq(caseMilestones.milestone, 'lor_received')));
  return row?.onDate ?? '0000-01-01';
}

interface CaseRef {
  id: string;
  partnerCode: string;
  title: string;
}

/** A case not yet offered that needs notice gets one in progress, so the demo shows each stage and the calendar has clocks. */
async function notifyInProgress(db: Db, actor: Principal, row: CaseRef, stage: number, today: string): Promise<void> {
  const state = await getCaseNotificationState(db, actor, row.id, today);
  if (!state.determination?.required || state.notifications.length) return;
  const notice = await createNotification(db, actor, { partnerCode: row.partnerCode, caseIds: [row.id], description: row.title });
  if (stage % 3 === 0) return;
  // The notice's dates follow the case's LOR (the bound moves them later, never past today).
  const notBefore = (date: string, lor: string) => (date < lor ? lor : date);
  const lor = await lorReceivedOf(db, row.id);
  const tiered = await transitionNotification(
    db,
    actor,
    notice.id,
    { action: 'send_tiered_review', version: notice.version, date: notBefore(addDays(today, -(5 + stage)), lor) },
    today,
  );
  if (stage % 3 === 1) return;
  await transitionNotification(
    db,
    actor,
    notice.id,
    { action: 'notify_formally', version: tiered.version, date: notBefore(addDays(today, -(3 + stage)), tiered.tieredReviewSentOn ?? lor) },
    today,
  );
}

/** Demo size: every case still in development that needs notice gets one, at a stage that turns with its place in order. */
async function noticesInProgress({ db, actor, today }: DemoContext): Promise<void> {
  const rows = await db
    .select({ id: cases.id, partnerCode: cases.partnerCode, title: cases.title })
    .from(cases)
    .where(inArray(cases.status, [...IN_DEVELOPMENT_STATUSES]))
    .orderBy(asc(cases.identifier));
  for (const [stage, row] of rows.entries()) await notifyInProgress(db, actor, row, stage, today);
}

/** After the cases (which it reads); the notices cleared before demo offers are made while the cases load (prepareOffer). */
export const notificationsDemo: DemoLoader = {
  order: 20,
  async load(context) {
    if (context.size === 'bench') return { notifications: await bulkLoadNotifications(context.db, context.actor, context.today) };
    await noticesInProgress(context);
    return { notifications: null };
  },
  prepareOffer: notifyBeforeOffer,
};
