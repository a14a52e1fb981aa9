import { and, asc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { todayIso } from '../../platform/dates.ts';
import type { DeadlineSourceDef, DeadlineWindow } from '../../platform/deadlines/source.ts';
import { edaDeclarations, edaRequests, edaReviews } from './schema.ts';

/** No limit: the calendar pages by asking each source for its earliest clocks only when it says how many. */
const ALL = 1_000_000;

// The FAA 516(f) notice period is the notifications area's clock ("formal review period ends"): not repeated here.

/**
 * Declared articles becoming available while some of the quantity is not yet authorised to a partner. A date that has
 * passed is met, not overdue: only those still to come are listed.
 */
async function availability(db: Db, _principal: Principal, window: DeadlineWindow) {
  const from = window.from && window.from > todayIso() ? window.from : todayIso();
  const conditions: (SQL | undefined)[] = [
    lte(edaDeclarations.availableOn, window.to),
    gte(edaDeclarations.availableOn, from),
    sql`${edaDeclarations.quantity} > coalesce((select sum(r.authorized_quantity) from ${edaRequests} r
          where r.declaration_id = ${edaDeclarations.id} and r.status in ('authorized', 'transferred')), 0)`,
  ];
  const rows = await db
    .select({
      id: edaDeclarations.id,
      reference: edaDeclarations.reference,
      nomenclature: edaDeclarations.nomenclature,
      due: edaDeclarations.availableOn,
    })
    .from(edaDeclarations)
    .where(and(...conditions))
    .orderBy(asc(edaDeclarations.availableOn), asc(edaDeclarations.id))
    .limit(window.limit ?? ALL);
  return rows.map((r) => ({
    id: `eda.available:${r.id}`,
    area: 'eda' as const,
    kind: 'eda.available',
    title: `${r.reference} ${r.nomenclature}: available`,
    dueDate: r.due,
    partnerCode: null,
    entityType: 'eda_declaration',
    entityId: r.id,
    link: `/eda/declarations/${r.id}`,
    source: 'Availability date in the military department’s excess declaration (SAMM C11)',
  }));
}

/** Reviewing offices that have not answered the current round, by the date the request set for answers. */
async function reviewsOutstanding(db: Db, principal: Principal, window: DeadlineWindow) {
  const conditions: (SQL | undefined)[] = [
    eq(edaRequests.status, 'in_review'),
    eq(edaReviews.decision, 'pending'),
    lte(edaRequests.reviewDueOn, window.to),
    window.from ? gte(edaRequests.reviewDueOn, window.from) : undefined,
    scopeWhere(principal, edaRequests.partnerCode),
  ];
  const rows = await db
    .select({
      id: edaRequests.id,
      reference: edaRequests.reference,
      partnerCode: edaRequests.partnerCode,
      round: edaRequests.reviewRound,
      office: edaReviews.officeCode,
      due: edaRequests.reviewDueOn,
    })
    .from(edaRequests)
    .innerJoin(edaReviews, and(eq(edaReviews.requestId, edaRequests.id), eq(edaReviews.round, edaRequests.reviewRound)))
    .where(and(...conditions))
    .orderBy(asc(edaRequests.reviewDueOn), asc(edaRequests.id), asc(edaReviews.officeCode))
    .limit(window.limit ?? ALL);
  return rows.map((r) => ({
    id: `eda.review_due:${r.id}:${r.office}`,
    area: 'eda' as const,
    kind: 'eda.review_due',
    title: `${r.reference}: ${r.office} review (round ${r.round}) due`,
    dueDate: r.due!,
    partnerCode: r.partnerCode,
    entityType: 'eda_request',
    entityId: r.id,
    link: `/eda/requests/${r.id}`,
    source: 'EDA interagency review: the answer date set when the round opened (IOPS policy, SAMM C11)',
  }));
}

export const edaDeadlineSources: DeadlineSourceDef[] = [
  { area: 'eda', kind: 'eda.available', label: 'Excess articles become available', list: availability },
  { area: 'eda', kind: 'eda.review_due', label: 'EDA interagency review answer due', list: reviewsOutstanding },
];
