import type { z } from '@hono/zod-openapi';
import { and, asc, desc, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { permittedRows, type RecordRow, requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, unlessWithheld, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { CASE, caseMilestones, cases } from '../cases/public.ts';
import { caseValues } from './determination-service.ts';
import {
  type CreateNotificationInput,
  createNotificationInput,
  notificationListQuery,
  notificationSorting,
  notificationTransitionInput,
  updateNotificationInput,
} from './model.ts';
import { preNotificationMarker } from './pre-notification-marker.ts';
import { NOTIFICATION, notificationMarkings } from './records.ts';
import { loadRuleContext, partnerGroupsOn } from './rule-context.ts';
import { mdeExceedsTotal, notificationDateConflict } from './rules/notification-dates.ts';
import { isSubjectNoticeKind, moveNotification, type NotificationKind, type NotificationStatus } from './rules/notification-status.ts';
import { reviewEndsOn } from './rules/review-clock.ts';
import { purchaserGroupOf, thresholdsOn } from './rules/thresholds.ts';
import { isTransmittalNumber, nextTransmittalNumber } from './rules/transmittal-number.ts';
import { notificationCases, notificationSubjects, notifications } from './schema.ts';

type NotificationRow = typeof notifications.$inferSelect;
const AREA = 'notifications' as const;

/** What a withheld notification's description reads as in a list (its transmittal number reads "Withheld"). */
export const WITHHELD_NOTIFICATION = 'Withheld: pending congressional notification';

/**
 * The notification list, filtered and masked in SQL by the one policy: partners in scope only; a notification of a
 * sale still withheld (its cases carry `pre-notification`) is listed masked, matches no filter on its content and
 * sorts as if it had none.
 */
export async function listNotifications(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(notificationListQuery, raw);
  const { where, hidden, order } = notificationListing(principal, query);
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: notifications, withheld: hidden })
      .from(notifications)
      .where(where)
      .orderBy(...order)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(where),
  ]);
  const shown = rows.filter((r) => !r.withheld).map((r) => r.row);
  const covered = await coveredCases(
    db,
    shown.map((r) => r.id),
  );
  return {
    items: rows.map(({ row, withheld }) => (withheld ? maskedNotification(row.id) : view(row, covered.get(row.id) ?? []))),
    total: total?.n ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
}

/** The list's filters, masking and order in SQL (GET /notifications and its downloads). */
export function notificationListing(principal: Principal, query: z.output<typeof notificationListQuery>) {
  const hidden = withheldSql(principal, notificationMarkings);
  const shown = <T>(column: Parameters<typeof unlessWithheld>[2]) => unlessWithheld<T>(principal, notificationMarkings, column);
  const content: (SQL | undefined)[] = [
    query.status ? eq(notifications.status, query.status) : undefined,
    query.partner ? eq(notifications.partnerCode, query.partner) : undefined,
    query.q
      ? or(
          ilike(notifications.transmittalNumber, containing(query.q)),
          ilike(notifications.description, containing(query.q)),
          sql`to_tsvector('english', ${notifications.description}) @@ websearch_to_tsquery('english', ${query.q})`,
        )
      : undefined,
  ];
  const filtered = content.some(Boolean) ? and(sql`not ${hidden}`, ...content) : undefined;
  const transmittal = shown<string>(notifications.transmittalNumber);
  const order = notificationSorting.orderBy(
    {
      transmittal,
      partner: shown<string>(notifications.partnerCode),
      status: shown<string>(notifications.status),
      reviewEnds: shown<string>(sql`coalesce(${notifications.reviewEndsOn}, ${notifications.tieredReviewEndsOn})`),
      total: shown<number>(notifications.totalCents),
      updated: shown<Date>(notifications.updatedAt),
    },
    query,
    transmittal,
    notifications.id,
  );
  return { where: and(scopeWhere(principal, notifications.partnerCode), filtered), hidden, order };
}

/** A withheld notification as a list shows it: only that it exists (no partner, transmittal, values, dates or cases). */
const maskedNotification = (id: string) => ({
  id,
  withheld: true as const,
  kind: null,
  transmittalNumber: 'Withheld' as const,
  partnerCode: null,
  followsId: null,
  description: WITHHELD_NOTIFICATION,
  mdeCents: null,
  totalCents: null,
  designConstructionCents: null,
  status: null,
  tieredReviewSentOn: null,
  tieredReviewDays: null,
  tieredReviewEndsOn: null,
  formallyNotifiedOn: null,
  reviewDays: null,
  reviewSource: null,
  reviewEndsOn: null,
  clearedOn: null,
  withdrawnOn: null,
  version: null,
  createdAt: null,
  updatedAt: null,
  cases: null,
});

