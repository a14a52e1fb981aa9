import { type AreaId, areaDirectorate } from './areas.ts';
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
  via: 'session' | 'token' | 'system';
}

export interface Resource {
  area: AreaId;
  /** The partner the record belongs to; omitted for records that belong to no partner. */
  countryCode?: string | null;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

/** The one access policy: may this principal do this action on this resource? Every read and write asks it. */
export function decide(principal: Principal, action: Action, resource: Resource): Decision {
  if (!roleAllows(principal.roles, resource.area, action)) {
    return { allowed: false, reason: `your roles do not allow ${action} in ${resource.area}` };
  }
  const directorate = areaDirectorate(resource.area);
  if (directorate && !principal.scope.allDirectorates && !principal.scope.directorates.includes(directorate)) {
    return { allowed: false, reason: `${resource.area} belongs to directorate ${directorate}, outside your scope` };
  }
  const country = resource.countryCode;
  if (country && !principal.scope.allCountries && !principal.scope.countries.includes(country)) {
    return { allowed: false, reason: `partner ${country} is outside your scope` };
  }
  return { allowed: true };
}

/** The partners a principal may see, for filtering lists in SQL: `'all'` or a list of customer codes. */
export function visibleCountries(principal: Principal): 'all' | readonly string[] {
  return principal.scope.allCountries ? 'all' : principal.scope.countries;
}

export const SYSTEM_PRINCIPAL: Principal = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: 'IOPS system',
  roles: ['administrator'],
  scope: { allDirectorates: true, directorates: [], allCountries: true, countries: [] },
  via: 'system',
};
