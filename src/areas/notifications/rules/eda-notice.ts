// FAA 516(f), 22 U.S.C. 2321j(f): notice to Congress at least 30 days before delivering excess defense articles that
// are significant military equipment or whose original acquisition value is $7M or more (shared/domain.md §5, to verify).

export const EDA_NOTICE = {
  daysBefore: 30,
  acquisitionValueCents: 7_000_000 * 100,
  source: 'FAA 516(f), 22 U.S.C. 2321j(f) — to verify (shared/domain.md §5)',
  verified: false,
} as const;

export interface EdaTransfer {
  significantMilitaryEquipment: boolean;
  originalAcquisitionValueCents: number;
}

export interface EdaNoticeDecision {
  required: boolean;
  daysBefore: number | null;
  reasons: string[];
  source: string;
  verified: boolean;
}

export function edaNotice(transfer: EdaTransfer): EdaNoticeDecision {
  const reasons: string[] = [];
  if (transfer.significantMilitaryEquipment) reasons.push('The articles are significant military equipment');
  if (transfer.originalAcquisitionValueCents >= EDA_NOTICE.acquisitionValueCents) {
    reasons.push(`Original acquisition value ${transfer.originalAcquisitionValueCents / 100} US dollars is $7,000,000 or more`);
  }
  const required = reasons.length > 0;
  return {
    required,
    daysBefore: required ? EDA_NOTICE.daysBefore : null,
    reasons,
    source: EDA_NOTICE.source,
    verified: EDA_NOTICE.verified,
  };
}
