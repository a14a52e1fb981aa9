// Reconciles a serial-number inventory: what was expected at the site against what was found there.
// Source: EEUM serial-number inventories (DoD IG reports; shared/domain.md §4) — each difference is a discrepancy.

export const DISCREPANCY_KINDS = ['missing', 'extra', 'wrong_site', 'damaged'] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

export interface ExpectedItem {
  itemId: string;
  itemTypeCode: string;
  serialNumber: string;
}

export interface FoundItem {
  itemTypeCode: string;
  serialNumber: string;
  damaged: boolean;
}

/** An item of the same partner recorded at another site (found here, so at the wrong site). */
export interface KnownElsewhere extends ExpectedItem {
  siteId: string | null;
}

export interface Discrepancy {
  kind: DiscrepancyKind;
  itemId: string | null;
  itemTypeCode: string;
  serialNumber: string;
}

export interface Reconciliation {
  /** Expected and found. */
  matched: ExpectedItem[];
  /** Expected, not found. */
  missing: ExpectedItem[];
  /** Found, and recorded at another site of the partner. */
  wrongSite: KnownElsewhere[];
  /** Found, and not a recorded item of the partner at all. */
  extra: FoundItem[];
  /** Found (here or elsewhere) and reported damaged. */
  damaged: Discrepancy[];
  discrepancies: Discrepancy[];
}

export const itemKey = (i: { itemTypeCode: string; serialNumber: string }) => `${i.itemTypeCode}\u0000${i.serialNumber}`;

/**
 * Partitions expected ∪ found exactly: every expected item is matched or missing; every found item is matched,
 * at the wrong site or extra; damage is reported on top of where it was found.
 */
export function reconcile(
  expected: readonly ExpectedItem[],
  found: readonly FoundItem[],
  elsewhere: readonly KnownElsewhere[],
): Reconciliation {
  const foundByKey = new Map(found.map((f) => [itemKey(f), f]));
  const expectedByKey = new Map(expected.map((e) => [itemKey(e), e]));
  const elsewhereByKey = new Map(elsewhere.map((e) => [itemKey(e), e]));
  const matched = expected.filter((e) => foundByKey.has(itemKey(e)));
  const missing = expected.filter((e) => !foundByKey.has(itemKey(e)));
  const wrongSite: KnownElsewhere[] = [];
  const extra: FoundItem[] = [];
  for (const f of foundByKey.values()) {
    const key = itemKey(f);
    if (expectedByKey.has(key)) continue;
    const known = elsewhereByKey.get(key);
    if (known) wrongSite.push(known);
    else extra.push(f);
  }
  const idOf = (f: FoundItem) => expectedByKey.get(itemKey(f))?.itemId ?? elsewhereByKey.get(itemKey(f))?.itemId ?? null;
  const damaged = [...foundByKey.values()]
    .filter((f) => f.damaged)
    .map((f) => ({ kind: 'damaged' as const, itemId: idOf(f), itemTypeCode: f.itemTypeCode, serialNumber: f.serialNumber }));
  const discrepancies: Discrepancy[] = [
    ...missing.map((m) => ({ kind: 'missing' as const, itemId: m.itemId, itemTypeCode: m.itemTypeCode, serialNumber: m.serialNumber })),
    ...wrongSite.map((w) => ({
      kind: 'wrong_site' as const,
      itemId: w.itemId,
      itemTypeCode: w.itemTypeCode,
      serialNumber: w.serialNumber,
    })),
    ...extra.map((x) => ({ kind: 'extra' as const, itemId: null, itemTypeCode: x.itemTypeCode, serialNumber: x.serialNumber })),
    ...damaged,
  ];
  return { matched, missing, wrongSite, extra, damaged, discrepancies };
}
