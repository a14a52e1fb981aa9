import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { testWiring } from './areas/testing.ts';
import { type Database, openDatabase } from './db/client.ts';
import { openTestDatabase } from './db/testing.ts';
import { principalOf } from './platform/auth/principal.ts';
import { createApiToken } from './platform/auth/service.ts';
import { loadConfig } from './platform/config.ts';
import { testPrincipal } from './platform/testing/principals.ts';
import { createUser } from './platform/users/service.ts';

// DATABASE_READ_URL: reports and exports read through a second pool. The same server stands in for the replica here;
// the read pool's own count of connections handed out shows which requests went through it.
describe('a read replica URL (PostgreSQL)', () => {
  let primary: Database & { url?: string };
  let database: Database;
  let token = '';
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    primary = await openTestDatabase('postgres');
    database = await openDatabase({ databaseUrl: primary.url!, readUrl: primary.url! });
    const user = await createUser(database.db, testWiring.partners, testPrincipal(['administrator']), {
      username: 'reader',
      displayName: 'Reader',
      password: 'a long enough password',
      roles: ['administrator'],
      allDirectorates: true,
      directorates: [],
      allCountries: true,
      countries: [],
    });
    const principal = principalOf(
      { ...user, needToKnow: [], mustChangePassword: false, partnerCode: null, partnerRole: null, partnerPermissions: [] },
      'token',
    );
    token = (await createApiToken(database.db, principal, { name: 'replica test' })).token;
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) }, testWiring);
  });
  afterAll(async () => {
    await database?.close();
    await primary?.close();
  });

  const get = (path: string) => app.request(`/api${path}`, { headers: { authorization: `Bearer ${token}` } });

  it('sends exports and reports to the read pool, and other reads to the main one', async () => {
    const before = database.readCheckouts();
    expect((await get('/cases?limit=5')).status).toBe(200);
    expect(database.readCheckouts()).toBe(before);
    const exported = await get('/eum/items/export.csv');
    expect(exported.status).toBe(200);
    await exported.text();
    const afterExport = database.readCheckouts();
    expect(afterExport).toBeGreaterThan(before);
    expect((await get('/portfolio-overview')).status).toBe(200);
    expect(database.readCheckouts()).toBeGreaterThan(afterExport);
  });

  it('reads from the main database when no replica is given', async () => {
    const plain = await openDatabase({ databaseUrl: primary.url! });
    try {
      expect(plain.readDb).toBe(plain.db);
      expect(plain.readCheckouts()).toBe(0);
    } finally {
      await plain.close();
    }
  });
});
