import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPartner, updatePartner } from '../areas/countries/public.ts';
import { openTestDatabase } from '../db/testing.ts';
import { chainHash, HASH_VERSION, keyedChainHash } from '../platform/audit/hash-chain.ts';
import { TEST_AUDIT_KEY } from '../platform/testing/audit-key.setup.ts';
import { asSuperuser, restoreAuditLog, rewriteAndRehash, saveAuditLog } from '../platform/testing/audit-tampering.ts';
import { testPrincipal } from '../platform/testing/principals.ts';

const run = promisify(execFile);
const IOPS = path.resolve('bin/iops.mjs');

// The CLI is exercised as a user runs it: a separate process on an embedded data directory of its own.
describe('iops command line on the embedded database', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const iops = async (...args: string[]) => run(process.execPath, [IOPS, ...args], { env, timeout: 120_000 });
  // Each call starts a process and opens the embedded database: allow for a loaded machine.
  vi.setConfig({ testTimeout: 240_000 });
  const iopsFails = async (...args: string[]) =>
    run(process.execPath, [IOPS, ...args], { env, timeout: 120_000 }).then(
      () => {
        throw new Error(`iops ${args.join(' ')} should have failed`);
      },
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'iops-cli-'));
    env = { ...process.env, DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent', DATABASE_URL: '' };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('explains every command with --help', async () => {
    const { stdout } = await iops('--help');
    for (const command of ['serve', 'migrate', 'seed-demo', 'users', 'tokens', 'audit', 'backup', 'restore', 'countries'])
      expect(stdout).toContain(command);
    expect((await iops('users', 'add', '--help')).stdout).toContain('--roles');
  });

  it('migrates, seeds demo data once, and lists partners as JSON', async () => {
    expect((await iops('migrate')).stdout).toMatch(/Migrations applied/);
    expect((await iops('seed-demo', '--size', 'demo', '--seed', '7')).stdout).toMatch(/Loaded demo data \(seed 7\)/);
    const again = await iopsFails('seed-demo');
    expect(again.stderr).toMatch(/already has \d+ users/);
    const partners = JSON.parse((await iops('countries', 'list', '--json')).stdout) as {
      code: string;
      iso2: string | null;
      name: string;
      groups: string[];
    }[];
    expect(partners.find((p) => p.code === 'AT')).toMatchObject({
      iso2: 'AU',
      name: 'Australia',
      groups: ['AECA_36B_ALLIES', 'AECA_62C_15_DAY', 'AECA_63A_HIGHER'],
    });
    expect(partners.find((p) => p.code === 'TW')?.name).toMatch(/TECRO/);
    expect(partners.some((p) => p.iso2 === null)).toBe(true);
  });

  it('adds users, refuses bad input with the field named, and creates tokens', async () => {
    await iops(
      'users',
      'add',
      'zoe',
      '--name',
      'Zoe Writer',
      '--roles',
      'case_writer',
      '--password',
      'zoe long password',
      '--countries',
      'AT',
      '--directorates',
      'GEX',
    );
    const bad = await iopsFails('users', 'add', 'yan', '--name', 'Yan', '--roles', 'pilot', '--password', 'short');
    expect(bad.stderr).toMatch(/roles/);
    expect(bad.stderr).toMatch(/password: at least 12 characters/);
    const users = JSON.parse((await iops('users', 'list', '--json')).stdout) as { username: string; countries: string[] }[];
    expect(users.find((u) => u.username === 'zoe')?.countries).toEqual(['AT']);
    const token = JSON.parse((await iops('tokens', 'create', 'zoe', '--name', 'script', '--json')).stdout) as { token: string };
    expect(token.token).toMatch(/^iops_/);
    await iops('users', 'reset-password', 'zoe', '--password', 'zoe newer password');
  });

  it('verifies the audit chain', async () => {
    expect((await iops('audit', 'verify')).stdout).toMatch(/Audit log intact: \d+ records verified/);
  });

  it('backs up and restores the embedded data directory', async () => {
    const file = path.join(dir, 'backup.tar.gz');
    await iops('backup', file);
    expect(existsSync(file)).toBe(true);
    await iops('users', 'add', 'after.backup', '--name', 'After', '--roles', 'auditor', '--password', 'after backup password');
    expect((await iopsFails('restore', file)).stderr).toMatch(/--force/);
    await iops('restore', file, '--force');
    const users = JSON.parse((await iops('users', 'list', '--json')).stdout) as { username: string }[];
    expect(users.some((u) => u.username === 'zoe')).toBe(true);
    expect(users.some((u) => u.username === 'after.backup')).toBe(false);
    expect((await iops('audit', 'verify')).stdout).toMatch(/intact/);
  });

  it('serves, then stops cleanly on SIGTERM leaving the data directory usable', async () => {
    const child = spawn(process.execPath, [IOPS, 'serve', '--port', '0'], { env: { ...env, LOG_LEVEL: 'info' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 60_000);
      child.stdout.on('data', () => {
        const match = /IOPS is running at (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    expect(await (await fetch(`${url}/api/health`)).json()).toEqual({ status: 'ok' });
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output).toContain('stopped cleanly');
    expect((await iops('audit', 'verify')).stdout).toMatch(/intact/);
  });

  it('refuses a bad configuration value with a message naming it', async () => {
    const failure = await run(process.execPath, [IOPS, 'migrate'], { env: { ...env, PORT: 'abc' } }).catch((e: { stderr: string }) => e);
    expect((failure as { stderr: string }).stderr).toMatch(/PORT="abc"/);
  });
});

describe('iops command line on a PostgreSQL server (DATABASE_URL)', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let dir: string;
  const iops = (...args: string[]) =>
    run(process.execPath, [IOPS, ...args], {
      // DATA_DIR: where the audit key and checkpoints live by default, even when the database is a server.
      env: { ...process.env, DATABASE_URL: database.url!, DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' },
      timeout: 120_000,
    });

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    dir = mkdtempSync(path.join(tmpdir(), 'iops-cli-pg-'));
  });
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the same commands against the server, and backs up and restores with pg_dump', async () => {
    await iops('users', 'add', 'pg.user', '--name', 'On Postgres', '--roles', 'auditor', '--password', 'postgres password');
    const partners = JSON.parse((await iops('countries', 'list', '--json')).stdout) as { code: string }[];
    expect(partners.length).toBeGreaterThanOrEqual(250);
    const file = path.join(dir, 'iops.dump');
    await iops('backup', file);
    await iops('users', 'add', 'later', '--name', 'Later', '--roles', 'auditor', '--password', 'postgres password');
    await iops('restore', file);
    const users = JSON.parse((await iops('users', 'list', '--json')).stdout) as { username: string }[];
    expect(users.map((u) => u.username)).toEqual(['pg.user']);
    expect((await iops('audit', 'verify')).stdout).toMatch(/intact: 1 records/);
  });
});

