import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { testWiring } from './areas/testing.ts';
import type { Database } from './db/client.ts';
import { openTestDatabase, TEST_ENGINES } from './db/testing.ts';
import { loadConfig } from './platform/config.ts';
import { testPrincipal } from './platform/testing/principals.ts';
import { createUser } from './platform/users/service.ts';

const PASSWORD = 'a long enough password';

describe.each(TEST_ENGINES)('HTTP API on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;

  async function signIn(username: string) {
    const res = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const body = (await res.json()) as { csrfToken: string };
    return { cookie: cookie.split(';')[0]!, csrf: body.csrfToken };
  }

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    const admin = testPrincipal(['administrator']);
    await createUser(database.db, testWiring.partners, admin, {
      username: 'admin',
      displayName: 'Admin',
      password: PASSWORD,
      roles: ['administrator'],
      allDirectorates: true,
      directorates: [],
      allCountries: true,
      countries: [],
    });
    await createUser(database.db, testWiring.partners, admin, {
      username: 'writer',
      displayName: 'Writer',
      password: PASSWORD,
      roles: ['case_writer'],
      allDirectorates: false,
      directorates: ['GEX'],
      allCountries: false,
      countries: ['AT'],
    });
  });
  afterAll(() => database?.close());

  it('answers health without signing in', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI 3.1 document and interactive docs', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
    expect(await (await app.request('/api/docs')).text()).toContain('swagger-ui-bundle.js');
    expect((await app.request('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('uses one error shape: 401 without a session, 404 for an unknown route', async () => {
    expect(await (await app.request('/api/countries')).json()).toEqual({ error: { code: 'unauthenticated', message: 'Sign in first' } });
    const { cookie } = await signIn('admin');
    const res = await app.request('/api/nowhere', { headers: { cookie } });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('names the bad field in a 400, for the query string and the body', async () => {
    const { cookie, csrf } = await signIn('admin');
    const query = await app.request('/api/countries?limit=0', { headers: { cookie } });
    expect(query.status).toBe(400);
    expect(await query.json()).toMatchObject({ error: { code: 'validation_failed', fields: [{ path: 'limit' }] } });
    const body = await app.request('/api/countries/AT', {
      method: 'PATCH',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ version: 'one' }),
    });
    expect(body.status).toBe(400);
    expect(await body.json()).toMatchObject({ error: { fields: [{ path: 'version' }] } });
    const garbage = await app.request('/api/countries/AT', {
      method: 'PATCH',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(garbage.status).toBe(400);
    expect(JSON.stringify(await garbage.json())).not.toMatch(/at .*\.ts:\d+/);
  });

  it('requires the CSRF token for cookie-authenticated writes', async () => {
    const { cookie, csrf } = await signIn('admin');
    const patch = (headers: Record<string, string>) =>
      app.request('/api/countries/AT', {
        method: 'PATCH',
        headers: { cookie, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ version: 1, notes: 'via API' }),
      });
    expect((await patch({})).status).toBe(403);
    expect((await patch({ 'x-csrf-token': 'forged' })).status).toBe(403);
    const ok = await patch({ 'x-csrf-token': csrf });
    expect(ok.status).toBe(200);
    const stale = await patch({ 'x-csrf-token': csrf });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: 'version_conflict', fields: [{ path: 'version' }] } });
  });

  it("accepts a personal API token as a bearer, without CSRF, and keeps the owner's scope", async () => {
    const { cookie, csrf } = await signIn('writer');
    const created = await app.request('/api/auth/tokens', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'script' }),
    });
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const list = (await (await app.request('/api/countries?limit=1000', { headers: auth })).json()) as {
      items: { code: string }[];
      total: number;
    };
    expect(list.items.map((p) => p.code)).toEqual(['AT']);
    // A partner outside the token owner's scope is not found, like any record of it.
    expect((await app.request('/api/countries/GM', { headers: auth })).status).toBe(404);
    expect((await app.request('/api/countries', { headers: { authorization: 'Bearer iops_bogus' } })).status).toBe(401);
  });

  it('hides areas the user cannot use and lists every area with its build state', async () => {
    const { cookie } = await signIn('writer');
    const session = (await (await app.request('/api/auth/session', { headers: { cookie } })).json()) as {
      areas: { id: string; built: boolean; canRead: boolean }[];
    };
    expect(session.areas.find((a) => a.id === 'users')).toMatchObject({ canRead: false });
    expect(session.areas.find((a) => a.id === 'notifications')).toMatchObject({ built: true, canRead: true });
    expect(session.areas.find((a) => a.id === 'weapons')).toMatchObject({ built: true, canRead: false });
    expect(session.areas.find((a) => a.id === 'deliveries')).toMatchObject({ built: true, canRead: false });
    expect(session.areas.length).toBeGreaterThanOrEqual(13);
  });

  it('ends the session on sign-out', async () => {
    const { cookie, csrf } = await signIn('admin');
    expect((await app.request('/api/auth/sign-out', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } })).status).toBe(204);
    expect((await app.request('/api/auth/session', { headers: { cookie } })).status).toBe(401);
  });
});
