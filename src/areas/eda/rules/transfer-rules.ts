// FAA 516 (22 U.S.C. 2321j) conditions checked on a request, each a reason or null, and the offer gate's comparisons.
import { PCHT_RULE, PRIORITY_GROUP } from './tables.ts';

/** 516(e)(1): no DoD funds for packing, crating, handling and transport of a grant; the exception (e)(2) is to verify. */
export function pchtProblem(authority: 'grant_516' | 'sale_aeca_21', paidBy: 'recipient' | 'dod'): string | null {
  return authority === 'grant_516' && paidBy === 'dod' ? `the recipient pays PCH&T: ${PCHT_RULE.source}` : null;
}

/** The IA's allocation memo attests three things (SAMM C11; DSCA 24-63); each one missing is a reason. */
export function allocationProblems(memo: { noIndustryInitiative: boolean; noReadinessImpact: boolean; mtcrChecked: boolean }) {
  const problems: { path: string; message: string }[] = [];
  if (!memo.noIndustryInitiative)
    problems.push({ path: 'noIndustryInitiative', message: 'attest that no U.S. industry initiative is known' });
  if (!memo.noReadinessImpact) problems.push({ path: 'noReadinessImpact', message: 'attest that there is no adverse readiness impact' });
  if (!memo.mtcrChecked) problems.push({ path: 'mtcrChecked', message: 'record the MTCR check' });
  return problems;
}

/** SAMM C11 / domain.md §5: blanket-order EDA only for articles that are not SME. */
export const blanketOrderProblem = (caseType: string, sme: boolean) =>
  caseType === 'blanket_order' && sme ? 'blanket-order EDA only for articles that are not significant military equipment (SAMM C11)' : null;

/** 516(c)(2): priority to NATO southern/southeastern flank members and MNNAs on that flank (an administrator-kept group). */
export function flankPriority(groupsOnDate: readonly string[]) {
  return { priority: groupsOnDate.includes(PRIORITY_GROUP.code), group: PRIORITY_GROUP.code, source: PRIORITY_GROUP.source };
}

export interface EdaLine {
  lineNumber: string;
  quantity: number;
  unitCostCents: number;
}

/** The offer gate: an LOA carries no more EDA than authorised (SAMM C11: no LOA above the authorization's quantity or value). */
export function linesExceedAuthorization(lines: readonly EdaLine[], authorized: { quantity: number; valueCents: number }): string | null {
  const quantity = lines.reduce((s, l) => s + l.quantity, 0);
  const value = lines.reduce((s, l) => s + l.quantity * l.unitCostCents, 0);
  if (quantity > authorized.quantity) return `its EDA lines carry ${quantity}, more than the ${authorized.quantity} authorised`;
  if (value > authorized.valueCents)
    return `its EDA lines are valued at $${(value / 100).toFixed(2)}, more than the $${(authorized.valueCents / 100).toFixed(2)} authorised`;
  return null;
}
