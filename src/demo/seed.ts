import { asc, sql } from 'drizzle-orm';
import type { Wiring } from '../areas/area-module.ts';
import { partners } from '../areas/countries/public.ts';
import type { Db } from '../db/client.ts';
import { SYSTEM_PRINCIPAL } from '../platform/access/policy.ts';
import { todayIso } from '../platform/dates.ts';
import { users } from '../platform/users/schema.ts';
import { createUsers } from '../platform/users/service.ts';
import { bulkLoadCases } from './bulk-load-cases.ts';
import { bulkLoadEum } from './bulk-load-eum.ts';
import { bulkLoadNotifications } from './bulk-load-notifications.ts';
import { generateCases } from './cases.ts';
import { bulkLoadFunds, loadFundsThroughServices } from './funds.ts';
import { loadCasesThroughServices } from './load-cases.ts';
import { loadEumThroughServices } from './load-eum.ts';
import { type DatasetSize, SIZES } from './sizes.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateStaff } from './users.ts';

export interface SeedOptions {
  size: DatasetSize;
  seed: number;
  /** Leave end-use monitoring out (the benchmark loads and times it on its own). */
  skipEum?: boolean;
}

export class AlreadySeededError extends Error {}

/** Loads the deterministic demo (or benchmark) dataset through the services, so it is audited like any write. */
/** Offer gates and markings apply to demo data as to anyone's: the services are called with the wired areas. */
export async function seedDemo(db: Db, wiring: Wiring, options: SeedOptions) {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if ((existing?.n ?? 0) > 0)
    throw new AlreadySeededError(`The database already has ${existing!.n} users; demo data goes into an empty database only`);
  const size = SIZES[options.size];
  const partnerCodes = (
    await db.select({ code: partners.code }).from(partners).where(sql`${partners.kind} = 'country'`).orderBy(asc(partners.code))
  ).map((p) => p.code);
  const accounts = [
    ...DEMO_ACCOUNTS.map((a) => ({ ...a, password: DEMO_PASSWORD, email: `${a.username}@iops.example` })),
    ...generateStaff(options.seed, size.extraUsers, partnerCodes),
  ];
  const created = await createUsers(db, wiring.partners, SYSTEM_PRINCIPAL, accounts);
  const today = todayIso();
  // Demo cases favour the partners the demo accounts work on, so each account has something to see.
  // Bench spreads cases over every partner; demo keeps to the partners the demo accounts work on and a few more.
  const casePartners =
    options.size === 'demo' ? ['AT', 'PL', 'RO', 'EN', 'LG', 'LH', 'SA', 'KU', 'BA', 'QA', 'AE', 'JA', 'KS', 'IS', 'TW'] : partnerCodes;
  const specs = generateCases(
    options.seed,
    size.cases,
    casePartners.filter((c) => partnerCodes.includes(c)),
    today,
  );
  const cases =
    options.size === 'demo'
      ? await loadCasesThroughServices(db, wiring, SYSTEM_PRINCIPAL, specs, today)
      : await bulkLoadCases(db, SYSTEM_PRINCIPAL, specs, today);
  const notices = options.size === 'demo' ? null : await bulkLoadNotifications(db, SYSTEM_PRINCIPAL, today);
  const funds =
    options.size === 'demo'
      ? await loadFundsThroughServices(db, SYSTEM_PRINCIPAL, options.seed, today)
      : await bulkLoadFunds(db, SYSTEM_PRINCIPAL, options.seed, today);
  const eumItems = options.skipEum
    ? 0
    : options.size === 'demo'
      ? await loadEumThroughServices(db, SYSTEM_PRINCIPAL, today)
      : (await bulkLoadEum(db, SYSTEM_PRINCIPAL, today, size.eumItems)).recorded;
  // Bulk-loaded records bypass the services: decide their markings once, as at start-up.
  await db.transaction((tx) => wiring.refreshMarkings(tx, today));
  return {
    size: options.size,
    seed: options.seed,
    users: created,
    cases,
    notifications: notices,
    appropriations: funds,
    eumItems,
    login: { username: 'admin', password: DEMO_PASSWORD },
  };
}
