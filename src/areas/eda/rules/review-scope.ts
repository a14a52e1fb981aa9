// Which reviewing offices a change to an EDA request sends back to review. A policy choice of IOPS (no source sets
// it): an office re-reviews what it is in the interagency review to judge (SAMM C11.3 roles; DSCA 24-63). The
// administrator's added offices review every change that reaches "all".

/** The offices shipped with IOPS (an administrator adds others: the eda_review_offices table). */
export const STANDARD_OFFICES = ['STATE_PM_RSAT', 'COMMERCE', 'DOD_POLICY', 'IMPLEMENTING_AGENCY'] as const;

/** The terms of a request that can change between review rounds. */
export const REVIEWED_FIELDS = [
  'quantity',
  'currentValue',
  'authority',
  'mtcrChecked',
  'noIndustryInitiative',
  'noReadinessImpact',
  'pchtPaidBy',
] as const;
export type ReviewedField = (typeof REVIEWED_FIELDS)[number];

/** `all`: every active office, those an administrator added included. */
export const REVIEW_SCOPE: Record<ReviewedField, 'all' | readonly string[]> = {
  quantity: 'all',
  currentValue: 'all',
  authority: 'all',
  // The MTCR check is missile-technology export policy: State (PM) and DoD policy.
  mtcrChecked: ['STATE_PM_RSAT', 'DOD_POLICY'],
  // A U.S. industry initiative to sell the same articles: Commerce, and the IA that knows the programme.
  noIndustryInitiative: ['COMMERCE', 'IMPLEMENTING_AGENCY'],
  // Readiness is the military department's and DoD policy's to judge.
  noReadinessImpact: ['DOD_POLICY', 'IMPLEMENTING_AGENCY'],
  // Who pays packing, crating, handling and transport: the IA prices it on the LOA.
  pchtPaidBy: ['IMPLEMENTING_AGENCY'],
};

export interface PriorReview {
  officeCode: string;
  decision: 'pending' | 'concur' | 'object';
}

/**
 * The offices that review again after a re-submission: those the changed fields touch, every office that objected
 * (its objection is what the change answers), and any office that had not answered yet. The others' concurrences carry.
 */
export function officesToReview(changed: readonly ReviewedField[], activeOffices: readonly string[], prior: readonly PriorReview[]) {
  const touched = new Set<string>();
  for (const field of changed) {
    const scope = REVIEW_SCOPE[field];
    for (const office of scope === 'all' ? activeOffices : scope) if (activeOffices.includes(office)) touched.add(office);
  }
  for (const review of prior) if (review.decision !== 'concur' && activeOffices.includes(review.officeCode)) touched.add(review.officeCode);
  for (const office of activeOffices) if (!prior.some((r) => r.officeCode === office)) touched.add(office);
  return {
    reopened: activeOffices.filter((o) => touched.has(o)),
    carried: prior.filter((r) => !touched.has(r.officeCode) && r.decision === 'concur').map((r) => r.officeCode),
  };
}

/** One objection blocks; the Committee may decide only when every office of the round concurred. */
export function reviewOutcome(round: readonly PriorReview[]): 'objected' | 'pending' | 'concurred' {
  if (round.some((r) => r.decision === 'object')) return 'objected';
  if (round.some((r) => r.decision === 'pending')) return 'pending';
  return 'concurred';
}
