import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { principalOf } from '../../platform/auth/principal.ts';
import { createApiToken } from '../../platform/auth/service.ts';
import { loadConfig } from '../../platform/config.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { users } from '../../platform/users/schema.ts';
import { createUser } from '../../platform/users/service.ts';
import { createPendingSale } from '../cases/public.ts';
import { testWiring } from '../testing.ts';
import { createNotification } from './notification-service.ts';

describe.each(TEST_ENGINES)('notifications over HTTP on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let token = '';
  let auditorToken = '';
  const post = async (path: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}` }) => {
    const res = await app.request(`/api${path}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown> & { error?: { code: string; fields?: { path: string; message: string }[] } },
    };
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    await createUser(database.db, testWiring.partners, testPrincipal(['administrator']), {
      username: 'cn',
      displayName: 'CN analyst',
      password: 'a long enough password',
      roles: ['notification_analyst'],
      allDirectorates: false,
      directorates: ['GEX'],
      allCountries: true,
      countries: [],
    });
    const [row] = await database.db.select().from(users).where(eq(users.username, 'cn'));
    token = (await createApiToken(database.db, principalOf(row!, 'token'), { name: 'test' })).token;
    await createUser(database.db, testWiring.partners, testPrincipal(['administrator']), {
      username: 'aud',
      displayName: 'Auditor',
      password: 'a long enough password',
      roles: ['auditor'],
      allDirectorates: true,
      directorates: [],
      allCountries: true,
      countries: [],
    });
    const [auditor] = await database.db.select().from(users).where(eq(users.username, 'aud'));
    auditorToken = (await createApiToken(database.db, principalOf(auditor!, 'token'), { name: 'test' })).token;
  });
  afterAll(() => database?.close());

  it('answers the documented request with the documented shape', async () => {
    const res = await post('/notifications/determinations', {
      partnerCode: 'AT',
      mdeValue: 25000000,
      totalValue: 120000000,
      designConstructionValue: 0,
      asOf: '2024-06-01',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ required: true, reviewDays: 15, tieredReviewDays: 20 });
    expect(res.body.reasons).toEqual(
      expect.arrayContaining([
        {
          rule: expect.any(String),
          measure: 'major_defense_equipment',
          threshold: 25000000,
          value: 25000000,
          met: true,
          source: expect.stringContaining('2776(b)(1)'),
        },
      ]),
    );
  });

  it('says which field is wrong and why', async () => {
    const missing = await post('/notifications/determinations', { partnerCode: 'AT', mdeValue: 1 });
    expect(missing.status).toBe(400);
    expect(missing.body.error?.fields?.map((f) => f.path)).toContain('totalValue');
    const negative = await post('/notifications/determinations', { partnerCode: 'AT', mdeValue: -5, totalValue: 1 });
    expect(negative.body.error?.fields?.[0]).toMatchObject({ path: 'mdeValue', message: 'not negative' });
    expect(
      (await post('/notifications/determinations', { partnerCode: 'ZZ', mdeValue: 0, totalValue: 0 })).body.error?.fields?.[0]?.path,
    ).toBe('partnerCode');
    expect((await post('/notifications/determinations', '{not json')).status).toBe(400);
    expect((await post('/notifications/determinations', { partnerCode: 'AT', mdeValue: 0, totalValue: 0 }, {})).status).toBe(401);
  });

  it('runs a batch in order with errors in place', async () => {
    const res = await post('/notifications/determinations/batch', [
      { partnerCode: 'SA', mdeValue: 0, totalValue: 50000000, asOf: '2025-01-01' },
      { partnerCode: 'SA' },
    ]);
    expect(res.status).toBe(200);
    const items = res.body as unknown as ({ required: boolean } | { error: unknown })[];
    expect(items[0]).toMatchObject({ required: true, reviewDays: 30, tieredReviewDays: 40 });
    expect(items[1]).toHaveProperty('error');
  });

  it('lists a notice of a withheld sale masked to an auditor and refuses its page', async () => {
    const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
    const sale = await createPendingSale(database.db, testWiring.caseHooks, writer, 'SA');
    const analyst = testPrincipal(['notification_analyst'], { directorates: ['GEX'] });
    const notice = await createNotification(database.db, analyst, { partnerCode: 'SA', caseIds: [sale.id], description: 'Patriot for SA' });
    const get = (path: string, bearer: string) => app.request(`/api${path}`, { headers: { authorization: `Bearer ${bearer}` } });

    const list = (await (await get('/notifications', auditorToken)).json()) as { items: Record<string, unknown>[]; total: number };
    const row = list.items.find((n) => n.id === notice.id)!;
    expect(row).toMatchObject({ withheld: true, transmittalNumber: 'Withheld', partnerCode: null, totalCents: null, cases: null });
    expect(JSON.stringify(list)).not.toMatch(/Patriot|SA/);
    const page = await get(`/notifications/${notice.id}`, auditorToken);
    expect(page.status).toBe(403);
    expect(((await page.json()) as { error: { message: string } }).error.message).toMatch(/withheld pending congressional notification/);
    expect((await get(`/notifications/${notice.transmittalNumber}`, auditorToken)).status).toBe(403);

    const analystPage = await get(`/notifications/${notice.id}`, token);
    expect(await analystPage.json()).toMatchObject({ withheld: false, partnerCode: 'SA', cases: [{ id: sale.id }] });
  });
});
