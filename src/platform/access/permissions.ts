import type { AreaId } from './areas.ts';
import type { Role } from './roles.ts';

/** `administer`: an area's reference tables and rule tables (thresholds, programs, targets, sites), kept by administrators. */
export type Action = 'read' | 'write' | 'administer';

type Grants = Partial<Record<AreaId, readonly Action[]>>;
const READ = ['read'] as const;
const READ_WRITE = ['read', 'write'] as const;
const ALL = ['read', 'write', 'administer'] as const;

/** What each role may do in each area, before scope (directorates, countries) and markings narrow it. */
export const ROLE_GRANTS: Record<Role, Grants> = {
  administrator: {
    countries: ALL,
    portfolio: READ,
    funds: ALL,
    'special-programs': ALL,
    cases: ALL,
    'case-writing': ALL,
    notifications: ALL,
    eum: ALL,
    eda: ALL,
    leases: ALL,
    sdaf: ALL,
    'capacity-building': ALL,
    deliveries: ALL,
    weapons: ALL,
    audit: READ,
    users: ALL,
  },
  country_portfolio_director: {
    countries: READ,
    portfolio: READ,
    funds: READ_WRITE,
    'special-programs': READ_WRITE,
    cases: READ,
    'case-writing': READ,
    notifications: READ,
    eum: READ,
    eda: READ,
    leases: READ,
    sdaf: READ,
    'capacity-building': READ,
    deliveries: READ,
    weapons: READ,
  },
  case_writer: { countries: READ, portfolio: READ, funds: READ, cases: READ_WRITE, 'case-writing': READ, notifications: READ },
  case_reviewer: { countries: READ, portfolio: READ, funds: READ, cases: READ, 'case-writing': READ_WRITE, notifications: READ },
  notification_analyst: { countries: READ, portfolio: READ, cases: READ, notifications: READ_WRITE },
  eum_specialist: { countries: READ, portfolio: READ, cases: READ, eum: READ_WRITE, deliveries: READ },
  program_analyst: {
    countries: READ,
    portfolio: READ,
    funds: READ,
    cases: READ,
    eda: READ_WRITE,
    leases: READ_WRITE,
    sdaf: READ_WRITE,
  },
  capacity_building_pm: {
    countries: READ,
    portfolio: READ,
    funds: READ,
    cases: READ,
    'capacity-building': READ_WRITE,
    deliveries: READ_WRITE,
  },
  weapons_analyst: { countries: READ, portfolio: READ, cases: READ, weapons: READ_WRITE },
  auditor: {
    countries: READ,
    portfolio: READ,
    funds: READ,
    'special-programs': READ,
    cases: READ,
    'case-writing': READ,
    notifications: READ,
    eum: READ,
    eda: READ,
    leases: READ,
    sdaf: READ,
    'capacity-building': READ,
    deliveries: READ,
    weapons: READ,
    audit: READ,
    users: READ,
  },
};

export function roleAllows(roles: readonly Role[], area: AreaId, action: Action): boolean {
  return roles.some((role) => (ROLE_GRANTS[role][area] as readonly Action[] | undefined)?.includes(action) ?? false);
}
