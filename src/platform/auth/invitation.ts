import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { appendAudit } from '../audit/service.ts';
import { AppError, badRequest } from '../http/errors.ts';
import { apiTokens, invitations, recoveryCodes, sessions, users } from '../users/schema.ts';
import { principalOf } from './principal.ts';
import { hashPassword, randomSecret, sha256 } from './secrets.ts';
import { checkTotp, newRecoveryCodes, newTotpSecret, totpUri } from './totp.ts';

/** How long an invitation or an access reset stays usable: a week, so a host-nation administrator can follow up. */
export const INVITATION_DAYS = 7;

/**
 * Issues a one-time invitation for `userId` (any earlier unused one is spent): the token is returned once, only its hash
 * is kept; the TOTP secret the holder will enrol is made now and shown at activation.
 */
export async function issueInvitation(tx: Tx, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  await tx
    .update(invitations)
    .set({ usedAt: now })
    .where(and(eq(invitations.userId, userId), isNull(invitations.usedAt)));
  const token = randomSecret();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  await tx.insert(invitations).values({ userId, tokenHash: sha256(token), totpSecret: newTotpSecret(), expiresAt });
  return { token, expiresAt };
}

/** Spends every open invitation and ends every session and token of the user (a reset or a deactivation). */
export async function revokeAccess(tx: Tx, userId: string, now = new Date()): Promise<void> {
  await tx
    .update(invitations)
    .set({ usedAt: now })
    .where(and(eq(invitations.userId, userId), isNull(invitations.usedAt)));
  await tx.delete(sessions).where(eq(sessions.userId, userId));
  await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

const invalid = () => new AppError(404, 'not_found', 'This invitation is unknown, used or expired: ask your administrator for a new one');

async function openInvitation(db: Db | Tx, token: string, now: Date) {
  const [row] = await db
    .select({ invitation: invitations, user: users })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .where(and(eq(invitations.tokenHash, sha256(token)), isNull(invitations.usedAt), gt(invitations.expiresAt, now)));
  if (!row) throw invalid();
  return row;
}

/** What the invited person needs to enrol: their user name and the authenticator secret (as text and otpauth URI). */
export async function describeInvitation(db: Db, token: string, now = new Date()) {
  const { invitation, user } = await openInvitation(db, token, now);
  return {
    username: user.username,
    displayName: user.displayName,
    totpSecret: invitation.totpSecret,
    otpauthUri: totpUri(user.username, invitation.totpSecret),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

/**
 * Activates an invited (or reset) account: the password is set and the second factor enrolled, proven by a code from
 * the authenticator; new recovery codes replace any earlier ones and are returned once.
 */
export async function activateInvitation(
  db: Db,
  token: string,
  input: { password: string; totpCode: string },
  now = new Date(),
): Promise<{ username: string; recoveryCodes: string[] }> {
  const passwordHash = await hashPassword(input.password);
  const recovery = await newRecoveryCodes();
  return db.transaction(async (tx) => {
    const { invitation, user } = await openInvitation(tx, token, now);
    const step = checkTotp(invitation.totpSecret, input.totpCode, now, null);
    if (step === null) {
      throw badRequest('The code does not match', [
        { path: 'totpCode', message: 'enter the six-digit code your authenticator app shows now for this account' },
      ]);
    }
    const [spent] = await tx
      .update(invitations)
      .set({ usedAt: now })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.usedAt)))
      .returning({ id: invitations.id });
    if (!spent) throw invalid();
    const [after] = await tx
      .update(users)
      .set({
        passwordHash,
        totpSecret: invitation.totpSecret,
        totpLastStep: step,
        active: true,
        failedSignIns: 0,
        lockedUntil: null,
        mustChangePassword: false,
        version: user.version + 1,
        updatedAt: now,
      })
      .where(eq(users.id, user.id))
      .returning();
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.insert(recoveryCodes).values(recovery.hashes.map((codeHash) => ({ userId: user.id, codeHash })));
    await appendAudit(tx, principalOf(after!, 'session'), {
      entityType: 'user',
      action: 'user.activated',
      entityId: user.id,
      countryCode: user.partnerCode,
      after: { username: user.username, secondFactor: 'totp', recoveryCodes: recovery.codes.length },
    });
    return { username: user.username, recoveryCodes: recovery.codes };
  });
}
