// An item under monitoring: held in the partner's inventory until it leaves it for good (expended, destroyed,
// transferred with US consent, returned, demilitarised) or is lost or stolen; a lost or stolen item may be recovered.
// Source: AECA 40A end-use monitoring and its incident reporting (shared/domain.md §4). Every move needs a reason.

export const ITEM_STATUSES = ['in_inventory', 'expended', 'destroyed', 'lost_stolen', 'transferred', 'returned', 'demilitarised'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  in_inventory: 'In inventory',
  expended: 'Expended',
  destroyed: 'Destroyed',
  lost_stolen: 'Lost or stolen',
  transferred: 'Transferred with consent',
  returned: 'Returned',
  demilitarised: 'Demilitarised',
};

/** From each status, the statuses an item may move to. */
export const ITEM_TRANSITIONS: Readonly<Record<ItemStatus, readonly ItemStatus[]>> = {
  in_inventory: ['expended', 'destroyed', 'lost_stolen', 'transferred', 'returned', 'demilitarised'],
  lost_stolen: ['in_inventory', 'destroyed'],
  expended: [],
  destroyed: [],
  transferred: [],
  returned: [],
  demilitarised: [],
};

export type ItemMove = { ok: true; to: ItemStatus } | { ok: false; reason: string; allowed: readonly ItemStatus[] };

export function moveItem(from: ItemStatus, to: ItemStatus, reason: string): ItemMove {
  const allowed = ITEM_TRANSITIONS[from];
  if (!allowed.includes(to))
    return {
      ok: false,
      reason: `An item ${ITEM_STATUS_LABELS[from].toLowerCase()} cannot become ${ITEM_STATUS_LABELS[to].toLowerCase()}`,
      allowed,
    };
  if (!reason.trim()) return { ok: false, reason: 'A status change needs a reason', allowed };
  return { ok: true, to };
}

/** Items still held by the partner are the ones inventories count. */
export const isHeld = (status: ItemStatus) => status === 'in_inventory';
