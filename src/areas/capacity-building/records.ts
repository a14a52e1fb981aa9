// The capacity-building records the access policy decides on. A proposal belongs to its partner; a case review belongs
// to its case's partner and carries that case's markings (a review never shows a case withheld from its reader).
import { or, sql } from 'drizzle-orm';
import { byId, permission, type RecordKind } from '../../platform/access/require-access.ts';
import { caseMarkingsOf } from '../cases/public.ts';
import { cbProposals, cbReviews } from './schema.ts';

export const AREA = 'capacity-building' as const;

export const proposalRecords: RecordKind<typeof cbProposals> = {
  name: 'Proposal',
  area: AREA,
  table: cbProposals,
  match: (refs) => or(byId(cbProposals.id)(refs), sql`${cbProposals.reference} = any(${sql.param([...refs])}::text[])`)!,
  partner: cbProposals.partnerCode,
};

export const reviewRecords: RecordKind<typeof cbReviews> = {
  name: 'Case review',
  area: AREA,
  table: cbReviews,
  match: byId(cbReviews.id),
  partner: cbReviews.partnerCode,
  markings: caseMarkingsOf(cbReviews.caseId),
};

export const PROPOSAL = { read: permission(proposalRecords, 'read'), write: permission(proposalRecords, 'write') };
export const REVIEW = { read: permission(reviewRecords, 'read'), write: permission(reviewRecords, 'write') };
