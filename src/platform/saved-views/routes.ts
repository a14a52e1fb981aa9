import { createRoute, z } from '@hono/zod-openapi';
import { AREAS, type AreaId } from '../access/areas.ts';
import { dbOf, principal } from '../http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../http/router.ts';
import { text } from '../schema/primitives.ts';
import { deleteView, listViews, savedViewInput, saveView } from './service.ts';

const tags = ['Saved views'];
const view = z.object({ id: text, area: text, name: text, query: text, createdAt: text }).openapi('SavedView');
const asView = <T extends { createdAt: Date; userId: string }>({ userId: _u, ...row }: T) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});
const areaIds = AREAS.map((a) => a.id) as [AreaId, ...AreaId[]];

export const savedViewRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/saved-views',
      tags,
      summary: 'My saved views of a list',
      security,
      request: { query: z.object({ area: z.enum(areaIds) }) },
      responses: { 200: json(z.array(view), 'Views'), ...standardErrors },
    }),
    async (c) => c.json((await listViews(dbOf(c), principal(c), c.req.valid('query').area)).map(asView), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/saved-views',
      tags,
      summary: "Save (or replace, by name) a view: the list's query string",
      security,
      request: { body: jsonBody(savedViewInput.openapi('SaveView')) },
      responses: { 201: json(view, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(asView(await saveView(dbOf(c), principal(c), c.req.valid('json'))), 201),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/saved-views/{id}',
      tags,
      summary: 'Delete one of my saved views',
      security,
      request: { params: z.object({ id: z.uuid() }) },
      responses: { 204: { description: 'Deleted' }, ...standardErrors },
    }),
    async (c) => {
      await deleteView(dbOf(c), principal(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
