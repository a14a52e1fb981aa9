import { z } from '@hono/zod-openapi';
import { AREAS } from '../access/areas.ts';
import { isIsoDate } from '../dates.ts';
import { orderedRange } from '../http/ranges.ts';

const isoDate = z.string().refine(isIsoDate, 'an ISO date (YYYY-MM-DD)');
/** The longest window one request may ask for: a calendar year and a bit, enough for a year view or a feed. */
export const MAX_WINDOW_DAYS = 400;
export const FEED_PATH = '/api/deadlines/feed.ics';

export const deadlineQuery = z
  .object({
    from: isoDate.optional().openapi({ description: 'First day (default today)', example: '2026-12-01' }),
    to: isoDate.optional().openapi({ description: 'Last day (default 90 days after `from`)', example: '2026-12-31' }),
    overdue: z.enum(['true', 'false']).default('true').openapi({ description: 'Also list clocks already past and still open' }),
    area: z.enum(AREAS.map((a) => a.id) as [string, ...string[]]).optional(),
    partner: z
      .string()
      .regex(/^[A-Z0-9]{2}$/, 'a two-character partner code')
      .optional(),
  })
  .superRefine(orderedRange('from', 'to'))
  .openapi('DeadlineQuery');

export const deadlineView = z
  .object({
    id: z.string(),
    area: z.string(),
    kind: z.string(),
    title: z.string(),
    dueDate: z.string(),
    partnerCode: z.string().nullable(),
    entityType: z.string(),
    entityId: z.string(),
    link: z.string(),
    source: z.string(),
    overdue: z.boolean(),
    daysLeft: z.number().int(),
  })
  .openapi('Deadline');

export const deadlineListView = z
  .object({
    from: z.string(),
    to: z.string(),
    today: z.string(),
    items: z.array(deadlineView),
    kinds: z
      .array(z.object({ area: z.string(), kind: z.string(), label: z.string() }))
      .openapi({ description: 'The clocks you can see, for filters and legends' }),
  })
  .openapi('DeadlineList');

export const createFeedInput = z.object({ name: z.string().trim().min(1, 'required').max(80) }).openapi('CreateCalendarFeed');

export const calendarFeedView = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('CalendarFeed');

export const createdFeedView = calendarFeedView
  .extend({ url: z.string().openapi({ description: 'The subscription address: shown once, keep it secret' }) })
  .openapi('CreatedCalendarFeed');
