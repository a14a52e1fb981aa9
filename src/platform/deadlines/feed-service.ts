import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../access/policy.ts';
import { appendAudit } from '../audit/service.ts';
import { principalOf } from '../auth/principal.ts';
import { issueSecret, secretPrefix, sha256 } from '../auth/secrets.ts';
import { notFound } from '../http/errors.ts';
import { users } from '../users/schema.ts';
import { calendarFeeds } from './schema.ts';

export const FEED_TOKEN_PREFIX = 'iopscal_';

/** A calendar subscription for the caller; the secret is returned once and only its hash is kept. */
export async function createCalendarFeed(db: Db, actor: Principal, input: { name: string }) {
  const { prefix, secret: token, hash } = issueSecret(FEED_TOKEN_PREFIX);
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(calendarFeeds)
      .values({ userId: actor.userId, name: input.name, prefix, tokenHash: hash })
      .returning({ id: calendarFeeds.id, name: calendarFeeds.name, prefix: calendarFeeds.prefix, createdAt: calendarFeeds.createdAt });
    await appendAudit(tx, actor, {
      entityType: 'calendar_feed',
      action: 'calendar_feed.created',
      entityId: row!.id,
      after: { name: input.name, prefix },
    });
    return row!;
  });
  return { ...created, token };
}

export async function listCalendarFeeds(db: Db, actor: Principal) {
  return db
    .select({
      id: calendarFeeds.id,
      name: calendarFeeds.name,
      prefix: calendarFeeds.prefix,
      createdAt: calendarFeeds.createdAt,
      lastUsedAt: calendarFeeds.lastUsedAt,
      revokedAt: calendarFeeds.revokedAt,
    })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, actor.userId))
    .orderBy(calendarFeeds.createdAt);
}

export async function revokeCalendarFeed(db: Db, actor: Principal, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.id, id), eq(calendarFeeds.userId, actor.userId), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id });
    if (!row) throw notFound('Calendar feed (or it is already revoked)');
    await appendAudit(tx, actor, { entityType: 'calendar_feed', action: 'calendar_feed.revoked', entityId: id });
  });
}

/**
 * The owner of a live feed token, with the roles and scope they hold now (so a feed narrows when access does);
 * null when the token is unknown, revoked, or its owner is deactivated.
 */
export async function feedPrincipal(db: Db, token: string, now = new Date()): Promise<Principal | null> {
  const prefix = secretPrefix(FEED_TOKEN_PREFIX, token);
  if (!prefix) return null;
  const [row] = await db
    .select({ feed: calendarFeeds, user: users })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(
      and(
        eq(calendarFeeds.prefix, prefix),
        eq(calendarFeeds.tokenHash, sha256(token)),
        isNull(calendarFeeds.revokedAt),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  if (!row.feed.lastUsedAt || now.getTime() - row.feed.lastUsedAt.getTime() > 60_000) {
    await db.update(calendarFeeds).set({ lastUsedAt: now }).where(eq(calendarFeeds.id, row.feed.id));
  }
  return principalOf(row.user, 'token');
}
