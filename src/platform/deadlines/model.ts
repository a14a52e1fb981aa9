import { z } from '@hono/zod-openapi';
import { AREAS } from '../access/areas.ts';
import { isIsoDate } from '../dates.ts';
import { orderedRange } from '../http/ranges.ts';
import { isoDate, text } from '../schema/primitives.ts';

/** The longest window one request may ask for: a calendar year and a bit, enough for a year view or a feed. */
export const MAX_WINDOW_DAYS = 400;
export const FEED_PATH = '/api/deadlines/feed.ics';
/** A page of the calendar's list: enough for a month view of a busy office; the list view asks for more as it scrolls. */
export const DEFAULT_PAGE = 500;
export const MAX_PAGE = 2000;

export const deadlineQuery = z
  .object({
    from: isoDate.optional().openapi({ description: 'First day (default today)', example: '2026-12-01' }),
    to: isoDate.optional().openapi({ description: 'Last day (default 90 days after `from`)', example: '2026-12-31' }),
    overdue: z.enum(['true', 'false']).default('true').openapi({ description: 'Also list clocks already past and still open' }),
    area: z.enum(AREAS.map((a) => a.id) as [string, ...string[]]).optional(),
    partner: text.regex(/^[A-Z0-9]{2,3}$/, 'a partner code of 2–3 characters').optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE).openapi({ description: 'Clocks per page' }),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .superRefine(orderedRange('from', 'to'))
  .openapi('DeadlineQuery');

export const deadlineView = z
  .object({
    id: text,
    area: text,
    kind: text,
    title: text,
    dueDate: text,
    partnerCode: text.nullable(),
    entityType: text,
    entityId: text,
    link: text,
    source: text,
    overdue: z.boolean(),
    daysLeft: z.number().int(),
  })
  .openapi('Deadline');

export const deadlineListView = z
  .object({
    from: text,
    to: text,
    today: text,
    items: z.array(deadlineView),
    limit: z.number().int(),
    offset: z.number().int(),
    hasMore: z.boolean().openapi({ description: 'More clocks follow this page (ask again with offset + limit)' }),
    kinds: z
      .array(z.object({ area: text, kind: text, label: text }))
      .openapi({ description: 'The clocks you can see, for filters and legends' }),
  })
  .openapi('DeadlineList');

export const createFeedInput = z.object({ name: text.trim().min(1, 'required').max(80) }).openapi('CreateCalendarFeed');

export const calendarFeedView = z
  .object({
    id: text,
    name: text,
    prefix: text,
    createdAt: text,
    lastUsedAt: text.nullable(),
    revokedAt: text.nullable(),
  })
  .openapi('CalendarFeed');

export const createdFeedView = calendarFeedView
  .extend({ url: text.openapi({ description: 'The subscription address: shown once, keep it secret' }) })
  .openapi('CreatedCalendarFeed');
