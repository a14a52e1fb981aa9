// Compliance measures of end-use monitoring. The DoD IG measured EEUM inventories delinquent (DODIG-2024-043:
// 59% by value, Ukraine, 2023); IOPS shows delinquency first (shared/domain.md §4).

/** Share of inventories due that were completed (reconciled or closed); null when none was due. */
export function completionRate(completed: number, due: number): number | null {
  if (due <= 0) return null;
  return Math.min(1, completed / due);
}

export interface PartnerMeasures {
  partnerCode: string;
  delinquentItems: number;
  overdueInventories: number;
  openIncidents: number;
  openDiscrepancies: number;
}

/** Worst first: delinquent items, then overdue inventories, open incidents and open discrepancies; then by code. */
export function byDelinquency(a: PartnerMeasures, b: PartnerMeasures): number {
  return (
    b.delinquentItems - a.delinquentItems ||
    b.overdueInventories - a.overdueInventories ||
    b.openIncidents - a.openIncidents ||
    b.openDiscrepancies - a.openDiscrepancies ||
    a.partnerCode.localeCompare(b.partnerCode)
  );
}

/** The first day of each of the `months` months ending with the month of `asOf`, oldest first. */
export function monthStarts(asOf: string, months: number): string[] {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  return Array.from({ length: months }, (_, i) => new Date(Date.UTC(y, m - 1 - (months - 1 - i), 1)).toISOString().slice(0, 10));
}
