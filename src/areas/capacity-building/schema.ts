import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { appropriations } from '../funds/public.ts';
import { PROPOSAL_STATUSES } from './rules/proposal-status.ts';
import { REVIEW_KINDS, REVIEW_STATUSES } from './rules/reviews.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });
const inList = (column: unknown, values: readonly string[]) => sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;

/** A Title 10 program (Section 333, Section 332, USAI, CTEF, MSI, and what administrators add). */
export const cbPrograms = pgTable('cb_programs', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  authority: text('authority').notNull(),
  /** The funding source a BPC case of the program names (cases' FUNDING_SOURCES key); null: no BPC case from it yet. */
  fundingSource: text('funding_source'),
  /** Its proposals are notified to Congress (10 U.S.C. 333(e)) before approval. */
  requiresNotice: boolean('requires_notice').notNull().default(false),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Program codes used in place of a country code in a BPC case identifier (domain.md §1, §8): 2–3 characters. */
export const cbProgramCodes = pgTable(
  'cb_program_codes',
  {
    code: text('code').primaryKey(),
    programKey: text('program_key')
      .notNull()
      .references(() => cbPrograms.key),
    fiscalYear: integer('fiscal_year'),
    /** Semi-permanent code (DSCA 24-91 Table AP8.T2): from FY2025, to the end of the third fiscal year. */
    semiPermanent: boolean('semi_permanent').notNull().default(false),
    source: text('source').notNull(),
  },
  (t) => [index('cb_program_codes_program_idx').on(t.programKey), check('cb_program_codes_code_check', sql`${t.code} ~ '^[A-Z0-9]{2,3}$'`)],
);

/** The review period of a 333(e) notice: [open] in domain.md §8, so rows an administrator enters, dated, with a source. */
export const cbNoticePeriods = pgTable(
  'cb_notice_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    days: integer('days').notNull(),
    source: text('source').notNull(),
    verified: boolean('verified').notNull().default(false),
    enteredBy: text('entered_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('cb_notice_periods_days_check', sql`${t.days} > 0`),
    check('cb_notice_periods_dates_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
);

export interface RequestedItem {
  kind: 'equipment' | 'training' | 'services';
  description: string;
  quantity: number;
  costCents: number;
  /** The MASL of the LOA line (SAMM Fig C5.F24): 3-character generic code and 13-character number, when known. */
  maslGenericCode?: string;
  maslNumber?: string;
}
export interface ConstructionDetails {
  location: string;
  title: string;
  dd1391: string;
  masterPlan: string;
}
export interface Assessment {
  assessedOn: string;
  assessor: string;
  baseline: string;
  objectives: string;
}

/** A proposal for a Title 10 program for one partner: the 333(e) notice's contents, the money, the AM&E assessment. */
export const cbProposals = pgTable(
  'cb_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    programKey: text('program_key')
      .notNull()
      .references(() => cbPrograms.key),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    title: text('title').notNull(),
    recipientUnit: text('recipient_unit').notNull(),
    purposes: text('purposes').array().notNull().default(sql`'{}'::text[]`),
    requirement: text('requirement').notNull(),
    capabilityGap: text('capability_gap').notNull(),
    requested: jsonb('requested').$type<RequestedItem[]>().notNull(),
    absorptiveCapacity: text('absorptive_capacity').notNull().default(''),
    sustainmentPlan: text('sustainment_plan').notNull().default(''),
    deliverySchedule: text('delivery_schedule').notNull().default(''),
    costEstimateCents: cents('cost_estimate_cents').notNull(),
    constructionCents: cents('construction_cents').notNull().default(0),
    construction: jsonb('construction').$type<ConstructionDetails>(),
    fiscalYear: integer('fiscal_year').notNull(),
    appropriationId: uuid('appropriation_id').references(() => appropriations.id),
    /** The money's stated (cancelling) year, copied from the appropriation when chosen. */
    statedYear: integer('stated_year'),
    campaignPlanLinks: text('campaign_plan_links').array().notNull().default(sql`'{}'::text[]`),
    assessment: jsonb('assessment').$type<Assessment>(),
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('development'),
    /** The program code its BPC cases carry in the country code's place. */
    programCode: text('program_code').references(() => cbProgramCodes.code),
    firstObligationOn: date('first_obligation_on', { mode: 'string' }),
    lastKeyArticleOn: date('last_key_article_on', { mode: 'string' }),
    /** The end of the support period (rules/fund-rules.ts supportPeriod), kept with the dates it comes from. */
    supportEndsOn: date('support_ends_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cb_proposals_partner_idx').on(t.partnerCode, t.status),
    index('cb_proposals_support_idx').on(t.supportEndsOn),
    index('cb_proposals_stated_year_idx').on(t.statedYear),
    check('cb_proposals_status_check', inList(t.status, PROPOSAL_STATUSES)),
    check(
      'cb_proposals_money_check',
      sql`${t.costEstimateCents} > 0 and ${t.constructionCents} >= 0 and ${t.constructionCents} <= ${t.costEstimateCents}`,
    ),
    check('cb_proposals_fiscal_year_check', sql`${t.fiscalYear} between 1900 and 2200`),
  ],
);

/** Each move of a proposal, with its reason (also in the audit log): the history its page shows. */
export const cbProposalMoves = pgTable(
  'cb_proposal_moves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => cbProposals.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    actor: text('actor').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cb_proposal_moves_proposal_idx').on(t.proposalId, t.createdAt)],
);

