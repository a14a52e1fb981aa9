import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client.ts';
import type { Marking } from '../access/markings.ts';
import type { Principal } from '../access/policy.ts';
import { isUuid, requireArea } from '../access/require-access.ts';
import type { Directorate, Role } from '../access/roles.ts';
import { appendAudit } from '../audit/service.ts';
import { hashPassword, verifyPassword } from '../auth/secrets.ts';
import { calendarFeeds } from '../deadlines/schema.ts';
import { badRequest, conflict, notFound, versionConflict } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import type { PartnerDirectory } from '../wiring.ts';
import {
  type CreateUserInput,
  createUserInput,
  password as passwordSchema,
  type UpdateUserInput,
  type UserView,
  updateUserInput,
} from './model.ts';
import { apiTokens, sessions, users } from './schema.ts';

type UserRow = typeof users.$inferSelect;

export function toUserView(row: UserRow, now = new Date()): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    roles: row.roles as Role[],
    allDirectorates: row.allDirectorates,
    directorates: row.directorates as Directorate[],
    allCountries: row.allCountries,
    countries: row.countries,
    needToKnow: row.needToKnow as Marking[],
    active: row.active,
    locked: !!row.lockedUntil && row.lockedUntil > now,
    mustChangePassword: row.mustChangePassword,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A scope may name only partners that exist; the error names each unknown entry. */
async function requireKnownPartners(db: Db | Tx, partners: PartnerDirectory, countries: readonly string[] | undefined, path = 'countries') {
  if (!countries?.length) return;
  const known = await partners.knownCodes(db, countries);
  const unknown = countries.map((code, i) => ({ code, i })).filter(({ code }) => !known.has(code));
  if (unknown.length)
    throw badRequest(
      'Unknown partner in scope',
      unknown.map(({ code, i }) => ({ path: `${path}.${i}`, message: `no partner with customer code ${code}` })),
    );
}

/** What the audit log keeps of a user: never the password hash. */
const auditable = (row: UserRow) => {
  const { passwordHash: _hash, ...rest } = row;
  return rest;
};

export async function createUser(db: Db, partners: PartnerDirectory, actor: Principal, raw: CreateUserInput): Promise<UserView> {
  requireArea(actor, 'write', 'users');
  const input = parseInput(createUserInput, raw);
  await requireKnownPartners(db, partners, input.countries);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (existing) throw conflict(`User name ${input.username} is taken`);
    const { password: _pw, ...fields } = input;
    const [row] = await tx
      .insert(users)
      .values({ ...fields, passwordHash })
      .returning();
    await appendAudit(tx, actor, { entityType: 'user', action: 'user.created', entityId: row!.id, after: auditable(row!) });
    return toUserView(row!);
  });
}

/** Creates many users in one transaction, hashing each distinct password once (demo and benchmark data, imports). */
export async function createUsers(db: Db, partners: PartnerDirectory, actor: Principal, raws: readonly CreateUserInput[]): Promise<number> {
  requireArea(actor, 'write', 'users');
  const inputs = raws.map((raw, i) => {
    try {
      return parseInput(createUserInput, raw);
    } catch (error) {
      throw badRequest(`User ${i + 1} (${raw.username}) is not valid`, (error as { fields?: [] }).fields);
    }
  });
  for (const [i, input] of inputs.entries()) await requireKnownPartners(db, partners, input.countries, `users.${i}.countries`);
  const hashes = new Map<string, string>();
  for (const input of inputs) if (!hashes.has(input.password)) hashes.set(input.password, await hashPassword(input.password));
  await db.transaction(async (tx) => {
    for (const { password, ...fields } of inputs) {
      const [row] = await tx
        .insert(users)
        .values({ ...fields, passwordHash: hashes.get(password)! })
        .returning();
      await appendAudit(tx, actor, { entityType: 'user', action: 'user.created', entityId: row!.id, after: auditable(row!) });
    }
  });
  return inputs.length;
}

export async function listUsers(db: Db, actor: Principal): Promise<UserView[]> {
  requireArea(actor, 'read', 'users');
  const rows = await db.select().from(users).orderBy(asc(users.username));
  return rows.map((row) => toUserView(row));
}

