import { and, eq, gt, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { prepared } from '../../db/prepared.ts';
import { type Principal, SYSTEM_PRINCIPAL } from '../access/policy.ts';
import { appendAudit } from '../audit/service.ts';
import type { Config } from '../config.ts';
import { AppError, badRequest } from '../http/errors.ts';
import { apiTokens, recoveryCodes, sessions, users } from '../users/schema.ts';
import { principalOf } from './principal.ts';
import { issueSecret, randomSecret, secretPrefix, sha256, verifyPassword } from './secrets.ts';
import { checkTotp, matchRecoveryCode } from './totp.ts';

export type AuthConfig = Pick<Config, 'SESSION_IDLE_MINUTES' | 'SESSION_MAX_HOURS' | 'LOCKOUT_THRESHOLD' | 'LOCKOUT_MINUTES'>;

export interface SignedIn {
  sessionId: string;
  csrfToken: string;
  principal: Principal;
  expiresAt: Date;
}

/** Why a sign-in was refused: for the audit log and the server log only; the caller always gets the same answer. */
export type SignInRefusal = 'unknown_user' | 'inactive' | 'locked' | 'wrong_password' | 'wrong_second_factor' | 'not_enrolled';

/** What a partner user sends besides the password: the authenticator's code, or one of their recovery codes. */
export interface SecondFactor {
  code?: string | undefined;
  recoveryCode?: string | undefined;
}

/**
 * Every refused sign-in answers alike (401, one message), so the answer reveals neither whether the user name exists
 * nor whether the account is locked; `reason` is kept for the log.
 */
export class SignInRefused extends AppError {
  constructor(
    readonly reason: SignInRefusal,
    config: AuthConfig,
  ) {
    super(
      401,
      'unauthenticated',
      `User name or password is wrong, or the account is locked after ${config.LOCKOUT_THRESHOLD} failed sign-ins ` +
        `(for ${config.LOCKOUT_MINUTES} minutes, or until an administrator unlocks it)`,
    );
  }
}

// Refusals for a user name that has no account are audited under this actor.
const ANONYMOUS: Principal = { ...SYSTEM_PRINCIPAL, username: 'anonymous', displayName: 'Anonymous caller', roles: [], needToKnow: [] };

/**
 * Takes one attempt from the account's allowance in a single UPDATE … RETURNING, before the password is checked, so
 * parallel guesses queue on the row lock and at most LOCKOUT_THRESHOLD of them ever reach the hash. The attempt that
 * reaches the threshold locks the account at once (lifted again if its password is right), so an attempt that never
 * finishes cannot leave the account stuck. An expired lock starts a fresh count. Null: no active, unlocked account.
 */
async function reserveAttempt(db: Db, config: AuthConfig, username: string, now: Date) {
  const expired = and(isNotNull(users.lockedUntil), lte(users.lockedUntil, now));
  const failures = sql<number>`case when ${expired} then 1 else ${users.failedSignIns} + 1 end`;
  const lockedUntil = new Date(now.getTime() + config.LOCKOUT_MINUTES * 60_000);
  const [row] = await db
    .update(users)
    .set({
      failedSignIns: failures,
      lockedUntil: sql`case when ${failures} >= ${config.LOCKOUT_THRESHOLD} then ${lockedUntil.toISOString()}::timestamptz end`,
    })
    .where(and(eq(users.username, username), eq(users.active, true), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning();
  return row ?? null;
}

/** Why no attempt could be taken (one read, for the audit and the log). */
async function refusalOf(db: Db, username: string) {
  const [user] = await db.select({ id: users.id, active: users.active }).from(users).where(eq(users.username, username));
  if (!user) return { reason: 'unknown_user' as const, userId: null };
  return { reason: user.active ? ('locked' as const) : ('inactive' as const), userId: user.id };
}

/**
 * Checks a password and opens a session. Failures count towards a lock-out; a locked account is refused even with the
 * right password. Unknown, deactivated, locked and wrong all cost one argon2 verification and one audit record, and
 * answer the same.
 */
export async function signIn(
  db: Db,
  config: AuthConfig,
  username: string,
  password: string,
  now = new Date(),
  secondFactor: SecondFactor = {},
): Promise<SignedIn> {
  const user = await reserveAttempt(db, config, username, now);
  if (!user) {
    await verifyPassword(DUMMY_HASH, password).catch(() => false);
    const { reason, userId } = await refusalOf(db, username);
    await db.transaction((tx) =>
      appendAudit(tx, ANONYMOUS, {
        entityType: 'session',
        action: 'session.sign_in_refused',
        entityId: userId ?? '-',
        after: { reason, username: username.slice(0, 100) },
      }),
    );
    throw new SignInRefused(reason, config);
  }
  const actor = principalOf(user, 'session');
  if (!(await verifyPassword(user.passwordHash, password).catch(() => false))) {
    const lockedOut = user.lockedUntil !== null;
    await db.transaction((tx) =>
      appendAudit(tx, actor, {
        entityType: 'session',
        action: lockedOut ? 'session.locked_out' : 'session.sign_in_failed',
        entityId: user.id,
        after: { failures: user.failedSignIns, lockedUntil: user.lockedUntil },
      }),
    );
    throw new SignInRefused('wrong_password', config);
  }
  if (user.partnerCode) await requireSecondFactor(db, config, user, actor, secondFactor, now);
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

/**
 * Partner users sign in with a second factor (TOTP, or a one-time recovery code). The attempt was already counted
 * towards the lock-out; a wrong or replayed code is a failed sign-in like a wrong password. Asked without one, the
 * answer says a code is needed (the password was right: that is what a two-step sign-in tells).
 */
async function requireSecondFactor(
  db: Db,
  config: AuthConfig,
  user: typeof users.$inferSelect,
  actor: Principal,
  factor: SecondFactor,
  now: Date,
): Promise<void> {
  if (!user.totpSecret) throw new SignInRefused('not_enrolled', config);
  if (!factor.code && !factor.recoveryCode) {
    throw new AppError(401, 'second_factor_required', 'Enter the six-digit code from your authenticator app, or a recovery code');
  }
  const accepted = factor.code
    ? await acceptTotp(db, user, factor.code, now)
    : await acceptRecoveryCode(db, user, actor, factor.recoveryCode ?? '', now);
  if (accepted) return;
  await db.transaction((tx) =>
    appendAudit(tx, actor, {
      entityType: 'session',
      action: 'session.second_factor_failed',
      entityId: user.id,
      after: { failures: user.failedSignIns, lockedUntil: user.lockedUntil, with: factor.code ? 'totp' : 'recovery_code' },
    }),
  );
  throw new SignInRefused('wrong_second_factor', config);
}

/** A right code for a later step than the last accepted one; the step is recorded in the same statement (no replay). */
async function acceptTotp(db: Db, user: typeof users.$inferSelect, code: string, now: Date): Promise<boolean> {
  const step = checkTotp(user.totpSecret!, code, now, user.totpLastStep);
  if (step === null) return false;
  const [row] = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return !!row;
}

async function acceptRecoveryCode(db: Db, user: typeof users.$inferSelect, actor: Principal, code: string, now: Date): Promise<boolean> {
  const unused = await db
    .select({ id: recoveryCodes.id, hash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
  const index = await matchRecoveryCode(
    code,
    unused.map((u) => u.hash),
  );
  if (index < 0) return false;
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(and(eq(recoveryCodes.id, unused[index]!.id), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    if (!used) return false;
    await appendAudit(tx, actor, {
      entityType: 'session',
      action: 'session.recovery_code_used',
      entityId: user.id,
      after: { left: unused.length - 1 },
    });
    return true;
  });
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
  // Slide the idle expiry, but write only once a tenth of the idle timeout has passed since the last write, so reads
  // do not each become a write; a session thus ends between 90% and 100% of the idle timeout after its last use.
  if (now.getTime() - row.session.lastSeenAt.getTime() >= (config.SESSION_IDLE_MINUTES * 60_000) / 10) {
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
export async function createApiToken(db: Db, actor: Principal, input: { name: string; expiresAt?: Date | null }, now = new Date()) {
  if (input.expiresAt && input.expiresAt <= now) {
    throw badRequest('A token must expire in the future', [{ path: 'expiresAt', message: `must be after ${now.toISOString()}` }]);
  }
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
          mustChangePassword: users.mustChangePassword,
          partnerCode: users.partnerCode,
          partnerRole: users.partnerRole,
          partnerPermissions: users.partnerPermissions,
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
