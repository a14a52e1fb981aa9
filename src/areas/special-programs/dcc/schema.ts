import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { partners } from '../../countries/public.ts';
import { appropriations, fundTransactions } from '../../funds/public.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });

/** An FMF/DCC financing request: the partner's direct commercial contract and DSCA's review of it. */
export const dccRequests = pgTable(
  'dcc_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    primeContractor: text('prime_contractor').notNull(),
    contractNumber: text('contract_number').notNull(),
    contractValueCents: cents('contract_value_cents').notNull(),
    nonUsContentCents: cents('non_us_content_cents').notNull().default(0),
    awardDate: date('award_date', { mode: 'string' }).notNull(),
    itemsAndServices: text('items_and_services').notNull(),
    /** The guidelines edition in force on the award date (rules/editions.ts), fixed when the request is made. */
    edition: text('edition', { enum: ['jan2005', 'aug2009', 'mar2017'] }).notNull(),
    status: text('status', { enum: ['draft', 'submitted', 'approved', 'rejected', 'withdrawn'] })
      .notNull()
      .default('draft'),
    checklist: jsonb('checklist').$type<Record<string, boolean>>().notNull().default({}),
    approvedCents: cents('approved_cents'),
    /** The FMF grant disbursements draw on; null = the partner's FMF, oldest first. */
    appropriationId: uuid('appropriation_id').references(() => appropriations.id),
    decisionReason: text('decision_reason'),
    decidedBy: text('decided_by'),
    decidedOn: date('decided_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dcc_requests_reference_idx').on(t.reference),
    index('dcc_requests_partner_idx').on(t.partnerCode, t.status),
    check('dcc_requests_value_check', sql`${t.contractValueCents} > 0`),
    check('dcc_requests_non_us_check', sql`${t.nonUsContentCents} >= 0 and ${t.nonUsContentCents} <= ${t.contractValueCents}`),
    check(
      'dcc_requests_approved_check',
      sql`${t.approvedCents} is null or (${t.approvedCents} > 0 and ${t.approvedCents} <= ${t.contractValueCents} - ${t.nonUsContentCents})`,
    ),
  ],
);

/** A document on file for a request (its kind, the reference or file name, the date received). */
export const dccDocuments = pgTable(
  'dcc_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => dccRequests.id),
    kind: text('kind', {
      enum: ['contractor_certification', 'subcontractor_us_content', 'subcontractor_list', 'commissions_fees', 'export_licence'],
    }).notNull(),
    reference: text('reference').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dcc_documents_request_idx').on(t.requestId)],
);

/** An advance request to DFAS against an approved request; the money is obligated in the funds ledger. */
export const dccDisbursements = pgTable(
  'dcc_disbursements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => dccRequests.id),
    amountCents: cents('amount_cents').notNull(),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    disbursementOn: date('disbursement_on', { mode: 'string' }).notNull(),
    usFlagAttested: boolean('us_flag_attested').notNull(),
    usFlagNote: text('us_flag_note').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('dcc_disbursements_request_idx').on(t.requestId),
    check('dcc_disbursements_amount_check', sql`${t.amountCents} > 0`),
    check('dcc_disbursements_flag_check', sql`${t.usFlagAttested}`),
  ],
);

/** Which FMF grants a disbursement drew on, each an obligation in the funds ledger. */
export const dccDisbursementSources = pgTable(
  'dcc_disbursement_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    disbursementId: uuid('disbursement_id')
      .notNull()
      .references(() => dccDisbursements.id),
    appropriationId: uuid('appropriation_id')
      .notNull()
      .references(() => appropriations.id),
    transactionId: uuid('transaction_id')
      .notNull()
      .references(() => fundTransactions.id),
    amountCents: cents('amount_cents').notNull(),
  },
  (t) => [index('dcc_disbursement_sources_idx').on(t.disbursementId)],
);
