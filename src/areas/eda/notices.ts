// The FAA 516(f) notice lives in the notifications area (its list, page, transitions and clock); EDA creates it and
// reads its state through notifications' public functions.
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';

export interface SubjectNotice {
  id: string;
  kind: string;
  transmittalNumber: string;
  status: string;
  formallyNotifiedOn: string | null;
  reviewDays: number | null;
  reviewEndsOn: string | null;
  clearedOn: string | null;
}

export async function createEdaNotice(
  _tx: Tx,
  _principal: Principal,
  _input: {
    partnerCode: string;
    subject: { type: string; id: string; label: string };
    description: string;
    mdeCents: number;
    totalCents: number;
    reviewDays: number;
    reviewSource: string;
  },
): Promise<{ id: string; transmittalNumber: string }> {
  throw new Error('notifications: createSubjectNotice not merged yet');
}

export async function edaNotices(_db: Db | Tx, _requestId: string): Promise<SubjectNotice[]> {
  return [];
}
