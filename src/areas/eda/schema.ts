import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { cases, implementingAgencies } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { REQUEST_STATUSES } from './rules/request-status.ts';
import { CONDITION_CODES } from './rules/tables.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });

/** What a military department declares excess (SAMM C11): the stock an EDA request draws on. U.S. stock: no partner. */
export const edaDeclarations = pgTable(
  'eda_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    militaryDepartment: text('military_department', { enum: ['army', 'navy', 'air_force', 'marine_corps', 'other'] }).notNull(),
    nsn: text('nsn').notNull(),
    maslNumber: text('masl_number').notNull(),
    nomenclature: text('nomenclature').notNull(),
    quantity: integer('quantity').notNull(),
    serialNumbers: text('serial_numbers').array().notNull().default(sql`'{}'::text[]`),
    conditionCode: text('condition_code', { enum: CONDITION_CODES }).notNull(),
    unitAcquisitionValueCents: cents('unit_acquisition_value_cents').notNull(),
    location: text('location').notNull(),
    availableOn: date('available_on', { mode: 'string' }).notNull(),
    sme: boolean('sme').notNull().default(false),
    mde: boolean('mde').notNull().default(false),
    ship: boolean('ship').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('eda_declarations_available_idx').on(t.availableOn),
    check('eda_declarations_quantity_check', sql`${t.quantity} > 0`),
    check('eda_declarations_value_check', sql`${t.unitAcquisitionValueCents} >= 0`),
    check('eda_declarations_serials_check', sql`cardinality(${t.serialNumbers}) <= ${t.quantity}`),
  ],
);

/** A partner's request for declared articles: a grant (FAA 516) or a sale (AECA 21), through to authorization and transfer. */
export const edaRequests = pgTable(
  'eda_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    declarationId: uuid('declaration_id')
      .notNull()
      .references(() => edaDeclarations.id),
    authority: text('authority', { enum: ['grant_516', 'sale_aeca_21'] }).notNull(),
    quantity: integer('quantity').notNull(),
    justification: text('justification').notNull().default(''),
    pchtPaidBy: text('pcht_paid_by', { enum: ['recipient', 'dod'] })
      .notNull()
      .default('recipient'),
    agencyCode: text('agency_code').references(() => implementingAgencies.code),
    status: text('status', { enum: REQUEST_STATUSES }).notNull().default('draft'),
    statusOn: date('status_on', { mode: 'string' }).notNull(),
    ccmdProposal: text('ccmd_proposal').notNull().default(''),
    noIndustryInitiative: boolean('no_industry_initiative').notNull().default(false),
    noReadinessImpact: boolean('no_readiness_impact').notNull().default(false),
    mtcrChecked: boolean('mtcr_checked').notNull().default(false),
    allocationMemoOn: date('allocation_memo_on', { mode: 'string' }),
    /** Current value as a share of original acquisition value, in basis points (500 = 5%), entered per transfer. */
    currentValueBasisPoints: integer('current_value_basis_points'),
    currentValueReason: text('current_value_reason').notNull().default(''),
    currentValueSetBy: text('current_value_set_by').notNull().default(''),
    reviewRound: integer('review_round').notNull().default(0),
    reviewDueOn: date('review_due_on', { mode: 'string' }),
    committeeDecidedOn: date('committee_decided_on', { mode: 'string' }),
    caseId: uuid('case_id').references(() => cases.id),
    authorizedQuantity: integer('authorized_quantity'),
    authorizedValueCents: cents('authorized_value_cents'),
    /** Current value counted against the FAA 516(g) ceiling of `fiscalYear` (grants of non-ships only). */
    ceilingCents: cents('ceiling_cents'),
    fiscalYear: integer('fiscal_year'),
    authorizedOn: date('authorized_on', { mode: 'string' }),
    transferredOn: date('transferred_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('eda_requests_partner_idx').on(t.partnerCode),
    index('eda_requests_status_idx').on(t.status),
    index('eda_requests_declaration_idx').on(t.declarationId),
    index('eda_requests_case_idx').on(t.caseId),
    index('eda_requests_fiscal_year_idx').on(t.fiscalYear),
    check('eda_requests_quantity_check', sql`${t.quantity} > 0`),
    check('eda_requests_value_share_check', sql`${t.currentValueBasisPoints} is null or ${t.currentValueBasisPoints} between 500 and 5000`),
    check(
      'eda_requests_authorized_check',
      sql`${t.authorizedQuantity} is null or (${t.authorizedQuantity} > 0 and ${t.authorizedQuantity} <= ${t.quantity})`,
    ),
    check('eda_requests_transfer_after_authorization_check', sql`${t.transferredOn} is null or ${t.transferredOn} >= ${t.authorizedOn}`),
  ],
);

/** The offices of the interagency review; IOPS ships four, an administrator adds others. */
export const edaReviewOffices = pgTable('eda_review_offices', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One office's answer in one round of a request's interagency review; every round is kept. */
export const edaReviews = pgTable(
  'eda_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => edaRequests.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    officeCode: text('office_code')
      .notNull()
      .references(() => edaReviewOffices.code),
    decision: text('decision', { enum: ['pending', 'concur', 'object'] })
      .notNull()
      .default('pending'),
    /** Carried from the previous round: the change did not touch what this office reviews. */
    carried: boolean('carried').notNull().default(false),
    /** What changed since the previous round (the re-submission), on the round's first row for every office. */
    changedFields: text('changed_fields').array().notNull().default(sql`'{}'::text[]`),
    comments: text('comments').notNull().default(''),
    decidedBy: text('decided_by'),
    decidedOn: date('decided_on', { mode: 'string' }),
  },
  (t) => [unique('eda_reviews_round_office').on(t.requestId, t.round, t.officeCode), index('eda_reviews_request_idx').on(t.requestId)],
);

/** One row per fiscal year, locked while a grant is authorised so that parallel authorizations add up one at a time (516(g)). */
export const edaCeilingYears = pgTable('eda_ceiling_years', {
  fiscalYear: integer('fiscal_year').primaryKey(),
});
