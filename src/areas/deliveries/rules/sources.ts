// The sources of the delivery rules (shared/domain.md §8), cited once.
export const SOURCE_DELIVERY_DEFINITION =
  'DSCA 24-40 (Jun 2024): delivery and title transfer are recorded events, not a shipment status (shared/domain.md §8)';
export const SOURCE_TRANSPORTATION_PLAN =
  'SAMM Figure C7.F1: a Transportation Plan is required for classified, CCI and AA&E Categories I–IV (shared/domain.md §8)';
export const SOURCE_RECEIPT_CONFIRMATION =
  'BPC materiel transfer note: the security cooperation office confirms receipt within 30 days (shared/domain.md §8)';
export const SOURCE_DISCREPANCY =
  'BPC materiel transfer note: discrepancy claims reviewed only from $200, refused after one year (shared/domain.md §8)';
export const SOURCE_FAD = 'DSCA 00-09: a country code paired with its force/activity designator is classified (shared/domain.md §8)';
export const SOURCE_QUARTERLY = 'The February 2026 order asks for quarterly aggregate case-execution metrics (issue 14)';
