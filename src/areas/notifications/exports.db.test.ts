import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { createPendingSale } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { exportNotifications } from './exports.ts';
import { createNotification, listNotifications } from './notification-service.ts';

const csvLines = async (stream: ReadableStream<Uint8Array>) => (await new Response(stream).text()).split('\r\n').filter(Boolean);

describe.each(TEST_ENGINES)('the notification list sorted and as a file, on %s', (engine) => {
  let database: Database;
  const analyst = testPrincipal(['notification_analyst'], { directorates: ['GEX'] });
  const auditor = testPrincipal(['auditor']);
  const atOnly = testPrincipal(['notification_analyst'], { directorates: ['GEX'], countries: ['AT'] });

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const { db } = database;
    await createNotification(db, analyst, { partnerCode: 'AT', description: 'Small AT sale', totalCents: 1_000_00 });
    await createNotification(db, analyst, { partnerCode: 'AT', description: 'Large AT sale', totalCents: 900_000_00 });
    await createNotification(db, analyst, { partnerCode: 'SA', description: 'Middle SA sale', totalCents: 50_000_00 });
    const sale = await createPendingSale(db, testWiring.caseHooks, testPrincipal(['case_writer'], { directorates: ['GEX'] }), 'SA');
    await createNotification(db, analyst, { partnerCode: 'SA', caseIds: [sale.id], description: 'Patriot for SA' });
  });
  afterAll(() => database?.close());

  it('sorts by a column either way; a withheld notification sorts as if it had no content (last)', async () => {
    const { db } = database;
    const totals = async (dir: 'asc' | 'desc') =>
      (await listNotifications(db, auditor, { sort: 'total', dir })).items.map((n) => (n.withheld ? 'withheld' : n.description));
    const up = await totals('asc');
    expect(up.indexOf('Small AT sale')).toBeLessThan(up.indexOf('Middle SA sale'));
    expect(up.indexOf('Middle SA sale')).toBeLessThan(up.indexOf('Large AT sale'));
    expect(up.at(-1)).toBe('withheld');
    const down = await totals('desc');
    expect(down.indexOf('Large AT sale')).toBeLessThan(down.indexOf('Small AT sale'));
    expect(down.at(-1)).toBe('withheld');
    const partners = (await listNotifications(db, analyst, { sort: 'partner', dir: 'desc' })).items.map((n) => n.partnerCode);
    expect(partners).toEqual([...partners].sort().reverse());
  });

  it('exports the same filters and order, scope and masking as the list, in dollars', async () => {
    const { db } = database;
    const lines = await csvLines((await exportNotifications(db, analyst, { partner: 'AT', sort: 'total', dir: 'desc' }, 'csv')).body);
    expect(lines[0]).toMatch(/^Transmittal,Kind,Partner,Description,Cases,Status,/);
    expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual(['Large AT sale', 'Small AT sale']);
    expect(lines[1]).toContain(',900000,');

    const scoped = await csvLines((await exportNotifications(db, atOnly, {}, 'csv')).body);
    expect(scoped.length).toBe(3);
    expect(scoped.join('\n')).not.toMatch(/SA sale|Patriot/);

    const masked = (await csvLines((await exportNotifications(db, auditor, {}, 'csv')).body)).join('\n');
    expect(masked).toContain('Withheld,,,Withheld: pending congressional notification');
    expect(masked).not.toContain('Patriot');
    const seeing = (await csvLines((await exportNotifications(db, analyst, {}, 'csv')).body)).join('\n');
    expect(seeing).toContain('Patriot for SA');
  });

  it('writes an XLSX file and refuses a bad sort naming the field', async () => {
    const { db } = database;
    const xlsx = new Uint8Array(await new Response((await exportNotifications(db, analyst, {}, 'xlsx')).body).arrayBuffer());
    expect([xlsx[0], xlsx[1]]).toEqual([0x50, 0x4b]);
    await expect(exportNotifications(db, analyst, { sort: 'password' }, 'csv')).rejects.toMatchObject({
      status: 400,
      fields: [expect.objectContaining({ path: 'sort' })],
    });
  });
});
