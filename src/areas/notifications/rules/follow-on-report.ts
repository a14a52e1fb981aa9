// AECA 36(b)(5)(C), 22 U.S.C. 2776(b)(5)(C): an already-notified sale whose technology sensitivity or capability is
// enhanced or upgraded, or whose value increases, is reported again (transmittals `YY-0X`; shared/domain.md §1).

export interface NotifiedSaleChange {
  /** The sale was formally notified under 36(b)(1). */
  notified: boolean;
  sensitivityOrCapabilityEnhanced: boolean;
  notifiedTotalCents: number;
  newTotalCents: number;
}

export interface FollowOnDecision {
  required: boolean;
  reasons: string[];
  source: string;
}

export const FOLLOW_ON_SOURCE = 'AECA 36(b)(5)(C), 22 U.S.C. 2776(b)(5)(C); transmittal style YY-0X (82 FR 57966; CR S5931, 10 Sep 2024)';

export function followOnReport(change: NotifiedSaleChange): FollowOnDecision {
  if (!change.notified)
    return {
      required: false,
      reasons: ['The sale was not notified under 36(b)(1); no follow-on report applies'],
      source: FOLLOW_ON_SOURCE,
    };
  const reasons: string[] = [];
  if (change.sensitivityOrCapabilityEnhanced)
    reasons.push('Enhancement or upgrade of the sensitivity of technology or capability of a notified sale');
  if (change.newTotalCents > change.notifiedTotalCents) {
    reasons.push(
      `Value increased from ${change.notifiedTotalCents / 100} to ${change.newTotalCents / 100} US dollars over the notified value`,
    );
  }
  return { required: reasons.length > 0, reasons, source: FOLLOW_ON_SOURCE };
}
