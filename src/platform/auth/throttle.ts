import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '../../db/client.ts';
import type { Config } from '../config.ts';
import { tooManyRequests } from '../http/errors.ts';
import { rateLimits } from './schema.ts';
import { sha256 } from './secrets.ts';

export type ThrottleConfig = Pick<Config, 'AUTH_FAILURES_PER_IP' | 'SIGN_IN_FAILURES_PER_ACCOUNT' | 'AUTH_THROTTLE_MINUTES'>;

/**
 * Throttles failed authentication per client address and per user name. The counters live in our own database
 * (table rate_limits, migration 0014) so every API process shares them: rate-limiter-flexible's RateLimiterDrizzle
 * runs one atomic INSERT … ON CONFLICT DO UPDATE … RETURNING per hit through our Drizzle handle, which is the same
 * on PGlite and node-postgres — unlike its RateLimiterPostgres, which wants a pg client and creates its table itself.
 */
export interface AuthThrottle {
  /** Takes one attempt from the address's and the user name's allowances before the password is checked; 429 when spent. */
  beforeSignIn(ip: string, username: string): Promise<void>;
  /** A successful sign-in gives the address its attempt back and clears the user name's count. */
  signedIn(ip: string, username: string): Promise<void>;
  /** Counts a failed bearer token against the address; 429 once its allowance is spent. */
  tokenFailed(ip: string): Promise<void>;
}

// Keys are hashed: the table holds neither addresses nor user names, and a long user name makes a short key.
const keyOf = (value: string) => sha256(value).slice(0, 32);

export function createAuthThrottle(db: Db, config: ThrottleConfig): AuthThrottle {
  const duration = config.AUTH_THROTTLE_MINUTES * 60;
  const limiter = (keyPrefix: string, points: number) =>
    // The library's own clean-up timer would outlive the database in tests; the server purges daily (purgeExpiredThrottles).
    new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix, points, duration, clearExpiredByTimeout: false });
  // Built on first use: createApp runs before a request needs the database (and the wiring tests build apps without one).
  let built: { perIp: RateLimiterDrizzle; perAccount: RateLimiterDrizzle } | undefined;
  const limiters = () =>
    (built ??= {
      perIp: limiter('auth-ip', config.AUTH_FAILURES_PER_IP),
      perAccount: limiter('sign-in-account', config.SIGN_IN_FAILURES_PER_ACCOUNT),
    });

  const take = async (rl: RateLimiterDrizzle, key: string, message: string) => {
    try {
      await rl.consume(keyOf(key));
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      throw tooManyRequests(message, error.msBeforeNext);
    }
  };
  // The library's reward() would write -1 into a window that has already ended, banking credit for later; give back
  // only an attempt the current window still holds.
  const giveBack = (rl: RateLimiterDrizzle, key: string) =>
    db
      .update(rateLimits)
      .set({ points: sql`${rateLimits.points} - 1` })
      .where(and(eq(rateLimits.key, rl.getKey(keyOf(key))), gt(rateLimits.points, 0), gt(rateLimits.expire, new Date())));

  return {
    async beforeSignIn(ip, username) {
      const { perIp, perAccount } = limiters();
      await take(perIp, ip, 'Too many failed sign-ins from your address; try again later');
      await take(perAccount, username.toLowerCase(), 'Too many failed sign-ins for this user name; try again later');
    },
    async signedIn(ip, username) {
      const { perIp, perAccount } = limiters();
      await giveBack(perIp, ip);
      await perAccount.delete(keyOf(username.toLowerCase()));
    },
    tokenFailed: (ip) => take(limiters().perIp, ip, 'Too many failed sign-ins or unknown API tokens from your address; try again later'),
  };
}

/** Drops counters whose window has ended (the server runs this daily). */
export async function purgeExpiredThrottles(db: Db, now = new Date()): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.expire, now));
}
