import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { createCase, createPendingSale } from '../../areas/cases/public.ts';
import { testWiring } from '../../areas/testing.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import type { Role } from '../access/roles.ts';
import { principalOf } from '../auth/principal.ts';
import { createApiToken } from '../auth/service.ts';
import { loadConfig } from '../config.ts';
import { testPrincipal } from '../testing/principals.ts';
import { users } from '../users/schema.ts';
import { createUser } from '../users/service.ts';

describe.each(TEST_ENGINES)('the audit log sorted and as a file, on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};
  let atCase = '';
  let saCase = '';
  let pendingTitle = '';
  const get = (path: string, as: string) => app.request(`/api${path}`, { headers: { authorization: `Bearer ${tokens[as]}` } });
  const lines = async (path: string, as: string) => {
    const res = await get(path, as);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    return (await res.text()).split('\r\n').filter(Boolean);
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) });
    const make = async (username: string, role: Role, countries?: string[]) => {
      await createUser(database.db, testWiring.partners, testPrincipal(['administrator']), {
        username,
        displayName: username,
        password: 'a long enough password',
        roles: [role],
        allDirectorates: true,
        directorates: [],
        allCountries: !countries,
        countries: countries ?? [],
      });
      const [row] = await database.db.select().from(users).where(eq(users.username, username));
      tokens[username] = (await createApiToken(database.db, principalOf(row!, 'token'), { name: 'test' })).token;
    };
    await make('aud', 'auditor');
    await make('aud.at', 'auditor', ['AT']);
    await make('writer', 'case_writer');
    const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
    atCase = (await createCase(database.db, writer, { partnerCode: 'AT', agencyCode: 'D', type: 'defined_order', title: 'Radios' }))
      .identifier;
    saCase = (await createCase(database.db, writer, { partnerCode: 'SA', agencyCode: 'D', type: 'defined_order', title: 'Trucks' }))
      .identifier;
    pendingTitle = 'Secret Patriot sale';
    await createPendingSale(database.db, testWiring.caseHooks, writer, 'SA', pendingTitle);
  });
  afterAll(() => database?.close());

  it('sorts by time either way (the order entries were written in)', async () => {
    const seqs = async (dir: string) =>
      ((await (await get(`/audit?sort=time&dir=${dir}&limit=500`, 'aud')).json()) as { items: { seq: number }[] }).items.map((e) => e.seq);
    const up = await seqs('asc');
    expect(up.length).toBeGreaterThan(3);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(await seqs('desc')).toEqual([...up].reverse());
    expect((await get('/audit?sort=hash', 'aud')).status).toBe(400);
  });

  it('exports the entries of one record by its business identifier, in the order asked', async () => {
    const file = await lines(`/audit/export.csv?record=${atCase}&sort=time&dir=asc`, 'aud');
    expect(file[0]).toBe('Sequence,Time (UTC),User,Action,Record type,Record,Partner,Before,After,Hash');
    expect(file.length).toBeGreaterThan(1);
    for (const line of file.slice(1)) expect(line).toContain(',AT,');
    expect(file[1]).toContain(',case.created,case,');
    const seqs = file.slice(1).map((l) => Number(l.split(',')[0]));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it("leaves out another partner's entries for a scoped reader and masks a withheld record's; refuses non-readers", async () => {
    const scoped = (await lines('/audit/export.csv', 'aud.at')).join('\n');
    expect(scoped).toContain(atCase);
    expect(scoped).not.toContain(saCase);
    expect(scoped).not.toContain(',SA,');
    const all = (await lines('/audit/export.csv', 'aud')).join('\n');
    expect(all).toContain(saCase);
    expect(all).toContain(',case,withheld,,,,');
    expect(all).not.toContain(pendingTitle);
    expect((await get('/audit/export.csv', 'writer')).status).toBe(403);
    const xlsx = await get('/audit/export.xlsx', 'aud');
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});
