import { gunzipSync } from 'node:zlib';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { testWiring } from '../../areas/testing.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { createApiToken } from '../auth/service.ts';
import { loadConfig } from '../config.ts';
import { testPrincipal } from '../testing/principals.ts';
import { createUser } from '../users/service.ts';

describe.each(TEST_ENGINES)('compressed answers on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let token: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) }, testWiring);
    const admin = testPrincipal(['administrator']);
    const user = await createUser(database.db, testWiring.partners, admin, {
      username: 'reader',
      displayName: 'Reader',
      password: 'a long enough password',
      roles: ['administrator'],
      allDirectorates: true,
      directorates: [],
      allCountries: true,
      countries: [],
    });
    token = (await createApiToken(database.db, testPrincipal(['administrator'], { userId: user.id }), { name: 'gzip' })).token;
  });
  afterAll(() => database?.close());

  it('gzips a JSON list above 1 kB for a client that accepts it, and only then', async () => {
    const zipped = await app.request('/api/countries?limit=200', {
      headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
    });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const bytes = Buffer.from(await zipped.arrayBuffer());
    const plain = await app.request('/api/countries?limit=200', { headers: { authorization: `Bearer ${token}` } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);
    expect(gunzipSync(bytes).toString('utf8')).toBe(text);
    expect(bytes.length).toBeLessThan(text.length / 2);
  });

  it('does not compress sign-in and session answers, which carry the CSRF token (BREACH)', async () => {
    const res = await app.request('/api/auth/session', { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
