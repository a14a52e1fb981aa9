import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * A background job as its creator sees it. pg-boss (schema `pgboss`) queues, retries and expires the work under the
 * same id; this row holds what the queue does not: who asked, progress, the result and a cancel request.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    /** The user who asked; null for the scheduled jobs the system runs (readable by administrators only). */
    createdBy: uuid('created_by'),
    /** queued, running, retrying, completed, failed, cancelled */
    state: text('state').notNull().default('queued'),
    params: jsonb('params').notNull().default({}),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total'),
    progressNote: text('progress_note'),
    attempts: integer('attempts').notNull().default(0),
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    error: text('error'),
    result: jsonb('result'),
    resultFile: text('result_file'),
    resultType: text('result_type'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('jobs_created_by_idx').on(t.createdBy, t.createdAt.desc()), index('jobs_created_at_idx').on(t.createdAt.desc())],
);

/** A job's uploaded input or rendered output, in parts, so that any process (API or worker) can read it. */
export const jobFiles = pgTable(
  'job_files',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    part: integer('part').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.role, t.part] })],
);

/** The day's deadline reminder of one user (the reminders job writes it once a day, whichever process runs it). */
export const deadlineReminders = pgTable(
  'deadline_reminders',
  {
    userId: uuid('user_id').notNull(),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    overdue: integer('overdue').notNull(),
    dueSoon: integer('due_soon').notNull(),
    withinDays: integer('within_days').notNull(),
    firstDue: jsonb('first_due').notNull().default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.onDate] })],
);
