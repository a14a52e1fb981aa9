// Which conditions bind an obligation: the program's, of its fiscal year (or every year), in force on its date, and —
// for a condition on one customer or program code — only money under that code (program codes stand in for the
// country code on Title 10 cases: shared/domain.md §1).
import type { ConditionKind } from './condition-kinds.ts';

export interface ConditionScope {
  kind: ConditionKind;
  fiscalYear: number | null;
  appliesToCode: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface ObligationScope {
  fiscalYear: number;
  onDate: string;
  /** The case identifier's customer code, or the partner's code for money applied to a program. */
  code: string;
}

export function conditionApplies(condition: ConditionScope, obligation: ObligationScope): boolean {
  if (condition.fiscalYear !== null && condition.fiscalYear !== obligation.fiscalYear) return false;
  if (condition.effectiveFrom > obligation.onDate) return false;
  if (condition.effectiveTo !== null && condition.effectiveTo < obligation.onDate) return false;
  return condition.appliesToCode === null || condition.appliesToCode === obligation.code;
}

/** The customer code a case identifier begins with (`AT-B-AAA` → AT, `V5-B-AAA` → V5). */
export const codeOfIdentifier = (identifier: string) => identifier.split('-')[0]!;
