import { SOURCE_TRANSPORTATION_PLAN } from './sources.ts';

// SAMM Figure C7.F1: classified, controlled cryptographic items (CCI) and arms, ammunition and explosives (AA&E)
// Categories I–IV move under a Transportation Plan.
export const AAE_CATEGORIES = ['I', 'II', 'III', 'IV'] as const;
export type AaeCategory = (typeof AAE_CATEGORIES)[number];

export interface Sensitivity {
  classified: boolean;
  cci: boolean;
  /** The AA&E security risk category, or null for none. */
  aaeCategory: AaeCategory | null;
}

export interface PlanRequirement {
  required: boolean;
  reasons: string[];
  source: string;
}

export function transportationPlanRequirement(s: Sensitivity): PlanRequirement {
  const reasons = [
    ...(s.classified ? ['classified materiel'] : []),
    ...(s.cci ? ['controlled cryptographic items (CCI)'] : []),
    ...(s.aaeCategory ? [`AA&E Category ${s.aaeCategory}`] : []),
  ];
  return { required: reasons.length > 0, reasons, source: SOURCE_TRANSPORTATION_PLAN };
}
