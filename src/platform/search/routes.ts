import { createRoute } from '@hono/zod-openapi';
import { dbOf, principal } from '../http/context.ts';
import { createRouter, json, security, standardErrors } from '../http/router.ts';
import { searchQuery, searchResultView } from './model.ts';
import { search } from './service.ts';
import type { SearchSource } from './source.ts';

/** The global search over the kinds of record the areas declare (`sources`, wired at start-up). */
export const searchRoutes = (sources: readonly SearchSource[]) =>
  createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/search',
      tags: ['Search'],
      security,
      summary: 'Search every area you may read at once, results grouped by kind of record (out-of-scope and withheld records never match)',
      request: { query: searchQuery },
      responses: { 200: json(searchResultView, 'Matches by kind'), ...standardErrors },
    }),
    async (c) => c.json(await search(dbOf(c), sources, principal(c), c.req.valid('query')), 200),
  );
