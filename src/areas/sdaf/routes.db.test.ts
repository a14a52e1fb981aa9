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

type Body = Record<string, unknown> & { error?: { code: string; message: string; fields?: { path: string; message: string }[] } };

describe.each(TEST_ENGINES)('the SDAF API on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};
  const call = async (method: string, path: string, body?: unknown, as = 'analyst') => {
    const res = await app.request(`/api${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[as]}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, body: (type.includes('json') ? await res.json() : await res.text()) as Body & string };
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    const make = async (username: string, role: Role, countries: string[] | null) => {
      await createUser(database.db, testWiring.partners, testPrincipal(['administrator']), {
        username,
        displayName: username,
        password: 'a long enough password',
        roles: [role],
        allDirectorates: true,
        directorates: [],
        allCountries: countries === null,
        countries: countries ?? [],
      });
      const [row] = await database.db.select().from(users).where(eq(users.username, username));
      tokens[username] = (await createApiToken(database.db, principalOf(row!, 'token'), { name: 'test' })).token;
    };
    await make('analyst', 'program_analyst', null);
    await make('partner', 'country_portfolio_director', ['AT']);
  });
  afterAll(() => database?.close());

  it('credits capital and refuses a procurement without the releasability attestation (409 naming it)', async () => {
    const credited = await call('POST', '/sdaf/capital', {
      amountCents: 5_000_000_00,
      source: 'appropriation',
      documentReference: 'P.L. 1',
    });
    expect(credited.status).toBe(201);
    expect(credited.body).toMatchObject({ fund: { capitalCents: 5_000_000_00, cap: { value: 900_000_000_00 } } });
    const procurement = {
      contractNumber: 'HTTP-1',
      awardedOn: '2025-01-10',
      expectedDeliveryOn: '2025-06-30',
      items: [{ nsn: '1005-01-123-4567', nomenclature: 'Rifle', quantity: 10, unitCostCents: 1_000_00 }],
    };
    const refused = await call('POST', '/sdaf/procurements', procurement);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.fields?.[0]?.path).toBe('releasability');
    const made = await call('POST', '/sdaf/procurements', {
      ...procurement,
      releasability: { releasable: true, attestedBy: 'FDO', attestedOn: '2025-01-10', basis: 'NDP' },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ totalCents: 10_000_00, state: 'open', items: [{ nsn: '1005011234567', quantity: 10 }] });
    const csv = await call('GET', '/sdaf/procurements/export.csv');
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('HTTP-1');
  });

  it('answers bad input with 400 naming the field, and a partner’s user with 403 on the fund', async () => {
    expect((await call('POST', '/sdaf/capital', '{not json')).status).toBe(400);
    const bad = await call('POST', '/sdaf/capital', { amountCents: 1.5, source: 'appropriation', documentReference: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.fields?.map((f) => f.path)).toEqual(['amountCents']);
    expect((await call('GET', '/sdaf/procurements/not-a-uuid')).status).toBe(400);
    expect((await call('GET', '/sdaf/procurements', undefined, 'partner')).status).toBe(403);
    expect((await call('GET', '/sdaf/inventory/export.csv', undefined, 'partner')).status).toBe(403);
    expect((await call('GET', '/sdaf/transfers', undefined, 'partner')).body).toMatchObject({ total: 0 });
    expect((await call('POST', '/sdaf/rules', { kind: 'statutory_cap', effectiveFrom: '2030-01-01', value: 1, source: 'x' })).status).toBe(
      403,
    );
  });
});
