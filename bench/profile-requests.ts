// Where Node spends a request's time: `tsx bench/profile-requests.ts [rounds] [profile.cpuprofile]` runs the case list
// and the largest case page in this process against PostgreSQL at demo size under the CPU profiler (the requests only,
// not the seeding), prints the functions with the most self time, and can write the profile for a closer look.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
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
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  for (const path of ['/api/cases?limit=50', `/api/cases/${largest!.identifier}`]) {
    const started = performance.now();
    for (let i = 0; i < rounds; i += 1) {
      const res = await app.request(path, { headers });
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      await res.text();
    }
    process.stdout.write(`${path}: ${((performance.now() - started) / rounds).toFixed(2)} ms per request in this process\n`);
  }
  const { profile } = await session.post('Profiler.stop');
  if (process.argv[3]) writeFileSync(process.argv[3], JSON.stringify(profile));
  printSelfTime(profile, rounds * 2);
} finally {
  await database.close();
}

type Profile = Awaited<ReturnType<Session['post']>> & {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
};

/** The 25 functions with the most self time, in µs per request, idle time left out. */
function printSelfTime(profile: unknown, requests: number) {
  const { nodes, samples, timeDeltas } = profile as Profile;
  const frames = new Map(nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  samples.forEach((id, i) => {
    const f = frames.get(id)!;
    if (f.functionName === '(idle)') return;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*node_modules\//, '').replace(/^.*\/src\//, 'src/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (timeDeltas[i] ?? 0));
  });
  const busy = [...self.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`busy ${(busy / requests).toFixed(0)} µs per request; most self time:\n`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    process.stdout.write(`${(us / requests).toFixed(0).padStart(6)} µs  ${key}\n`);
  }
}
