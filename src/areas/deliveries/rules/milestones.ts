// A shipment's milestones, in the order they happen (issue 14: ready, shipped, in transit, arrived, delivered,
// received by the partner, accepted), each with a planned and an actual date.

export const MILESTONES = ['ready', 'shipped', 'in_transit', 'arrived', 'delivered', 'received', 'accepted'] as const;
export type Milestone = (typeof MILESTONES)[number];

export const MILESTONE_LABELS: Record<Milestone, string> = {
  ready: 'Ready to ship',
  shipped: 'Shipped',
  in_transit: 'In transit',
  arrived: 'Arrived at port of debarkation',
  delivered: 'Delivered at the custody-transfer point',
  received: 'Received by the partner',
  accepted: 'Accepted',
};

/** The milestones recorded only through a receipt or acceptance event (with its document), never set by hand. */
export const EVENT_MILESTONES: readonly Milestone[] = ['received', 'accepted'];

export interface MilestoneDates {
  milestone: Milestone;
  plannedOn: string | null;
  actualOn: string | null;
}

export type ActualCheck = { ok: true } | { ok: false; reason: string };

/**
 * May `milestone` happen on `on`? Every earlier milestone must have happened, on or before it; no later one may have
 * happened before it (the dates stay in order whatever order they are entered in).
 */
export function checkActual(all: readonly MilestoneDates[], milestone: Milestone, on: string): ActualCheck {
  const at = MILESTONES.indexOf(milestone);
  const byName = new Map(all.map((m) => [m.milestone, m]));
  for (const earlier of MILESTONES.slice(0, at)) {
    const actual = byName.get(earlier)?.actualOn ?? null;
    if (actual === null) return { ok: false, reason: `${MILESTONE_LABELS[earlier]} has no actual date yet` };
    if (actual > on) return { ok: false, reason: `${MILESTONE_LABELS[earlier]} happened on ${actual}, after ${on}` };
  }
  for (const later of MILESTONES.slice(at + 1)) {
    const actual = byName.get(later)?.actualOn ?? null;
    if (actual !== null && actual < on) return { ok: false, reason: `${MILESTONE_LABELS[later]} happened on ${actual}, before ${on}` };
  }
  return { ok: true };
}

/** The furthest milestone that has happened, or null before the first. */
export function currentMilestone(all: readonly MilestoneDates[]): Milestone | null {
  let current: Milestone | null = null;
  for (const m of MILESTONES) if (all.find((x) => x.milestone === m)?.actualOn) current = m;
  return current;
}

/**
 * A slip: a planned date moved later, or an actual date later than the plan. Each needs a reason code and a note
 * (issue 14, "Delays have causes"). Moving a plan earlier, or happening on time, is no slip.
 */
export function isSlip(plannedOn: string | null, newDate: string): boolean {
  return plannedOn !== null && newDate > plannedOn;
}
