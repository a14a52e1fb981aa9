import type { ItemStatus } from './item-status.ts';
import { SOURCE_INCIDENTS } from './sources.ts';

// Source: potential unauthorised access, transfer, loss or misuse is reported and investigated (AECA 40A; domain §4).
export const INCIDENT_SOURCE = SOURCE_INCIDENTS;

export const INCIDENT_KINDS = ['unauthorised_access', 'unauthorised_transfer', 'loss', 'theft', 'misuse'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_STATUSES = ['reported', 'under_investigation', 'substantiated', 'unsubstantiated', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_ACTIONS = ['investigate', 'substantiate', 'unsubstantiate', 'close', 'reopen'] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

export const INCIDENT_TRANSITIONS: Readonly<Record<IncidentStatus, Partial<Record<IncidentAction, IncidentStatus>>>> = {
  reported: { investigate: 'under_investigation' },
  under_investigation: { substantiate: 'substantiated', unsubstantiate: 'unsubstantiated' },
  substantiated: { close: 'closed', reopen: 'under_investigation' },
  unsubstantiated: { close: 'closed', reopen: 'under_investigation' },
  closed: { reopen: 'under_investigation' },
};

export const allowedIncidentActions = (status: IncidentStatus) => Object.keys(INCIDENT_TRANSITIONS[status]) as IncidentAction[];

export type IncidentMove = { ok: true; to: IncidentStatus } | { ok: false; reason: string; allowed: IncidentAction[] };

/** An incident is closed only once every required notification has been sent. */
export function moveIncident(status: IncidentStatus, action: IncidentAction, unsentNotices: number): IncidentMove {
  const to = INCIDENT_TRANSITIONS[status][action];
  if (!to)
    return { ok: false, reason: `A ${status.replaceAll('_', ' ')} incident cannot ${action}`, allowed: allowedIncidentActions(status) };
  if (action === 'close' && unsentNotices > 0)
    return {
      ok: false,
      reason: `${unsentNotices} required notifications are not yet sent`,
      allowed: allowedIncidentActions(status).filter((a) => a !== 'close'),
    };
  return { ok: true, to };
}

export const isOpenIncident = (status: IncidentStatus) => status !== 'closed';

/** The kind of incident a discrepancy suggests, for raising one in one click (the specialist can change it). */
export function incidentKindFor(discrepancy: 'missing' | 'extra' | 'wrong_site' | 'damaged'): IncidentKind {
  if (discrepancy === 'missing') return 'loss';
  if (discrepancy === 'damaged') return 'misuse';
  return 'unauthorised_transfer';
}

/**
 * The status a kind of incident gives its items while it stands: an item reported lost or stolen is no longer in the
 * partner's inventory (AECA 40A loss reporting; the item statuses of rules/item-status.ts). Other kinds leave it be.
 */
export function itemStatusImpliedBy(kind: IncidentKind): ItemStatus | null {
  return kind === 'loss' || kind === 'theft' ? 'lost_stolen' : null;
}

/**
 * What an incident reaching `status` does to its items: while reported, investigated or substantiated it holds them in
 * the implied status; found unsubstantiated (unfounded) it gives them back the status they had; closing changes nothing
 * (a substantiated loss stays lost until the item is recovered; an unfounded one was already given back).
 */
export function itemEffectOf(status: IncidentStatus): 'hold' | 'release' | 'none' {
  if (status === 'unsubstantiated') return 'release';
  if (status === 'closed') return 'none';
  return 'hold';
}