export async function getUser(db: Db, actor: Principal, idOrUsername: string): Promise<UserView> {
  requireArea(actor, 'read', 'users');
  return toUserView(await findUser(db, idOrUsername));
}

async function findUser(db: Db, idOrUsername: string): Promise<UserRow> {
  const [row] = await db
    .select()
    .from(users)
    .where(isUuid(idOrUsername) ? eq(users.id, idOrUsername) : eq(users.username, idOrUsername));
  if (!row) throw notFound(`User ${idOrUsername}`);
  return row;
}

export async function updateUser(
  db: Db,
  partners: PartnerDirectory,
  actor: Principal,
  id: string,
  raw: UpdateUserInput,
): Promise<UserView> {
  requireArea(actor, 'write', 'users');
  const { version, ...changes } = parseInput(updateUserInput, raw);
  if (id === actor.userId && (changes.active === false || (changes.roles && !changes.roles.includes('administrator')))) {
    throw badRequest('You cannot deactivate yourself or remove your own administrator role', [
      { path: changes.active === false ? 'active' : 'roles', message: 'would lock you out' },
    ]);
  }
  await requireKnownPartners(db, partners, changes.countries);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!before) throw notFound(`User ${id}`);
    if (before.version !== version) throw versionConflict(`User ${before.username}`, version, before.version);
    const [after] = await tx
      .update(users)
      .set({ ...changes, version: before.version + 1, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    if (changes.active === false && before.active) await revokeCredentials(tx, actor, id);
    await appendAudit(tx, actor, {
      entityType: 'user',
      action: 'user.updated',
      entityId: id,
      before: auditable(before),
      after: auditable(after!),
    });
    return toUserView(after!);
  });
}

/**
 * Deactivation ends the user's sessions and revokes their API tokens and calendar feeds for good, so reactivating
 * the account later brings none of them back: the user signs in again and issues new ones.
 */
async function revokeCredentials(tx: Tx, actor: Principal, userId: string) {
  const now = new Date();
  const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.idHash });
  const tokens = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  const feeds = await tx
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  await appendAudit(tx, actor, {
    entityType: 'user',
    action: 'user.credentials_revoked',
    entityId: userId,
    after: { sessions: ended.length, apiTokens: tokens.map((t) => t.id), calendarFeeds: feeds.map((f) => f.id) },
  });
}

/** An administrator sets a new password; the user's sessions end and any lock is lifted. */
export async function resetPassword(db: Db, actor: Principal, idOrUsername: string, newPassword: string, mustChange = true): Promise<void> {
  requireArea(actor, 'write', 'users');
  const { password: pw } = parseInput(z.object({ password: passwordSchema }), { password: newPassword });
  const user = await findUser(db, idOrUsername);
  const passwordHash = await hashPassword(pw);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: mustChange,
        failedSignIns: 0,
        lockedUntil: null,
        version: user.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await appendAudit(tx, actor, { entityType: 'user', action: 'user.password_reset', entityId: user.id });
  });
}

export async function unlockUser(db: Db, actor: Principal, id: string): Promise<UserView> {
  requireArea(actor, 'write', 'users');
  return db.transaction(async (tx) => {
    const [after] = await tx.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, id)).returning();
    if (!after) throw notFound(`User ${id}`);
    await appendAudit(tx, actor, { entityType: 'user', action: 'user.unlocked', entityId: id });
    return toUserView(after);
  });
}

/** Any signed-in user changes their own password by proving the current one. */
export async function changeOwnPassword(db: Db, actor: Principal, current: string, next: string): Promise<void> {
  const { newPassword: pw } = parseInput(z.object({ newPassword: passwordSchema }), { newPassword: next });
  const user = await findUser(db, actor.userId);
  if (!(await verifyPassword(user.passwordHash, current))) {
    throw badRequest('The current password is wrong', [{ path: 'currentPassword', message: 'does not match' }]);
  }
  const passwordHash = await hashPassword(pw);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: new Date() }).where(eq(users.id, user.id));
    await appendAudit(tx, actor, { entityType: 'user', action: 'user.password_changed', entityId: user.id });
  });
}
