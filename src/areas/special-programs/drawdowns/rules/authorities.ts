// Presidential drawdown authorities (shared/domain.md §9, §12): FAA 506(a)(1) ≤ $100M a fiscal year for an unforeseen
// emergency [confirmed]; 506(a)(2) national-interest purposes and 552(c)(2) caps [to verify]; and ceilings set by
// specific appropriation acts. Caps are dated rows of drawdown_caps: only 506(a)(1)'s is seeded, the others are
// entered by an administrator with their source.

export const DRAWDOWN_AUTHORITIES = ['faa_506a1', 'faa_506a2', 'faa_552c2', 'appropriation_act'] as const;
export type DrawdownAuthority = (typeof DRAWDOWN_AUTHORITIES)[number];

export const DRAWDOWN_AUTHORITY_LABELS: Record<DrawdownAuthority, string> = {
  faa_506a1: 'FAA 506(a)(1): unforeseen emergency',
  faa_506a2: 'FAA 506(a)(2): national-interest purposes',
  faa_552c2: 'FAA 552(c)(2): peacekeeping',
  appropriation_act: 'A specific appropriation act',
};

/** FAA 506(a)(1): $100,000,000 a fiscal year [confirmed: shared/domain.md §9]. */
export const FAA_506A1_CAP_CENTS = 100_000_000 * 100;

export interface CapRow {
  id: string;
  authority: DrawdownAuthority;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  capCents: number;
  source: string;
}

/** The cap in force for the authority on the determination's date (for an act, the act's own row); null = none recorded. */
export function capOn(rows: readonly CapRow[], authority: DrawdownAuthority, date: string, capId: string | null): CapRow | null {
  return (
    rows.find(
      (r) =>
        r.authority === authority &&
        (authority !== 'appropriation_act' || r.id === capId) &&
        (r.effectiveFrom === null || r.effectiveFrom <= date) &&
        (r.effectiveTo === null || date <= r.effectiveTo),
    ) ?? null
  );
}
