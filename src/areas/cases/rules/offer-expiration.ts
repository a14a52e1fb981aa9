// Offer expiration date: 85 days from MILDEP approval (MILAP) as standard; BPC LOAs 30 days
// (LOA Standardization Guide §4; DSCA 12-08; SAMM App 6 BPC note — shared/domain.md §3, §8).
import { addDays } from '../../../platform/dates.ts';

export const STANDARD_OFFER_DAYS = 85;
export const BPC_OFFER_DAYS = 30;
export const OFFER_EXPIRATION_SOURCE = 'LOA Standardization Guide §4; DSCA 12-08 (85 days standard); SAMM App 6 (BPC 30 days)';

export function offerValidityDays(isBpc: boolean): number {
  return isBpc ? BPC_OFFER_DAYS : STANDARD_OFFER_DAYS;
}

export function standardOfferExpiration(isBpc: boolean, milapDate: string): string {
  return addDays(milapDate, offerValidityDays(isBpc));
}
