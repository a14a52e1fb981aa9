import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/users/schema.ts';
import { lettersOfRequest } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { ADVOCACY_STATES } from './rules/advocacy.ts';
import { BRIEFING_POLICIES, COMPANY_SIZES, INQUIRY_CHANNELS, INQUIRY_OUTCOMES, SALE_CHANNELS, SALE_ROUTES } from './rules/vocabulary.ts';

/**
 * A weapons system the directorate advises on (shared/domain.md §10). Every other weapons record (inquiry, competition,
 * TSFD request, forecast) names one. Not a partner's record: any reader of the area sees the catalogue.
 */
export const weaponSystems = pgTable('weapon_systems', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  /** Significant military equipment, and major defense equipment (as the system's MASL records mark it, SAMM Fig C5.F24). */
  sme: boolean('sme').notNull().default(false),
  mde: boolean('mde').notNull().default(false),
  /** rules/technology-areas.ts: what TSFD reviews a request for this system involves. */
  technologyAreas: text('technology_areas').array().notNull().default(sql`'{}'::text[]`),
  productionNotes: text('production_notes').notNull().default(''),
  obsolescenceNotes: text('obsolescence_notes').notNull().default(''),
  exportPolicyNotes: text('export_policy_notes').notNull().default(''),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

const cents = (name: string) => bigint(name, { mode: 'number' });
const day = (name: string) => date(name, { mode: 'string' });
const stamps = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
const oneOf = (column: AnyPgColumn, values: readonly string[]) => sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;

/** A company that asks the industry ombudsman, or whose sale the directorate advocates for. */
export const weaponCompanies = pgTable(
  'weapon_companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    sizeCategory: text('size_category', { enum: COMPANY_SIZES }).notNull(),
    /** Commercial and Government Entity code: five alphanumeric characters (DLA CAGE program). */
    cageCode: text('cage_code').unique(),
    ...stamps,
  },
  (t) => [
    check('weapon_companies_cage_check', sql`${t.cageCode} is null or ${t.cageCode} ~ '^[A-Z0-9]{5}$'`),
    check('weapon_companies_size_check', oneOf(t.sizeCategory, COMPANY_SIZES)),
  ],
);

/** The ombudsman's response-time target, administrator-set ([open] in shared/domain.md §10): a dated table, no default. */
export const weaponResponseTargets = pgTable(
  'weapon_response_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effectiveFrom: day('effective_from').notNull().unique(),
    days: integer('days').notNull(),
    source: text('source').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('weapon_response_targets_days_check', sql`${t.days} > 0`)],
);

/** An industry inquiry to the ombudsman: a partner's record when it names one, else every area reader's. */
export const weaponInquiries = pgTable(
  'weapon_inquiries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => weaponCompanies.id),
    contactName: text('contact_name').notNull(),
    contactEmail: text('contact_email').notNull().default(''),
    partnerCode: text('partner_code').references(() => partners.code),
    systemId: uuid('system_id').references(() => weaponSystems.id),
    question: text('question').notNull(),
    channel: text('channel', { enum: INQUIRY_CHANNELS }).notNull(),
    receivedOn: day('received_on').notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    /** The first response's date, kept with the thread (the response clock stops on it). */
    firstResponseOn: day('first_response_on'),
    caseIds: uuid('case_ids').array().notNull().default(sql`'{}'::uuid[]`),
    competitionIds: uuid('competition_ids').array().notNull().default(sql`'{}'::uuid[]`),
    advocacyIds: uuid('advocacy_ids').array().notNull().default(sql`'{}'::uuid[]`),
    closedOn: day('closed_on'),
    outcome: text('outcome', { enum: INQUIRY_OUTCOMES }),
    outcomeNote: text('outcome_note').notNull().default(''),
    ...stamps,
  },
  (t) => [
    index('weapon_inquiries_partner_idx').on(t.partnerCode),
    index('weapon_inquiries_assignee_idx').on(t.assigneeId, t.closedOn),
    index('weapon_inquiries_received_idx').on(t.receivedOn),
    index('weapon_inquiries_system_idx').on(t.systemId),
    check('weapon_inquiries_channel_check', oneOf(t.channel, INQUIRY_CHANNELS)),
    check('weapon_inquiries_closed_check', sql`(${t.closedOn} is null) = (${t.outcome} is null)`),
    check('weapon_inquiries_response_check', sql`${t.firstResponseOn} is null or ${t.firstResponseOn} >= ${t.receivedOn}`),
  ],
);

/** The thread: each response given to the company. */
export const weaponInquiryResponses = pgTable(
  'weapon_inquiry_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => weaponInquiries.id, { onDelete: 'cascade' }),
    respondedOn: day('responded_on').notNull(),
    body: text('body').notNull(),
    author: text('author').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('weapon_inquiry_responses_inquiry_idx').on(t.inquiryId, t.respondedOn)],
);