/** The BPC cases a proposal produced. */
export const cbProposalCases = pgTable(
  'cb_proposal_cases',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => cbProposals.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id)
      .unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.caseId] })],
);

/** The checklist of a case review, kept by administrators: each item for the review kinds it applies to. */
export const cbChecklistItems = pgTable(
  'cb_checklist_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    text: text('text').notNull(),
    kinds: text('kinds').array().notNull(),
    source: text('source').notNull().default(''),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('cb_checklist_items_kinds_check', sql`cardinality(${t.kinds}) > 0`)],
);

export interface ChecklistEntry {
  itemId: string;
  code: string;
  text: string;
  answer: 'yes' | 'no' | 'not_applicable' | null;
  note: string;
}

/** A review of one case: periodic or event-driven (BPC), or the annual FMS case review (SAMM C6.5.2). */
export const cbReviews = pgTable(
  'cb_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    kind: text('kind', { enum: REVIEW_KINDS }).notNull(),
    /** What prompted an event-driven review; the period of a periodic or annual one. */
    trigger: text('trigger').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: REVIEW_STATUSES }).notNull().default('open'),
    /** The checklist as it stood when the review was opened, with the answers. */
    checklist: jsonb('checklist').$type<ChecklistEntry[]>().notNull(),
    reviewer: text('reviewer').notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    summary: text('summary').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cb_reviews_case_idx').on(t.caseId),
    index('cb_reviews_partner_idx').on(t.partnerCode, t.status),
    index('cb_reviews_due_idx').on(t.dueOn),
    check('cb_reviews_kind_check', inList(t.kind, REVIEW_KINDS)),
    check('cb_reviews_status_check', inList(t.status, REVIEW_STATUSES)),
    check('cb_reviews_complete_check', sql`(${t.status} = 'complete') = (${t.completedOn} is not null)`),
  ],
);

export const cbReviewFindings = pgTable(
  'cb_review_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => cbReviews.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    severity: text('severity', { enum: ['observation', 'deficiency'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cb_review_findings_review_idx').on(t.reviewId)],
);

/** An action a review assigns: its owner and due date (a clock), done with a note. */
export const cbReviewActions = pgTable(
  'cb_review_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => cbReviews.id, { onDelete: 'cascade' }),
    findingId: uuid('finding_id').references(() => cbReviewFindings.id),
    description: text('description').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    doneNote: text('done_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cb_review_actions_review_idx').on(t.reviewId),
    index('cb_review_actions_due_idx').on(t.dueOn),
    check('cb_review_actions_done_check', sql`(${t.doneOn} is null) = (${t.doneNote} is null)`),
  ],
);
