import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { notFound } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { caseMilestones, cases, commentInput, findCase, reviewComments } from '../cases/public.ts';
import { partners } from '../countries/public.ts';

/** Reviewers comment on a line, a note or the LOA as a whole; writers answer in the same thread. */
export async function addReviewComment(db: Db, principal: Principal, caseRef: string, raw: unknown) {
  const input = parseInput(commentInput, raw);
  const row = await findCase(db, principal, caseRef);
  requireArea(principal, 'read', 'case-writing', row.partnerCode);
  requireAnyWrite(principal, row.partnerCode);
  return db.transaction(async (tx) => {
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

function requireAnyWrite(principal: Principal, partnerCode: string) {
  try {
    requireArea(principal, 'write', 'case-writing', partnerCode);
  } catch {
    requireArea(principal, 'write', 'cases', partnerCode);
  }
}

export async function listReviewComments(db: Db, principal: Principal, caseRef: string) {
  const row = await findCase(db, principal, caseRef);
  return db.select().from(reviewComments).where(eq(reviewComments.caseId, row.id)).orderBy(asc(reviewComments.createdAt));
}

export async function resolveReviewComment(db: Db, principal: Principal, caseRef: string, commentId: string) {
  const row = await findCase(db, principal, caseRef);
  requireAnyWrite(principal, row.partnerCode);
  return db.transaction(async (tx) => {
    const [comment] = await tx
      .update(reviewComments)
      .set({ resolvedAt: new Date() })
      .where(and(eq(reviewComments.id, commentId), eq(reviewComments.caseId, row.id), isNull(reviewComments.resolvedAt)))
      .returning();
    if (!comment) throw notFound('Open comment');
    await appendAudit(tx, principal, {
      entityType: 'review_comment',
      action: 'review_comment.resolved',
      entityId: commentId,
      countryCode: row.partnerCode,
    });
    return comment;
  });
}

/** The CWD review queue: cases waiting for review, oldest submission first. */
export async function reviewQueue(db: Db, principal: Principal) {
  requireArea(principal, 'read', 'case-writing');
  return db
    .select({
      id: cases.id,
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
    .orderBy(asc(caseMilestones.onDate), asc(cases.identifier));
}
