// What of the agency's records a partner sees (shared/domain.md §12, issue 17): case status, the issued LOA and its
// payment schedule, the public milestones, deliveries, EUM; never internal notes, review comments, quality findings,
// internal milestones or any marked record.

/** Statuses of a case before its offer are, to the partner, one: the LOA is being developed. */
const IN_DEVELOPMENT = new Set(['draft', 'in_review', 'returned', 'approved']);

export type PartnerCaseStatus =
  | 'in_development'
  | 'offered'
  | 'offer_expired'
  | 'accepted'
  | 'implemented'
  | 'supply_complete'
  | 'closed'
  | 'cancelled';

export const partnerCaseStatus = (status: string): PartnerCaseStatus =>
  (IN_DEVELOPMENT.has(status) ? 'in_development' : status) as PartnerCaseStatus;

/**
 * The case milestones the purchaser takes part in or is told of (SAMM C5: LOR received and complete, offer, its
 * expiration, acceptance, implementation, supply complete, closure); the agency's own steps (LOA data, MILAP, case
 * written, CWD review, State coordination, congressional notification) are internal milestones.
 */
export const PARTNER_MILESTONES = [
  'lor_received',
  'lor_complete',
  'offered',
  'offer_expiration',
  'accepted',
  'implemented',
  'supply_complete',
  'closed',
] as const;
