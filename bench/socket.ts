// Socket-level load (issue 18): autocannon at c = 1, 8 and 32 against a real `iops serve` on PostgreSQL, each endpoint
// beside its SQL replayed by as many parallel pg clients (pgbench-style: each client runs the request's statements one
// after another, as captured from the app) and beside a bare Hono server sending the same JSON. Limits: case list and
// case page ≥ 0.8 of their SQL at c=8; portfolio overview ≥ 50 req/s with p99 < 500 ms; no time-out at c=32.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { row } from './measure.ts';
import type { SocketEndpoint } from './socket-endpoints.ts';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };
interface Statement {
  text: string;
  values?: unknown[];
}

/** The statements `path` runs, in order, and the JSON it answers: recorded from the app in this process. */
async function capture(app: App, path: string, headers: Record<string, string>) {
  const statements: Statement[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, config: unknown, values?: unknown, ...rest: unknown[]) {
    if (typeof config === 'string') statements.push({ text: config, values: Array.isArray(values) ? values : undefined });
    else if (config && typeof config === 'object' && 'text' in config) {
      const { text, values: v } = config as Statement;
      statements.push({ text, values: v ?? (Array.isArray(values) ? values : undefined) });
    }
    return (original as (...args: unknown[]) => unknown).call(this, config, values, ...rest);
  } as typeof original;
  try {
    const res = await app.request(path, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${path}: status ${res.status}`);
    return { statements, body };
  } finally {
    pg.Client.prototype.query = original;
  }
}

/** Transactions per second of `statements` run by `clients` connections, each replaying them in a loop. */
async function replay(url: string, statements: readonly Statement[], clients: number, seconds: number) {
  const connections = await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  let done = 0;
  const until = performance.now() + seconds * 1000;
  try {
    await Promise.all(
      connections.map(async (client) => {
        while (performance.now() < until) {
          for (const s of statements) await client.query(s.text, s.values as unknown[]);
          done += 1;
        }
      }),
    );
  } finally {
    await Promise.all(connections.map((c) => c.end()));
  }
  return done / seconds;
}

async function load(url: string, headers: Record<string, string>, connections: number, seconds: number) {
  const result = await autocannon({ url, connections, duration: seconds, headers, timeout: 10 });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.timeouts + result.errors + result.non2xx,
  };
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(ready)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}): ${out.slice(-2000)}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const ms = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;

export async function benchSocket(
  app: App,
  databaseUrl: string,
  headers: Record<string, string>,
  endpoints: readonly SocketEndpoint[],
  { seconds = 5 } = {},
) {
  const captured = [];
  for (const endpoint of endpoints) captured.push({ ...endpoint, ...(await capture(app, endpoint.path, headers)) });
  const dir = mkdtempSync(join(tmpdir(), 'iops-socket-'));
  const bodiesFile = join(dir, 'bodies.json');
  writeFileSync(bodiesFile, JSON.stringify(Object.fromEntries(captured.map((c) => [c.path, c.body]))));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const iops = await start(
    process.execPath,
    ['bin/iops.mjs', 'serve', '--port', String(port)],
    { DATABASE_URL: databaseUrl, DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', AUDIT_HMAC_KEY: 'bench-socket-key-'.repeat(3) },
    'IOPS is running at',
  );
  const bare = await start(process.execPath, ['--import', 'tsx', 'bench/bare-server.ts', String(port + 1), bodiesFile], {}, 'listening');
  try {
    process.stdout.write(`\n  over a socket (autocannon ${seconds} s each; SQL replayed by parallel pg clients; bare Hono, same JSON)\n`);
    row('endpoint (JSON kB, statements)', 'c=1 req/s p50', 'c=8 req/s p50', 'c=8 p99', 'c=32 req/s', 'SQL c=8 tps', 'API/SQL', 'bare c=8');
    for (const c of captured) {
      const url = (base: number) => `http://127.0.0.1:${base}${c.path}`;
      const [one, eight, many] = [
        await load(url(port), headers, 1, seconds),
        await load(url(port), headers, 8, seconds),
        await load(url(port), headers, 32, seconds),
      ];
      const sql = await replay(databaseUrl, c.statements, 8, seconds);
      const bareEight = await load(url(port + 1), {}, 8, seconds);
      row(
        `${c.label} (${Math.round(c.body.length / 1024)} kB, ${c.statements.length})`,
        `${Math.round(one.rps)}, ${ms(one.p50)}`,
        `${Math.round(eight.rps)}, ${ms(eight.p50)}`,
        ms(eight.p99),
        `${Math.round(many.rps)}${many.failed ? ` (${many.failed} failed)` : ''}`,
        Math.round(sql).toLocaleString('en-US'),
        (eight.rps / sql).toFixed(2),
        Math.round(bareEight.rps).toLocaleString('en-US'),
        c.limit ?? '',
      );
    }
  } finally {
    await Promise.all([stop(iops), stop(bare)]);
  }
}

// `tsx bench/socket.ts [--seconds N] [--eum-items N]`: this load alone, on PostgreSQL at demo size plus N EUM items;
// `--database-url URL`: on a database already loaded (e.g. at bench size by an earlier run), which it leaves as it is.
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const { randomBytes } = await import('node:crypto');
  const { eq } = await import('drizzle-orm');
  const pino = (await import('pino')).default;
  const { setAuditKey } = await import('../src/platform/audit/key.ts');
  const { openTestDatabase } = await import('../src/db/testing.ts');
  const { seedDemo } = await import('../src/demo/seed.ts');
  const { wireAreas } = await import('../src/areas/area-module.ts');
  const { AREA_MODULES } = await import('../src/areas/index.ts');
  const { bulkLoadEum } = await import('../src/areas/eum/public.ts');
  const { createApp } = await import('../src/app.ts');
  const { loadConfig } = await import('../src/platform/config.ts');
  const { users } = await import('../src/platform/users/schema.ts');
  const { principalOf } = await import('../src/platform/auth/principal.ts');
  const { createApiToken } = await import('../src/platform/auth/service.ts');
  const { SYSTEM_PRINCIPAL } = await import('../src/platform/access/policy.ts');
  const { todayIso } = await import('../src/platform/dates.ts');
  const { largestCase, SOCKET_ENDPOINTS } = await import('./socket-endpoints.ts');
  const { migrateDatabase, openDatabase } = await import('../src/db/client.ts');
  setAuditKey(randomBytes(32));
  const existing = process.argv.indexOf('--database-url') > 0 ? process.argv[process.argv.indexOf('--database-url') + 1] : undefined;
  const database = existing ? { ...(await openDatabase({ databaseUrl: existing })), url: existing } : await openTestDatabase('postgres');
  try {
    const wiring = wireAreas(AREA_MODULES);
    if (existing) await migrateDatabase(database);
    if (!existing) {
      await seedDemo(database.db, wiring, { size: 'demo', seed: 1, skipEum: true });
      await bulkLoadEum(database.db, SYSTEM_PRINCIPAL, todayIso(), arg('--eum-items', 20_000), 2);
    }
    const app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) }, wiring);
    const [admin] = await database.db.select().from(users).where(eq(users.username, 'admin'));
    const { token } = await createApiToken(database.db, principalOf(admin!, 'system'), { name: 'socket' });
    const endpoints = SOCKET_ENDPOINTS(await largestCase(database.db));
    await benchSocket(app, database.url!, { authorization: `Bearer ${token}` }, endpoints, { seconds: arg('--seconds', 5) });
  } finally {
    await database.close();
  }
}
