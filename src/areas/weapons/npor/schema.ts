import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases, implementingAgencies, lettersOfRequest } from '../../cases/public.ts';
import { partners } from '../../countries/public.ts';
import { weaponSystems } from '../schema.ts';
import { NPOR_STATUSES } from './rules/npor-workflow.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });

/**
 * The NPOR types an LOA line can carry (DSCA 21-50). domain.md names the field but not its values: the list is kept by
 * administrators, never invented here. `loa_lines.npor_type` refers to it (a foreign key written in the migration).
 */
export const nporTypes = pgTable('npor_types', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  /** Where the type comes from (the DSCA memorandum and paragraph). */
  source: text('source').notNull(),
  /** A retired type stays on the lines that carry it but is no longer offered for new ones. */
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A request for a defense article not formally managed by a military department (non-program of record), through
 * DSCA's NPOR process (shared/domain.md §10: DSCA 25-35 Tiger Team tasks 7, 43, 45; DSCA 25-72): the NPOR Community of
 * Interest's review, the actionability determination, the negative LOR response when refused, the designation of a
 * lead implementing agency, and the funding of pre-LOR and case development work.
 */
export const nporRequests = pgTable(
  'npor_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    systemId: uuid('system_id').references(() => weaponSystems.id),
    nporType: text('npor_type').references(() => nporTypes.code),
    lorId: uuid('lor_id').references(() => lettersOfRequest.id),
    caseId: uuid('case_id').references(() => cases.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: NPOR_STATUSES }).notNull().default('received'),
    coiReviewedOn: date('coi_reviewed_on', { mode: 'string' }),
    coiRecommendation: text('coi_recommendation').notNull().default(''),
    determinedOn: date('determined_on', { mode: 'string' }),
    determinationReason: text('determination_reason').notNull().default(''),
    negativeResponseOn: date('negative_response_on', { mode: 'string' }),
    negativeResponseReference: text('negative_response_reference').notNull().default(''),
    leadAgencyCode: text('lead_agency_code').references(() => implementingAgencies.code),
    designatedOn: date('designated_on', { mode: 'string' }),
    preLorFundingCents: cents('pre_lor_funding_cents'),
    caseDevelopmentFundingCents: cents('case_development_funding_cents'),
    fundingSource: text('funding_source').notNull().default(''),
    fundedOn: date('funded_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('npor_requests_partner_idx').on(t.partnerCode),
    index('npor_requests_case_idx').on(t.caseId),
    index('npor_requests_lor_idx').on(t.lorId),
    check(
      'npor_requests_funding_check',
      sql`coalesce(${t.preLorFundingCents}, 0) >= 0 and coalesce(${t.caseDevelopmentFundingCents}, 0) >= 0`,
    ),
  ],
);
