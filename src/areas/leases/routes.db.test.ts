import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import type { Role } from '../../platform/access/roles.ts';
import { principalOf } from '../../platform/auth/principal.ts';
import { createApiToken } from '../../platform/auth/service.ts';
import { loadConfig } from '../../platform/config.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { users } from '../../platform/users/schema.ts';
import { createUser } from '../../platform/users/service.ts';
import { testWiring } from '../testing.ts';

type Body = Record<string, unknown> & {
  reasons?: { measure: string; threshold: number; value: number | null; met: boolean; source: string }[];
  error?: { code: string; message: string; fields?: { path: string; message: string }[] };
};

describe.each(TEST_ENGINES)('POST /api/leases/determinations on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};
  const post = async (body: unknown, as = 'analyst') => {
    const res = await app.request('/api/leases/determinations', {
      method: 'POST',
      headers: { ...(as ? { authorization: `Bearer ${tokens[as]}` } : {}), 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Body };
  };
  const lease = (fields: Record<string, unknown>) => ({
    partnerCode: 'SA',
    termMonths: 36,
    mdeValue: 0,
    totalValue: 0,
    asOf: '2025-01-01',
    ...fields,
  });

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    const make = async (username: string, role: Role) => {
      await createUser(database.db, testWiring.partners, testPrincipal(['administrator']), {
        username,
        displayName: username,
        password: 'a long enough password',
        roles: [role],
        allDirectorates: false,
        directorates: ['GEX'],
        allCountries: true,
        countries: [],
      });
      const [row] = await database.db.select().from(users).where(eq(users.username, username));
      tokens[username] = (await createApiToken(database.db, principalOf(row!, 'token'), { name: 'test' })).token;
    };
    await make('analyst', 'program_analyst');
    await make('cn', 'notification_analyst');
  });
  afterAll(() => database?.close());

  it('answers the documented request with the documented shape', async () => {
    const res = await post({ partnerCode: 'GM', termMonths: 36, mdeValue: 30_000_000, totalValue: 60_000_000, asOf: '2025-01-01' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ certificationRequired: true, reviewDays: 15, jointResolutionReview: true, partnerCode: 'GM' });
    expect(res.body.reasons).toEqual([
      expect.objectContaining({ measure: 'term_months', threshold: 12, value: 36, met: true, source: expect.stringContaining('62(a)') }),
      expect.objectContaining({ measure: 'review_days', threshold: 15, value: null, source: expect.stringContaining('62(c)(1)') }),
      expect.objectContaining({ measure: 'major_defense_equipment', threshold: 25_000_000, value: 30_000_000, met: true }),
      expect.objectContaining({ measure: 'defense_articles', threshold: 100_000_000, value: 60_000_000, met: false }),
    ]);
  });

  it('gives each reason: under a year, 30 days for others, the articles threshold, the partner groups from the data', async () => {
    expect((await post(lease({ termMonths: 11, mdeValue: 20_000_000, totalValue: 20_000_000 }))).body).toMatchObject({
      certificationRequired: false,
      reviewDays: null,
      jointResolutionReview: false,
    });
    expect((await post(lease({ totalValue: 50_000_000 }))).body).toMatchObject({ reviewDays: 30, jointResolutionReview: true });
    expect((await post(lease({ totalValue: 49_999_999 }))).body).toMatchObject({ reviewDays: 30, jointResolutionReview: false });
    expect((await post(lease({ partnerCode: 'KS', mdeValue: 20_000_000, totalValue: 20_000_000 }))).body).toMatchObject({
      reviewDays: 30,
      jointResolutionReview: false,
    });
    expect((await post(lease({ partnerCode: 'FI', mdeValue: 20_000_000, totalValue: 20_000_000, asOf: '2023-04-03' }))).body).toMatchObject(
      {
        reviewDays: 30,
        jointResolutionReview: true,
      },
    );
  });

  it('refuses a term beyond AECA 61 naming termMonths and the reason', async () => {
    expect((await post(lease({ termMonths: 60 }))).status).toBe(200);
    const res = await post(lease({ termMonths: 61 }));
    expect(res.status).toBe(400);
    expect(res.body.error?.fields).toEqual([
      { path: 'termMonths', message: expect.stringMatching(/beyond the limit of 60 months.*AECA 61\(b\)/) },
    ]);
  });

  it('says which field is wrong and why', async () => {
    const field = async (body: unknown) => (await post(body)).body.error?.fields?.map((f) => f.path);
    expect(await field({ partnerCode: 'SA', termMonths: 12, mdeValue: 1 })).toContain('totalValue');
    expect(await field(lease({ termMonths: 1.5 }))).toEqual(['termMonths']);
    expect(await field(lease({ termMonths: 0 }))).toEqual(['termMonths']);
    expect(await field(lease({ mdeValue: -1 }))).toContain('mdeValue');
    expect(await field(lease({ mdeValue: 10, totalValue: 5 }))).toEqual(['totalValue']);
    expect(await field(lease({ partnerCode: 'ZZ' }))).toEqual(['partnerCode']);
    expect(await field(lease({ asOf: '2025-02-30' }))).toEqual(['asOf']);
    const early = await post(lease({ asOf: '2002-09-29' }));
    expect(early.status).toBe(400);
    expect(early.body.error?.fields).toEqual([
      { path: 'asOf', message: expect.stringMatching(/No AECA 63\(a\) joint-resolution rule is in force on 2002-09-29/) },
    ]);
    expect((await post('{not json')).status).toBe(400);
  });

  it('is for the roles that read leases', async () => {
    expect((await post(lease({}), 'cn')).status).toBe(403);
    expect((await post(lease({}), '')).status).toBe(401);
  });
});
