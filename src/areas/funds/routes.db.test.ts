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
import { testWiring } from '../testing.ts';

type Body = Record<string, unknown> & { error?: { code: string; message: string; fields?: { path: string; message: string }[] } };

describe.each(TEST_ENGINES)('funds over HTTP on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let token = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(`/api${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Body };
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    await createUser(database.db, testWiring.partners, testPrincipal(['administrator']), {
      username: 'cpd',
      displayName: 'CPD Europe',
      password: 'a long enough password',
      roles: ['country_portfolio_director'],
      allDirectorates: false,
      directorates: ['REX'],
      allCountries: false,
      countries: ['GM'],
    });
    const [row] = await database.db.select().from(users).where(eq(users.username, 'cpd'));
    token = (await createApiToken(database.db, principalOf(row!, 'token'), { name: 'test' })).token;
  });
  afterAll(() => database?.close());

  it('records an allotment and refuses, with field paths, what the rules refuse', async () => {
    const created = await call('POST', '/appropriations', {
      programCode: 'FMF',
      partnerCode: 'GM',
      fiscalYear: 2026,
      name: 'FMF FY26 Germany',
      amountCents: 500_00,
      availableUntil: '2099-09-30',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ availableCents: 500_00, title: 22, programName: 'Foreign Military Financing (grant/loan)' });
    const bad = await call('POST', '/appropriations', {
      programCode: 'FMF',
      partnerCode: 'GM',
      fiscalYear: 2026,
      name: '',
      amountCents: -1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.fields?.map((f) => f.path).sort()).toEqual(['amountCents', 'name']);
    expect(
      (await call('POST', '/appropriations', { programCode: 'FMF', partnerCode: 'FR', fiscalYear: 2026, name: 'x', amountCents: 1 }))
        .status,
    ).toBe(403);
    expect((await call('POST', '/fund-programs', { code: 'NEW', name: 'x', authority: 'x', title: 10, source: 'x' })).status).toBe(403);
    const programs = await call('GET', '/fund-programs');
    expect((programs.body as unknown as unknown[]).length).toBeGreaterThanOrEqual(14);
  });

  it('parallel HTTP obligations cannot overdraw', async () => {
    const fund = await call('POST', '/appropriations', {
      programCode: 'FMF',
      partnerCode: 'GM',
      fiscalYear: 2027,
      name: 'FMF FY27 Germany',
      amountCents: 1_000_00,
      availableUntil: '2099-09-30',
    });
    const id = fund.body.id as string;
    const responses = await Promise.all(
      Array.from({ length: 16 }, () => call('POST', `/appropriations/${id}/obligations`, { amountCents: 300_00, partnerCode: 'GM' })),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
    const refused = responses.filter((r) => r.status !== 201);
    expect(refused.every((r) => r.status === 409 && r.body.error?.fields?.[0]?.path === 'amountCents')).toBe(true);
    const after = await call('GET', `/appropriations/${id}`);
    expect(after.body).toMatchObject({ obligatedCents: 900_00, availableCents: 100_00 });
    const list = await call('GET', `/fund-transactions?appropriation=${id}`);
    expect(list.body.total).toBe(3);
    const firstId = (list.body.items as { id: string }[])[0]!.id;
    const back = await call('POST', `/fund-transactions/${firstId}/deobligations`, { amountCents: 300_00 });
    expect(back.status).toBe(201);
    expect(back.body.appropriation).toMatchObject({ availableCents: 400_00 });
  });
});
