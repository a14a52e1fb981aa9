import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { todayIso } from '../../platform/dates.ts';
import { findCase } from '../cases/public.ts';
import { type CaseValues, caseValues } from './determination-service.ts';
import { notificationsForCase } from './notification-service.ts';
import { loadRuleContext, partnerGroupsOn } from './rule-context.ts';
import { type Determination, determineNotification, NoThresholdInForce } from './rules/aeca-36b-determination.ts';
import { type FollowOnDecision, followOnReport } from './rules/follow-on-report.ts';

export interface CaseNotificationState {
  values: CaseValues;
  asOf: string;
  determination: Determination | null;
  /** Why no determination could be made (no threshold row in force on the date). */
  undetermined: string | null;
  notifications: Awaited<ReturnType<typeof notificationsForCase>>;
  /** Whether a cleared 36(b)(1) notification covers the case. */
  cleared: boolean;
  /** Null when the LOA may be offered as far as notification goes; otherwise why not. */
  offerBlocker: string | null;
  followOn: FollowOnDecision | null;
}

/** The case's notification position from its current lines: what the statute requires and what has been done. */
export async function caseNotificationState(
  db: Db | Tx,
  caseRow: { id: string; partnerCode: string },
  asOf: string,
): Promise<CaseNotificationState> {
  // Sequential: the offer gate calls this inside the offering transaction, on its one connection.
  const values = await caseValues(db, caseRow.id);
  const context = await loadRuleContext(db, [caseRow.partnerCode]);
  const covering = await notificationsForCase(db, caseRow.id);
  let determination: Determination | null = null;
  let undetermined: string | null = null;
  try {
    determination = determineNotification(
      { groups: partnerGroupsOn(context, caseRow.partnerCode, asOf), ...values, asOf },
      context.thresholds,
    );
  } catch (error) {
    if (!(error instanceof NoThresholdInForce)) throw error;
    undetermined = error.message;
  }
  const notice = covering.find((n) => n.kind === 'aeca_36b1');
  const cleared = notice?.status === 'cleared';
  const met = determination?.reasons.filter((r) => r.met).map((r) => `${r.rule} (value ${r.valueCents / 100} US dollars)`) ?? [];
  let offerBlocker: string | null = null;
  if (undetermined) offerBlocker = `Congressional notification cannot be determined: ${undetermined}`;
  else if (determination?.required && !cleared) {
    offerBlocker = notice
      ? `AECA 36(b)(1) notification ${notice.transmittalNumber} is ${notice.status.replaceAll('_', ' ')}${notice.reviewEndsOn ? ` (review period ends ${notice.reviewEndsOn})` : ''}; the LOA can be offered once it has cleared`
      : `AECA 36(b)(1) notification is required (${met.join('; ')}) and none has been made`;
  }
  const followOn =
    notice && (notice.status === 'formally_notified' || notice.status === 'cleared')
      ? followOnReport({
          notified: true,
          sensitivityOrCapabilityEnhanced: false,
          notifiedTotalCents: notice.totalCents,
          newTotalCents: values.totalCents,
        })
      : null;
  return { values, asOf, determination, undetermined, notifications: covering, cleared, offerBlocker, followOn };
}

export async function getCaseNotificationState(db: Db, principal: Principal, caseRef: string, asOf = todayIso()) {
  const row = await findCase(db, principal, caseRef);
  return caseNotificationState(db, row, asOf);
}
