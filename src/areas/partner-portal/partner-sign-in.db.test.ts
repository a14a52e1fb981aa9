import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import type { Database } from '../../db/client.ts';
import { openTestDatabase, TEST_ENGINES } from '../../db/testing.ts';
import { totpCode } from '../../platform/auth/totp.ts';
import { loadConfig } from '../../platform/config.ts';
import { testPrincipal } from '../../platform/testing/principals.ts';
import { testWiring } from '../testing.ts';
import { inviteHostAdministrator } from './user-service.ts';

// Issue 17: a partner's host-nation administrator is made by the agency, activates with a password and an authenticator,
// signs in only with a code (or a one-time recovery code), invites a user within their own permissions, and no further.

const json = { 'content-type': 'application/json' };

describe.each(TEST_ENGINES)('partner sign-in with a second factor, on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(url, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = createApp({ database, config: loadConfig({}), logger: pino({ level: 'silent' }) }, testWiring);
  });
  afterAll(() => database?.close());

  async function activate(token: string, password: string, now = new Date()) {
    const started = await post('/api/auth/activation/start', { token });
    expect(started.status).toBe(200);
    const { totpSecret, username } = (await started.json()) as { totpSecret: string; username: string };
    const wrong = await post('/api/auth/activation', { token, password, totpCode: '000000' });
    expect(wrong.status).toBe(400);
    const done = await post('/api/auth/activation', { token, password, totpCode: totpCode(totpSecret, now) });
    expect(done.status).toBe(200);
    const { recoveryCodes } = (await done.json()) as { recoveryCodes: string[] };
    return { totpSecret, username, recoveryCodes };
  }

  it('admits a partner user only with a right, unused code or recovery code, and keeps them to their partner', async () => {
    const admin = testPrincipal(['administrator']);
    const { invitation } = await inviteHostAdministrator(database.db, testWiring.partners, admin, 'at', 'hna@defence.example');
    const { totpSecret, username, recoveryCodes } = await activate(invitation.token, 'a long enough password');
    expect(recoveryCodes).toHaveLength(10);
    // The invitation is spent.
    expect((await post('/api/auth/activation/start', { token: invitation.token })).status).toBe(404);

    const noCode = await post('/api/auth/sign-in', { username, password: 'a long enough password' });
    expect(noCode.status).toBe(401);
    expect(((await noCode.json()) as { error: { code: string } }).error.code).toBe('second_factor_required');
    expect((await post('/api/auth/sign-in', { username, password: 'a long enough password', totpCode: '123456' })).status).toBe(401);
    // The activation's step is used: the next step's code signs in, once.
    const later = new Date(Date.now() + 30_000);
    const code = totpCode(totpSecret, later);
    const signed = await post('/api/auth/sign-in', { username, password: 'a long enough password', totpCode: code });
    expect(signed.status).toBe(200);
    const session = (await signed.json()) as { csrfToken: string; user: { partner: { code: string } | null; roles: string[] } };
    expect(session.user.partner?.code).toBe('AT');
    expect(session.user.roles).toEqual([]);
    expect((await post('/api/auth/sign-in', { username, password: 'a long enough password', totpCode: code })).status).toBe(401);
    // A recovery code works once.
    expect((await post('/api/auth/sign-in', { username, password: 'a long enough password', recoveryCode: recoveryCodes[0] })).status).toBe(
      200,
    );
    expect((await post('/api/auth/sign-in', { username, password: 'a long enough password', recoveryCode: recoveryCodes[0] })).status).toBe(
      401,
    );

    const cookie = signed.headers.get('set-cookie')!.split(';')[0]!;
    const headers = { cookie, 'x-csrf-token': session.csrfToken };
    // Internal areas are closed to a partner user; the portal is theirs.
    expect((await app.request('/api/cases', { headers })).status).toBe(403);
    expect((await app.request('/api/partner/cases', { headers })).status).toBe(200);
    // The administrator invites a forwarder: deliveries only, whatever is asked.
    const tooMuch = await post(
      '/api/partner/users',
      { email: 'fwd@freight.example', displayName: 'Forwarder', role: 'forwarder', permissions: ['deliveries', 'cases'] },
      headers,
    );
    expect(tooMuch.status).toBe(400);
    const invited = await post(
      '/api/partner/users',
      { email: 'fwd@freight.example', displayName: 'Forwarder', role: 'forwarder', permissions: ['deliveries'] },
      headers,
    );
    expect(invited.status).toBe(201);
    const users = (await (await app.request('/api/partner/users', { headers })).json()) as { username: string; enrolled: boolean }[];
    expect(users.map((u) => [u.username, u.enrolled])).toEqual([
      ['fwd@freight.example', false],
      ['hna@defence.example', true],
    ]);
  });
});
