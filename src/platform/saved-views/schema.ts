import { pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/** A user's named filter of a list (e.g. the case list), kept as the list's query string. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id').notNull(),
    area: text('area').notNull(),
    name: text('name').notNull(),
    query: text('query').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('saved_views_user_area_name').on(t.userId, t.area, t.name)],
);
