import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Principal } from '../access/policy.ts';
import { authenticateToken, resumeSession } from '../auth/service.ts';
import { FEED_PATH } from '../deadlines/model.ts';
import { clientIp } from './client.ts';
import { type AppEnv, nowOf, throttleOf } from './context.ts';
import { AppError, unauthenticated } from './errors.ts';

export const SESSION_COOKIE = 'iops_session';
// The calendar feed authenticates itself by the secret token in its address (calendar programs send no headers).
const PUBLIC_PATHS = new Set([
  '/api/health',
  '/api/openapi.json',
  '/api/auth/sign-in',
  '/api/auth/activation',
  '/api/auth/activation/start',
  FEED_PATH,
]);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// What a user whose password was reset may do before choosing a new one.
const WHILE_PASSWORD_MUST_CHANGE = new Set(['GET /api/auth/session', 'POST /api/auth/password', 'POST /api/auth/sign-out']);

function requirePasswordChanged(p: Principal, method: string, path: string) {
  if (p.mustChangePassword && !WHILE_PASSWORD_MUST_CHANGE.has(`${method} ${path}`)) {
    throw new AppError(
      403,
      'password_change_required',
      'Your password was reset by an administrator: change it (POST /api/auth/password) before doing anything else',
    );
  }
}

/**
 * Resolves the caller from a bearer token (scripts) or the session cookie (browser). Cookie-authenticated
 * writes must echo the session's CSRF token in X-CSRF-Token; bearer tokens cannot be sent by a foreign page.
 * Unknown bearer tokens count against the caller's address (429 once its allowance is spent).
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const { database, config } = c.get('deps');
  const path = c.req.path;
  if (PUBLIC_PATHS.has(path) || path.startsWith('/api/docs')) return next();
  const now = nowOf(c);

  const authorization = c.req.header('authorization');
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const p = token ? await authenticateToken(database.db, token, now) : null;
    if (!p) {
      await throttleOf(c).tokenFailed(clientIp(c, config));
      throw unauthenticated('The API token is unknown, revoked or expired');
    }
    requirePasswordChanged(p, c.req.method, path);
    c.set('principal', p);
    return next();
  }

  const sessionId = getCookie(c, SESSION_COOKIE);
  const session = sessionId ? await resumeSession(database.db, config, sessionId, now) : null;
  if (!session) throw unauthenticated(sessionId ? 'Your session has ended; sign in again' : 'Sign in first');
  if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
    throw new AppError(403, 'forbidden', 'Missing or wrong X-CSRF-Token header for a cookie-authenticated request');
  }
  requirePasswordChanged(session.principal, c.req.method, path);
  c.set('principal', session.principal);
  c.set('sessionId', sessionId);
  c.set('csrfToken', session.csrfToken);
  return next();
});
