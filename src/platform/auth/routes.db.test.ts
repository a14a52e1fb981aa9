import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { testWiring } from '../../areas/testing.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { loadConfig } from '../config.ts';
import { testPrincipal } from '../testing/principals.ts';
import { users } from '../users/schema.ts';
import { createUser } from '../users/service.ts';
import { principalOf } from './principal.ts';
import { createApiToken } from './service.ts';

interface SessionBody {
  areas: { id: string; canRead: boolean; canWrite: boolean; canAdminister: boolean }[];
  markingLabels: Record<string, string>;
}

describe.each(TEST_ENGINES)('the session the web app is built from, on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};
  const session = async (who: string) =>
    (await (await app.request('/api/auth/session', { headers: { authorization: `Bearer ${tokens[who]}` } })).json()) as SessionBody;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    for (const [username, role] of [
      ['admin', 'administrator'],
      ['writer', 'case_writer'],
    ] as const) {
      await createUser(database.db, testWiring.partners, testPrincipal(['administrator']), {
        username,
        displayName: username,
        password: 'a long enough password',
        roles: [role],
        allDirectorates: true,
        directorates: [],
        allCountries: true,
        countries: [],
      });
      const [row] = await database.db.select().from(users).where(eq(users.username, username));
      tokens[username] = (await createApiToken(database.db, principalOf(row!, 'token'), { name: 'test' })).token;
    }
  });
  afterAll(() => database?.close());

  it('names the markings a need-to-know grant can name', async () => {
    expect((await session('writer')).markingLabels).toEqual({
      'pre-notification': 'pending congressional notification',
      tsfd: 'technology security and foreign disclosure (TSFD)',
      'fad-pairing': 'force/activity designator (its pairing with the country is classified)',
    });
  });

  it("says who may keep each area's rule and reference tables, from the policy rather than a role name", async () => {
    const area = (body: SessionBody, id: string) => body.areas.find((a) => a.id === id);
    expect(area(await session('admin'), 'notifications')).toMatchObject({ canRead: true, canWrite: true, canAdminister: true });
    expect(area(await session('writer'), 'cases')).toMatchObject({ canRead: true, canWrite: true, canAdminister: false });
    expect(area(await session('writer'), 'countries')).toMatchObject({ canRead: true, canWrite: false, canAdminister: false });
  });
});
