import { SOURCE_DELIVERY_DEFINITION } from './sources.ts';

// A line's quantities along the way: never more shipped than the line, delivered than shipped, accepted than
// delivered. "Delivered" is only what a receipt event recorded (DSCA 24-40), never what a shipment status implies.

export interface LineQuantities {
  /** The LOA line's quantity. */
  ordered: number;
  /** On shipments of the line (every shipment, whatever its status). */
  shipped: number;
  /** Received by the partner, by recorded receipt events with their date and document. */
  delivered: number;
  /** Accepted, by recorded acceptance events. */
  accepted: number;
}

export type QuantityCheck = { ok: true } | { ok: false; field: 'shipped' | 'delivered' | 'accepted'; reason: string };

const positiveInt = (n: number) => Number.isSafeInteger(n) && n >= 0;

/** Whether a line's quantities are consistent; a write that would break them is refused with this reason. */
export function checkQuantities(q: LineQuantities): QuantityCheck {
  for (const [field, value] of Object.entries(q))
    if (!positiveInt(value)) return { ok: false, field: field as 'shipped', reason: `${field} must be a whole number ≥ 0` };
  if (q.shipped > q.ordered) return { ok: false, field: 'shipped', reason: `${q.shipped} shipped exceeds the line's ${q.ordered}` };
  if (q.delivered > q.shipped) return { ok: false, field: 'delivered', reason: `${q.delivered} received exceeds the ${q.shipped} shipped` };
  if (q.accepted > q.delivered)
    return { ok: false, field: 'accepted', reason: `${q.accepted} accepted exceeds the ${q.delivered} received` };
  return { ok: true };
}

/** What may still be added at each step: the room left under the step before. */
export function remaining(q: LineQuantities): { toShip: number; toDeliver: number; toAccept: number } {
  return { toShip: q.ordered - q.shipped, toDeliver: q.shipped - q.delivered, toAccept: q.delivered - q.accepted };
}

export interface DeliveryEvent {
  kind: 'received' | 'accepted';
  quantity: number;
  onDate: string;
  document: string;
}

/**
 * A line's delivered quantity as of a date: the sum of its receipt events recorded on or before it, each with a
 * document. A shipment marked delivered at the custody-transfer point without a receipt event delivers nothing.
 */
export function deliveredAsOf(events: readonly DeliveryEvent[], asOf: string): { delivered: number; accepted: number; source: string } {
  let delivered = 0;
  let accepted = 0;
  for (const e of events) {
    if (e.onDate > asOf || e.document.trim() === '') continue;
    if (e.kind === 'received') delivered += e.quantity;
    else accepted += e.quantity;
  }
  return { delivered, accepted, source: SOURCE_DELIVERY_DEFINITION };
}
