// Where Node spends a request's time: `node --cpu-prof --cpu-prof-dir=<dir> --import tsx bench/profile-requests.ts`
// runs the case list and the largest case page in this process against PostgreSQL at demo size, then prints the
// functions with the most self time (the profile itself is left in <dir> for a closer look).
import { randomBytes } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { createApp } from '../src/app.ts';
import { wireAreas } from '../src/areas/area-module.ts';
import { cases, loaLines, loaVersions } from '../src/areas/cases/public.ts';
import { AREA_MODULES } from '../src/areas/index.ts';
import { openTestDatabase } from '../src/db/testing.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { setAuditKey } from '../src/platform/audit/key.ts';
import { principalOf } from '../src/platform/auth/principal.ts';
import { createApiToken } from '../src/platform/auth/service.ts';
import { loadConfig } from '../src/platform/config.ts';
import { users } from '../src/platform/users/schema.ts';

setAuditKey(randomBytes(32));
const database = await openTestDatabase('postgres');
try {
  const { db } = database;
  const wiring = wireAreas(AREA_MODULES);
  await seedDemo(db, wiring, { size: 'demo', seed: 1, skipEum: true });
  const app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) }, wiring);
  const [admin] = await db.select().from(users).where(eq(users.username, 'admin'));
  const { token } = await createApiToken(db, principalOf(admin!, 'system'), { name: 'profile' });
  const headers = { authorization: `Bearer ${token}` };
  const [largest] = await db
    .select({ identifier: cases.identifier })
    .from(loaLines)
    .innerJoin(loaVersions, eq(loaVersions.id, loaLines.versionId))
    .innerJoin(cases, eq(cases.id, loaVersions.caseId))
    .groupBy(cases.identifier)
    .orderBy(desc(sql`count(*)`))
    .limit(1);
  const rounds = Number(process.argv[2] ?? 1000);
  for (const path of ['/api/cases?limit=50', `/api/cases/${largest!.identifier}`]) {
    const started = performance.now();
    for (let i = 0; i < rounds; i += 1) {
      const res = await app.request(path, { headers });
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      await res.text();
    }
    process.stdout.write(`${path}: ${((performance.now() - started) / rounds).toFixed(2)} ms per request in this process\n`);
  }
} finally {
  await database.close();
}
