import { boolean, date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** A partner: a country or international organisation that can buy or receive, keyed by its customer code. */
export const partners = pgTable(
  'partners',
  {
    code: text('code').primaryKey(),
    iso2: text('iso2').unique(),
    iso3: text('iso3'),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['country', 'organization'] }).notNull(),
    region: text('region', { enum: ['AFRICOM', 'CENTCOM', 'EUCOM', 'INDOPACOM', 'NORTHCOM', 'SOUTHCOM'] }),
    codeVerified: boolean('code_verified').notNull().default(false),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('partners_name_idx').on(t.name), index('partners_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops'))],
);

export const countryGroups = pgTable('country_groups', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  source: text('source').notNull(),
});

/** Membership of a partner in a group over a period; rules ask "was X in G on date D?". */
export const groupMemberships = pgTable(
  'group_memberships',
  {
    id: serial('id').primaryKey(),
    groupCode: text('group_code')
      .notNull()
      .references(() => countryGroups.code),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    source: text('source').notNull(),
    verified: boolean('verified').notNull().default(false),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('memberships_partner_idx').on(t.partnerCode), index('memberships_group_idx').on(t.groupCode)],
);
