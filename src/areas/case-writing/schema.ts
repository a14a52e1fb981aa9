import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/public.ts';

/** CWD reviewers' comments on a line, a note or a whole LOA version; writers answer in the same thread. */
export const reviewComments = pgTable(
  'review_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    lineNumber: text('line_number'),
    noteCode: text('note_code'),
    authorId: text('author_id').notNull(),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('review_comments_case_idx').on(t.caseId)],
);

/**
 * LOA timeliness goals, a dated rule table (shared/domain.md §3): "share_percent of LOAs offered within `days` of the
 * clock start", for one case development group or, with case_group null, for every case. Administrators add rows.
 */
export const timelinessTargets = pgTable(
  'timeliness_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** LOA case development group (SAMM Table C5.T6: A–D); null: the general target for every case. */
    caseGroup: text('case_group', { enum: ['A', 'B', 'C', 'D'] }),
    /** The milestone the clock starts at: receipt of the LOR, or the LOR found complete. */
    clockStart: text('clock_start', { enum: ['lor_received', 'lor_complete'] }).notNull(),
    days: integer('days').notNull(),
    sharePercent: integer('share_percent').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    source: text('source').notNull(),
    verified: boolean('verified').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('timeliness_targets_group_idx').on(t.caseGroup, t.effectiveFrom),
    check('timeliness_targets_case_group_check', sql`${t.caseGroup} is null or ${t.caseGroup} in ('A', 'B', 'C', 'D')`),
    check('timeliness_targets_clock_start_check', sql`${t.clockStart} in ('lor_received', 'lor_complete')`),
    check('timeliness_targets_days_check', sql`${t.days} > 0`),
    check('timeliness_targets_share_check', sql`${t.sharePercent} between 1 and 100`),
    check('timeliness_targets_dates_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
);
