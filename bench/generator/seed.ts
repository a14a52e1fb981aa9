import { asc, sql } from 'drizzle-orm';
import { partners } from '../../src/areas/countries/schema.ts';
import type { Db } from '../../src/db/client.ts';
import { SYSTEM_PRINCIPAL } from '../../src/platform/access/policy.ts';
import { createUsers } from '../../src/platform/users/service.ts';
import { users } from '../../src/platform/users/schema.ts';
import { SIZES, type DatasetSize } from './sizes.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateStaff } from './users.ts';

export interface SeedOptions {
  size: DatasetSize;
  seed: number;
}

export class AlreadySeededError extends Error {}

/** Loads the deterministic demo (or benchmark) dataset through the services, so it is audited like any write. */
export async function seedDemo(db: Db, options: SeedOptions) {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if ((existing?.n ?? 0) > 0) throw new AlreadySeededError(`The database already has ${existing!.n} users; demo data goes into an empty database only`);
  const size = SIZES[options.size];
  const partnerCodes = (await db.select({ code: partners.code }).from(partners).where(sql`${partners.kind} = 'country'`).orderBy(asc(partners.code))).map((p) => p.code);
  const accounts = [
    ...DEMO_ACCOUNTS.map((a) => ({ ...a, password: DEMO_PASSWORD, email: `${a.username}@iops.example` })),
    ...generateStaff(options.seed, size.extraUsers, partnerCodes),
  ];
  const created = await createUsers(db, SYSTEM_PRINCIPAL, accounts);
  return { size: options.size, seed: options.seed, users: created, login: { username: 'admin', password: DEMO_PASSWORD } };
}
