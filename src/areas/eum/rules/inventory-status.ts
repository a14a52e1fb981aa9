// A serial-number inventory: planned (due date set by the rule or chosen for an ad hoc count), in progress once
// scanning starts, reconciled when found is compared with expected, closed once every discrepancy is resolved;
// a planned or running inventory may be cancelled. Source: EEUM inventories (DoD IG reports; shared/domain.md §4).

export const INVENTORY_STATUSES = ['planned', 'in_progress', 'reconciled', 'closed', 'cancelled'] as const;
export type InventoryStatus = (typeof INVENTORY_STATUSES)[number];

export const INVENTORY_KINDS = ['initial', 'periodic', 'ad_hoc'] as const;
export type InventoryKind = (typeof INVENTORY_KINDS)[number];

export const INVENTORY_ACTIONS = ['start', 'reconcile', 'close', 'cancel'] as const;
export type InventoryAction = (typeof INVENTORY_ACTIONS)[number];

export const INVENTORY_TRANSITIONS: Readonly<Record<InventoryStatus, Partial<Record<InventoryAction, InventoryStatus>>>> = {
  planned: { start: 'in_progress', cancel: 'cancelled' },
  in_progress: { reconcile: 'reconciled', cancel: 'cancelled' },
  reconciled: { reconcile: 'reconciled', close: 'closed' },
  closed: {},
  cancelled: {},
};

export const allowedInventoryActions = (status: InventoryStatus) => Object.keys(INVENTORY_TRANSITIONS[status]) as InventoryAction[];

export type InventoryMove = { ok: true; to: InventoryStatus } | { ok: false; reason: string; allowed: InventoryAction[] };

export function moveInventory(status: InventoryStatus, action: InventoryAction, openDiscrepancies: number): InventoryMove {
  const to = INVENTORY_TRANSITIONS[status][action];
  if (!to)
    return { ok: false, reason: `A ${status.replaceAll('_', ' ')} inventory cannot ${action}`, allowed: allowedInventoryActions(status) };
  if (action === 'close' && openDiscrepancies > 0) {
    return {
      ok: false,
      reason: `${openDiscrepancies} discrepancies are still open; resolve each before closing`,
      allowed: allowedInventoryActions(status).filter((a) => a !== 'close'),
    };
  }
  return { ok: true, to };
}

/** Scans are accepted while the inventory is being counted (a planned one starts on its first import). */
export const acceptsScans = (status: InventoryStatus) => status === 'planned' || status === 'in_progress' || status === 'reconciled';
