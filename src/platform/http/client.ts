import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { Config } from '../config.ts';

type ProxyConfig = Pick<Config, 'TRUST_PROXY'>;

/**
 * The caller's address: the socket's peer, or — only when TRUST_PROXY says a reverse proxy stands in front — the
 * last X-Forwarded-For entry, the one our proxy appended (entries before it are whatever the client sent).
 */
export function clientIp(c: Context, config: ProxyConfig): string {
  if (config.TRUST_PROXY) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** Whether the browser reached us over HTTPS: directly, or through a trusted proxy that says so. */
export function cameOverHttps(c: Context, config: ProxyConfig): boolean {
  if (config.TRUST_PROXY) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (proto) return proto === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}