/** One notification by id or transmittal number: out of scope is "not found", withheld (its cases are) is refused with why. */
export async function getNotification(db: Db | Tx, principal: Principal, id: string) {
  const row = await requireRecord(db, principal, NOTIFICATION.read, id);
  const covered = await coveredCases(db, [row.id]);
  return { ...view(row, covered.get(row.id) ?? []), subjects: await subjectsOf(db, row.id) };
}

export async function createNotification(db: Db, principal: Principal, raw: CreateNotificationInput) {
  const input = parseInput(createNotificationInput, raw);
  requireArea(principal, 'write', AREA, input.partnerCode);
  const id = await db.transaction(async (tx) => {
    const covered = await casesToCover(tx, principal, input.partnerCode, input.caseIds);
    if (input.kind === 'aeca_36b5c' && !input.followsId)
      throw badRequest('A 36(b)(5)(C) report follows a notified sale', [
        { path: 'followsId', message: 'name the notification it follows' },
      ]);
    if (input.followsId) await requireRecord(tx, principal, NOTIFICATION.read, input.followsId);
    const values = await summedValues(tx, covered);
    requireMdeWithinTotal(input.mdeCents ?? values.mdeCents, input.totalCents ?? values.totalCents);
    const transmittalNumber = await assignTransmittal(tx, input.kind, input.transmittalNumber);
    const [row] = await tx
      .insert(notifications)
      .values({
        kind: input.kind,
        transmittalNumber,
        partnerCode: input.partnerCode,
        followsId: input.followsId,
        description: input.description,
        mdeCents: input.mdeCents ?? values.mdeCents,
        totalCents: input.totalCents ?? values.totalCents,
        designConstructionCents: input.designConstructionCents,
      })
      .returning();
    if (covered.length)
      await tx
        .insert(notificationCases)
        .values(covered.map((c) => ({ notificationId: row!.id, caseId: c.id, loaVersionNumber: c.versionNumber })));
    await appendAudit(tx, principal, {
      entityType: 'notification',
      action: 'notification.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: { ...auditable(row!), cases: covered.map((c) => c.identifier) },
    });
    return row!.id;
  });
  return getNotification(db, principal, id);
}

export async function updateNotification(db: Db, principal: Principal, id: string, raw: unknown) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(updateNotificationInput, raw);
  await db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, NOTIFICATION.write, id, { lock: true });
    requireVersion(`Notification ${row.transmittalNumber}`, input.version, row.version);
    if (row.status !== 'draft' && row.status !== 'in_tiered_review')
      throw conflict(`A ${row.status.replaceAll('_', ' ')} notification is a record of what Congress received; it cannot be edited`);
    const changes = {
      description: input.description ?? row.description,
      mdeCents: input.mdeCents ?? row.mdeCents,
      totalCents: input.totalCents ?? row.totalCents,
      designConstructionCents: input.designConstructionCents ?? row.designConstructionCents,
    };
    requireMdeWithinTotal(changes.mdeCents, changes.totalCents);
    const previouslyCovered = await coveredCaseIds(tx, row.id);
    if (input.caseIds && isSubjectNoticeKind(row.kind))
      throw badRequest('This notice is about one record of its area, not about cases', [
        { path: 'caseIds', message: 'not for a 516(f) or 62(a) notice' },
      ]);
    if (input.caseIds) {
      const covered = await casesToCover(tx, principal, row.partnerCode, input.caseIds);
      await tx.delete(notificationCases).where(eq(notificationCases.notificationId, row.id));
      if (covered.length)
        await tx
          .insert(notificationCases)
          .values(covered.map((c) => ({ notificationId: row.id, caseId: c.id, loaVersionNumber: c.versionNumber })));
    }
    const [after] = await tx
      .update(notifications)
      .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
      .where(eq(notifications.id, row.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'notification',
      action: 'notification.updated',
      entityId: row.id,
      countryCode: row.partnerCode,
      before: auditable(row),
      after: { ...auditable(after!), ...(input.caseIds ? { caseIds: input.caseIds } : {}) },
    });
    if (input.caseIds) await refreshAfterNotice(tx, row.id, previouslyCovered, todayIso());
  });
  return getNotification(db, principal, id);
}

