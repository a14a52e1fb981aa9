import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testWiring } from '../../areas/testing.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { auditLog } from '../audit/schema.ts';
import { loadConfig } from '../config.ts';
import { failure } from '../testing/failure.ts';
import { testPrincipal } from '../testing/principals.ts';
import { apiTokens, users } from '../users/schema.ts';
import { createUser, unlockUser } from '../users/service.ts';
import { authenticateToken, createApiToken, resumeSession, revokeApiToken, signIn, signOut } from './service.ts';

const config = loadConfig({});
const admin = testPrincipal(['administrator']);
const PASSWORD = 'correct horse battery';

describe.each(TEST_ENGINES)('sign-in, sessions and tokens on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    for (const username of ['alice', 'bob', 'carol']) {
      await createUser(database.db, testWiring.partners, admin, {
        username,
        displayName: username,
        password: PASSWORD,
        roles: ['case_writer'],
        allDirectorates: false,
        directorates: ['GEX'],
        allCountries: false,
        countries: ['AT'],
      });
    }
  });
  afterAll(() => database?.close());

  it('stores an argon2id hash, never the password', async () => {
    const [row] = await database.db.select().from(users).where(eq(users.username, 'alice'));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.passwordHash).not.toContain(PASSWORD);
  });

  it("signs in with the right password and resumes the session with the user's scope", async () => {
    const session = await signIn(database.db, config, 'alice', PASSWORD);
    const resumed = await resumeSession(database.db, config, session.sessionId);
    expect(resumed?.principal).toMatchObject({
      username: 'alice',
      roles: ['case_writer'],
      scope: { countries: ['AT'], allCountries: false },
    });
    expect(resumed?.csrfToken).toBe(session.csrfToken);
    await signOut(database.db, session.sessionId, resumed!.principal);
    expect(await resumeSession(database.db, config, session.sessionId)).toBeNull();
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await failure(signIn(database.db, config, 'nobody', PASSWORD));
    const wrong = await failure(signIn(database.db, config, 'carol', 'wrong password'));
    expect(unknown.toBody()).toEqual(wrong.toBody());
    expect(unknown.status).toBe(401);
  });

  it('ends a session after the idle timeout, and at the absolute limit even when active', async () => {
    const start = new Date('2026-01-01T08:00:00Z');
    const session = await signIn(database.db, config, 'carol', PASSWORD, start);
    const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
    expect(await resumeSession(database.db, config, session.sessionId, minutes(config.SESSION_IDLE_MINUTES - 1))).not.toBeNull();
    expect(await resumeSession(database.db, config, session.sessionId, minutes(2 * config.SESSION_IDLE_MINUTES))).toBeNull();

    const busy = await signIn(database.db, config, 'carol', PASSWORD, start);
    for (let t = 10; t < config.SESSION_MAX_HOURS * 60; t += 10) {
      expect(await resumeSession(database.db, config, busy.sessionId, minutes(t))).not.toBeNull();
    }
    expect(await resumeSession(database.db, config, busy.sessionId, minutes(config.SESSION_MAX_HOURS * 60 + 1))).toBeNull();
  });

  it('locks the account after the configured failures, refusing even the right password until unlocked', async () => {
    for (let i = 1; i < config.LOCKOUT_THRESHOLD; i++) expect((await failure(signIn(database.db, config, 'bob', 'nope'))).status).toBe(401);
    // Locked answers like a wrong password (issue 11: no enumeration); the reason is in the audit log.
    expect((await failure(signIn(database.db, config, 'bob', 'nope'))).status).toBe(401);
    expect((await failure(signIn(database.db, config, 'bob', PASSWORD))).status).toBe(401);
    const [bob] = await database.db.select().from(users).where(eq(users.username, 'bob'));
    await unlockUser(database.db, admin, bob!.id);
    expect((await signIn(database.db, config, 'bob', PASSWORD)).principal.username).toBe('bob');
    const actions = await database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, bob!.id))
      .orderBy(auditLog.seq);
    expect(actions.map((r) => r.action)).toEqual([
      'user.created',
      'session.sign_in_failed',
      'session.sign_in_failed',
      'session.locked_out',
      'session.sign_in_refused',
      'user.unlocked',
      'session.signed_in',
    ]);
  });

  it('resets the failure count after a successful sign-in', async () => {
    await failure(signIn(database.db, config, 'carol', 'nope'));
    await signIn(database.db, config, 'carol', PASSWORD);
    for (let i = 1; i < config.LOCKOUT_THRESHOLD; i++)
      expect((await failure(signIn(database.db, config, 'carol', 'nope'))).status).toBe(401);
    await signIn(database.db, config, 'carol', PASSWORD);
  });

  it('issues a personal API token once, stores only its hash, and stops honouring it when revoked or expired', async () => {
    const [alice] = await database.db.select().from(users).where(eq(users.username, 'alice'));
    const owner = testPrincipal(['case_writer'], { userId: alice!.id, countries: ['AT'] });
    const created = await createApiToken(database.db, owner, { name: 'nightly export' });
    expect(created.token).toMatch(/^iops_/);
    const stored = await database.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(JSON.stringify(stored)).not.toContain(created.token);
    expect((await authenticateToken(database.db, created.token))?.username).toBe('alice');
    expect(await authenticateToken(database.db, `${created.token}x`)).toBeNull();
    await revokeApiToken(database.db, owner, created.id);
    expect(await authenticateToken(database.db, created.token)).toBeNull();

    const expiring = await createApiToken(database.db, owner, { name: 'short', expiresAt: new Date('2030-01-01T00:00:00Z') });
    expect(await authenticateToken(database.db, expiring.token, new Date('2029-12-31T23:00:00Z'))).not.toBeNull();
    expect(await authenticateToken(database.db, expiring.token, new Date('2030-01-01T00:00:01Z'))).toBeNull();
  });
});
