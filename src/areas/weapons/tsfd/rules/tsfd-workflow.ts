// TSFD requests (shared/domain.md §10): the ATTR SSG's review processes, each reviewing body's determination (approved,
// approved with conditions, denied), and the rule that required TSFD approvals come before any P&A or LOA for
// classified items, started by a Pre-LOR Assessment Request (DSCA 16-26, 25-16). Timelines are [open]: none here.

export const TSFD_STATUSES = ['received', 'in_review', 'approved', 'approved_with_conditions', 'denied', 'withdrawn'] as const;
export type TsfdStatus = (typeof TSFD_STATUSES)[number];

export const TSFD_DETERMINATIONS = ['approved', 'approved_with_conditions', 'denied'] as const;
export type TsfdDetermination = (typeof TSFD_DETERMINATIONS)[number];

export const TSFD_STATUS_LABELS: Record<TsfdStatus, string> = {
  received: 'Pre-LOR Assessment Request received',
  in_review: 'In review',
  approved: 'Approved',
  approved_with_conditions: 'Approved with conditions',
  denied: 'Denied',
  withdrawn: 'Withdrawn',
};

export const TSFD_GATE_SOURCE = 'DSCA 16-26, 25-16: required TSFD approvals come before any P&A or LOA for classified items';

/** Open statuses: reviewing bodies may be referred to and determinations recorded; the request may be withdrawn. */
export const OPEN_TSFD_STATUSES: readonly TsfdStatus[] = ['received', 'in_review'];
export const APPROVED_TSFD_STATUSES: readonly TsfdStatus[] = ['approved', 'approved_with_conditions'];

export interface ReviewState {
  body: string;
  determination: TsfdDetermination | null;
  conditions: string;
}

/**
 * The request's outcome from its reviews: still in review while any body has not determined; otherwise denied when any
 * body denied, approved with conditions when any set conditions, approved when all approved outright.
 */
export function outcomeOf(reviews: readonly ReviewState[]): TsfdStatus {
  if (!reviews.length) return 'received';
  if (reviews.some((r) => r.determination === null)) return 'in_review';
  if (reviews.some((r) => r.determination === 'denied')) return 'denied';
  if (reviews.some((r) => r.determination === 'approved_with_conditions')) return 'approved_with_conditions';
  return 'approved';
}

/** The conditions the LOA must carry: each approving-with-conditions body's text, in the order of the bodies. */
export const conditionsOf = (reviews: readonly ReviewState[]) =>
  reviews
    .filter((r) => r.determination === 'approved_with_conditions' && r.conditions.trim())
    .map((r) => `${r.body}: ${r.conditions.trim()}`);

/** The code of the LOA note TSFD conditions are carried in (one note for all of a case's TSFD conditions). */
export const TSFD_NOTE_CODE = 'TSFD';

export function tsfdNoteText(conditions: readonly string[]): string {
  return [
    'Release of the technology on this LOA is subject to the following technology security and foreign disclosure (TSFD) conditions:',
    ...conditions.map((c, i) => `${i + 1}. ${c}`),
  ].join('\n');
}

/**
 * Why a case (or LOR) whose system needs TSFD cannot move on yet, or null. Said to users who may not hold the `tsfd`
 * marking (case writers): so it names no request, system, body or condition, only that a review is outstanding, denied,
 * or that its conditions are not yet in the LOA notes.
 */
/** Before LOA development starts from a LOR (a case opened): every live TSFD request approved, none denied. */
export function tsfdOpeningBlocker(requests: readonly { status: TsfdStatus }[]): string | null {
  const live = requests.filter((r) => r.status !== 'withdrawn');
  if (!live.length) return null;
  const denied = live.filter((r) => r.status === 'denied').length;
  if (denied) return `a required TSFD determination denied the release (${TSFD_GATE_SOURCE})`;
  const pending = live.filter((r) => !APPROVED_TSFD_STATUSES.includes(r.status)).length;
  if (pending)
    return `${pending} required TSFD review${pending > 1 ? 's are' : ' is'} not yet approved; ask the Weapons directorate (${TSFD_GATE_SOURCE})`;
  return null;
}

export function tsfdGateBlocker(
  requests: readonly { status: TsfdStatus; conditions: readonly string[] }[],
  loaNotes: readonly { code: string; text: string }[],
): string | null {
  const unapproved = tsfdOpeningBlocker(requests);
  if (unapproved) return unapproved;
  const live = requests.filter((r) => r.status !== 'withdrawn');
  const note = loaNotes.find((n) => n.code === TSFD_NOTE_CODE)?.text ?? '';
  const missing = live.flatMap((r) => r.conditions).filter((c) => !note.includes(c)).length;
  if (missing)
    return `${missing} TSFD approval condition${missing > 1 ? 's are' : ' is'} not in the LOA's ${TSFD_NOTE_CODE} note; approved conditions carry into the LOA`;
  return null;
}

/** The case moves the gate stops: leaving LOA development for review, approval (the offer is the offer gate's). */
export const GATED_CASE_ACTIONS = ['submit_for_review', 'approve'] as const;

/** An anticipatory policy is in force from its effective date until (not on) its expiry date. */
export const policyInForce = (policy: { effectiveOn: string; expiresOn: string | null }, on: string) =>
  policy.effectiveOn <= on && (policy.expiresOn === null || on < policy.expiresOn);
