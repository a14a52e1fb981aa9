import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseWithLines } from './areas/eum/test-fixtures.ts';
import { testWiring } from './areas/testing.ts';
import type { Database } from './db/client.ts';
import { openTestDatabase } from './db/testing.ts';
import { verifyAuditChain } from './platform/audit/service.ts';
import { TEST_AUDIT_KEY } from './platform/testing/audit-key.setup.ts';
import { testPrincipal } from './platform/testing/principals.ts';
import { createUser } from './platform/users/service.ts';

// Two API processes and one worker on one PostgreSQL, as `iops serve --no-jobs` ×2 and `iops worker` run them: what one
// process keeps in memory would show here as a session unknown to the other, a count that starts again, a chain fork.
const BIN = path.resolve('bin/iops.mjs');
const PASSWORD = 'a long enough password';
const LOCKOUT = 3;
const PER_IP = 12;
const ROWS = 20_000;

interface Proc {
  child: ChildProcess;
  url: string;
}

function start(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<Proc> {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start:\n${out}`)), 90_000);
    const seen = (chunk: Buffer) => {
      out += chunk.toString();
      const match = ready.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] ?? '' });
      }
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${out}`)));
  });
}

const stop = (p: Proc | undefined) =>
  p && p.child.exitCode === null
    ? new Promise<void>((resolve) => {
        p.child.once('exit', () => resolve());
        p.child.kill('SIGTERM');
      })
    : Promise.resolve();

describe('two API processes and a worker on one PostgreSQL', () => {
  let database: Database & { url?: string };
  let a: Proc;
  let b: Proc;
  let worker: Proc;
  let caseId = '';

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    const admin = testPrincipal(['administrator']);
    const account = (username: string, roles: ('administrator' | 'case_writer')[]) =>
      createUser(database.db, testWiring.partners, admin, {
        username,
        displayName: username,
        password: PASSWORD,
        roles,
        allDirectorates: true,
        directorates: [],
        allCountries: true,
        countries: [],
      });
    await account('multi.admin', ['administrator']);
    await account('multi.writer', ['case_writer']);
    caseId = (await caseWithLines(database.db, 'AT', 'Radios')).identifier;
    const env = {
      ...process.env,
      DATABASE_URL: database.url!,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'iops-multi-')),
      AUDIT_HMAC_KEY: TEST_AUDIT_KEY,
      LOG_LEVEL: 'warn',
      LOCKOUT_THRESHOLD: String(LOCKOUT),
      AUTH_FAILURES_PER_IP: String(PER_IP),
      PORT: '0',
    };
    const listening = /IOPS is running at (http:\/\/\S+)/;
    // The first start creates pg-boss's schema; the others then find it.
    a = await start(['serve', '--no-jobs'], env, listening);
    [b, worker] = await Promise.all([start(['serve', '--no-jobs'], env, listening), start(['worker'], env, /(IOPS worker) taking jobs/)]);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([stop(a), stop(b), stop(worker)]);
    await database?.close();
  });

  const signIn = (proc: Proc, username: string, password: string) =>
    fetch(`${proc.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  it('a session signed in on one process is used on the other', async () => {
    const res = await signIn(a, 'multi.admin', PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const session = await fetch(`${b.url}/api/auth/session`, { headers: { cookie } });
    expect(session.status).toBe(200);
    expect(((await session.json()) as { user: { username: string } }).user.username).toBe('multi.admin');
  });

  it('failed sign-ins count across both processes toward the lock-out', async () => {
    for (const proc of [a, b, a].slice(0, LOCKOUT)) expect((await signIn(proc, 'multi.writer', 'wrong password!!')).status).toBe(401);
    const [row] = (await database.executeSql(`select locked_until from users where username = 'multi.writer'`)).rows as {
      locked_until: Date | null;
    }[];
    expect(row?.locked_until).not.toBeNull();
    expect((await signIn(b, 'multi.writer', PASSWORD)).status).toBe(401); // locked, whichever process is asked
  });

  it('the failed-authentication rate limit is shared: its allowance is spent once, not once per process', async () => {
    let tries = 0;
    let status = 0;
    while (status !== 429 && tries < 2 * PER_IP) {
      const proc = tries % 2 ? b : a;
      tries += 1;
      status = (await fetch(`${proc.url}/api/cases`, { headers: { authorization: 'Bearer iops_not-a-token' } })).status;
    }
    expect(status).toBe(429);
    expect(tries).toBeLessThanOrEqual(PER_IP);
    for (const proc of [a, b]) {
      expect((await fetch(`${proc.url}/api/cases`, { headers: { authorization: 'Bearer iops_not-a-token' } })).status).toBe(429);
    }
  });

  it('the audit chain verifies after concurrent writes through both processes, and a large import runs once as a job', async () => {
    // The rate limit above spent this address's allowance for failures; a successful sign-in is not a failure.
    await database.executeSql(`delete from rate_limits`);
    const signedIn = await signIn(a, 'multi.admin', PASSWORD);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const writes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        fetch(`${(i % 2 ? b : a).url}/api/saved-views`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ area: 'cases', name: `view ${i}`, query: `q=${i}` }),
        }),
      ),
    );
    expect(writes.map((r) => r.status)).toEqual(writes.map(() => 201));

    const lines = ['case,line,item_type,serial_number,delivered_on,site'];
    for (let i = 0; i < ROWS; i += 1) lines.push(`${caseId},002,ROUTINE,MP-${i},2025-03-01,`);
    const upload = await fetch(`${a.url}/api/jobs/eum.import-deliveries/upload`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body: lines.join('\n'),
    });
    expect(upload.status).toBe(202);
    const job = (await upload.json()) as { id: string };
    let state: { state: string; attempts: number; result: { recorded: number; errorCount: number } } | undefined;
    for (let i = 0; i < 600 && !['completed', 'failed'].includes(state?.state ?? ''); i += 1) {
      await sleep(200);
      state = (await (await fetch(`${b.url}/api/jobs/${job.id}`, { headers })).json()) as typeof state;
    }
    expect(state).toMatchObject({ state: 'completed', attempts: 1, result: { recorded: ROWS, errorCount: 0 } });
    const [counted] = (await database.executeSql(`select count(*)::int as n from eum_items where serial_number like 'MP-%'`)).rows as {
      n: number;
    }[];
    expect(counted?.n).toBe(ROWS);
    const [runs] = (
      await database.executeSql(`select count(*)::int as n from audit_log where entity_id = $1 and action = 'job.completed'`, [job.id])
    ).rows as { n: number }[];
    expect(runs?.n).toBe(1);

    const verdict = await verifyAuditChain(database.db);
    expect(verdict).toMatchObject({ ok: true });
  });
});
