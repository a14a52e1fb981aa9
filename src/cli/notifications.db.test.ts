import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const IOPS = path.resolve('bin/iops.mjs');

describe('iops notifications determine', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const iops = (...args: string[]) => run(process.execPath, [IOPS, ...args], { env, timeout: 120_000 });

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'iops-cn-'));
    env = { ...process.env, DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent', DATABASE_URL: '' };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('decides one sale from flags, as text and as JSON', async () => {
    const text = await iops(
      'notifications',
      'determine',
      '--partner',
      'AT',
      '--mde',
      '25000000',
      '--total',
      '120000000',
      '--as-of',
      '2024-06-01',
    );
    expect(text.stdout).toMatch(/AT on 2024-06-01: notification REQUIRED — formal review 15 calendar days/);
    const json = JSON.parse(
      (
        await iops(
          'notifications',
          'determine',
          '--partner',
          'SA',
          '--mde',
          '13999999',
          '--total',
          '13999999',
          '--dc',
          '0',
          '--as-of',
          '2024-06-01',
          '--json',
        )
      ).stdout,
    );
    expect(json).toMatchObject({ required: false, reviewDays: null, tieredReviewDays: null });
  });

  it('decides a file of requests in order, a bad entry giving an error in its place', async () => {
    const file = path.join(dir, 'sales.json');
    writeFileSync(
      file,
      JSON.stringify([
        { partnerCode: 'AT', mdeValue: 25000000, totalValue: 120000000, designConstructionValue: 0, asOf: '2024-06-01' },
        { partnerCode: 'AT', mdeValue: 'lots', totalValue: 1 },
        { partnerCode: 'SA', mdeValue: 0, totalValue: 0, designConstructionValue: 200000000, asOf: '2024-06-01' },
      ]),
    );
    const out = JSON.parse((await iops('notifications', 'determine', '--input', file, '--json')).stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ required: true, reviewDays: 15 });
    expect(out[1]).toMatchObject({ error: { fields: [{ path: 'mdeValue' }] } });
    expect(out[2]).toMatchObject({ required: true, reviewDays: 30 });
  });

  it('names the line of a file that is not JSON, and refuses missing flags', async () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '[\n  {"partnerCode": "AT"},\n  {oops}\n]\n');
    const failed = await iops('notifications', 'determine', '--input', file).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).not.toBe(0);
    expect(failed?.stderr).toMatch(/broken\.json line 3: not valid JSON/);
    const missing = await iops('notifications', 'determine', '--partner', 'AT').then(
      () => null,
      (e: { stderr: string }) => e,
    );
    expect(missing?.stderr).toMatch(/Give --partner, --mde and --total/);
  });
});
