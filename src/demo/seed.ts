import { asc, sql } from 'drizzle-orm';
import type { DemoContext, Wiring } from '../areas/area-module.ts';
import { partners } from '../areas/countries/public.ts';
import type { Db } from '../db/client.ts';
import { SYSTEM_PRINCIPAL } from '../platform/access/policy.ts';
import { todayIso } from '../platform/dates.ts';
import { users } from '../platform/users/schema.ts';
import { createUsers } from '../platform/users/service.ts';
import { type DatasetSize, SIZES } from './sizes.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateStaff } from './users.ts';

export interface SeedOptions {
  size: DatasetSize;
  seed: number;
  /** Leave end-use monitoring out (the benchmark loads and times it on its own). */
  skipEum?: boolean;
}

export class AlreadySeededError extends Error {}

/**
 * Loads the deterministic demo (or benchmark) dataset into an empty database: the demo accounts and staff, then each
 * area's part, by the loader its module declares (`demo`), in their `order`. Demo data is written through the services
 * as the system, with the wired areas, so it is audited and passes the offer gates and markings like anyone's writes.
 */
export async function seedDemo(db: Db, wiring: Wiring, options: SeedOptions) {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if ((existing?.n ?? 0) > 0)
    throw new AlreadySeededError(`The database already has ${existing!.n} users; demo data goes into an empty database only`);
  const partnerCodes = (
    await db.select({ code: partners.code }).from(partners).where(sql`${partners.kind} = 'country'`).orderBy(asc(partners.code))
  ).map((p) => p.code);
  const accounts = [
    ...DEMO_ACCOUNTS.map((a) => ({ ...a, password: DEMO_PASSWORD, email: `${a.username}@iops.example` })),
    ...generateStaff(options.seed, SIZES[options.size].extraUsers, partnerCodes),
  ];
  const created = await createUsers(db, wiring.partners, SYSTEM_PRINCIPAL, accounts);
  const today = todayIso();
  const context: DemoContext = {
    db,
    wiring,
    actor: SYSTEM_PRINCIPAL,
    size: options.size,
    seed: options.seed,
    today,
    partnerCodes,
    skipEum: options.skipEum ?? false,
  };
  const counts: Record<string, number | null> = {};
  const loaders = wiring.modules.flatMap((m) => (m.demo ? [{ area: m.id, loader: m.demo }] : []));
  for (const { area, loader } of loaders.sort((a, b) => a.loader.order - b.loader.order)) {
    for (const [name, count] of Object.entries(await loader.load(context))) {
      if (name in counts) throw new Error(`Demo loader of ${area} reports "${name}", already reported by another area`);
      counts[name] = count;
    }
  }
  // Bulk-loaded records bypass the services: decide their markings once, as at start-up.
  await db.transaction((tx) => wiring.refreshMarkings(tx, today));
  return {
    ...counts,
    size: options.size,
    seed: options.seed,
    users: created,
    cases: counts.cases ?? 0,
    notifications: counts.notifications ?? null,
    appropriations: counts.appropriations ?? 0,
    eumItems: counts.eumItems ?? 0,
    login: { username: 'admin', password: DEMO_PASSWORD },
  };
}
