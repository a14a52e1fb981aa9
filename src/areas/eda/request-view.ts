import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { roleAllows } from '../../platform/access/permissions.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { cases } from '../cases/public.ts';
import { groupsOn, membershipsOf } from '../countries/public.ts';
import { edaNotices } from './notices.ts';
import { edaNotice } from './rules/eda-rules.ts';
import { allowedActions, type RequestStatus } from './rules/request-status.ts';
import { flankPriority } from './rules/transfer-rules.ts';
import { currentValueCents, originalAcquisitionValueCents } from './rules/value.ts';
import { edaDeclarations, type edaRequests, edaReviewOffices, edaReviews } from './schema.ts';

export type RequestRow = typeof edaRequests.$inferSelect;
type DeclarationRow = typeof edaDeclarations.$inferSelect;

/**
 * Review comments and who answered are internal to the interagency review: shown to those who write EDA and to
 * auditors, not to readers such as a partner's portfolio director.
 */
export const seesInternal = (principal: Principal) => roleAllows(principal.roles, 'eda', 'write') || principal.roles.includes('auditor');

/** One request as lists show it: its declaration's essentials, values and flags. */
export async function requestItems(db: Db | Tx, rows: readonly RequestRow[], asOf: string) {
  if (!rows.length) return [];
  const declarations = await db
    .select()
    .from(edaDeclarations)
    .where(
      inArray(
        edaDeclarations.id,
        rows.map((r) => r.declarationId),
      ),
    );
  const byId = new Map(declarations.map((d) => [d.id, d]));
  const caseIds = rows.flatMap((r) => (r.caseId ? [r.caseId] : []));
  const linked = caseIds.length
    ? await db.select({ id: cases.id, identifier: cases.identifier }).from(cases).where(inArray(cases.id, caseIds))
    : [];
  const identifiers = new Map(linked.map((c) => [c.id, c.identifier]));
  const memberships = await membershipsOf(db, [...new Set(rows.map((r) => r.partnerCode))]);
  return rows.map((row) =>
    itemOf(row, byId.get(row.declarationId)!, identifiers.get(row.caseId ?? '') ?? null, groupsOn(memberships, row.partnerCode, asOf)),
  );
}

function itemOf(row: RequestRow, declaration: DeclarationRow, caseIdentifier: string | null, groups: string[]) {
  const quantity = row.authorizedQuantity ?? row.quantity;
  return {
    id: row.id,
    reference: row.reference,
    partnerCode: row.partnerCode,
    authority: row.authority,
    quantity: row.quantity,
    justification: row.justification,
    pchtPaidBy: row.pchtPaidBy,
    agencyCode: row.agencyCode,
    status: row.status,
    statusOn: row.statusOn,
    ccmdProposal: row.ccmdProposal,
    noIndustryInitiative: row.noIndustryInitiative,
    noReadinessImpact: row.noReadinessImpact,
    mtcrChecked: row.mtcrChecked,
    allocationMemoOn: row.allocationMemoOn,
    currentValuePercent: row.currentValueBasisPoints === null ? null : row.currentValueBasisPoints / 100,
    reviewRound: row.reviewRound,
    reviewDueOn: row.reviewDueOn,
    committeeDecidedOn: row.committeeDecidedOn,
    caseId: row.caseId,
    caseIdentifier,
    authorizedQuantity: row.authorizedQuantity,
    authorizedValueCents: row.authorizedValueCents,
    fiscalYear: row.fiscalYear,
    authorizedOn: row.authorizedOn,
    transferredOn: row.transferredOn,
    version: row.version,
    declaration: {
      id: declaration.id,
      reference: declaration.reference,
      nomenclature: declaration.nomenclature,
      nsn: declaration.nsn,
      maslNumber: declaration.maslNumber,
      conditionCode: declaration.conditionCode,
      unitAcquisitionValueCents: declaration.unitAcquisitionValueCents,
      sme: declaration.sme,
      mde: declaration.mde,
      ship: declaration.ship,
    },
    originalAcquisitionValueCents: originalAcquisitionValueCents(quantity, declaration.unitAcquisitionValueCents),
    currentValueCents:
      row.currentValueBasisPoints === null
        ? null
        : currentValueCents(quantity, declaration.unitAcquisitionValueCents, row.currentValueBasisPoints),
    priority: flankPriority(groups),
    allowedActions: allowedActions(row.status as RequestStatus),
  };
}

/** The request's page: its list item, the value's who and why, every review round, the 516(f) determination and notices. */
export async function requestDetail(db: Db | Tx, principal: Principal, row: RequestRow, asOf: string) {
  const [item] = await requestItems(db, [row], asOf);
  const internal = seesInternal(principal);
  const reviews = await db
    .select({ review: edaReviews, officeName: edaReviewOffices.name })
    .from(edaReviews)
    .innerJoin(edaReviewOffices, eq(edaReviewOffices.code, edaReviews.officeCode))
    .where(eq(edaReviews.requestId, row.id))
    .orderBy(asc(edaReviews.round), asc(edaReviews.officeCode));
  const rounds = new Map<number, { round: number; changedFields: string[]; reviews: ReviewItem[] }>();
  for (const { review, officeName } of reviews) {
    const round = rounds.get(review.round) ?? { round: review.round, changedFields: review.changedFields, reviews: [] };
    round.reviews.push({
      officeCode: review.officeCode,
      officeName,
      decision: review.decision,
      carried: review.carried,
      comments: internal ? review.comments : null,
      decidedBy: internal ? review.decidedBy : null,
      decidedOn: review.decidedOn,
    });
    rounds.set(review.round, round);
  }
  const notice = edaNotice({
    originalAcquisitionValueCents: item!.originalAcquisitionValueCents,
    sme: item!.declaration.sme,
    asOf,
  });
  return {
    ...item!,
    currentValueReason: row.currentValueReason,
    currentValueSetBy: row.currentValueSetBy,
    reviewRounds: [...rounds.values()],
    notice: { required: notice.noticeRequired, days: notice.noticeDays, reasons: notice.reasons },
    notices: await edaNotices(db, row.id),
  };
}

interface ReviewItem {
  officeCode: string;
  officeName: string;
  decision: 'pending' | 'concur' | 'object';
  carried: boolean;
  comments: string | null;
  decidedBy: string | null;
  decidedOn: string | null;
}