// Issue 11: `iops audit verify` names each tampering a database superuser can do, holding the log against a checkpoint.
describe('iops audit verify on a PostgreSQL server, after each tampering', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let dir: string;
  let checkpointFile: string;
  const RECORDS = 12;
  const env = () => ({
    ...process.env,
    DATABASE_URL: database.url!,
    DATA_DIR: path.join(dir, 'data'),
    AUDIT_HMAC_KEY: TEST_AUDIT_KEY,
    AUDIT_CHECKPOINT_FILE: checkpointFile,
    LOG_LEVEL: 'silent',
  });
  const verify = () =>
    run(process.execPath, [IOPS, 'audit', 'verify'], { env: env(), timeout: 120_000 }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
  vi.setConfig({ testTimeout: 240_000 });

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    dir = mkdtempSync(path.join(tmpdir(), 'iops-cli-audit-'));
    checkpointFile = path.join(dir, 'kept', 'checkpoints.jsonl');
    const admin = testPrincipal(['administrator']);
    for (let i = 1; i <= RECORDS; i += 1) {
      const { version } = await getPartner(database.db, admin, 'AT');
      await updatePartner(database.db, admin, 'AT', { version, notes: `edit ${i}` });
    }
    await saveAuditLog(database.db);
  });
  beforeEach(() => restoreAuditLog(database.db));
  afterAll(async () => {
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a signed checkpoint, and finds the log intact against it', async () => {
    const { stdout } = await run(process.execPath, [IOPS, 'audit', 'checkpoint', '--out', checkpointFile], { env: env() });
    expect(JSON.parse(stdout)).toMatchObject({ seq: RECORDS, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(readFileSync(checkpointFile, 'utf8').trim()).toBe(stdout.trim());
    expect(await verify()).toEqual({
      code: 0,
      stdout: `Audit log intact: ${RECORDS} records verified (${RECORDS} keyed, 0 unkeyed from before the audit key); 1 checkpoints hold\n`,
    });
  });

  it('finds TRUNCATE', async () => {
    await asSuperuser(database.db, () => database.db.execute(sql`truncate audit_log`));
    expect(await verify()).toMatchObject({
      code: 3,
      stdout: expect.stringMatching(/BROKEN: log is empty but the checkpoint of \S+ says 12/),
    });
  });

  it('finds the newest 5 records deleted', async () => {
    await asSuperuser(database.db, () => database.db.execute(sql`delete from audit_log where seq > 7`));
    expect(await verify()).toMatchObject({
      code: 3,
      stdout: expect.stringMatching(/BROKEN: records after 7 are missing: the checkpoint of \S+ says 12/),
    });
  });

  it('finds record 6 rewritten and 6–12 re-hashed without the key', async () => {
    await rewriteAndRehash(database.db, 6, HASH_VERSION.unkeyed, chainHash);
    expect(await verify()).toMatchObject({ code: 3, stdout: expect.stringMatching(/BROKEN: record 6: unkeyed hash after keyed records/) });
    await restoreAuditLog(database.db);
    const wrongKey = Buffer.from('not the audit key, but long enough to be one', 'utf8');
    await rewriteAndRehash(database.db, 6, HASH_VERSION.keyed, (prev, content) => keyedChainHash(wrongKey, prev, content));
    expect(await verify()).toMatchObject({
      code: 3,
      stdout: expect.stringMatching(/BROKEN: record 6: hash does not match its content \(keyed\)/),
    });
  });

  it('finds a middle record edited', async () => {
    await asSuperuser(database.db, () => database.db.execute(sql`update audit_log set actor_name = 'mallory' where seq = 6`));
    expect(await verify()).toMatchObject({
      code: 3,
      stdout: expect.stringMatching(/BROKEN: record 6: hash does not match its content \(keyed\) \(5 records before it verified\)/),
    });
  });
});
