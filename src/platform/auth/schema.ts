import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Sign-in and token-authentication throttles (rate-limiter-flexible's RateLimiterDrizzle): one counter per key
 * (`<limiter>:<hashed ip or user name>`) with the end of its window, shared by every API process on the database.
 * The column names are the library's.
 */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull(),
  expire: timestamp('expire', { withTimezone: true }),
});
