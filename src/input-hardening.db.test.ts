import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { testWiring } from './areas/testing.ts';
import type { Database } from './db/client.ts';
import { openTestDatabase, TEST_ENGINES } from './db/testing.ts';
import { seedDemo } from './demo/seed.ts';
import { DEMO_PASSWORD } from './demo/users.ts';
import { loadConfig } from './platform/config.ts';
import { BODY_LIMITS } from './platform/http/body-limit.ts';

// Issue 11, "Bad input → 500": each finding, as the fuzzing found it, over HTTP on both engines.

type Row = Record<string, unknown>;

describe.each(TEST_ENGINES)('bad input gets a clear 4xx on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let cookie: string;
  let csrf: string;

  const rows = async (query: string) => ((await database.db.execute(sql.raw(query))) as unknown as { rows: Row[] }).rows;
  const auditCount = async () => Number((await rows('select count(*)::int as n from audit_log'))[0]!.n);
  const call = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(url, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  async function expectRefused(res: Response, status: number, field?: string) {
    const body = (await res.json()) as { error: { code: string; message: string; fields?: { path: string; message: string }[] } };
    expect({ status: res.status, code: typeof body.error?.code }).toEqual({ status, code: 'string' });
    if (field) expect(body.error.fields?.map((f) => f.path)).toContain(field);
    return body.error;
  }

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await seedDemo(database.db, testWiring, { size: 'demo', seed: 1 });
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) }, testWiring);
    const res = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  });
  afterAll(() => database?.close());

  it('refuses dates outside 1900-01-01…2200-12-31 in bodies and filters, naming the field', async () => {
    const lor = { partnerCode: 'AT', channel: 'embassy', description: 'Spare parts' };
    for (const receivedOn of ['0000-01-01', '1899-12-31', '2201-01-01']) {
      const error = await expectRefused(await call('POST', '/api/lors', { ...lor, receivedOn }), 400, 'receivedOn');
      expect(error.fields![0]!.message).toMatch(/1900-01-01 to 2200-12-31/);
    }
    for (const url of [
      '/api/audit?from=0000-01-01',
      '/api/audit?to=0000-12-31',
      '/api/timeliness?from=0000-01-01',
      '/api/eum/compliance?asOf=0000-01-01',
    ]) {
      const res = await call('GET', url);
      expect(res.status, url).toBe(400);
    }
  });

  it('answers ids shaped like UUIDs but not UUIDs, and NUL in a path, with 4xx on every case and notification route', async () => {
    for (const id of ['0'.repeat(36), '-'.repeat(36), '%00', 'a%00b']) {
      for (const url of [
        `/api/cases/${id}`,
        `/api/cases/${id}/comments`,
        `/api/cases/${id}/versions/0`,
        `/api/notifications/${id}`,
        `/api/eum/items/${id}`,
      ]) {
        const res = await call('GET', url);
        expect([400, 404], `${url}: ${res.status}`).toContain(res.status);
      }
    }
  });

  it('refuses NUL in query values and NUL or unpaired surrogates inside strings, storing nothing', async () => {
    for (const url of [
      '/api/cases?partner=%00',
      '/api/cases?q=a%00',
      '/api/eum/sites?partner=%00',
      '/api/notifications?q=%00',
      '/api/lors?partner=%00',
    ]) {
      await expectRefused(await call('GET', url), 400);
    }
    const audits = await auditCount();
    const bad = ['x\u0000y', 'x\ud800y', '\udc00'];
    for (const value of bad) {
      await expectRefused(await call('POST', '/api/saved-views', { area: 'cases', name: value, query: 'status=draft' }), 400, 'name');
      await expectRefused(
        await call('POST', '/api/lors', { partnerCode: 'AT', channel: 'embassy', receivedOn: '2026-01-05', description: value }),
        400,
        'description',
      );
      await expectRefused(await call('POST', '/api/eum/sites', { partnerCode: 'AT', code: 'NUL-SITE', name: value }), 400, 'name');
    }
    expect(await auditCount()).toBe(audits);
  });

  it('validates a streamed export before its first byte: a 400 in the error shape, never a 200 that breaks off', async () => {
    for (const url of [
      '/api/eum/items/export.csv?q=%00',
      '/api/eum/items/export.xlsx?partner=%00',
      '/api/eum/compliance/export.csv?asOf=0000-01-01',
    ]) {
      const res = await call('GET', url);
      expect(res.headers.get('content-type'), url).toMatch(/application\/json/);
      await expectRefused(res, 400);
    }
  });

  it('takes a one-row scan file (an empty note is a note)', async () => {
    const [inventory] = await rows(
      `select i.id::text as id, (select t.code from eum_item_types t order by t.code limit 1) as type
       from eum_inventories i where i.status in ('planned', 'in_progress', 'reconciled') order by i.id limit 1`,
    );
    expect(inventory).toBeDefined();
    const res = await app.request(`/api/eum/inventories/${inventory!.id}/scans`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'text/csv' },
      body: `item_type,serial_number\n${inventory!.type},ONE-ROW-1\n`,
    });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const [scan] = await rows(`select note from eum_inventory_scans where serial_number = 'ONE-ROW-1'`);
    expect(scan?.note).toBe('');
  });

  it('refuses a review comment on a version or line the LOA does not have', async () => {
    const [loa] = await rows(
      `select c.identifier as ref, v.number, (select l.line_number from loa_lines l where l.version_id = v.id order by 1 limit 1) as line
       from cases c join loa_versions v on v.case_id = c.id
       where c.markings = '{}' and exists (select 1 from loa_lines l where l.version_id = v.id) order by c.identifier, v.number limit 1`,
    );
    const url = `/api/cases/${loa!.ref}/comments`;
    await expectRefused(await call('POST', url, { versionNumber: 999, body: 'Check the price' }), 400, 'versionNumber');
    await expectRefused(
      await call('POST', url, { versionNumber: loa!.number, lineNumber: '999', body: 'Check the price' }),
      400,
      'lineNumber',
    );
    await expectRefused(await call('POST', url, { versionNumber: loa!.number, noteCode: 'NOPE', body: 'Check the note' }), 400, 'noteCode');
    const ok = await call('POST', url, { versionNumber: loa!.number, lineNumber: loa!.line, body: 'Check the price' });
    expect(ok.status).toBe(201);
  });

  it('searches for LIKE wildcards as the characters they are', async () => {
    const total = async (url: string) => ((await (await call('GET', url)).json()) as { total: number }).total;
    const all = await total('/api/cases?limit=1');
    expect(all).toBeGreaterThan(10);
    expect(await total('/api/cases?q=%25&limit=1')).toBe(0);
    expect(await total('/api/cases?q=_&limit=1')).toBe(0);
    expect(await total('/api/notifications?q=%25&limit=1')).toBe(0);
    const partners = (await (await call('GET', '/api/countries?q=_')).json()) as unknown[] | { items: unknown[] };
    expect(Array.isArray(partners) ? partners : partners.items).toEqual([]);
  });

  it('limits request bodies: 413 before reading a declared length, and as soon as a streamed body passes the limit', async () => {
    const big = 'x'.repeat(BODY_LIMITS.json + 1);
    const declared = await app.request('/api/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect((await expectRefused(declared, 413)).code).toBe('payload_too_large');
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sentBytes = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sentBytes > BODY_LIMITS.json * 4) return controller.close();
        sentBytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectRefused(streamed, 413);
    expect(sentBytes).toBeLessThan(BODY_LIMITS.json * 2);
    const file = await app.request('/api/eum/items/import', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'text/csv', 'content-length': String(BODY_LIMITS.file + 1) },
      body: 'case,line\n',
    });
    await expectRefused(file, 413);
  });

  it('answers the losers of a race for one unique value with 409, not 500', async () => {
    const [line] = await rows(
      `select c.identifier as ref, i.line_number as line, i.item_type_code as type, i.delivered_on::text as delivered
       from eum_items i join cases c on c.id = i.case_id join eum_item_types t on t.code = i.item_type_code
       where c.markings = '{}' and t.category = 'routine' order by i.serial_number limit 1`,
    );
    const item = {
      caseId: line!.ref,
      lineNumber: line!.line,
      itemTypeCode: line!.type,
      serialNumber: 'RACE-0001',
      deliveredOn: '2026-01-05',
    };
    const items = await Promise.all(Array.from({ length: 12 }, () => call('POST', '/api/eum/items', item)));
    const itemStatuses = items.map((r) => r.status).sort();
    expect(itemStatuses.filter((s) => s === 201)).toHaveLength(1);
    expect(itemStatuses.filter((s) => s !== 201)).toEqual(Array(11).fill(409));

    const user = {
      username: 'race.user',
      displayName: 'Race',
      password: 'a long enough password',
      roles: ['auditor'],
      allDirectorates: true,
      directorates: [],
      allCountries: true,
      countries: [],
    };
    const users = await Promise.all(Array.from({ length: 8 }, () => call('POST', '/api/users', user)));
    const userStatuses = users.map((r) => r.status).sort();
    expect(userStatuses).toEqual([201, ...Array(7).fill(409)]);
    const loser = await users.find((r) => r.status === 409)!.json();
    expect(JSON.stringify(loser), JSON.stringify(loser)).toMatch(/user ?name/i);
  });
});
