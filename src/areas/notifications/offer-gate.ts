import type { OfferGate } from '../cases/public.ts';
import { caseNotificationState } from './case-determination-service.ts';

/** AECA 36(b)(1): an LOA needing notice may be offered only after the review period has passed (shared/domain.md §2). */
export const notificationOfferGate: OfferGate = {
  name: 'congressional-notification',
  async check(db, candidate) {
    const state = await caseNotificationState(db, { id: candidate.caseId, partnerCode: candidate.partnerCode }, candidate.offerDate);
    return state.offerBlocker;
  },
};
