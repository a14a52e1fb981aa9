import { type AreaId, areaDirectorate } from './areas.ts';
import { MARKING_LABELS, MARKING_SUBJECTS, MARKINGS, type Marking, unheldMarkings } from './markings.ts';
import { administersPartner, type PartnerIdentity, type PartnerPermission } from './partner.ts';
import { type Action, roleAllows } from './permissions.ts';
import type { Directorate, Role } from './roles.ts';

export interface Scope {
  allDirectorates: boolean;
  directorates: readonly Directorate[];
  allCountries: boolean;
  /** Customer codes (e.g. `AT`) of the partners this user works on. */
  countries: readonly string[];
}

export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  roles: readonly Role[];
  scope: Scope;
  /** The markings this user may see through: by role, or by an explicit grant (markings.ts). */
  needToKnow: readonly Marking[];
  via: 'session' | 'token' | 'system';
  /** Set for a partner user (access/partner.ts): no roles, scope their own partner only, decided by `decidePartner`. */
  partner?: PartnerIdentity;
  /** Set by an administrator's reset: until changed, the user may only read the session, change it and sign out. */
  mustChangePassword?: boolean;
}

export interface Resource {
  area: AreaId;
  /** The partner the record belongs to; omitted for records that belong to no partner. */
  countryCode?: string | null;
  /** The record's markings (e.g. `pre-notification`); omitted or empty for an unmarked record. */
  markings?: readonly string[];
  /** In the partner portal: the partner permission the record is read or sent under (`administer`: none, the admin's). */
  partnerPermission?: PartnerPermission;
}

/**
 * `outOfScope`: the partner is outside the principal's scope, or the record carries a record marking (TSFD) the
 * principal does not hold (callers answer "not found", confirming nothing);
 * `withheld`: the record is in scope but case-marked, and the principal lacks need-to-know (it may be shown to exist, masked).
 */
export type Decision = { allowed: true } | { allowed: false; reason: string; outOfScope?: true; withheld?: readonly string[] };

/** The one access policy: may this principal do this action on this resource? Every read and write asks it. */
export function decide(principal: Principal, action: Action, resource: Resource): Decision {
  if (principal.partner || resource.area === 'partner-portal') return decidePartner(principal, action, resource);
  if (!roleAllows(principal.roles, resource.area, action)) {
    return { allowed: false, reason: `your roles do not allow ${action} in ${resource.area}` };
  }
  const directorate = areaDirectorate(resource.area);
  if (directorate && !principal.scope.allDirectorates && !principal.scope.directorates.includes(directorate)) {
    return { allowed: false, reason: `${resource.area} belongs to directorate ${directorate}, outside your scope` };
  }
  const country = resource.countryCode;
  if (country && !principal.scope.allCountries && !principal.scope.countries.includes(country)) {
    return { allowed: false, reason: `partner ${country} is outside your scope`, outOfScope: true };
  }
  const unheld = unheldMarkings(principal.needToKnow, resource.markings ?? []);
  if (unheld.some((m) => MARKING_SUBJECTS[m as Marking] === 'record')) {
    // A record-marked record (TSFD) is not shown to exist at all: answered like one out of scope (markings.ts).
    return { allowed: false, reason: 'not found', outOfScope: true };
  }
  if (unheld.length) {
    const labels = unheld.map((m) => MARKING_LABELS[m as Marking] ?? m).join(', ');
    return { allowed: false, reason: `withheld ${labels}: shown only to users with need-to-know`, withheld: unheld };
  }
  return { allowed: true };
}

/**
 * The partner portal's side of the policy. A partner user reaches no internal area at all; in the portal, only their own
 * partner's records, under a permission they hold (`administer`: the host-nation administrator and alternate), and no
 * record under any marking: a marked record (pending notification, TSFD, F/AD) is, to them, not there.
 */
function decidePartner(principal: Principal, action: Action, resource: Resource): Decision {
  const partner = principal.partner;
  if (!partner) return { allowed: false, reason: 'the partner portal is for partner users' };
  if (resource.area !== 'partner-portal') {
    return { allowed: false, reason: `${resource.area} is an internal area, closed to partner users` };
  }
  if (action === 'administer' && !administersPartner(partner.role)) {
    return { allowed: false, reason: "only the partner's host-nation administrator and alternate manage its users" };
  }
  const needed = resource.partnerPermission;
  if (needed && !partner.permissions.includes(needed)) {
    return { allowed: false, reason: `your partner permissions do not include ${needed}` };
  }
  if (resource.countryCode && resource.countryCode !== partner.code) return { allowed: false, reason: 'not found', outOfScope: true };
  if ((resource.markings ?? []).length) return { allowed: false, reason: 'not found', outOfScope: true };
  return { allowed: true };
}

/** The partners a principal may see, for filtering lists in SQL: `'all'` or a list of customer codes. */
export function visibleCountries(principal: Principal): 'all' | readonly string[] {
  return principal.scope.allCountries ? 'all' : principal.scope.countries;
}

export function canSeePartner(principal: Principal, partnerCode: string): boolean {
  const visible = visibleCountries(principal);
  return visible === 'all' || visible.includes(partnerCode);
}

export const SYSTEM_PRINCIPAL: Principal = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: 'IOPS system',
  roles: ['administrator'],
  scope: { allDirectorates: true, directorates: [], allCountries: true, countries: [] },
  needToKnow: MARKINGS,
  via: 'system',
};

/** A record that belongs to one user (a background job and its result): that user and administrators may read it, no one else. */
export function decideOwned(principal: Principal, ownerId: string | null): Decision {
  if (principal.roles.includes('administrator') || (ownerId !== null && ownerId === principal.userId)) return { allowed: true };
  return { allowed: false, reason: 'not found', outOfScope: true };
}
