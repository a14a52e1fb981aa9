import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPendingSale, getCasePage, listCases } from '../../areas/cases/public.ts';
import { testWiring } from '../../areas/testing.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { listAudit } from '../audit/service.ts';
import { signIn } from '../auth/service.ts';
import { loadConfig } from '../config.ts';
import { failure } from '../testing/failure.ts';
import { testPrincipal } from '../testing/principals.ts';
import { changeOwnPassword, createUser, getUser, listUsers, resetPassword, updateUser } from './service.ts';

const admin = testPrincipal(['administrator']);
const base = {
  displayName: 'Dana Director',
  password: 'a long enough password',
  roles: ['country_portfolio_director' as const],
  allDirectorates: false,
  directorates: ['REX' as const],
  allCountries: false,
  countries: ['PL', 'RO'],
};

describe.each(TEST_ENGINES)('user administration on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('creates a user with roles and scope, refusing a taken user name', async () => {
    const user = await createUser(database.db, testWiring.partners, admin, { ...base, username: 'dana' });
    expect(user).toMatchObject({
      username: 'dana',
      roles: ['country_portfolio_director'],
      countries: ['PL', 'RO'],
      version: 1,
      locked: false,
    });
    expect(JSON.stringify(user)).not.toContain('argon2');
    expect((await failure(createUser(database.db, testWiring.partners, admin, { ...base, username: 'dana' }))).status).toBe(409);
  });

  it('names each invalid field', async () => {
    const error = await failure(
      createUser(database.db, testWiring.partners, admin, { ...base, username: 'X', password: 'short', roles: [] }),
    );
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['password', 'roles', 'username']);
  });

  it('only lets administrators manage users', async () => {
    const writer = testPrincipal(['case_writer']);
    expect((await failure(listUsers(database.db, writer))).status).toBe(403);
    expect((await failure(createUser(database.db, testWiring.partners, writer, { ...base, username: 'eve' }))).status).toBe(403);
  });

  it('updates scope with the version read and refuses a stale version', async () => {
    const dana = await getUser(database.db, admin, 'dana');
    const updated = await updateUser(database.db, testWiring.partners, admin, dana.id, { version: dana.version, countries: ['PL'] });
    expect(updated).toMatchObject({ countries: ['PL'], version: 2 });
    expect((await failure(updateUser(database.db, testWiring.partners, admin, dana.id, { version: 1, active: false }))).code).toBe(
      'version_conflict',
    );
  });

  it('stops a deactivated user from signing in', async () => {
    const dana = await getUser(database.db, admin, 'dana');
    await updateUser(database.db, testWiring.partners, admin, dana.id, { version: dana.version, active: false });
    expect((await failure(signIn(database.db, loadConfig({}), 'dana', base.password))).status).toBe(401);
  });

  it('grants need-to-know explicitly: an auditor so granted sees a withheld case, and the grant is audited', async () => {
    const writer = testPrincipal(['case_writer'], { directorates: ['GEX'] });
    const sale = await createPendingSale(database.db, testWiring.caseHooks, writer, 'QA');
    const password = 'an auditor password';
    const audrey = await createUser(database.db, testWiring.partners, admin, {
      username: 'audrey',
      displayName: 'Audrey Auditor',
      password,
      roles: ['auditor'],
      allDirectorates: true,
      directorates: [],
      allCountries: true,
      countries: [],
    });
    expect(audrey.needToKnow).toEqual([]);
    const signedIn = async () => (await signIn(database.db, loadConfig({}), 'audrey', password)).principal;
    const listed = async () => (await listCases(database.db, await signedIn(), { limit: 500 })).items.find((c) => c.id === sale.id);
    expect(await listed()).toMatchObject({ withheld: true, partnerCode: null });
    expect((await failure(getCasePage(database.db, testWiring.caseHooks, await signedIn(), sale.id))).status).toBe(403);

    const writerUser = testPrincipal(['case_writer']);
    const grant = { version: audrey.version, needToKnow: ['pre-notification' as const] };
    expect((await failure(updateUser(database.db, testWiring.partners, writerUser, audrey.id, grant))).status).toBe(403);
    const invalid = await failure(
      updateUser(database.db, testWiring.partners, admin, audrey.id, {
        version: audrey.version,
        needToKnow: ['no-such-marking' as 'pre-notification'],
      }),
    );
    expect(invalid.fields?.[0]?.path).toMatch(/^needToKnow/);

    const granted = await updateUser(database.db, testWiring.partners, admin, audrey.id, grant);
    expect(granted).toMatchObject({ needToKnow: ['pre-notification'], version: audrey.version + 1 });
    expect(await listed()).toMatchObject({ withheld: false, partnerCode: 'QA', title: 'Patriot' });
    expect((await getCasePage(database.db, testWiring.caseHooks, await signedIn(), sale.id)).case.title).toBe('Patriot');

    const [entry] = (
      await listAudit(database.db, testWiring.auditSubjects, admin, { entityType: 'user', entityId: audrey.id, limit: 1, offset: 0 })
    ).items;
    expect(entry).toMatchObject({ action: 'user.updated', actorName: admin.username });
    expect(entry!.before).toMatchObject({ needToKnow: [] });
    expect(entry!.after).toMatchObject({ needToKnow: ['pre-notification'] });
    expect(JSON.stringify(entry)).not.toContain('argon2');
  });

  it('resets a password so only the new one works', async () => {
    await createUser(database.db, testWiring.partners, admin, { ...base, username: 'frank' });
    await resetPassword(database.db, admin, 'frank', 'the brand new password');
    expect((await failure(signIn(database.db, loadConfig({}), 'frank', base.password))).status).toBe(401);
    expect((await signIn(database.db, loadConfig({}), 'frank', 'the brand new password')).principal.username).toBe('frank');
  });
});

describe('user scope validation on pglite', () => {
  it('refuses a scope naming an unknown partner, naming the entry, and a short new password by its field', async () => {
    const database = await openTestDatabase('pglite');
    try {
      const error = await failure(
        createUser(database.db, testWiring.partners, admin, { ...base, username: 'gina', countries: ['PL', 'ZZ'] }),
      );
      expect(error.fields).toEqual([{ path: 'countries.1', message: 'no partner with customer code ZZ' }]);
      await createUser(database.db, testWiring.partners, admin, { ...base, username: 'gina' });
      const gina = await getUser(database.db, admin, 'gina');
      const ginaPrincipal = testPrincipal(['country_portfolio_director'], { userId: gina.id });
      const short = await failure(changeOwnPassword(database.db, ginaPrincipal, base.password, 'short'));
      expect(short.fields?.[0]?.path).toBe('newPassword');
    } finally {
      await database.close();
    }
  });
});