/** Moves a notification along (draft → tiered review → formally notified → cleared; or withdrawn), setting its clocks. */
export async function transitionNotification(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(notificationTransitionInput, raw);
  const date = input.date ?? today;
  requireNotFuture(date, today, 'date');
  await db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, NOTIFICATION.write, id, { lock: true });
    requireVersion(`Notification ${row.transmittalNumber}`, input.version, row.version);
    const move = moveNotification(row.status as NotificationStatus, input.action, {
      onDate: date,
      reviewEndsOn: row.reviewEndsOn,
      kind: row.kind,
    });
    if (!move.ok) throw illegalTransition(move.reason, move.allowed);
    const bound = notificationDateConflict(row, input.action, date, await latestLorReceived(tx, row.id));
    if (bound)
      throw badRequest(`Dates out of order: ${input.action.replaceAll('_', ' ')} on ${date} is before ${bound.what} (${bound.notBefore})`, [
        { path: 'date', message: `on or after ${bound.notBefore}: ${bound.what}` },
      ]);
    const clocks = await clocksFor(tx, row, input.action, date);
    const [after] = await tx
      .update(notifications)
      .set({ ...clocks, status: move.to, version: row.version + 1, updatedAt: new Date() })
      .where(eq(notifications.id, row.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'notification',
      action: 'notification.transitioned',
      entityId: row.id,
      countryCode: row.partnerCode,
      before: { status: row.status },
      after: { status: move.to, action: input.action, date, ...clocks },
    });
    await refreshAfterNotice(tx, row.id, [], today);
    return after;
  });
  return getNotification(db, principal, id);
}

/** MDE is part of the total: 400 naming the MDE value when it exceeds it (rules/notification-dates.ts). */
function requireMdeWithinTotal(mdeCents: number, totalCents: number) {
  if (mdeExceedsTotal(mdeCents, totalCents))
    throw badRequest('The MDE value is part of the total: it cannot exceed it', [
      { path: 'mdeCents', message: `at most the total (${totalCents} cents)` },
    ]);
}

/** The latest LOR received among the cases a notification covers, or null. */
async function latestLorReceived(tx: Tx, notificationId: string): Promise<string | null> {
  const [row] = await tx
    .select({ on: sql<string | null>`max(${caseMilestones.onDate})` })
    .from(notificationCases)
    .innerJoin(caseMilestones, and(eq(caseMilestones.caseId, notificationCases.caseId), eq(caseMilestones.milestone, 'lor_received')))
    .where(eq(notificationCases.notificationId, notificationId));
  return row?.on ?? null;
}

async function coveredCaseIds(tx: Tx, notificationId: string): Promise<string[]> {
  const rows = await tx
    .select({ caseId: notificationCases.caseId })
    .from(notificationCases)
    .where(eq(notificationCases.notificationId, notificationId));
  return rows.map((r) => r.caseId);
}

/** A notice made, cleared, withdrawn or relinked changes which of its cases are withheld pending notification. */
async function refreshAfterNotice(tx: Tx, notificationId: string, alsoCases: readonly string[], asOf: string) {
  const caseIds = [...new Set([...(await coveredCaseIds(tx, notificationId)), ...alsoCases])];
  await preNotificationMarker.refresh(tx, caseIds, asOf);
}

async function clocksFor(tx: Tx, row: NotificationRow, action: string, date: string): Promise<Partial<NotificationRow>> {
  if (action === 'withdraw') return { withdrawnOn: date };
  if (action === 'clear') return { clearedOn: date };
  // A notice about another area's record carries the period its area's rule set when it was made.
  if (isSubjectNoticeKind(row.kind))
    return { formallyNotifiedOn: date, reviewEndsOn: row.reviewDays ? reviewEndsOn(date, row.reviewDays) : null };
  const context = await loadRuleContext(tx, [row.partnerCode]);
  const thresholds = thresholdsOn(context.thresholds, purchaserGroupOf(partnerGroupsOn(context, row.partnerCode, date)), date);
  if (action === 'send_tiered_review') {
    const days = thresholds?.tieredReviewDays ?? null;
    return { tieredReviewSentOn: date, tieredReviewDays: days, tieredReviewEndsOn: days ? reviewEndsOn(date, days) : null };
  }
  // Formal notice: the 36(b)(1) period for the purchaser's group on that day; a 36(b)(5)(C) report sets no period here.
  const days = row.kind === 'aeca_36b1' ? (thresholds?.reviewDays ?? null) : null;
  if (row.kind === 'aeca_36b1' && days === null)
    throw badRequest(`No AECA 36(b)(1) review period is in force on ${date}`, [{ path: 'date', message: 'no threshold row in force' }]);
  return { formallyNotifiedOn: date, reviewDays: days, reviewEndsOn: days ? reviewEndsOn(date, days) : null };
}

/** The cases a notification is to cover, read through the one access path; each must be the notification's purchaser's. */
async function casesToCover(tx: Tx, principal: Principal, partnerCode: string, caseIds: readonly string[]) {
  const found = new Map<string, RecordRow<typeof cases>>();
  for (const row of await permittedRows(tx, principal, CASE.read, caseIds)) found.set(row.id, row);
  const covered = [];
  for (const [index, caseId] of caseIds.entries()) {
    const row = found.get(caseId);
    if (!row) throw badRequest('Unknown case', [{ path: `caseIds.${index}`, message: `no case ${caseId} within your scope` }]);
    if (row.partnerCode !== partnerCode)
      throw badRequest('A notification covers one purchaser', [
        { path: `caseIds.${index}`, message: `${row.identifier} belongs to ${row.partnerCode}, not ${partnerCode}` },
      ]);
    covered.push({ id: row.id, identifier: row.identifier, ...(await caseValues(tx, row.id)) });
  }
  return covered;
}

