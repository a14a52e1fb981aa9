import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { testWiring } from '../testing.ts';
import { createCase } from './case-service.ts';
import { exportCases } from './exports.ts';
import { createPendingSale } from './test-fixtures.ts';

const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
const auditor = testPrincipal(['auditor']);
const atOnly = testPrincipal(['case_writer'], { directorates: ['GEX'], countries: ['AT'] });
const csvLines = async (stream: ReadableStream<Uint8Array>) => (await new Response(stream).text()).split('\r\n').filter(Boolean);

describe.each(TEST_ENGINES)('the case list as a file, on %s', (engine) => {
  let database: Database;
  let pending = '';
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    await createCase(db, writer, { partnerCode: 'AT', agencyCode: 'D', type: 'defined_order', title: 'Radios' });
    await createCase(db, writer, { partnerCode: 'SA', agencyCode: 'D', type: 'defined_order', title: 'Trucks' });
    pending = (await createPendingSale(db, testWiring.caseHooks, writer, 'SA', 'Secret Patriot')).identifier;
  });
  afterAll(() => database?.close());

  it('lists the same cases as the list: filters, order, scope; a withheld case masked, its value in dollars to who may see it', async () => {
    const { db } = database;
    const all = await csvLines((await exportCases(db, writer, { sort: 'value', dir: 'desc' }, 'csv')).body);
    expect(all[0]).toBe('Identifier,Partner,Partner name,Agency,Type,Title,Status,Value ($),Case manager,Updated');
    expect(all[1]).toContain(pending);
    expect(Number(all[1]!.split(',')[7])).toBeGreaterThanOrEqual(60_000_000);
    expect((await csvLines((await exportCases(db, writer, { partner: 'AT' }, 'csv')).body)).slice(1).map((l) => l.split(',')[1])).toEqual([
      'AT',
    ]);
    const scoped = (await csvLines((await exportCases(db, atOnly, {}, 'csv')).body)).join('\n');
    expect(scoped).toContain('Radios');
    expect(scoped).not.toMatch(/Trucks|Patriot|,SA,/);
    const masked = await csvLines((await exportCases(db, auditor, { sort: 'value', dir: 'desc' }, 'csv')).body);
    expect(masked).toHaveLength(4);
    expect(masked).toContain('Withheld,,,,,Withheld: pending congressional notification,,,,');
    expect(masked.join('\n')).not.toMatch(new RegExp(`${pending}|Patriot`));
    const filtered = await csvLines((await exportCases(db, auditor, { partner: 'SA' }, 'csv')).body);
    expect(filtered.join('\n')).not.toContain('Withheld');
  });
});
