// Partner users (the legacy portal's role, DSCA 03-11, 05-17): people of one partner nation or international
// organisation, never in an internal role, who see and send only what their permissions name, of their own partner.

/** What a partner user may be given: see their cases, money, deliveries and EUM; `requests`: send LORs. */
export const PARTNER_PERMISSIONS = ['cases', 'finance', 'deliveries', 'eum', 'requests'] as const;
export type PartnerPermission = (typeof PARTNER_PERMISSIONS)[number];

export const PARTNER_PERMISSION_LABELS: Record<PartnerPermission, string> = {
  cases: 'Cases and LOAs',
  finance: 'Payment schedules',
  deliveries: 'Deliveries and discrepancy reports',
  eum: 'End-use monitoring',
  requests: 'Letters of request',
};

/**
 * `administrator` and `alternate`: the host-nation (token) administrator and alternate, who invite, set permissions,
 * reset access and deactivate their partner's users; `forwarder`: a freight forwarder, limited to deliveries.
 */
export const PARTNER_ROLES = ['administrator', 'alternate', 'user', 'forwarder'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const PARTNER_ROLE_LABELS: Record<PartnerRole, string> = {
  administrator: 'Host-nation administrator',
  alternate: 'Alternate administrator',
  user: 'Partner user',
  forwarder: 'Freight forwarder',
};

/** What each partner role may hold at most; a freight forwarder is a partner user limited to deliveries. */
export const PARTNER_ROLE_CEILING: Record<PartnerRole, readonly PartnerPermission[]> = {
  administrator: PARTNER_PERMISSIONS,
  alternate: PARTNER_PERMISSIONS,
  user: PARTNER_PERMISSIONS,
  forwarder: ['deliveries'],
};

export const administersPartner = (role: PartnerRole) => role === 'administrator' || role === 'alternate';

export interface PartnerIdentity {
  /** The partner's customer code (`AT`, or an organisation's). */
  code: string;
  role: PartnerRole;
  permissions: readonly PartnerPermission[];
}

/** A stored permission list as the policy reads it: only known permissions, within the role's ceiling. */
export function effectivePermissions(role: PartnerRole, stored: readonly string[]): PartnerPermission[] {
  return PARTNER_ROLE_CEILING[role].filter((p) => stored.includes(p));
}
