import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/public.ts';
import { eumIncidents } from '../eum/public.ts';

/**
 * A partner's signature of an offered LOA, recorded through the portal (signature date, the signer's name and title).
 * The case stays offered: it moves to accepted only when the agency records the initial deposit (the cases area's
 * `accept` move), which reads this record.
 */
export const loaAcceptances = pgTable(
  'loa_acceptances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    partnerCode: text('partner_code').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('loa_acceptances_case_version').on(t.caseId, t.versionNumber), index('loa_acceptances_partner_idx').on(t.partnerCode)],
);

/**
 * The initial deposit the agency records on a case (SAMM C5.4.8: the purchaser returns the signed LOA with the initial
 * deposit); with the partner's signature it lets the case move to accepted. One per case; integer cents.
 */
export const caseDeposits = pgTable(
  'case_deposits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .unique()
      .references(() => cases.id, { onDelete: 'cascade' }),
    partnerCode: text('partner_code').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    depositedOn: date('deposited_on', { mode: 'string' }).notNull(),
    reference: text('reference').notNull(),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('case_deposits_positive', sql`${t.amountCents} > 0`)],
);

/**
 * A case pending congressional notification that the agency has released to its partner's users (issue 17): until
 * released, to them the case is not there. `released` false: withdrawn again. Optimistic `version`.
 */
export const partnerCaseReleases = pgTable('partner_case_releases', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  released: boolean('released').notNull(),
  version: integer('version').notNull().default(1),
  changedBy: text('changed_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A partner's answer to an end-use monitoring incident of their own partner (text; a file attached to the answer). */
export const incidentAnswers = pgTable(
  'eum_incident_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => eumIncidents.id, { onDelete: 'cascade' }),
    partnerCode: text('partner_code').notNull(),
    text: text('text').notNull(),
    answeredBy: text('answered_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('eum_incident_answers_incident_idx').on(t.incidentId)],
);
