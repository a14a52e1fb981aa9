import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const IOPS = path.resolve('bin/iops.mjs');

describe('iops leases determine and iops eda determine', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const iops = (...args: string[]) => run(process.execPath, [IOPS, ...args], { env, timeout: 120_000 });
  const file = (name: string, content: unknown) => {
    const at = path.join(dir, name);
    writeFileSync(at, typeof content === 'string' ? content : JSON.stringify(content));
    return at;
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'iops-det-'));
    env = { ...process.env, DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent', DATABASE_URL: '' };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('decides a file of leases in order, a bad entry (a term beyond AECA 61) giving an error in its place', async () => {
    const input = file('leases.json', [
      { partnerCode: 'JA', termMonths: 24, mdeValue: 25_000_000, totalValue: 25_000_000, asOf: '2025-01-01' },
      { partnerCode: 'SA', termMonths: 61, mdeValue: 0, totalValue: 0, asOf: '2025-01-01' },
      { partnerCode: 'SA', termMonths: 6, mdeValue: 20_000_000, totalValue: 20_000_000, asOf: '2025-01-01' },
    ]);
    const out = JSON.parse((await iops('leases', 'determine', '--input', input, '--json')).stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ certificationRequired: true, reviewDays: 15, jointResolutionReview: true });
    expect(out[1]).toMatchObject({ error: { fields: [{ path: 'termMonths' }] } });
    expect(out[2]).toMatchObject({ certificationRequired: false, reviewDays: null, jointResolutionReview: false });
  });

  it('decides a file of EDA transfers in order, a bad entry giving an error in its place', async () => {
    const input = file('eda.json', [
      { partnerCode: 'GR', originalAcquisitionValue: 7_000_000, sme: false, asOf: '2025-01-01' },
      { partnerCode: 'GR', originalAcquisitionValue: 'lots', sme: false },
      { partnerCode: 'GR', originalAcquisitionValue: 6_999_999, sme: true, asOf: '2025-01-01' },
    ]);
    const out = JSON.parse((await iops('eda', 'determine', '--input', input, '--json')).stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ noticeRequired: true, noticeDays: 30 });
    expect(out[1]).toMatchObject({ error: { fields: [{ path: 'originalAcquisitionValue' }] } });
    expect(out[2]).toMatchObject({ noticeRequired: false, noticeDays: null });
  });

  it('names a file that is not JSON, or not an array, and exits non-zero', async () => {
    const fail = (...args: string[]) =>
      iops(...args).then(
        () => null,
        (e: { code: number; stderr: string }) => e,
      );
    const broken = await fail('leases', 'determine', '--input', file('broken.json', '[\n  {"partnerCode": "AT"},\n  {oops}\n]\n'));
    expect(broken?.code).not.toBe(0);
    expect(broken?.stderr).toMatch(/broken\.json line 3: not valid JSON/);
    const object = await fail('eda', 'determine', '--input', file('object.json', { partnerCode: 'GR' }));
    expect(object?.code).not.toBe(0);
    expect(object?.stderr).toMatch(/object\.json: expected a JSON array of EDA determination requests/);
  });
});
