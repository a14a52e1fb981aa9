import { createRoute, z } from '@hono/zod-openapi';
import { addDays, todayIso } from '../dates.ts';
import { clientIp } from '../http/client.ts';
import { dbOf, principal, throttleOf } from '../http/context.ts';
import { unauthenticated } from '../http/errors.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../http/router.ts';
import { text } from '../schema/primitives.ts';
import { createCalendarFeed, feedPrincipal, listCalendarFeeds, revokeCalendarFeed } from './feed-service.ts';
import { deadlinesCalendar } from './ical.ts';
import { calendarFeedView, createdFeedView, createFeedInput, deadlineListView, deadlineQuery, FEED_PATH } from './model.ts';
import { deadlineCalendar } from './service.ts';
import type { DeadlineSourceDef } from './source.ts';

const tags = ['Deadlines'];
/** How far ahead a subscribed calendar looks; overdue clocks are always included. */
const FEED_DAYS_AHEAD = 365;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const feedView = (r: Awaited<ReturnType<typeof listCalendarFeeds>>[number]) => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  lastUsedAt: iso(r.lastUsedAt),
  revokedAt: iso(r.revokedAt),
});

/** The calendar over the clocks the areas declare (`sources`, wired at start-up). */
export const deadlineRoutes = (sources: readonly DeadlineSourceDef[]) =>
  createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/deadlines',
        tags,
        security,
        summary: "Every area's open statutory and policy clocks in a window, within your scope (overdue ones too, unless overdue=false)",
        request: { query: deadlineQuery },
        responses: { 200: json(deadlineListView, 'Deadlines, earliest first'), ...standardErrors },
      }),
      async (c) => {
        const q = c.req.valid('query');
        return c.json(await deadlineCalendar(dbOf(c), sources, principal(c), { ...q, overdue: q.overdue === 'true' }), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/deadlines/feeds',
        tags,
        security,
        summary: 'My calendar subscriptions (never the secret addresses)',
        responses: { 200: json(z.array(calendarFeedView), 'Feeds'), ...standardErrors },
      }),
      async (c) => c.json((await listCalendarFeeds(dbOf(c), principal(c))).map(feedView), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/deadlines/feeds',
        tags,
        security,
        summary: 'Create a calendar subscription address (iCalendar); the address is in this response only',
        request: { body: jsonBody(createFeedInput) },
        responses: { 201: json(createdFeedView, 'Created'), ...standardErrors },
      }),
      async (c) => {
        const created = await createCalendarFeed(dbOf(c), principal(c), c.req.valid('json'));
        const url = `${new URL(c.req.url).origin}${FEED_PATH}?token=${created.token}`;
        return c.json(
          {
            id: created.id,
            name: created.name,
            prefix: created.prefix,
            createdAt: created.createdAt.toISOString(),
            lastUsedAt: null,
            revokedAt: null,
            url,
          },
          201,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/deadlines/feeds/{id}',
        tags,
        security,
        summary: 'Revoke a calendar subscription',
        request: { params: z.object({ id: z.uuid() }) },
        responses: { 204: { description: 'Revoked' }, ...standardErrors },
      }),
      async (c) => {
        await revokeCalendarFeed(dbOf(c), principal(c), c.req.valid('param').id);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/deadlines/feed.ics',
        tags,
        summary:
          "A calendar program's subscription: the owner's deadlines (overdue and the next year) as iCalendar; authenticated by the secret token in the address",
        request: { query: z.object({ token: text.min(1).max(200) }) },
        responses: {
          200: { description: 'iCalendar', content: { 'text/calendar': { schema: text } } },
          400: standardErrors[400],
          401: standardErrors[401],
        },
      }),
      async (c) => {
        const db = dbOf(c);
        const owner = await feedPrincipal(db, c.req.valid('query').token);
        if (!owner) {
          await throttleOf(c).tokenFailed(clientIp(c, c.get('deps').config));
          throw unauthenticated('This calendar address is unknown or revoked; create a new one in IOPS');
        }
        const today = todayIso();
        const { items } = await deadlineCalendar(
          db,
          sources,
          owner,
          { overdue: true, from: today, to: addDays(today, FEED_DAYS_AHEAD) },
          today,
        );
        const body = deadlinesCalendar(items, { baseUrl: new URL(c.req.url).origin, owner: owner.displayName });
        return c.body(body, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, max-age=300' });
      },
    );
