import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/public.ts';
import { partners } from '../countries/public.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });

/** Authorities and programs (shared/domain.md §9), the standard ones seeded with their citations; administrators add others. */
export const fundPrograms = pgTable(
  'fund_programs',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    authority: text('authority').notNull(),
    title: integer('title').notNull(),
    executedThrough: text('executed_through', { enum: ['fms_case', 'bpc_case', 'direct_commercial_contract', 'drawdown', 'lease'] }),
    notifications: text('notifications').array().notNull().default(sql`'{}'::text[]`),
    annualCapCents: cents('annual_cap_cents'),
    source: text('source').notNull(),
    standard: boolean('standard').notNull().default(false),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('fund_programs_title_check', sql`${t.title} in (10, 22)`)],
);

/** Money under a program for a fiscal year, program-wide or allotted to one partner. Its balance is always derived from the ledger. */
export const appropriations = pgTable(
  'appropriations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programCode: text('program_code')
      .notNull()
      .references(() => fundPrograms.code),
    partnerCode: text('partner_code').references(() => partners.code),
    fiscalYear: integer('fiscal_year').notNull(),
    name: text('name').notNull(),
    amountCents: cents('amount_cents').notNull(),
    /** Title 10: the stated year whose 30 September ends the money (SAMM App 6 note). */
    statedYear: integer('stated_year'),
    /** The last day new obligations are possible; null = no period recorded. */
    availableUntil: date('available_until', { mode: 'string' }),
    availabilityBasis: text('availability_basis').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('appropriations_program_idx').on(t.programCode, t.fiscalYear),
    index('appropriations_partner_idx').on(t.partnerCode),
    index('appropriations_available_until_idx').on(t.availableUntil),
    check('appropriations_amount_check', sql`${t.amountCents} > 0`),
    check('appropriations_fiscal_year_check', sql`${t.fiscalYear} between 1900 and 2200`),
    // Not available only until before its fiscal year begins, 1 October of the year before (31 U.S.C. 1102).
    check(
      'appropriations_period_in_fiscal_year_check',
      sql`${t.availableUntil} is null or ${t.availableUntil} >= make_date(${t.fiscalYear} - 1, 10, 1)`,
    ),
  ],
);

/**
 * The append-only ledger: commitments (money reserved for a case or program ahead of its obligation) and their releases,
 * obligations and de-obligations. Balances are sums over it, never a stored counter.
 */
export const fundTransactions = pgTable(
  'fund_transactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    appropriationId: uuid('appropriation_id')
      .notNull()
      .references(() => appropriations.id),
    kind: text('kind', { enum: ['commitment', 'commitment_release', 'obligation', 'deobligation'] }).notNull(),
    amountCents: cents('amount_cents').notNull(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    caseId: uuid('case_id').references(() => cases.id),
    /** The LOA line number (stable across versions), when money is applied to one line. */
    lineNumber: text('line_number'),
    /** For a de-obligation: the obligation it returns money from. */
    obligationId: uuid('obligation_id'),
    /** For a release, or an obligation drawn from a commitment: that commitment. */
    commitmentId: uuid('commitment_id'),
    /** For an obligation: the recipient unit or individual it names (special programs' vetted recipients). */
    recipientId: uuid('recipient_id'),
    description: text('description').notNull().default(''),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('fund_transactions_appropriation_idx').on(t.appropriationId, t.kind),
    index('fund_transactions_partner_idx').on(t.partnerCode, t.kind),
    index('fund_transactions_case_idx').on(t.caseId),
    index('fund_transactions_obligation_idx').on(t.obligationId),
    index('fund_transactions_commitment_idx').on(t.commitmentId),
    check('fund_transactions_amount_check', sql`${t.amountCents} > 0`),
    check('fund_transactions_kind_check', sql`${t.kind} in ('commitment', 'commitment_release', 'obligation', 'deobligation')`),
    check('fund_transactions_release_check', sql`${t.kind} <> 'commitment_release' or ${t.commitmentId} is not null`),
    check('fund_transactions_commitment_check', sql`${t.commitmentId} is null or ${t.kind} in ('commitment_release', 'obligation')`),
    check('fund_transactions_deobligation_check', sql`(${t.kind} = 'deobligation') = (${t.obligationId} is not null)`),
  ],
);
