import { createRoute } from '@hono/zod-openapi';
import { todayIso } from '../dates.ts';
import type { DeadlineSourceDef } from '../deadlines/source.ts';
import { dbOf, principal } from '../http/context.ts';
import { createRouter, json, security, standardErrors } from '../http/router.ts';
import { myWorkView } from './model.ts';
import { myWork } from './service.ts';
import type { WorkQueue } from './source.ts';

/** The home page's counts: what waits on the signed-in user, each linking to the list it counts. */
export const workRoutes = (queues: readonly WorkQueue[], deadlineSources: readonly DeadlineSourceDef[]) =>
  createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/my-work',
      tags: ['Home'],
      security,
      summary: 'What waits on me: per area I work in, the records needing my action, and the clocks of the week',
      responses: { 200: json(myWorkView, 'Counts, each with the list it counts'), ...standardErrors },
    }),
    async (c) => c.json(await myWork(dbOf(c), queues, deadlineSources, principal(c), todayIso()), 200),
  );
