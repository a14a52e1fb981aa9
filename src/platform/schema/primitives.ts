import { z } from '@hono/zod-openapi';

// The shared building blocks of every input schema (bodies, paths, queries, imported rows), so that what PostgreSQL
// cannot store or compare is refused at the edge with the field's name, not as a 500 from the database.

// PostgreSQL text cannot hold NUL; an unpaired UTF-16 surrogate is not text and would be stored as U+FFFD.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isWellFormedText = (value: string) => !value.includes('\0') && !UNPAIRED_SURROGATE.test(value);

/** Any string input: `z.string()` that refuses NUL characters and unpaired surrogates. */
export const text = z.string().refine(isWellFormedText, 'must not contain NUL characters or unpaired surrogates');

/**
 * The dates IOPS accepts anywhere. PostgreSQL's `date` holds 4713 BC to 5874897 AD but year 0000 does not exist, and no
 * security cooperation record is dated before 1900 or after 2200; outside this range a date is a typing mistake.
 */
export const DATE_RANGE = { from: '1900-01-01', to: '2200-12-31' } as const;

export const isDateInRange = (isoDate: string) => isoDate >= DATE_RANGE.from && isoDate <= DATE_RANGE.to;

// Zod runs every check of a field; a value that is not a date at all is reported once, by the format check.
const inRangeIfShaped = (value: string) => !/^\d{4}-\d{2}-\d{2}/.test(value) || isDateInRange(value.slice(0, 10));

/** An ISO calendar date (YYYY-MM-DD) within DATE_RANGE. */
export const isoDate = z.iso
  .date({ message: 'an ISO date (YYYY-MM-DD)' })
  .refine(inRangeIfShaped, `a date from ${DATE_RANGE.from} to ${DATE_RANGE.to}`);

/** An ISO date-time within DATE_RANGE. */
export const isoDateTime = z.iso
  .datetime({ offset: true, message: 'an ISO date-time' })
  .refine(inRangeIfShaped, `a time from ${DATE_RANGE.from} to ${DATE_RANGE.to}`);
