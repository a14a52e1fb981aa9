import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, saveVersion } from '../areas/cases/public.ts';
import { addCertification, createInventory, createSite } from '../areas/eum/public.ts';
import { testWiring } from '../areas/testing.ts';
import type { Db } from '../db/client.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { SYSTEM_PRINCIPAL } from '../platform/access/policy.ts';

/** A case of the partner with EEUM lines 001…012 (the EUM area's fixture, which its public.ts no longer re-exports). */
async function caseWithLines(db: Db, partnerCode: string, title: string) {
  const created = await createCase(db, SYSTEM_PRINCIPAL, { partnerCode, agencyCode: 'B', type: 'defined_order', title });
  await saveVersion(db, testWiring.caseHooks, SYSTEM_PRINCIPAL, created.identifier, 0, {
    revision: 1,
    lines: Array.from({ length: 12 }, (_, i) => ({
      lineNumber: String(i + 1).padStart(3, '0'),
      description: `${title} line ${i + 1}`,
      maslGenericCode: 'A1A',
      maslNumber: `2840015200${String(i).padStart(3, '0')}`,
      quantity: 10,
      unitOfIssue: 'EA',
      unitCostCents: 100_000,
      mde: false,
      sme: false,
      eeum: true,
      sourceOfSupply: 'P',
      deliveryPeriod: '12 months',
    })),
    notes: [],
    paymentSchedule: [],
  });
  return created;
}

const run = promisify(execFile);
const IOPS = path.resolve('bin/iops.mjs');

describe('iops eum', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let caseId = '';
  let siteId = '';
  /** Runs the CLI; resolves with its exit code and output whether it succeeded or not. */
  const iops = (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
    run(process.execPath, [IOPS, ...args], { env, timeout: 120_000 }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'iops-eum-'));
    env = { ...process.env, DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent', DATABASE_URL: '' };
    const database = await openDatabase({ dataDir: env.DATA_DIR });
    await migrateDatabase(database);
    caseId = (await caseWithLines(database.db, 'AT', 'NVDs')).identifier;
    siteId = (await createSite(database.db, SYSTEM_PRINCIPAL, { partnerCode: 'AT', code: 'D1', name: 'Depot' })).id;
    await addCertification(database.db, SYSTEM_PRINCIPAL, {
      partnerCode: 'AT',
      siteId,
      kind: 'site_certification',
      reference: 'PSI',
      certifiedOn: '2024-01-01',
    });
    await database.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports delivery records from a file, naming refused rows and exiting 2; the same file again changes nothing', async () => {
    const file = path.join(dir, 'deliveries.csv');
    writeFileSync(
      file,
      `case,line,item_type,serial_number,delivered_on,site\n${caseId},001,NVD,CLI-1,2025-01-01,D1\n${caseId},001,NVD,CLI-2,2025-01-01,D1\n${caseId},001,NVD,CLI-3,yesterday,D1\n`,
    );
    const first = await iops('eum', 'import-deliveries', file, '--json');
    expect(first.code).toBe(2);
    expect(JSON.parse(first.stdout)).toMatchObject({ rows: 3, recorded: 2, errorCount: 1, errors: [{ row: 4, field: 'delivered_on' }] });
    const again = await iops('eum', 'import-deliveries', file);
    expect(again.stdout).toContain('3 rows: 0 recorded, 0 corrected, 2 already recorded, 1 refused');
    expect(again.stdout).toContain('row 4, delivered_on');
  }, 120_000);

  it('writes the expected list of an inventory and imports the scans back', async () => {
    const database = await openDatabase({ dataDir: env.DATA_DIR });
    const inventory = await createInventory(database.db, SYSTEM_PRINCIPAL, { siteId, kind: 'initial' });
    await database.close();
    const expected = path.join(dir, 'expected.csv');
    expect((await iops('eum', 'export-expected', inventory.id, expected)).stdout).toContain('Wrote');
    const lines = readFileSync(expected, 'utf8').trim().split('\r\n');
    expect(lines).toEqual([
      'item_type,serial_number,line,delivered_on,found',
      'NVD,CLI-1,001,2025-01-01,no',
      'NVD,CLI-2,001,2025-01-01,no',
    ]);
    const scans = await iops('eum', 'import-scans', inventory.id, expected, '--json');
    expect(JSON.parse(scans.stdout)).toMatchObject({ rows: 2, recorded: 2, errorCount: 0 });
  }, 120_000);
});
