import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from './rules/notification-status.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });

/** AECA 36(b)(1) thresholds and review periods by purchaser group, dated (rules/thresholds.ts holds the shipped rows). */
export const notificationThresholds = pgTable(
  'notification_thresholds',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    purchaserGroup: text('purchaser_group', { enum: ['AECA_36B_ALLIES', 'OTHER'] }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    mdeCents: cents('mde_cents').notNull(),
    totalCents: cents('total_cents').notNull(),
    designConstructionCents: cents('design_construction_cents').notNull(),
    reviewDays: integer('review_days').notNull(),
    tieredReviewDays: integer('tiered_review_days'),
    source: text('source').notNull(),
    verified: boolean('verified').notNull().default(false),
    tieredReviewSource: text('tiered_review_source').notNull().default(''),
    tieredReviewVerified: boolean('tiered_review_verified').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notification_thresholds_group_idx').on(t.purchaserGroup, t.effectiveFrom),
    check('notification_thresholds_group_check', sql`${t.purchaserGroup} in ('AECA_36B_ALLIES', 'OTHER')`),
    check('notification_thresholds_dates_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
    check('notification_thresholds_days_check', sql`${t.reviewDays} > 0 and (${t.tieredReviewDays} is null or ${t.tieredReviewDays} > 0)`),
  ],
);

/**
 * A congressional notification: a 36(b)(1) notice, or a 36(b)(5)(C) follow-on report on an earlier one; or a notice
 * about another area's record (an FAA 516(f) EDA notice, an AECA 62(a) lease certification), whose review period the
 * owning area decides by its own rule and stores here with the notice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    /** Numbered within its kind (`YY-NN`, or `YY-0X` for 36(b)(5)(C) reports). */
    transmittalNumber: text('transmittal_number').notNull(),
    partnerCode: text('partner_code')
      .notNull()
      .references(() => partners.code),
    /** For a 36(b)(5)(C) report: the notice it follows. */
    followsId: uuid('follows_id'),
    description: text('description').notNull(),
    mdeCents: cents('mde_cents').notNull().default(0),
    totalCents: cents('total_cents').notNull().default(0),
    designConstructionCents: cents('design_construction_cents').notNull().default(0),
    status: text('status', { enum: NOTIFICATION_STATUSES }).notNull().default('draft'),
    tieredReviewSentOn: date('tiered_review_sent_on', { mode: 'string' }),
    tieredReviewDays: integer('tiered_review_days'),
    tieredReviewEndsOn: date('tiered_review_ends_on', { mode: 'string' }),
    formallyNotifiedOn: date('formally_notified_on', { mode: 'string' }),
    reviewDays: integer('review_days'),
    /** For a notice about another area's record: the rule that set its review period. */
    reviewSource: text('review_source'),
    reviewEndsOn: date('review_ends_on', { mode: 'string' }),
    clearedOn: date('cleared_on', { mode: 'string' }),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_kind_transmittal_idx').on(t.kind, t.transmittalNumber),
    index('notifications_partner_idx').on(t.partnerCode),
    index('notifications_status_idx').on(t.status),
    index('notifications_review_ends_idx').on(t.reviewEndsOn),
    // The list's and the global search's "contains" on transmittal and description (pg_trgm), and words of the
    // description in any form ("notified" finds "notification": full text, English stemming).
    index('notifications_transmittal_trgm_idx').using('gin', t.transmittalNumber.op('gin_trgm_ops')),
    index('notifications_description_trgm_idx').using('gin', t.description.op('gin_trgm_ops')),
    index('notifications_description_fts_idx').using('gin', sql`to_tsvector('english', ${t.description})`),
    // MDE is part of the total; the dates follow the notice's life (rules/notification-dates.ts).
    check('notifications_mde_within_total_check', sql`${t.mdeCents} <= ${t.totalCents}`),
    check(
      'notifications_dates_order_check',
      sql`(${t.tieredReviewSentOn} is null or ${t.formallyNotifiedOn} is null or ${t.tieredReviewSentOn} <= ${t.formallyNotifiedOn})
        and (${t.tieredReviewSentOn} is null or ${t.tieredReviewEndsOn} is null or ${t.tieredReviewSentOn} <= ${t.tieredReviewEndsOn})
        and (${t.formallyNotifiedOn} is null or ${t.reviewEndsOn} is null or ${t.formallyNotifiedOn} <= ${t.reviewEndsOn})
        and (${t.formallyNotifiedOn} is null or ${t.clearedOn} is null or ${t.formallyNotifiedOn} <= ${t.clearedOn})
        and (${t.reviewEndsOn} is null or ${t.clearedOn} is null or ${t.reviewEndsOn} < ${t.clearedOn})`,
    ),
  ],
);

/** The cases (and, for amendments, the LOA version) a notification covers. */
export const notificationCases = pgTable(
  'notification_cases',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    loaVersionNumber: integer('loa_version_number'),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.caseId] }), index('notification_cases_case_idx').on(t.caseId)],
);

/** The record of another area a notice is about (an EDA request, a lease), with how to show and reach it. */
export const notificationSubjects = pgTable(
  'notification_subjects',
  {
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    label: text('label').notNull(),
    link: text('link'),
  },
  (t) => [
    primaryKey({ columns: [t.notificationId, t.subjectType, t.subjectId] }),
    index('notification_subjects_subject_idx').on(t.subjectType, t.subjectId),
  ],
);
