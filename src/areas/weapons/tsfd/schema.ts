import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { cases, lettersOfRequest } from '../../cases/public.ts';
import { countryGroups, partners } from '../../countries/public.ts';
import { weaponSystems } from '../schema.ts';
import { TSFD_DETERMINATIONS, TSFD_STATUSES } from './rules/tsfd-workflow.ts';

/** Every TSFD record carries the `tsfd` need-to-know marking (src/platform/access/markings.ts) from the moment it exists. */
const tsfdMarkings = () => text('markings').array().notNull().default(sql`'{tsfd}'::text[]`);

/**
 * A technology security and foreign disclosure request (shared/domain.md §10): a partner, a system, the technology
 * areas and review processes involved, started by a Pre-LOR Assessment Request (DSCA 16-26, 25-16); its reviewing
 * bodies' determinations are `tsfd_reviews`. Required approvals come before any P&A or LOA for classified items.
 */
export const tsfdRequests = pgTable(
  'tsfd_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    systemId: uuid('system_id')
      .notNull()
      .references(() => weaponSystems.id),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** rules/technology-areas.ts: the review processes the request involves. */
    technologyAreas: text('technology_areas').array().notNull(),
    /** The Pre-LOR Assessment Request that starts the review (DSCA 16-26, 25-16): when received, and its reference. */
    preLorAssessmentOn: date('pre_lor_assessment_on', { mode: 'string' }).notNull(),
    preLorAssessmentReference: text('pre_lor_assessment_reference').notNull().default(''),
    /** A priority review for a senior-leader case (dtsa.mil), with why. */
    priority: boolean('priority').notNull().default(false),
    priorityReason: text('priority_reason').notNull().default(''),
    lorId: uuid('lor_id').references(() => lettersOfRequest.id),
    caseId: uuid('case_id').references(() => cases.id),
    status: text('status', { enum: TSFD_STATUSES }).notNull().default('received'),
    decidedOn: date('decided_on', { mode: 'string' }),
    withdrawnReason: text('withdrawn_reason').notNull().default(''),
    markings: tsfdMarkings(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tsfd_requests_partner_idx').on(t.partnerCode),
    index('tsfd_requests_case_idx').on(t.caseId),
    index('tsfd_requests_lor_idx').on(t.lorId),
    check('tsfd_requests_marked', sql`'tsfd' = any(${t.markings})`),
    check('tsfd_requests_priority_reason', sql`not ${t.priority} or length(${t.priorityReason}) > 0`),
  ],
);

/** One reviewing body's (or review process's) part in a TSFD request, and its determination with conditions and dates. */
export const tsfdReviews = pgTable(
  'tsfd_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => tsfdRequests.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    technologyArea: text('technology_area'),
    referredOn: date('referred_on', { mode: 'string' }).notNull(),
    determination: text('determination', { enum: TSFD_DETERMINATIONS }),
    conditions: text('conditions').notNull().default(''),
    determinedOn: date('determined_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    unique('tsfd_reviews_request_body').on(t.requestId, t.body),
    check(
      'tsfd_reviews_conditions',
      sql`(${t.determination} = 'approved_with_conditions') = (length(${t.conditions}) > 0) or ${t.determination} is null`,
    ),
    check('tsfd_reviews_dated', sql`(${t.determination} is null) = (${t.determinedOn} is null)`),
  ],
);

/**
 * An anticipatory policy: a TSFD determination made ahead for a group of countries (dtsa.mil), over the technology areas
 * (and the system, when it names one) it covers, in force from one date to another.
 */
export const tsfdPolicies = pgTable(
  'tsfd_policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    groupCode: text('group_code')
      .notNull()
      .references(() => countryGroups.code),
    systemId: uuid('system_id').references(() => weaponSystems.id),
    technologyAreas: text('technology_areas').array().notNull(),
    summary: text('summary').notNull().default(''),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
    markings: tsfdMarkings(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('tsfd_policies_marked', sql`'tsfd' = any(${t.markings})`),
    check('tsfd_policies_period', sql`${t.expiresOn} is null or ${t.expiresOn} > ${t.effectiveOn}`),
  ],
);
