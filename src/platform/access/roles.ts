/** The roles of the Office of International Operations; a user holds one or more. */
export const ROLES = [
  'administrator',
  'country_portfolio_director',
  'case_writer',
  'case_reviewer',
  'notification_analyst',
  'eum_specialist',
  'program_analyst',
  'capacity_building_pm',
  'weapons_analyst',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator',
  country_portfolio_director: 'Country portfolio director',
  case_writer: 'Case writer',
  case_reviewer: 'Case reviewer (CWD)',
  notification_analyst: 'Notification analyst',
  eum_specialist: 'End-use monitoring specialist',
  program_analyst: 'Program analyst (EDA, leases, SDAF)',
  capacity_building_pm: 'Capacity-building program manager',
  weapons_analyst: 'Weapons analyst',
  auditor: 'Auditor (read-only)',
};

/** The four directorates of the Office of International Operations. */
export const DIRECTORATES = ['REX', 'GEX', 'GCD', 'WPNS'] as const;
export type Directorate = (typeof DIRECTORATES)[number];

export const DIRECTORATE_LABELS: Record<Directorate, string> = {
  REX: 'Regional Execution',
  GEX: 'Global Execution',
  GCD: 'Global Capability',
  WPNS: 'Weapons',
};
