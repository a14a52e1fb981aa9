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
  reasons?: { threshold: number | null; value: number | null; met: boolean; verified: boolean; source: string }[];
  error?: { code: string; message: string; fields?: { path: string; message: string }[] };
};

describe.each(TEST_ENGINES)('POST /api/eda/determinations on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};
  const post = async (body: unknown, as = 'analyst') => {
    const res = await app.request('/api/eda/determinations', {
      method: 'POST',
      headers: { ...(as ? { authorization: `Bearer ${tokens[as]}` } : {}), 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Body };
  };
  const transfer = (fields: Record<string, unknown>) => ({
    partnerCode: 'GR',
    originalAcquisitionValue: 7_000_000,
    sme: false,
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
    await make('writer', 'case_writer');
  });
  afterAll(() => database?.close());

  it('answers the documented request with the documented shape: $7M → notice 30 days', async () => {
    const res = await post(transfer({}));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ noticeRequired: true, noticeDays: 30, partnerCode: 'GR', asOf: '2025-01-01' });
    expect(res.body.reasons).toEqual([
      {
        rule: expect.any(String),
        threshold: 7_000_000,
        value: 7_000_000,
        met: true,
        source: expect.stringContaining('2321j(f)'),
        verified: true,
      },
    ]);
  });

  it('gives each reason: below $7M no notice; SME below it named and not applied (to verify)', async () => {
    expect((await post(transfer({ originalAcquisitionValue: 6_999_999 }))).body).toMatchObject({ noticeRequired: false, noticeDays: null });
    const sme = await post(transfer({ originalAcquisitionValue: 100, sme: true }));
    expect(sme.body).toMatchObject({ noticeRequired: false, noticeDays: null });
    expect(sme.body.reasons?.[1]).toMatchObject({ threshold: null, value: null, met: false, verified: false });
  });

  it('says which field is wrong and why', async () => {
    const field = async (body: unknown) => (await post(body)).body.error?.fields?.map((f) => f.path);
    expect(await field({ partnerCode: 'GR', originalAcquisitionValue: 1 })).toEqual(['sme']);
    expect(await field(transfer({ originalAcquisitionValue: '7M' }))).toEqual(['originalAcquisitionValue']);
    expect(await field(transfer({ originalAcquisitionValue: -1 }))).toEqual(['originalAcquisitionValue']);
    expect(await field(transfer({ partnerCode: 'ZZ' }))).toEqual(['partnerCode']);
    const early = await post(transfer({ asOf: '1996-07-20' }));
    expect(early.status).toBe(400);
    expect(early.body.error?.fields).toEqual([
      { path: 'asOf', message: expect.stringMatching(/No FAA 516\(f\) notice rule is in force on 1996-07-20/) },
    ]);
    expect((await post(transfer({ asOf: '1996-07-21' }))).body).toMatchObject({ noticeRequired: true });
    expect((await post('{not json')).status).toBe(400);
  });

  it('is for the roles that read EDA', async () => {
    expect((await post(transfer({}), 'writer')).status).toBe(403);
    expect((await post(transfer({}), '')).status).toBe(401);
  });
});
