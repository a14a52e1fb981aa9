import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { prepared } from '../../db/prepared.ts';
import type { Principal } from '../access/policy.ts';
import { appendAudit } from '../audit/service.ts';
import type { Config } from '../config.ts';
import { AppError, unauthenticated } from '../http/errors.ts';
import { apiTokens, sessions, users } from '../users/schema.ts';
import { principalOf } from './principal.ts';
import { issueSecret, randomSecret, secretPrefix, sha256, verifyPassword } from './secrets.ts';

export type AuthConfig = Pick<Config, 'SESSION_IDLE_MINUTES' | 'SESSION_MAX_HOURS' | 'LOCKOUT_THRESHOLD' | 'LOCKOUT_MINUTES'>;

export interface SignedIn {
  sessionId: string;
  csrfToken: string;
  principal: Principal;
  expiresAt: Date;
}

const BAD_CREDENTIALS = 'Unknown user name or wrong password';

/**
 * Checks a password and opens a session. Repeated failures lock the account for a while;
 * a locked account is refused even with the right password, and every outcome is audited.
 */
export async function signIn(db: Db, config: AuthConfig, username: string, password: string, now = new Date()): Promise<SignedIn> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user?.active) {
    // Spend the same effort as a real check so response time does not reveal which user names exist.
    await verifyPassword(DUMMY_HASH, password).catch(() => false);
    throw unauthenticated(BAD_CREDENTIALS);
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError(
      423,
      'locked',
      `Account locked after repeated failed sign-ins until ${user.lockedUntil.toISOString()}; an administrator can unlock it`,
    );
  }
  const actor = principalOf(user, 'session');
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = user.failedSignIns + 1;
    const lock = failures >= config.LOCKOUT_THRESHOLD;
    const lockedUntil = lock ? new Date(now.getTime() + config.LOCKOUT_MINUTES * 60_000) : null;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ failedSignIns: lock ? 0 : failures, lockedUntil })
        .where(eq(users.id, user.id));
      await appendAudit(tx, actor, {
        entityType: 'session',
        action: lock ? 'session.locked_out' : 'session.sign_in_failed',
        entityId: user.id,
        after: { failures, lockedUntil },
      });
    });
    if (lock) {
      throw new AppError(423, 'locked', `Account locked for ${config.LOCKOUT_MINUTES} minutes after ${failures} failed sign-ins`);
    }
    throw unauthenticated(BAD_CREDENTIALS);
  }
  const sessionId = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = sessionExpiry(config, now, now);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await tx.insert(sessions).values({ idHash: sha256(sessionId), userId: user.id, csrfToken, createdAt: now, lastSeenAt: now, expiresAt });
    await appendAudit(tx, actor, { entityType: 'session', action: 'session.signed_in', entityId: user.id });
  });
  return { sessionId, csrfToken, principal: actor, expiresAt };
}

/** Idle expiry slides with activity but never passes the absolute limit from sign-in. */
function sessionExpiry(config: AuthConfig, createdAt: Date, now: Date): Date {
  const idle = now.getTime() + config.SESSION_IDLE_MINUTES * 60_000;
  const absolute = createdAt.getTime() + config.SESSION_MAX_HOURS * 3_600_000;
  return new Date(Math.min(idle, absolute));
}

export interface SessionPrincipal {
  principal: Principal;
  csrfToken: string;
  expiresAt: Date;
}

/** Resolves a session cookie to its user, extending the idle timeout; null if unknown or expired. */
export async function resumeSession(db: Db, config: AuthConfig, sessionId: string, now = new Date()): Promise<SessionPrincipal | null> {
  const idHash = sha256(sessionId);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), eq(users.active, true)));
  if (!row) return null;
  const expiresAt = sessionExpiry(config, row.session.createdAt, now);
  // Touch at most once a minute so reads do not turn into a write per request.
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.idHash, idHash));
  }
  return { principal: principalOf(row.user, 'session'), csrfToken: row.session.csrfToken, expiresAt };
}

export async function signOut(db: Db, sessionId: string, principal: Principal): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.idHash, sha256(sessionId)));
    await appendAudit(tx, principal, { entityType: 'session', action: 'session.signed_out', entityId: principal.userId });
  });
}

export async function purgeExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export const TOKEN_PREFIX = 'iops_';

/** Creates a personal API token; the secret is returned once and only its hash is kept. */
export async function createApiToken(db: Db, actor: Principal, input: { name: string; expiresAt?: Date | null }) {
  const { prefix, secret, hash } = issueSecret(TOKEN_PREFIX);
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.userId, name: input.name, prefix, tokenHash: hash, expiresAt: input.expiresAt ?? null })
      .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, expiresAt: apiTokens.expiresAt });
    await appendAudit(tx, actor, {
      entityType: 'api_token',
      action: 'api_token.created',
      entityId: row!.id,
      after: { name: input.name, prefix },
    });
    return row!;
  });
  return { ...created, token: secret };
}

export async function listApiTokens(db: Db, actor: Principal) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, actor.userId))
    .orderBy(apiTokens.createdAt);
}

export async function revokeApiToken(db: Db, actor: Principal, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (!row) throw new AppError(404, 'not_found', 'API token not found or already revoked');
    await appendAudit(tx, actor, { entityType: 'api_token', action: 'api_token.revoked', entityId: id });
  });
}

/** Every API request runs this lookup: prepared once per database (src/db/prepared.ts), selecting only what a principal needs. */
function tokenStatement(db: Db) {
  return prepared(db, 'auth.token', (name) =>
    db
      .select({
        token: { id: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt },
        user: {
          id: users.id,
          username: users.username,
          displayName: users.displayName,
          roles: users.roles,
          allDirectorates: users.allDirectorates,
          directorates: users.directorates,
          allCountries: users.allCountries,
          countries: users.countries,
          needToKnow: users.needToKnow,
        },
      })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(
        and(
          eq(apiTokens.prefix, sql.placeholder('prefix')),
          eq(apiTokens.tokenHash, sql.placeholder('hash')),
          isNull(apiTokens.revokedAt),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql.placeholder('now'))),
          eq(users.active, true),
        ),
      )
      .prepare(name),
  );
}

/** Resolves a bearer token to its owner; null when unknown, revoked or expired. */
export async function authenticateToken(db: Db, token: string, now = new Date()): Promise<Principal | null> {
  const prefix = secretPrefix(TOKEN_PREFIX, token);
  if (!prefix) return null;
  const [row] = await tokenStatement(db).execute({ prefix, hash: sha256(token), now: now.toISOString() });
  if (!row) return null;
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
  }
  return principalOf(row.user, 'token');
}

// An argon2id hash of a random string, used only to equalise timing for unknown users.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$0wr/P9yHf9DvE6bq5SbySg$MODJZYgYsOZ9BoqzeUXSUgNFdO0uUQdGCT9Tye46VcU';
