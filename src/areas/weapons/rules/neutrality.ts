// Neutrality among U.S. bidders in a partner's competition (shared/domain.md §10 [secondary]): U.S. staff attend all
// U.S. bidders' briefings or none, and advocate for a single offer only when one U.S. team remains.

export interface Bidder {
  name: string;
  /** A U.S. bidder (a team led by a U.S. company); otherwise a foreign competitor. */
  us: boolean;
  active: boolean;
}

export const SINGLE_OFFER_RULE =
  'Neutrality among U.S. bidders: single-offer advocacy only when one U.S. team remains (shared/domain.md §10, from a secondary source)';

export const activeUsBidders = (bidders: readonly Bidder[]) => bidders.filter((b) => b.us && b.active);

/** Why single-offer advocacy is not allowed with these bidders, or null when exactly one U.S. bidder remains active. */
export function singleOfferBlock(bidders: readonly Bidder[]): string | null {
  const active = activeUsBidders(bidders);
  if (active.length === 1) return null;
  if (active.length === 0) return `${SINGLE_OFFER_RULE}: no U.S. bidder is active`;
  return `${SINGLE_OFFER_RULE}: ${active.length} U.S. bidders are active (${active.map((b) => b.name).join(', ')})`;
}
