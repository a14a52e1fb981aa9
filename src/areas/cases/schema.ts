import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { partners } from '../countries/public.ts';
import { CASE_STATUSES } from './rules/lifecycle.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });

/** Implementing agencies and their case-identifier letters (shared/domain.md §1). */
export const implementingAgencies = pgTable('implementing_agencies', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  source: text('source').notNull(),
  verified: boolean('verified').notNull().default(false),
});

export const lettersOfRequest = pgTable(
  'letters_of_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    reference: text('reference').notNull().default(''),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    completeOn: date('complete_on', { mode: 'string' }),
    channel: text('channel', {
      enum: ['embassy', 'security_cooperation_office', 'combatant_command', 'partner_direct', 'other'],
    }).notNull(),
    agencyCode: text('agency_code').references(() => implementingAgencies.code),
    description: text('description').notNull(),
    requestedItems: text('requested_items').notNull().default(''),
    status: text('status', { enum: ['received', 'actionable', 'returned', 'converted'] })
      .notNull()
      .default('received'),
    returnReasons: text('return_reasons').notNull().default(''),
    caseId: uuid('case_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('lor_partner_idx').on(t.partnerCode),
    index('lor_status_idx').on(t.status),
    // The LOR list's and the global search's "contains" (ILIKE '%…%') on the reference and the request's words (pg_trgm).
    index('lor_reference_trgm_idx').using('gin', t.reference.op('gin_trgm_ops')),
    index('lor_description_trgm_idx').using('gin', t.description.op('gin_trgm_ops')),
    check('lor_complete_after_received_check', sql`${t.completeOn} is null or ${t.completeOn} >= ${t.receivedOn}`),
  ],
);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    identifier: text('identifier').notNull().unique(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    agencyCode: text('agency_code')
      .notNull()
      .references(() => implementingAgencies.code),
    designator: text('designator').notNull(),
    type: text('type', { enum: ['defined_order', 'blanket_order', 'clssa', 'bpc'] }).notNull(),
    title: text('title').notNull(),
    fundingSources: text('funding_sources').array().notNull().default(sql`'{}'::text[]`),
    caseManager: text('case_manager').notNull().default(''),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('draft'),
    lorId: uuid('lor_id').references(() => lettersOfRequest.id),
    /** LOA case development group (SAMM C5.4.2, Table C5.T6: Groups A–D) that sets the Anticipated Offer Date; null until assigned. */
    offerGroup: text('offer_group', { enum: ['A', 'B', 'C', 'D'] }),
    /** Markings narrowing who may see the case (src/platform/access/markings.ts), kept by the areas that decide them. */
    markings: text('markings').array().notNull().default(sql`'{}'::text[]`),
    /** The current version's total, kept with every save so lists can sort and filter by value. */
    totalCents: cents('total_cents').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('cases_partner_agency_designator').on(t.partnerCode, t.agencyCode, t.designator),
    index('cases_partner_idx').on(t.partnerCode),
    index('cases_status_idx').on(t.status),
    index('cases_agency_idx').on(t.agencyCode),
    // The case list's default order (newest change first) and its value sort.
    index('cases_updated_identifier_idx').on(t.updatedAt.desc().nullsFirst(), t.identifier),
    index('cases_value_idx').on(t.totalCents),
    // The case list's and the global search's "contains" on identifier and title (pg_trgm).
    index('cases_identifier_trgm_idx').using('gin', t.identifier.op('gin_trgm_ops')),
    index('cases_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    check('cases_offer_group_check', sql`${t.offerGroup} is null or ${t.offerGroup} in ('A', 'B', 'C', 'D')`),
  ],
);

/** The basic LOA (number 0) and its amendments and modifications, numbered in order. */
export const loaVersions = pgTable(
  'loa_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    kind: text('kind', { enum: ['basic', 'amendment', 'modification'] }).notNull(),
    state: text('state', { enum: ['draft', 'issued'] })
      .notNull()
      .default('draft'),
    reason: text('reason').notNull().default(''),
    accessorialCents: cents('accessorial_cents').notNull().default(0),
    surchargeBasisPoints: integer('surcharge_basis_points').notNull().default(0),
    linesCents: cents('lines_cents').notNull().default(0),
    administrativeCents: cents('administrative_cents').notNull().default(0),
    totalCents: cents('total_cents').notNull().default(0),
    offerDate: date('offer_date', { mode: 'string' }),
    offerExpirationDate: date('offer_expiration_date', { mode: 'string' }),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('loa_versions_case_number').on(t.caseId, t.number),
    check(
      'loa_versions_offer_expires_after_offer_check',
      sql`${t.offerDate} is null or ${t.offerExpirationDate} is null or ${t.offerExpirationDate} > ${t.offerDate}`,
    ),
  ],
);

export const loaLines = pgTable(
  'loa_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => loaVersions.id, { onDelete: 'cascade' }),
    lineNumber: text('line_number').notNull(),
    description: text('description').notNull(),
    maslGenericCode: text('masl_generic_code').notNull().default(''),
    maslNumber: text('masl_number').notNull().default(''),
    quantity: integer('quantity').notNull(),
    unitOfIssue: text('unit_of_issue').notNull().default('EA'),
    unitCostCents: cents('unit_cost_cents').notNull(),
    mde: boolean('mde').notNull().default(false),
    sme: boolean('sme').notNull().default(false),
    eeum: boolean('eeum').notNull().default(false),
    sourceOfSupply: text('source_of_supply').notNull().default(''),
    deliveryPeriod: text('delivery_period').notNull().default(''),
    /** Program of record (true) or not (false: NPOR), DSCA 21-50; null: not yet stated (Case Writing's checks flag it). */
    programOfRecord: boolean('program_of_record'),
    /**
     * An NPOR line's NPOR type, from the administrator-kept list (npor_types, the weapons area's; the foreign key is
     * written by hand in the migration so that cases does not import weapons). Null on a program-of-record line.
     */
    nporType: text('npor_type'),
  },
  (t) => [
    index('loa_lines_version_idx').on(t.versionId),
    check('loa_lines_npor_type_only_for_npor', sql`${t.nporType} is null or ${t.programOfRecord} = false`),
  ],
);

export const loaNotes = pgTable(
  'loa_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => loaVersions.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('loa_notes_version_idx').on(t.versionId)],
);

export const loaPayments = pgTable(
  'loa_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => loaVersions.id, { onDelete: 'cascade' }),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    amountCents: cents('amount_cents').notNull(),
  },
  (t) => [index('loa_payments_version_idx').on(t.versionId)],
);

export const caseMilestones = pgTable(
  'case_milestones',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    milestone: text('milestone').notNull(),
    onDate: date('on_date', { mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.milestone] }), index('case_milestones_milestone_date_idx').on(t.milestone, t.onDate)],
);
