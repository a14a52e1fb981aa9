import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from '../config.ts';
import { cameOverHttps } from './client.ts';
import type { AppEnv } from './context.ts';

// Both pages load only their own scripts and styles, and no page may frame them (the docs page sends the CSRF token).
const BASE_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  connectSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const common = { xFrameOptions: 'DENY', referrerPolicy: 'same-origin', strictTransportSecurity: false } as const;

// The web UI (a Vite build) links its CSS and sets styles only through the DOM, which CSP allows.
const appHeaders = secureHeaders({ ...common, contentSecurityPolicy: { ...BASE_POLICY, styleSrc: ["'self'"] } });
// Swagger UI writes style attributes into its markup; its scripts are our /api/docs/assets and /api/docs/init.js.
const docsHeaders = secureHeaders({ ...common, contentSecurityPolicy: { ...BASE_POLICY, styleSrc: ["'self'", "'unsafe-inline'"] } });

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Content-Security-Policy, framing and the other browser hardening headers (Hono's secureHeaders); HSTS when the
 * request came over HTTPS (or COOKIE_SECURE forces it); and `Cache-Control: no-store` on API answers, which carry
 * signed-in data, unless a route chose its own caching.
 */
export function securityHeaders(config: Pick<Config, 'COOKIE_SECURE' | 'TRUST_PROXY'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    await (path.startsWith('/api/docs') ? docsHeaders : appHeaders)(c, next);
    if (config.COOKIE_SECURE || cameOverHttps(c, config)) c.header('Strict-Transport-Security', HSTS);
    if (path.startsWith('/api/') && !path.startsWith('/api/docs/assets/') && !c.res.headers.has('Cache-Control')) {
      c.header('Cache-Control', 'no-store');
    }
  };
}
