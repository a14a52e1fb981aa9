// AECA 36(b)(1), 22 U.S.C. 2776(b)(1): a proposed sale at or above any one threshold needs formal notice to Congress.
import { type PurchaserGroup, purchaserGroupOf, type ThresholdRow, thresholdsOn } from './thresholds.ts';

export interface ProposedSale {
  /** The partner's country groups on `asOf` (e.g. `['AECA_36B_ALLIES', 'NATO']`). */
  groups: readonly string[];
  mdeCents: number;
  /** Defense articles and services, MDE included. */
  totalCents: number;
  designConstructionCents: number;
  asOf: string;
}

export type ThresholdKind = 'major_defense_equipment' | 'defense_articles_and_services' | 'design_and_construction';

export interface Reason {
  rule: string;
  measure: ThresholdKind;
  thresholdCents: number;
  valueCents: number;
  met: boolean;
  source: string;
}

export interface Determination {
  required: boolean;
  purchaserGroup: PurchaserGroup;
  thresholdRowId: number;
  thresholds: { mdeCents: number; totalCents: number; designConstructionCents: number };
  /** Formal review period when notice is required, calendar days. */
  reviewDays: number | null;
  /** Informal tiered review before formal notice when notice is required and one applies. */
  tieredReviewDays: number | null;
  verified: boolean;
  tieredReviewVerified: boolean;
  /** Every comparison made, the met ones first. */
  reasons: Reason[];
}

export class NoThresholdInForce extends Error {
  constructor(
    readonly group: PurchaserGroup,
    readonly asOf: string,
  ) {
    super(`No AECA 36(b)(1) threshold row is in force for ${group === 'OTHER' ? 'other purchasers' : group} on ${asOf}`);
  }
}

const LABELS: Record<ThresholdKind, string> = {
  major_defense_equipment: 'major defense equipment',
  defense_articles_and_services: 'defense articles or services',
  design_and_construction: 'design and construction services',
};

export function determineNotification(sale: ProposedSale, table: readonly ThresholdRow[]): Determination {
  const group = purchaserGroupOf(sale.groups);
  const row = thresholdsOn(table, group, sale.asOf);
  if (!row) throw new NoThresholdInForce(group, sale.asOf);
  const compare = (measure: ThresholdKind, thresholdCents: number, valueCents: number): Reason => ({
    rule: `AECA 36(b)(1): ${LABELS[measure]} of ${dollars(thresholdCents)} or more`,
    measure,
    thresholdCents,
    valueCents,
    met: valueCents >= thresholdCents,
    source: row.source,
  });
  const reasons = [
    compare('major_defense_equipment', row.mdeCents, sale.mdeCents),
    compare('defense_articles_and_services', row.totalCents, sale.totalCents),
    compare('design_and_construction', row.designConstructionCents, sale.designConstructionCents),
  ];
  const required = reasons.some((r) => r.met);
  return {
    required,
    purchaserGroup: group,
    thresholdRowId: row.id,
    thresholds: { mdeCents: row.mdeCents, totalCents: row.totalCents, designConstructionCents: row.designConstructionCents },
    reviewDays: required ? row.reviewDays : null,
    tieredReviewDays: required ? row.tieredReviewDays : null,
    verified: row.verified,
    tieredReviewVerified: row.tieredReviewVerified,
    reasons: [...reasons.filter((r) => r.met), ...reasons.filter((r) => !r.met)],
  };
}

function dollars(cents: number): string {
  const whole = cents / 100;
  return whole % 1_000_000 === 0 ? `$${whole / 1_000_000}M` : `$${whole.toLocaleString('en-US')}`;
}
