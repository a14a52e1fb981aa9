import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `iops partners invite-admin <partner> <email>` (issue 17): the agency makes a partner's host-nation administrator,
// printing a one-time invitation; an unknown partner is named and refused.

const run = promisify(execFile);
const IOPS = path.resolve('bin/iops.mjs');

describe('iops partners invite-admin', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const iops = (...args: string[]) => run(process.execPath, [IOPS, ...args], { env, timeout: 120_000 });
  const iopsFails = (...args: string[]) =>
    iops(...args).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'iops-partners-'));
    env = { ...process.env, DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent', DATABASE_URL: '' };
    await iops('migrate');
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the administrator and the alternate with an invitation each, and refuses an unknown partner', async () => {
    const made = JSON.parse((await iops('partners', 'invite-admin', 'at', 'hna@defence.example', '--json')).stdout) as {
      user: { username: string; role: string; partnerCode: string };
      invitation: { token: string; expiresAt: string };
    };
    expect(made.user).toMatchObject({ username: 'hna@defence.example', role: 'administrator' });
    expect(made.invitation.token.length).toBeGreaterThan(20);

    const text = (await iops('partners', 'invite-admin', 'AT', 'alt@defence.example', '--alternate')).stdout;
    expect(text).toMatch(/Invited alt@defence\.example as alternate of AT\./);
    expect(text).toMatch(/One-time invitation/);

    const unknown = await iopsFails('partners', 'invite-admin', 'QQ', 'x@nowhere.example');
    expect(unknown?.code).not.toBe(0);
    expect(unknown?.stderr).toMatch(/no partner with code QQ/);

    const again = await iopsFails('partners', 'invite-admin', 'AT', 'hna@defence.example');
    expect(again?.code).not.toBe(0);
  }, 180_000);
});
