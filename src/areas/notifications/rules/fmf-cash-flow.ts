// AECA 23(g)(1): cash-flow financing of $100M or more under FMF needs notice to the appropriations committees (SAMM Fig C9.F3).

export const FMF_CASH_FLOW = {
  thresholdCents: 100_000_000 * 100,
  source: 'AECA 23(g)(1), 22 U.S.C. 2763(g)(1); SAMM Fig C9.F3',
  verified: true,
} as const;

export interface FmfCashFlowDecision {
  required: boolean;
  reason: string;
  source: string;
}

export function fmfCashFlowNotice(cashFlowFinancedCents: number): FmfCashFlowDecision {
  const required = cashFlowFinancedCents >= FMF_CASH_FLOW.thresholdCents;
  return {
    required,
    reason: required
      ? `Cash-flow financing of ${cashFlowFinancedCents / 100} US dollars is $100,000,000 or more: notify the appropriations committees`
      : `Cash-flow financing of ${cashFlowFinancedCents / 100} US dollars is under $100,000,000`,
    source: FMF_CASH_FLOW.source,
  };
}
