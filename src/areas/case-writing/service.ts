import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { decide, type Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere, unlessWithheld, withheldSql } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { badRequest, notFound } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { caseMilestones, cases, loaLines, loaNotes, loaVersions, WITHHELD } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { REVIEW } from './records.ts';
import { commentInput } from './review-model.ts';
import { reviewComments } from './schema.ts';

/** Reviewers comment as Case Writing; writers answer as Cases: whichever the principal's roles let them write in. */
const commenting = (principal: Principal) =>
  decide(principal, 'write', { area: 'case-writing' }).allowed ? REVIEW.comment : REVIEW.answer;

/** Reviewers comment on a line, a note or the LOA as a whole; writers answer in the same thread. */
export async function addReviewComment(db: Db, principal: Principal, caseRef: string, raw: unknown) {
  const input = parseInput(commentInput, raw);
  requireArea(principal, 'read', 'case-writing');
  const row = await requireRecord(db, principal, commenting(principal), caseRef);
  return db.transaction(async (tx) => {
    await requireCommentTarget(tx, row, input);
    const [comment] = await tx
      .insert(reviewComments)
      .values({ ...input, caseId: row.id, authorId: principal.userId, authorName: principal.username })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'review_comment',
      action: 'review_comment.added',
      entityId: comment!.id,
      countryCode: row.partnerCode,
      after: comment,
    });
    return comment!;
  });
}

/** A comment names a version of this case's LOA, and a line or note that version has: never one that does not exist. */
async function requireCommentTarget(
  tx: Db,
  row: { id: string; identifier: string },
  target: { versionNumber: number; lineNumber: string | null; noteCode: string | null },
) {
  const field = (path: string, message: string) => badRequest(`The comment names ${message}`, [{ path, message }]);
  const [version] = await tx
    .select({ id: loaVersions.id })
    .from(loaVersions)
    .where(and(eq(loaVersions.caseId, row.id), eq(loaVersions.number, target.versionNumber)));
  if (!version) throw field('versionNumber', `no version ${target.versionNumber} of ${row.identifier}`);
  if (target.lineNumber) {
    const [line] = await tx
      .select({ id: loaLines.id })
      .from(loaLines)
      .where(and(eq(loaLines.versionId, version.id), eq(loaLines.lineNumber, target.lineNumber)));
    if (!line) throw field('lineNumber', `no line ${target.lineNumber} in version ${target.versionNumber}`);
  }
  if (target.noteCode) {
    const [note] = await tx
      .select({ id: loaNotes.id })
      .from(loaNotes)
      .where(and(eq(loaNotes.versionId, version.id), eq(loaNotes.code, target.noteCode)));
    if (!note) throw field('noteCode', `no note ${target.noteCode} in version ${target.versionNumber}`);
  }
}

/** The review comments on a case: read in Case Writing, of a case the reader may see. */
export async function listReviewComments(db: Db, principal: Principal, caseRef: string) {
  const row = await requireRecord(db, principal, REVIEW.read, caseRef);
  return db.select().from(reviewComments).where(eq(reviewComments.caseId, row.id)).orderBy(asc(reviewComments.createdAt));
}

/** Marks an open comment resolved. */
export async function resolveReviewComment(db: Db, principal: Principal, caseRef: string, commentId: string) {
  return setCommentResolved(db, principal, caseRef, commentId, true);
}

/** Opens a resolved comment again: the exact inverse of resolving it (an undo, or a point the writer must look at again). */
export async function reopenReviewComment(db: Db, principal: Principal, caseRef: string, commentId: string) {
  return setCommentResolved(db, principal, caseRef, commentId, false);
}

async function setCommentResolved(db: Db, principal: Principal, caseRef: string, commentId: string, resolved: boolean) {
  return db.transaction(async (tx) => {
    const row = await requireRecord(tx, principal, commenting(principal), caseRef, { lock: true });
    const [comment] = await tx
      .update(reviewComments)
      .set({ resolvedAt: resolved ? new Date() : null })
      .where(
        and(
          eq(reviewComments.id, commentId),
          eq(reviewComments.caseId, row.id),
          resolved ? isNull(reviewComments.resolvedAt) : isNotNull(reviewComments.resolvedAt),
        ),
      )
      .returning();
    if (!comment) throw notFound(resolved ? 'Open comment' : 'Resolved comment');
    await appendAudit(tx, principal, {
      entityType: 'review_comment',
      action: resolved ? 'review_comment.resolved' : 'review_comment.reopened',
      entityId: commentId,
      countryCode: row.partnerCode,
    });
    return comment;
  });
}

/**
 * The CWD review queue: cases waiting for review, oldest submission first, partners in scope only. A case withheld
 * from the reader (pending congressional notification) is listed masked: it shows only that it exists.
 */
export async function reviewQueue(db: Db, principal: Principal) {
  requireArea(principal, 'read', 'case-writing');
  const shown = <T>(value: Parameters<typeof unlessWithheld>[2]) => unlessWithheld<T>(principal, cases.markings, value);
  const rows = await db
    .select({
      id: cases.id,
      withheld: withheldSql(principal, cases.markings),
      identifier: cases.identifier,
      partnerCode: cases.partnerCode,
      partnerName: partners.name,
      title: cases.title,
      totalCents: cases.totalCents,
      submittedOn: caseMilestones.onDate,
      openComments: sql<number>`(select count(*)::int from ${reviewComments} c where c.case_id = ${cases.id} and c.resolved_at is null)`,
    })
    .from(cases)
    .innerJoin(partners, eq(partners.code, cases.partnerCode))
    .leftJoin(caseMilestones, and(eq(caseMilestones.caseId, cases.id), eq(caseMilestones.milestone, 'case_written')))
    .where(and(eq(cases.status, 'in_review'), scopeWhere(principal, cases.partnerCode)))
    .orderBy(asc(shown<string>(caseMilestones.onDate)), asc(shown<string>(cases.identifier)), asc(cases.id));
  return rows.map(({ withheld, ...row }) => (withheld ? maskedQueueItem(row.id) : { ...row, withheld: false as const }));
}

const maskedQueueItem = (id: string) => ({
  id,
  withheld: true as const,
  identifier: 'Withheld' as const,
  partnerCode: null,
  partnerName: null,
  title: WITHHELD,
  totalCents: null,
  submittedOn: null,
  openComments: null,
});
