import { compress } from 'hono/compress';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.ts';

const gzip = compress({ threshold: 1024 });

/**
 * gzip for text answers above 1 kB (JSON lists, the JavaScript bundle, CSV downloads). Not for sign-in and session
 * answers: they carry the CSRF token, and a compressed secret beside text an attacker chooses leaks through its length
 * (BREACH). Progress streams (NDJSON) are not in the compressible types, so their lines are not held back.
 */
export const compressResponses = createMiddleware<AppEnv>((c, next) => (c.req.path.startsWith('/api/auth/') ? next() : gzip(c, next)));