/** An advocacy request relayed with the Commerce Advocacy Center (EO 13630): the questionnaire's fields and the steps. */
export const weaponAdvocacyRequests = pgTable(
  'weapon_advocacy_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => weaponCompanies.id),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    systemId: uuid('system_id').references(() => weaponSystems.id),
    competitionId: uuid('competition_id').references((): AnyPgColumn => weaponCompetitions.id),
    state: text('state', { enum: ADVOCACY_STATES }).notNull().default('questionnaire'),
    saleChannel: text('sale_channel', { enum: SALE_CHANNELS }),
    valueCents: cents('value_cents'),
    usContentPercent: integer('us_content_percent'),
    bidderOfRecord: text('bidder_of_record').notNull().default(''),
    licenceInformation: text('licence_information').notNull().default(''),
    assistanceRequested: text('assistance_requested').notNull().default(''),
    decisionDate: day('decision_date'),
    decisionMaker: text('decision_maker').notNull().default(''),
    competitors: text('competitors').array().notNull().default(sql`'{}'::text[]`),
    agreementOnFileOn: day('agreement_on_file_on'),
    dueDiligenceOn: day('due_diligence_on'),
    dueDiligenceFindings: text('due_diligence_findings').notNull().default(''),
    nationalInterestOn: day('national_interest_on'),
    nationalInterestDetermination: text('national_interest_determination').notNull().default(''),
    strategy: text('strategy').notNull().default(''),
    strategySetOn: day('strategy_set_on'),
    endedOn: day('ended_on'),
    endReason: text('end_reason').notNull().default(''),
    ...stamps,
  },
  (t) => [
    index('weapon_advocacy_partner_idx').on(t.partnerCode, t.state),
    index('weapon_advocacy_system_idx').on(t.systemId),
    check('weapon_advocacy_state_check', oneOf(t.state, ADVOCACY_STATES)),
    check('weapon_advocacy_channel_check', sql`${t.saleChannel} is null or ${oneOf(t.saleChannel, SALE_CHANNELS)}`),
    check('weapon_advocacy_value_check', sql`${t.valueCents} is null or ${t.valueCents} >= 0`),
    check('weapon_advocacy_content_check', sql`${t.usContentPercent} is null or ${t.usContentPercent} between 0 and 100`),
  ],
);

export interface StoredBidder {
  name: string;
  us: boolean;
  active: boolean;
}
export interface StoredPolicyIssue {
  issue: string;
  raisedOn: string;
  resolution: string;
  resolvedOn: string | null;
}

/** A partner's international competition for a capability (shared/domain.md §10). */
export const weaponCompetitions = pgTable(
  'weapon_competitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    systemId: uuid('system_id').references(() => weaponSystems.id),
    title: text('title').notNull(),
    requirement: text('requirement').notNull(),
    /** The answer may be FMS, DCS or both (eSAMM C4.3.1). */
    saleRoute: text('sale_route', { enum: SALE_ROUTES }).notNull(),
    /** The foreign solicitation came through proper channels: it is an LOR, recorded in the cases area. */
    lorId: uuid('lor_id').references(() => lettersOfRequest.id),
    bidders: jsonb('bidders').$type<StoredBidder[]>().notNull().default(sql`'[]'::jsonb`),
    briefingPolicy: text('briefing_policy', { enum: BRIEFING_POLICIES }).notNull(),
    neutralityNote: text('neutrality_note').notNull().default(''),
    singleOfferAdvocacy: boolean('single_offer_advocacy').notNull().default(false),
    rfpPlanned: day('rfp_planned'),
    rfpActual: day('rfp_actual'),
    bidsDuePlanned: day('bids_due_planned'),
    bidsDueActual: day('bids_due_actual'),
    downSelectPlanned: day('down_select_planned'),
    downSelectActual: day('down_select_actual'),
    awardPlanned: day('award_planned'),
    awardActual: day('award_actual'),
    policyIssues: jsonb('policy_issues').$type<StoredPolicyIssue[]>().notNull().default(sql`'[]'::jsonb`),
    outcome: text('outcome').notNull().default(''),
    winner: text('winner').notNull().default(''),
    cancelledOn: day('cancelled_on'),
    caseIds: uuid('case_ids').array().notNull().default(sql`'{}'::uuid[]`),
    ...stamps,
  },
  (t) => [
    index('weapon_competitions_partner_idx').on(t.partnerCode),
    index('weapon_competitions_system_idx').on(t.systemId),
    check('weapon_competitions_route_check', oneOf(t.saleRoute, SALE_ROUTES)),
    check('weapon_competitions_briefing_check', oneOf(t.briefingPolicy, BRIEFING_POLICIES)),
  ],
);

/** A row of the directorate's sales forecast (SAMM C14.1.3): an expected case by partner, system and fiscal year. */
export const weaponForecastRows = pgTable(
  'weapon_forecast_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    systemId: uuid('system_id').references(() => weaponSystems.id),
    fiscalYear: integer('fiscal_year').notNull(),
    description: text('description').notNull(),
    valueCents: cents('value_cents').notNull(),
    /** "Highly probable" = 90% (SAMM C14.1.3); otherwise the percentage entered. */
    highlyProbable: boolean('highly_probable').notNull().default(false),
    likelihoodPercent: integer('likelihood_percent').notNull(),
    note: text('note').notNull().default(''),
    ...stamps,
  },
  (t) => [
    index('weapon_forecast_partner_idx').on(t.partnerCode, t.fiscalYear),
    index('weapon_forecast_year_idx').on(t.fiscalYear),
    check('weapon_forecast_value_check', sql`${t.valueCents} >= 0`),
    check(
      'weapon_forecast_likelihood_check',
      sql`${t.likelihoodPercent} between 0 and 100 and (not ${t.highlyProbable} or ${t.likelihoodPercent} = 90)`,
    ),
  ],
);

/** The annual forecast report (due 1 February, SAMM C14.1.3) recorded as sent: its clock stops. */
export const weaponForecastReports = pgTable('weapon_forecast_reports', {
  reportYear: integer('report_year').primaryKey(),
  submittedOn: day('submitted_on').notNull(),
  note: text('note').notNull().default(''),
  submittedBy: text('submitted_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
