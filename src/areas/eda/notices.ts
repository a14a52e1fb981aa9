// The FAA 516(f) notice lives in the notifications area (its list, page, transitions and clock); EDA drafts it and
// reads its state through notifications' public functions.
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { createSubjectNotice, noticesForSubject } from '../notifications/public.ts';

const SUBJECT = 'eda_request';

export type SubjectNotice = Awaited<ReturnType<typeof noticesForSubject>>[number];

/** Drafts the request's 516(f) notice in the caller's transaction (an EDA writer may draft it; notifications transmit it). */
export function createEdaNotice(
  tx: Tx,
  principal: Principal,
  input: {
    partnerCode: string;
    requestId: string;
    label: string;
    description: string;
    mdeCents: number;
    totalCents: number;
    reviewDays: number;
    reviewSource: string;
  },
) {
  const { requestId, label, ...rest } = input;
  return createSubjectNotice(tx, principal, {
    kind: 'faa_516f',
    ...rest,
    subject: { type: SUBJECT, id: requestId, label, link: `/eda/requests/${requestId}` },
  });
}

export const edaNotices = (db: Db | Tx, requestId: string) => noticesForSubject(db, SUBJECT, requestId);
