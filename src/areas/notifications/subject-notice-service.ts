import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { AreaId } from '../../platform/access/areas.ts';
import { decide, type Principal } from '../../platform/access/policy.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { badRequest, forbidden } from '../../platform/http/errors.ts';
import { assignTransmittal } from './notification-service.ts';
import type { SubjectNoticeKind } from './rules/notification-status.ts';
import { notificationSubjects, notifications } from './schema.ts';

/** The area whose records each kind of notice is about: its writers draft the notice as part of their own work. */
const SUBJECT_AREAS: Record<SubjectNoticeKind, AreaId> = { faa_516f: 'eda', aeca_62a: 'leases', section_333: 'capacity-building' };

export interface SubjectNoticeInput {
  kind: SubjectNoticeKind;
  partnerCode: string;
  /** The record the notice is about, e.g. `{ type: 'eda_request', id, label: 'PL EDA request 2026-003', link: '/eda/requests/…' }`. */
  subject: { type: string; id: string; label: string; link?: string | null };
  description: string;
  mdeCents: number;
  totalCents: number;
  /** The review period, decided by the calling area's own rule (EDA 516(f): 30 days; a lease: 15 or 30 days). */
  reviewDays: number;
  /** One-line citation of the rule that set `reviewDays`. */
  reviewSource: string;
}

/**
 * A draft notice about another area's record, made inside the caller's transaction and audited there. From then on it
 * is a notification like any other: listed, numbered, moved through `notify_formally` and `clear`, its period a deadline.
 */
export async function createSubjectNotice(tx: Tx, principal: Principal, input: SubjectNoticeInput) {
  // Drafting is the program office's step (an EDA request approved, a lease to certify); formal notice, clearing and
  // withdrawal stay with those who may write notifications.
  const target = { countryCode: input.partnerCode };
  const mayDraft = [SUBJECT_AREAS[input.kind], 'notifications' as const].map((area) => decide(principal, 'write', { area, ...target }));
  const refusal = mayDraft.find((d) => !d.allowed);
  if (!mayDraft.some((d) => d.allowed))
    throw forbidden(`Not allowed to draft this notice: ${refusal && 'reason' in refusal ? refusal.reason : ''}`);
  if (!Number.isInteger(input.reviewDays) || input.reviewDays < 1)
    throw badRequest('A notice needs its review period', [{ path: 'reviewDays', message: 'a whole number of days, at least 1' }]);
  if (input.mdeCents > input.totalCents)
    throw badRequest('The MDE value is part of the total: it cannot exceed it', [
      { path: 'mdeCents', message: `at most the total (${input.totalCents} cents)` },
    ]);
  const transmittalNumber = await assignTransmittal(tx, input.kind, null);
  const [row] = await tx
    .insert(notifications)
    .values({
      kind: input.kind,
      transmittalNumber,
      partnerCode: input.partnerCode,
      description: input.description,
      mdeCents: input.mdeCents,
      totalCents: input.totalCents,
      reviewDays: input.reviewDays,
      reviewSource: input.reviewSource,
    })
    .returning();
  const { type, id, label, link } = input.subject;
  await tx.insert(notificationSubjects).values({ notificationId: row!.id, subjectType: type, subjectId: id, label, link: link ?? null });
  await appendAudit(tx, principal, {
    entityType: 'notification',
    action: 'notification.created',
    entityId: row!.id,
    countryCode: row!.partnerCode,
    after: {
      kind: row!.kind,
      transmittalNumber,
      partnerCode: row!.partnerCode,
      description: row!.description,
      mdeCents: row!.mdeCents,
      totalCents: row!.totalCents,
      reviewDays: input.reviewDays,
      reviewSource: input.reviewSource,
      subject: { type, id, label },
    },
  });
  return { id: row!.id, transmittalNumber };
}

/** The notices about one record of another area (any status), newest first; the caller has already checked its access. */
export async function noticesForSubject(db: Db | Tx, subjectType: string, subjectId: string) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      transmittalNumber: notifications.transmittalNumber,
      status: notifications.status,
      formallyNotifiedOn: notifications.formallyNotifiedOn,
      reviewDays: notifications.reviewDays,
      reviewEndsOn: notifications.reviewEndsOn,
      clearedOn: notifications.clearedOn,
      withdrawnOn: notifications.withdrawnOn,
    })
    .from(notificationSubjects)
    .innerJoin(notifications, eq(notifications.id, notificationSubjects.notificationId))
    .where(and(eq(notificationSubjects.subjectType, subjectType), eq(notificationSubjects.subjectId, subjectId)))
    .orderBy(desc(notifications.createdAt));
}
