import { en, Faker } from '@faker-js/faker';
import { type Directorate, ROLES, type Role } from '../platform/access/roles.ts';
import type { CreateUserInput } from '../platform/users/model.ts';

/** The password of every demo account; printed at start so a new user can sign in. Never use demo data in production. */
export const DEMO_PASSWORD = 'iops-demo-password';

type Seat = Omit<CreateUserInput, 'password'>;
const everywhere = { allDirectorates: true, directorates: [], allCountries: true, countries: [] };
const scoped = (directorates: Directorate[], countries: string[]) => ({
  allDirectorates: false,
  directorates,
  allCountries: false,
  countries,
});

/** One named account per role, so a demo shows what each kind of user sees. */
export const DEMO_ACCOUNTS: readonly Seat[] = [
  { username: 'admin', displayName: 'Alex Admin', roles: ['administrator'], ...everywhere },
  { username: 'auditor', displayName: 'Ines Auditor', roles: ['auditor'], ...everywhere },
  {
    username: 'cpd.europe',
    displayName: 'Dana Portfolio (Europe)',
    roles: ['country_portfolio_director'],
    ...scoped(['REX', 'GEX', 'GCD', 'WPNS'], ['PL', 'RO', 'EN', 'LG', 'LH']),
  },
  { username: 'writer.australia', displayName: 'Wes Writer (Australia)', roles: ['case_writer'], ...scoped(['GEX'], ['AT']) },
  { username: 'reviewer', displayName: 'Rita Reviewer (CWD)', roles: ['case_reviewer'], ...scoped(['GEX'], []), allCountries: true },
  {
    username: 'cn.analyst',
    displayName: 'Nate Notifications',
    roles: ['notification_analyst'],
    ...scoped(['GEX'], []),
    allCountries: true,
  },
  {
    username: 'eum.gulf',
    displayName: 'Eva Monitoring (Gulf)',
    roles: ['eum_specialist'],
    ...scoped(['GEX'], ['SA', 'KU', 'BA', 'QA', 'AE']),
  },
  {
    username: 'programs',
    displayName: 'Pat Programs (EDA, leases, SDAF)',
    roles: ['program_analyst'],
    ...scoped(['GEX'], []),
    allCountries: true,
  },
  {
    username: 'bpc.pm',
    displayName: 'Cam Capacity (Section 333)',
    roles: ['capacity_building_pm'],
    ...scoped(['GCD'], []),
    allCountries: true,
  },
  { username: 'weapons', displayName: 'Wyn Weapons', roles: ['weapons_analyst'], ...scoped(['WPNS'], []), allCountries: true },
];

const ROLE_DIRECTORATE: Record<Role, Directorate[]> = {
  administrator: [],
  auditor: [],
  country_portfolio_director: ['REX', 'GEX', 'GCD', 'WPNS'],
  case_writer: ['GEX'],
  case_reviewer: ['GEX'],
  notification_analyst: ['GEX'],
  eum_specialist: ['GEX'],
  program_analyst: ['GEX'],
  capacity_building_pm: ['GCD'],
  weapons_analyst: ['WPNS'],
};

/** Deterministic extra staff: same seed, same people, roles and scopes. */
export function generateStaff(seed: number, count: number, partnerCodes: readonly string[]): CreateUserInput[] {
  const faker = new Faker({ locale: [en], seed });
  const workingRoles = ROLES.filter((r) => r !== 'administrator' && r !== 'auditor');
  const taken = new Set(DEMO_ACCOUNTS.map((a) => a.username));
  const staff: CreateUserInput[] = [];
  while (staff.length < count) {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    const base = `${first}.${last}`
      .toLowerCase()
      .replace(/[^a-z.]/g, '')
      .slice(0, 30);
    let username = base;
    for (let n = 2; taken.has(username); n++) username = `${base}${n}`;
    taken.add(username);
    const role = faker.helpers.arrayElement(workingRoles);
    const countries = faker.helpers.arrayElements(partnerCodes, { min: 1, max: 6 });
    staff.push({
      username,
      displayName: `${first} ${last}`,
      email: `${username}@iops.example`,
      password: DEMO_PASSWORD,
      roles: [role],
      ...scoped(ROLE_DIRECTORATE[role], faker.datatype.boolean(0.3) ? [] : countries),
      allCountries: false,
    });
  }
  return staff;
}
