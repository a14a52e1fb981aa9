import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { partners } from '../countries/public.ts';
import { fundPrograms } from '../funds/public.ts';
import { CONDITION_KINDS } from './rules/condition-kinds.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });

/**
 * A condition the law sets on a program's money of one fiscal year (or every year: null), as a dated rule row. Seeded only
 * with [confirmed] values, each with its source; an administrator enters the rest (shared/domain.md §12).
 */
export const programConditions = pgTable(
  'sp_program_conditions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programCode: text('program_code')
      .notNull()
      .references(() => fundPrograms.code),
    fiscalYear: integer('fiscal_year'),
    kind: text('kind', { enum: CONDITION_KINDS }).notNull(),
    /** Only obligations under this customer or program code (the case identifier's, or the partner's without a case). */
    appliesToCode: text('applies_to_code'),
    /** A staged release's label ("25% until the plan and strategy reports"); empty for a single condition. */
    stage: text('stage').notNull().default(''),
    noticeDays: integer('notice_days'),
    ceilingCents: cents('ceiling_cents'),
    /** A ceiling as a share of the fiscal year's appropriations of the program, in basis points (5000 = 50%). */
    ceilingBasisPoints: integer('ceiling_basis_points'),
    /** The certification that lifts a withheld amount. */
    certification: text('certification'),
    endsOn: date('ends_on', { mode: 'string' }),
    description: text('description').notNull().default(''),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    source: text('source').notNull(),
    verified: boolean('verified').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sp_program_conditions_program_idx').on(t.programCode, t.fiscalYear),
    check('sp_program_conditions_code_check', sql`${t.appliesToCode} is null or ${t.appliesToCode} ~ '^[A-Z0-9]{2,3}$'`),
    check('sp_program_conditions_days_check', sql`${t.noticeDays} is null or ${t.noticeDays} between 0 and 365`),
    check('sp_program_conditions_ceiling_check', sql`${t.ceilingCents} is null or ${t.ceilingCents} >= 0`),
    check('sp_program_conditions_share_check', sql`${t.ceilingBasisPoints} is null or ${t.ceilingBasisPoints} between 0 and 10000`),
    check('sp_program_conditions_period_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
);

/** A certification that lifts a withheld amount (who certified, when, the document), recorded and audited. */
export const programCertifications = pgTable(
  'sp_certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conditionId: uuid('condition_id')
      .notNull()
      .references(() => programConditions.id),
    certifiedOn: date('certified_on', { mode: 'string' }).notNull(),
    certifiedBy: text('certified_by').notNull(),
    documentRef: text('document_ref').notNull(),
    notes: text('notes').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sp_certifications_condition_idx').on(t.conditionId)],
);

/**
 * A notice to Congress of intended obligations (or a report due before assistance) for one partner under a notice
 * condition: the date it was given and, for an advance notice, the amount it covers.
 */
export const programNotices = pgTable(
  'sp_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conditionId: uuid('condition_id')
      .notNull()
      .references(() => programConditions.id),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    amountCents: cents('amount_cents'),
    documentRef: text('document_ref').notNull(),
    description: text('description').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sp_notices_condition_idx').on(t.conditionId, t.partnerCode),
    check('sp_notices_amount_check', sql`${t.amountCents} is null or ${t.amountCents} > 0`),
  ],
);

/** A unit or individual that may receive assistance under a program that requires vetting. */
export const recipients = pgTable(
  'sp_recipients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    kind: text('kind', { enum: ['unit', 'individual'] }).notNull(),
    name: text('name').notNull(),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sp_recipients_partner_idx').on(t.partnerCode), index('sp_recipients_name_idx').on(t.name)],
);

/**
 * One vetting of a recipient (§1209: for links to terrorist groups or the government of Iran): by whom, when, the result
 * and until when it holds.
 */
export const vettings = pgTable(
  'sp_vettings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => recipients.id),
    vettedBy: text('vetted_by').notNull(),
    vettedOn: date('vetted_on', { mode: 'string' }).notNull(),
    result: text('result', { enum: ['cleared', 'not_cleared'] }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    documentRef: text('document_ref').notNull(),
    notes: text('notes').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sp_vettings_recipient_idx').on(t.recipientId),
    index('sp_vettings_expires_idx').on(t.expiresOn),
    check('sp_vettings_period_check', sql`${t.expiresOn} >= ${t.vettedOn}`),
  ],
);