async function summedValues(_tx: Tx, covered: { mdeCents: number; totalCents: number }[]) {
  return { mdeCents: covered.reduce((s, c) => s + c.mdeCents, 0), totalCents: covered.reduce((s, c) => s + c.totalCents, 0) };
}

/** Numbers a notice within its kind: 36(b)(5)(C) reports `YY-0X`, every other kind its own `YY-NN` series. */
export async function assignTransmittal(tx: Tx, kind: NotificationKind, requested: string | null): Promise<string> {
  const format = kind === 'aeca_36b5c' ? 'aeca_36b5c' : 'aeca_36b1';
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('iops.transmittal_numbers'))`);
  if (requested) {
    if (!isTransmittalNumber(format, requested)) {
      throw badRequest('Malformed transmittal number', [
        { path: 'transmittalNumber', message: format === 'aeca_36b1' ? 'YY-NN, e.g. 24-45' : 'YY-0X, e.g. 24-0J' },
      ]);
    }
    const [taken] = await tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.kind, kind), eq(notifications.transmittalNumber, requested)));
    if (taken)
      throw new AppError(409, 'conflict', `Transmittal ${requested} is already used`, [
        { path: 'transmittalNumber', message: 'already used' },
      ]);
    return requested;
  }
  const today = todayIso();
  const used = await tx
    .select({ n: notifications.transmittalNumber })
    .from(notifications)
    .where(and(eq(notifications.kind, kind), ilike(notifications.transmittalNumber, `${today.slice(2, 4)}-%`)));
  const next = nextTransmittalNumber(
    format,
    today,
    used.map((u) => u.n),
  );
  if (!next) throw conflict(`The ${today.slice(0, 4)} series of 36(b)(5)(C) transmittals (0A–0Z) is used up; enter the number`);
  return next;
}

/** The other areas' records a notice is about, as it shows and links them. */
async function subjectsOf(db: Db | Tx, notificationId: string) {
  return db
    .select({
      type: notificationSubjects.subjectType,
      id: notificationSubjects.subjectId,
      label: notificationSubjects.label,
      link: notificationSubjects.link,
    })
    .from(notificationSubjects)
    .where(eq(notificationSubjects.notificationId, notificationId))
    .orderBy(asc(notificationSubjects.label));
}

export async function coveredCases(db: Db | Tx, ids: string[]) {
  const byNotification = new Map<
    string,
    { id: string; identifier: string; title: string; status: string; loaVersionNumber: number | null }[]
  >();
  if (!ids.length) return byNotification;
  const rows = await db
    .select({
      notificationId: notificationCases.notificationId,
      id: cases.id,
      identifier: cases.identifier,
      title: cases.title,
      status: cases.status,
      loaVersionNumber: notificationCases.loaVersionNumber,
    })
    .from(notificationCases)
    .innerJoin(cases, eq(cases.id, notificationCases.caseId))
    .where(inArray(notificationCases.notificationId, ids))
    .orderBy(asc(cases.identifier));
  for (const { notificationId, ...c } of rows) byNotification.set(notificationId, [...(byNotification.get(notificationId) ?? []), c]);
  return byNotification;
}

/** Notifications covering a case that are still live (not withdrawn), newest first. */
export async function notificationsForCase(db: Db | Tx, caseId: string) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      transmittalNumber: notifications.transmittalNumber,
      status: notifications.status,
      reviewEndsOn: notifications.reviewEndsOn,
      formallyNotifiedOn: notifications.formallyNotifiedOn,
      totalCents: notifications.totalCents,
    })
    .from(notificationCases)
    .innerJoin(notifications, eq(notifications.id, notificationCases.notificationId))
    .where(and(eq(notificationCases.caseId, caseId), ne(notifications.status, 'withdrawn')))
    .orderBy(desc(notifications.createdAt));
}

const auditable = (row: NotificationRow) => ({
  kind: row.kind,
  transmittalNumber: row.transmittalNumber,
  partnerCode: row.partnerCode,
  description: row.description,
  mdeCents: row.mdeCents,
  totalCents: row.totalCents,
  designConstructionCents: row.designConstructionCents,
  status: row.status,
});

function view(
  { access: _access, ...row }: NotificationRow & { access?: unknown },
  covered: { id: string; identifier: string; title: string; status: string; loaVersionNumber: number | null }[],
) {
  return {
    ...row,
    withheld: false as const,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    cases: covered,
  };
}
