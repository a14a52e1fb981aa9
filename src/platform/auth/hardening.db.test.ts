import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { testWiring } from '../../areas/testing.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { auditLog } from '../audit/schema.ts';
import { loadConfig } from '../config.ts';
import { testPrincipal } from '../testing/principals.ts';
import { users } from '../users/schema.ts';
import { createUser } from '../users/service.ts';
import { rateLimits } from './schema.ts';
import { purgeExpiredThrottles } from './throttle.ts';

const PASSWORD = 'a long enough password';
const admin = testPrincipal(['administrator']);
// Each test signs in from addresses of its own (TRUST_PROXY), so the per-address throttle of one never meets another.
const config = (env: Record<string, string> = {}) => loadConfig({ TRUST_PROXY: 'true', ...env });

describe.each(TEST_ENGINES)('sign-in and sessions hardening (issue 11) on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;

  const newApp = (env: Record<string, string> = {}, now?: () => Date) =>
    createApp({ database, config: config(env), logger: pino({ level: 'silent' }), ...(now ? { now } : {}) });
  const signInWith = (a: ReturnType<typeof createApp>, ip: string, username: string, password: string, url = '/api/auth/sign-in') =>
    a.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.200, ${ip}` },
      body: JSON.stringify({ username, password }),
    });
  const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]!;
  const addUser = (username: string, extra: { roles?: ['administrator'] } = {}) =>
    createUser(database.db, testWiring.partners, admin, {
      username,
      displayName: username,
      password: PASSWORD,
      roles: extra.roles ?? ['case_writer'],
      allDirectorates: true,
      directorates: [],
      allCountries: true,
      countries: [],
    });
  const auditActions = async (userId: string) =>
    (await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, userId))).map((r) => r.action);

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = newApp();
    await addUser('admin', { roles: ['administrator'] });
  });
  afterAll(() => database?.close());

  it('locks the account at the threshold under 12 parallel wrong passwords, checking at most threshold of them', async () => {
    const racer = newApp({ SIGN_IN_FAILURES_PER_ACCOUNT: '100', AUTH_FAILURES_PER_IP: '100' });
    const user = await addUser('racer');
    const statuses = await Promise.all(Array.from({ length: 12 }, (_, i) => signInWith(racer, `198.51.100.${i + 1}`, 'racer', 'wrong')));
    expect(statuses.map((r) => r.status)).toEqual(Array(12).fill(401));
    const actions = await auditActions(user.id);
    // Each guess checked against the hash is audited as failed or locked out; the rest were refused unchecked.
    expect(actions.filter((a) => a === 'session.sign_in_failed' || a === 'session.locked_out')).toHaveLength(3);
    expect(actions.filter((a) => a === 'session.locked_out')).toHaveLength(1);
    expect(actions.filter((a) => a === 'session.sign_in_refused')).toHaveLength(9);
    const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect((await signInWith(racer, '198.51.100.99', 'racer', PASSWORD)).status).toBe(401);
  });

  it('answers an unknown name, a wrong password and a locked account alike', async () => {
    const same = newApp({ SIGN_IN_FAILURES_PER_ACCOUNT: '100' });
    await addUser('known');
    const answer = async (username: string) => {
      const res = await signInWith(same, '198.51.100.20', username, 'wrong');
      return { status: res.status, body: await res.json() };
    };
    const unknown = await answer('nobody-here');
    const wrong = await answer('known');
    await answer('known');
    const lockingOut = await answer('known');
    const locked = await answer('known');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({
      error: {
        code: 'unauthenticated',
        message:
          'User name or password is wrong, or the account is locked after 3 failed sign-ins (for 15 minutes, or until an administrator unlocks it)',
      },
    });
    for (const other of [wrong, lockingOut, locked]) expect(other).toEqual(unknown);
    const refused = await database.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.action, 'session.sign_in_refused'));
    expect(refused.map((r) => (r.after as { reason: string }).reason)).toEqual(expect.arrayContaining(['unknown_user', 'locked']));
  });

  it('throttles failed sign-ins per address (429 with Retry-After), trusting X-Forwarded-For only when configured', async () => {
    const limited = newApp({ AUTH_FAILURES_PER_IP: '5' });
    await addUser('burst');
    const burst = [];
    for (let i = 0; i < 7; i++) burst.push(await signInWith(limited, '198.51.100.30', `guess-${i}`, 'wrong'));
    expect(burst.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const refusal = burst[5]!;
    expect(Number(refusal.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refusal.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    expect(await refusal.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // The right password from that address waits too; another address is unaffected.
    expect((await signInWith(limited, '198.51.100.30', 'burst', PASSWORD)).status).toBe(429);
    expect((await signInWith(limited, '198.51.100.31', 'burst', PASSWORD)).status).toBe(200);

    // Without TRUST_PROXY a forged X-Forwarded-For changes nothing: every request comes from the one socket address.
    const direct = createApp({ database, config: loadConfig({ AUTH_FAILURES_PER_IP: '3' }), logger: pino({ level: 'silent' }) });
    const forged = [];
    for (let i = 0; i < 4; i++) forged.push((await signInWith(direct, `192.0.2.${i}`, `forged-${i}`, 'wrong')).status);
    expect(forged).toEqual([401, 401, 401, 429]);

    // The counters are rows in our database; the daily purge drops those whose window has ended.
    expect((await database.db.select().from(rateLimits)).length).toBeGreaterThan(0);
    await purgeExpiredThrottles(database.db, new Date(Date.now() + 16 * 60_000));
    expect(await database.db.select().from(rateLimits)).toEqual([]);
  });

  it('throttles failed sign-ins per user name across addresses, and unknown API tokens per address', async () => {
    const limited = newApp({ SIGN_IN_FAILURES_PER_ACCOUNT: '4', AUTH_FAILURES_PER_IP: '3' });
    const perName = [];
    for (let i = 0; i < 5; i++) perName.push((await signInWith(limited, `198.51.100.${40 + i}`, 'no-such-account', 'wrong')).status);
    expect(perName).toEqual([401, 401, 401, 401, 429]);

    const bearer = (token: string) =>
      limited.request('/api/auth/session', { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '198.51.100.50' } });
    const tokens = [];
    for (let i = 0; i < 4; i++) tokens.push((await bearer(`iops_AAAAAAA${i}_guess`)).status);
    expect(tokens).toEqual([401, 401, 401, 429]);
  });

  it('sends CSP, refuses framing, marks API answers no-store, and turns on HSTS and Secure cookies over HTTPS', async () => {
    const page = await app.request('/cases');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    expect(page.headers.get('x-frame-options')).toBe('DENY');

    const docs = await app.request('/api/docs');
    expect(docs.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(docs.headers.get('x-frame-options')).toBe('DENY');
    expect(docs.headers.get('cache-control')).toBe('no-store');

    const plain = await signInWith(app, '198.51.100.60', 'admin', PASSWORD);
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/i);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const session = await app.request('/api/auth/session', { headers: { cookie: cookieOf(plain) } });
    expect(session.status).toBe(200);
    expect(session.headers.get('cache-control')).toBe('no-store');

    const https = await signInWith(app, '198.51.100.60', 'admin', PASSWORD, 'https://iops.example/api/auth/sign-in');
    expect(https.headers.get('set-cookie')).toMatch(/; Secure/i);
    expect(https.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    const proxied = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.60' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    expect(proxied.headers.get('set-cookie')).toMatch(/; Secure/i);
    expect(proxied.headers.get('strict-transport-security')).not.toBeNull();
  });

  it('slides the idle timeout: with SESSION_IDLE_MINUTES=1 a session used every 15 s is still valid at 75 s', async () => {
    let clock = new Date('2026-03-02T09:00:00Z').getTime();
    const timed = newApp({ SESSION_IDLE_MINUTES: '1' }, () => new Date(clock));
    await addUser('idler');
    const cookie = cookieOf(await signInWith(timed, '198.51.100.70', 'idler', PASSWORD));
    const use = () => timed.request('/api/auth/session', { headers: { cookie } });
    for (let s = 15; s <= 75; s += 15) {
      clock += 15_000;
      expect((await use()).status, `at ${s} s`).toBe(200);
    }
    clock += 61_000;
    expect((await use()).status).toBe(401);
  });

  it('lets a user whose password was reset only read the session, change the password and sign out', async () => {
    const user = await addUser('resetme');
    const adminCookie = cookieOf(await signInWith(app, '198.51.100.80', 'admin', PASSWORD));
    const adminCsrf = (
      (await (await app.request('/api/auth/session', { headers: { cookie: adminCookie } })).json()) as { csrfToken: string }
    ).csrfToken;
    const reset = await app.request(`/api/users/${user.id}/password`, {
      method: 'POST',
      headers: { cookie: adminCookie, 'x-csrf-token': adminCsrf, 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'a temporary password' }),
    });
    expect(reset.status).toBe(204);

    const signedIn = await signInWith(app, '198.51.100.80', 'resetme', 'a temporary password');
    const { csrfToken, user: me } = (await signedIn.json()) as { csrfToken: string; user: { mustChangePassword: boolean } };
    expect(me.mustChangePassword).toBe(true);
    const headers = { cookie: cookieOf(signedIn), 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    expect((await app.request('/api/auth/session', { headers })).status).toBe(200);
    for (const [method, path, body] of [
      ['GET', '/api/cases', undefined],
      ['GET', '/api/auth/tokens', undefined],
      ['POST', '/api/auth/tokens', { name: 'sneaky' }],
    ] as const) {
      const res = await app.request(path, { method, headers, body: body && JSON.stringify(body) });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'password_change_required' } });
    }
    const changed = await app.request('/api/auth/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({ currentPassword: 'a temporary password', newPassword: 'my very own new password' }),
    });
    expect(changed.status).toBe(204);
    expect((await app.request('/api/auth/tokens', { headers })).status).toBe(200);
  });

  it('does not bring back sessions, API tokens or calendar feeds when a deactivated user is reactivated', async () => {
    const user = await addUser('leaver');
    const adminCookie = cookieOf(await signInWith(app, '198.51.100.90', 'admin', PASSWORD));
    const adminSession = (await (await app.request('/api/auth/session', { headers: { cookie: adminCookie } })).json()) as {
      csrfToken: string;
    };
    const asAdmin = { cookie: adminCookie, 'x-csrf-token': adminSession.csrfToken, 'content-type': 'application/json' };

    const signedIn = await signInWith(app, '198.51.100.90', 'leaver', PASSWORD);
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const mine = { cookie: cookieOf(signedIn), 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const token = (
      (await (await app.request('/api/auth/tokens', { method: 'POST', headers: mine, body: '{"name":"cron"}' })).json()) as {
        token: string;
      }
    ).token;
    const feedUrl = new URL(
      (
        (await (await app.request('/api/deadlines/feeds', { method: 'POST', headers: mine, body: '{"name":"Outlook"}' })).json()) as {
          url: string;
        }
      ).url,
    );
    const feed = () => app.request(`${feedUrl.pathname}${feedUrl.search}`, { headers: { 'x-forwarded-for': '198.51.100.91' } });
    const withToken = () =>
      app.request('/api/auth/session', { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '198.51.100.91' } });
    expect((await feed()).status).toBe(200);
    expect((await withToken()).status).toBe(200);

    for (const active of [false, true]) {
      const { version } = (await (await app.request(`/api/users/${user.id}`, { headers: asAdmin })).json()) as { version: number };
      const res = await app.request(`/api/users/${user.id}`, {
        method: 'PATCH',
        headers: asAdmin,
        body: JSON.stringify({ version, active }),
      });
      expect(res.status).toBe(200);
    }
    expect((await app.request('/api/auth/session', { headers: mine })).status).toBe(401);
    expect((await withToken()).status).toBe(401);
    expect((await feed()).status).toBe(401);
    expect(await auditActions(user.id)).toContain('user.credentials_revoked');
    expect((await signInWith(app, '198.51.100.90', 'leaver', PASSWORD)).status).toBe(200);
  });

  it('refuses a token that would already be expired, naming the field', async () => {
    const signedIn = await signInWith(app, '198.51.100.95', 'admin', PASSWORD);
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const res = await app.request('/api/auth/tokens', {
      method: 'POST',
      headers: { cookie: cookieOf(signedIn), 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'stale', expiresAt: '2020-01-01T00:00:00Z' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { fields: [{ path: 'expiresAt', message: expect.stringContaining('must be after') }] },
    });
  });
});
