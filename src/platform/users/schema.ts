import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    allDirectorates: boolean('all_directorates').notNull().default(false),
    directorates: text('directorates').array().notNull().default(sql`'{}'::text[]`),
    allCountries: boolean('all_countries').notNull().default(false),
    countries: text('countries').array().notNull().default(sql`'{}'::text[]`),
    /** Explicit need-to-know grants (markings, src/platform/access/markings.ts) beyond what the roles give. */
    needToKnow: text('need_to_know').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** A partner user's partner (customer code); null for the agency's own staff (access/partner.ts). */
    partnerCode: text('partner_code'),
    /** A partner user's standing: host-nation administrator, alternate, user or freight forwarder. */
    partnerRole: text('partner_role', { enum: ['administrator', 'alternate', 'user', 'forwarder'] }),
    /** What a partner user may see and send (access/partner.ts PARTNER_PERMISSIONS). */
    partnerPermissions: text('partner_permissions').array().notNull().default(sql`'{}'::text[]`),
    /** The TOTP second factor's shared secret (base32); required for partner users once activated. */
    totpSecret: text('totp_secret'),
    /** The TOTP time step last accepted: a code is good once (RFC 6238 section 5.2). */
    totpLastStep: integer('totp_last_step'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A partner user is never in an internal role and holds no need-to-know: the policy's partner branch relies on it.
    check(
      'users_partner_not_internal_check',
      sql`${t.partnerCode} is null or (${t.roles} = '{}' and ${t.needToKnow} = '{}' and ${t.partnerRole} is not null)`,
    ),
    check('users_partner_role_check', sql`(${t.partnerCode} is null) = (${t.partnerRole} is null)`),
  ],
);

/** One-time recovery codes for the second factor, hashed like passwords; a used one is kept with its use time. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/** A one-time invitation (or access reset): its holder sets a password and enrols the second factor. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    /** The TOTP secret offered at activation, kept until the user proves it with a code. */
    totpSecret: text('totp_secret').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('invitations_user_idx').on(t.userId)],
);

export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull().unique(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);
