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

describe.each(TEST_ENGINES)('cases over HTTP on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const auth: Record<string, Record<string, string>> = {};

  const call = async (who: string, method: string, path: string, body?: unknown) => {
    const res = await app.request(`/api${path}`, {
      method,
      headers: { ...auth[who], 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return {
      status: res.status,
      body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string; fields?: { path: string }[] } },
    };
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    const admin = testPrincipal(['administrator']);
    for (const [username, roles, countries] of [
      ['writer.at', ['case_writer'], ['AT']],
      ['writer.all', ['case_writer'], null],
    ] as const) {
      await createUser(database.db, testWiring.partners, admin, {
        username,
        displayName: username,
        password: 'a long enough password',
        roles: [...roles],
        allDirectorates: false,
        directorates: ['GEX'],
        allCountries: !countries,
        countries: countries ? [...countries] : [],
      });
      const [row] = await database.db.select().from(users).where(eq(users.username, username));
      auth[username] = {
        authorization: `Bearer ${(await createApiToken(database.db, principalOf(row!, 'token'), { name: 'test' })).token}`,
      };
    }
  });
  afterAll(() => database?.close());

  it('creates a case with a generated identifier and serves its page by identifier', async () => {
    const created = await call('writer.at', 'POST', '/cases', {
      partnerCode: 'AT',
      agencyCode: 'D',
      type: 'defined_order',
      title: 'F/A-18 spares',
    });
    expect(created.status).toBe(201);
    const page = await call('writer.at', 'GET', '/cases/AT-D-AAA');
    expect(page.body).toMatchObject({
      case: { identifier: 'AT-D-AAA', status: 'draft', partnerName: 'Australia', offerGroup: null },
      nextActions: [{ action: 'submit_for_review' }, { action: 'cancel' }],
    });
  });

  it('lists the implementing agencies with their letters and sources', async () => {
    const res = await call('writer.at', 'GET', '/implementing-agencies');
    expect(res.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'B', verified: true }),
        expect.objectContaining({ code: 'P', verified: false }),
      ]),
    );
  });

  it('prices a new case at the rate in force, so it starts without a surcharge finding', async () => {
    const page = await call('writer.at', 'GET', '/cases/AT-D-AAA');
    expect((page.body.versions as { surchargeBasisPoints: number }[])[0]!.surchargeBasisPoints).toBe(320);
    expect((page.body.findings as { check: string }[]).map((f) => f.check)).not.toContain('surcharge-rate');
  });

  it('answers an illegal move with 409 naming the allowed ones', async () => {
    const res = await call('writer.at', 'POST', '/cases/AT-D-AAA/transitions', { action: 'accept', version: 1 });
    expect(res.status).toBe(409);
    expect(res.body.error?.message).toMatch(/possible now: submit for review, cancel/);
  });

  it('names bad fields of a version save', async () => {
    const res = await call('writer.at', 'PUT', '/cases/AT-D-AAA/versions/0', {
      revision: 1,
      lines: [{ lineNumber: '1', description: 'x', quantity: -1, unitCostCents: 1.5 }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.fields?.map((f) => f.path).sort()).toEqual(['lines.0.lineNumber', 'lines.0.quantity', 'lines.0.unitCostCents']);
  });

  it("hides another partner's case by id and identifier, in lists and in search", async () => {
    const japan = await call('writer.all', 'POST', '/cases', {
      partnerCode: 'JA',
      agencyCode: 'P',
      type: 'defined_order',
      title: 'Aegis upgrade',
    });
    const id = (japan.body.case as { id: string }).id;
    expect((await call('writer.at', 'GET', `/cases/${id}`)).status).toBe(404);
    expect((await call('writer.at', 'GET', '/cases/JA-P-AAA')).status).toBe(404);
    expect((await call('writer.at', 'GET', `/cases/JA-P-AAA/versions/0`)).status).toBe(404);
    expect((await call('writer.at', 'GET', '/cases?q=aegis')).body).toMatchObject({ total: 0, items: [] });
    expect((await call('writer.at', 'GET', '/cases?partner=JA')).body).toMatchObject({ total: 0 });
    expect((await call('writer.all', 'GET', '/cases?q=aegis')).body).toMatchObject({ total: 1 });
  });
});
