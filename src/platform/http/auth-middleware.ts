import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { authenticateToken, resumeSession } from '../auth/service.ts';
import { FEED_PATH } from '../deadlines/model.ts';
import type { AppEnv } from './context.ts';
import { AppError, unauthenticated } from './errors.ts';

export const SESSION_COOKIE = 'iops_session';
// The calendar feed authenticates itself by the secret token in its address (calendar programs send no headers).
const PUBLIC_PATHS = new Set(['/api/health', '/api/openapi.json', '/api/auth/sign-in', FEED_PATH]);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller from a bearer token (scripts) or the session cookie (browser). Cookie-authenticated
 * writes must echo the session's CSRF token in X-CSRF-Token; bearer tokens cannot be sent by a foreign page.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const { database, config } = c.get('deps');
  const path = c.req.path;
  if (PUBLIC_PATHS.has(path) || path.startsWith('/api/docs')) return next();

  const authorization = c.req.header('authorization');
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const p = token ? await authenticateToken(database.db, token) : null;
    if (!p) throw unauthenticated('The API token is unknown, revoked or expired');
    c.set('principal', p);
    return next();
  }

  const sessionId = getCookie(c, SESSION_COOKIE);
  const session = sessionId ? await resumeSession(database.db, config, sessionId) : null;
  if (!session) throw unauthenticated(sessionId ? 'Your session has ended; sign in again' : 'Sign in first');
  if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
    throw new AppError(403, 'forbidden', 'Missing or wrong X-CSRF-Token header for a cookie-authenticated request');
  }
  c.set('principal', session.principal);
  c.set('sessionId', sessionId);
  c.set('csrfToken', session.csrfToken);
  return next();
});
