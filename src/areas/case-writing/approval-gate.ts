import { and, count, eq, isNull } from 'drizzle-orm';
import type { ApprovalGate } from '../cases/public.ts';
import { reviewComments } from './schema.ts';

/** CWD review: an LOA is approved once the reviewers' comments are resolved (or over them, with a reason, audited). */
export const openCommentsGate: ApprovalGate = {
  name: 'open-review-comments',
  async check(db, caseId) {
    const [open] = await db
      .select({ n: count() })
      .from(reviewComments)
      .where(and(eq(reviewComments.caseId, caseId), isNull(reviewComments.resolvedAt)));
    const n = open?.n ?? 0;
    return n ? `${n} review comment${n === 1 ? ' is' : 's are'} still open` : null;
  },
};
