import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { PARTNER_PERMISSIONS, PARTNER_ROLE_CEILING, type PartnerPermission, type PartnerRole } from '../../platform/access/partner.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { issueInvitation, revokeAccess } from '../../platform/auth/invitation.ts';
import { hashPassword, randomSecret } from '../../platform/auth/secrets.ts';
import { badRequest, conflict, notFound } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import { users } from '../../platform/users/schema.ts';
import type { PartnerDirectory } from '../../platform/wiring.ts';
import { requirePortal } from './access.ts';
import { invitePartnerUserInput, partnerUserChangeInput, partnerUserVersionInput } from './model.ts';

type UserRow = typeof users.$inferSelect;

export const partnerUserView = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.partnerRole!,
  permissions: u.partnerPermissions as PartnerPermission[],
  active: u.active,
  enrolled: u.totpSecret !== null,
  version: u.version,
});

/** Permissions an administrator may give: within the role's ceiling and within what the agency gave the administrator. */
function grantable(admin: Principal, role: PartnerRole, wanted: readonly PartnerPermission[], path = 'permissions') {
  const ceiling = PARTNER_ROLE_CEILING[role].filter((x) => admin.partner!.permissions.includes(x));
  const beyond = wanted.map((x, i) => ({ x, i })).filter(({ x }) => !ceiling.includes(x));
  if (beyond.length) {
    throw badRequest(
      'Beyond what you may give',
      beyond.map(({ x, i }) => ({
        path: `${path}.${i}`,
        message: role === 'forwarder' && x !== 'deliveries' ? 'a freight forwarder sees deliveries only' : `you do not hold ${x} yourself`,
      })),
    );
  }
  return [...new Set(wanted)];
}

async function newPartnerUser(
  tx: Tx,
  actor: Principal,
  fields: { partnerCode: string; email: string; displayName: string; role: PartnerRole; permissions: PartnerPermission[] },
) {
  const username = fields.email.toLowerCase();
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (taken) throw conflict(`${username} already has an account`);
  const [row] = await tx
    .insert(users)
    .values({
      username,
      displayName: fields.displayName,
      email: username,
      // No password can be guessed until activation sets one; the account is inactive until then.
      passwordHash: await hashPassword(randomSecret()),
      active: false,
      partnerCode: fields.partnerCode,
      partnerRole: fields.role,
      partnerPermissions: fields.permissions,
    })
    .returning();
  const invitation = await issueInvitation(tx, row!.id);
  await appendAudit(tx, actor, {
    entityType: 'user',
    action: 'user.invited',
    entityId: row!.id,
    countryCode: fields.partnerCode,
    after: { username, role: fields.role, permissions: fields.permissions, expiresAt: invitation.expiresAt.toISOString() },
  });
  return { user: partnerUserView(row!), invitation: { token: invitation.token, expiresAt: invitation.expiresAt.toISOString() } };
}

/**
 * The agency makes a partner's host-nation administrator (`iops partners invite-admin`), with every partner permission:
 * the administrator then gives the partner's users what they need, never more than they hold.
 */
export async function inviteHostAdministrator(
  db: Db,
  partners: PartnerDirectory,
  actor: Principal,
  partnerCode: string,
  email: string,
  role: 'administrator' | 'alternate' = 'administrator',
) {
  requireArea(actor, 'write', 'users');
  const code = partnerCode.toUpperCase();
  if (!(await partners.knownCodes(db, [code])).has(code))
    throw badRequest('Unknown partner', [{ path: 'partner', message: `no partner with code ${code}` }]);
  return db.transaction((tx) =>
    newPartnerUser(tx, actor, { partnerCode: code, email, displayName: email, role, permissions: [...PARTNER_PERMISSIONS] }),
  );
}

/** The host-nation administrator invites one of the partner's users (or an alternate, or a freight forwarder). */
export async function invitePartnerUser(db: Db, admin: Principal, raw: unknown) {
  requirePortal(admin, 'administer');
  const input = parseInput(invitePartnerUserInput, raw);
  const permissions = grantable(admin, input.role, input.permissions);
  return db.transaction((tx) =>
    newPartnerUser(tx, admin, {
      partnerCode: admin.partner!.code,
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      permissions,
    }),
  );
}

export async function listPartnerUsers(db: Db, admin: Principal) {
  requirePortal(admin, 'administer');
  const rows = await db.select().from(users).where(eq(users.partnerCode, admin.partner!.code)).orderBy(asc(users.username));
  return rows.map(partnerUserView);
}

/** One of the administrator's own partner's users, locked; anyone else's is not found. */
async function ownUser(tx: Tx, admin: Principal, id: string) {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.partnerCode, admin.partner!.code)))
    .for('update');
  if (!row) throw notFound(`User ${id}`);
  if (row.partnerRole === 'administrator' && row.id !== admin.userId)
    throw conflict('The host-nation administrator is managed by the agency');
  return row;
}

export async function setPartnerPermissions(db: Db, admin: Principal, id: string, raw: unknown) {
  requirePortal(admin, 'administer');
  const input = parseInput(partnerUserChangeInput, raw);
  return db.transaction(async (tx) => {
    const before = await ownUser(tx, admin, id);
    requireVersion('The user', input.version, before.version);
    const permissions = grantable(admin, before.partnerRole!, input.permissions);
    const [after] = await tx
      .update(users)
      .set({ partnerPermissions: permissions, version: before.version + 1, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    await appendAudit(tx, admin, {
      entityType: 'user',
      action: 'user.permissions_set',
      entityId: id,
      countryCode: before.partnerCode,
      before: { permissions: before.partnerPermissions },
      after: { permissions },
    });
    return partnerUserView(after!);
  });
}

/** A reset: sessions, tokens and the second factor end; a new invitation lets the user set them again. */
export async function resetPartnerAccess(db: Db, admin: Principal, id: string, raw: unknown) {
  requirePortal(admin, 'administer');
  const input = parseInput(partnerUserVersionInput, raw);
  const passwordHash = await hashPassword(randomSecret());
  return db.transaction(async (tx) => {
    const before = await ownUser(tx, admin, id);
    requireVersion('The user', input.version, before.version);
    await revokeAccess(tx, id);
    const [after] = await tx
      .update(users)
      .set({ passwordHash, totpSecret: null, totpLastStep: null, active: false, version: before.version + 1, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    const invitation = await issueInvitation(tx, id);
    await appendAudit(tx, admin, { entityType: 'user', action: 'user.access_reset', entityId: id, countryCode: before.partnerCode });
    return { user: partnerUserView(after!), invitation: { token: invitation.token, expiresAt: invitation.expiresAt.toISOString() } };
  });
}

export async function deactivatePartnerUser(db: Db, admin: Principal, id: string, raw: unknown) {
  requirePortal(admin, 'administer');
  const input = parseInput(partnerUserVersionInput, raw);
  return db.transaction(async (tx) => {
    const before = await ownUser(tx, admin, id);
    requireVersion('The user', input.version, before.version);
    if (before.id === admin.userId) throw conflict('You cannot deactivate yourself');
    await revokeAccess(tx, id);
    const [after] = await tx
      .update(users)
      .set({ active: false, version: before.version + 1, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    await appendAudit(tx, admin, { entityType: 'user', action: 'user.deactivated', entityId: id, countryCode: before.partnerCode });
    return partnerUserView(after!);
  });
}
