import type { AreaId } from './areas.ts';
import type { Role } from './roles.ts';

export type Action = 'read' | 'write';

type Grants = Partial<Record<AreaId, readonly Action[]>>;
const READ = ['read'] as const;
const READ_WRITE = ['read', 'write'] as const;

/** What each role may do in each area, before scope (directorates, countries) narrows it. */
export const ROLE_GRANTS: Record<Role, Grants> = {
  administrator: {
    countries: READ_WRITE,
    portfolio: READ,
    funds: READ_WRITE,
    cases: READ_WRITE,
    'case-writing': READ_WRITE,
    notifications: READ_WRITE,
    eum: READ_WRITE,
    eda: READ_WRITE,
    leases: READ_WRITE,
    sdaf: READ_WRITE,
    'capacity-building': READ_WRITE,
    weapons: READ_WRITE,
    audit: READ,
    users: READ_WRITE,
  },
  country_portfolio_director: {
    countries: READ,
    portfolio: READ,
    funds: READ_WRITE,
    cases: READ,
    'case-writing': READ,
    notifications: READ,
    eum: READ,
    eda: READ,
    leases: READ,
    sdaf: READ,
    'capacity-building': READ,
    weapons: READ,
  },
  case_writer: { countries: READ, portfolio: READ, funds: READ, cases: READ_WRITE, 'case-writing': READ, notifications: READ },
  case_reviewer: { countries: READ, portfolio: READ, funds: READ, cases: READ, 'case-writing': READ_WRITE, notifications: READ },
  notification_analyst: { countries: READ, portfolio: READ, cases: READ, notifications: READ_WRITE },
  eum_specialist: { countries: READ, portfolio: READ, cases: READ, eum: READ_WRITE },
  program_analyst: { countries: READ, portfolio: READ, funds: READ, cases: READ, eda: READ_WRITE, leases: READ_WRITE, sdaf: READ_WRITE },
  capacity_building_pm: { countries: READ, portfolio: READ, funds: READ, cases: READ, 'capacity-building': READ_WRITE },
  weapons_analyst: { countries: READ, portfolio: READ, cases: READ, weapons: READ_WRITE },
  auditor: {
    countries: READ,
    portfolio: READ,
    funds: READ,
    cases: READ,
    'case-writing': READ,
    notifications: READ,
    eum: READ,
    eda: READ,
    leases: READ,
    sdaf: READ,
    'capacity-building': READ,
    weapons: READ,
    audit: READ,
    users: READ,
  },
};

export function roleAllows(roles: readonly Role[], area: AreaId, action: Action): boolean {
  return roles.some((role) => (ROLE_GRANTS[role][area] as readonly Action[] | undefined)?.includes(action) ?? false);
}
