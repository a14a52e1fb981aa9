import { createRoute, z } from '@hono/zod-openapi';
import { dbOf, principal } from '../../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../../platform/http/router.ts';
import {
  createNporRequestInput,
  nporListQuery,
  nporMoveInput,
  nporRequestListView,
  nporRequestView,
  nporTypeInput,
  nporTypeUpdate,
  nporTypeView,
} from './model.ts';
import {
  addNporType,
  createNporRequest,
  getNporRequest,
  listNporRequests,
  listNporTypes,
  moveNporRequest,
  updateNporType,
} from './npor-service.ts';

const tags = ['Weapons: NPOR'];
const id = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const code = z.object({
  code: z
    .string()
    .max(40)
    .openapi({ param: { name: 'code', in: 'path' } }),
});

export const nporRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/npor-types',
      tags,
      security,
      summary: 'The NPOR types an LOA line can carry (DSCA 21-50), kept by administrators',
      responses: { 200: json(z.array(nporTypeView), 'The list'), ...standardErrors },
    }),
    async (c) => c.json(await listNporTypes(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/npor-types',
      tags,
      security,
      summary: 'Add an NPOR type to the list (administrators)',
      request: { body: jsonBody(nporTypeInput) },
      responses: { 201: json(nporTypeView, 'Added'), ...standardErrors },
    }),
    async (c) => c.json(await addNporType(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/weapons/npor-types/{code}',
      tags,
      security,
      summary: 'Rename or retire an NPOR type (administrators)',
      request: { params: code, body: jsonBody(nporTypeUpdate) },
      responses: { 200: json(nporTypeView, 'Updated'), ...standardErrors },
    }),
    async (c) => c.json(await updateNporType(dbOf(c), principal(c), c.req.valid('param').code, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/npor-requests',
      tags,
      security,
      summary: 'NPOR requests of the partners in your scope',
      request: { query: nporListQuery },
      responses: { 200: json(nporRequestListView, 'Requests'), ...standardErrors },
    }),
    async (c) => c.json(await listNporRequests(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/npor-requests',
      tags,
      security,
      summary: 'Record an NPOR request',
      request: { body: jsonBody(createNporRequestInput) },
      responses: { 201: json(nporRequestView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await createNporRequest(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/npor-requests/{id}',
      tags,
      security,
      summary: 'One NPOR request',
      request: { params: id },
      responses: { 200: json(nporRequestView, 'The request'), ...standardErrors },
    }),
    async (c) => c.json(await getNporRequest(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/npor-requests/{id}/moves',
      tags,
      security,
      summary: 'Move an NPOR request: Community of Interest review, determination, negative LOR response, lead IA, funding, withdrawal',
      request: { params: id, body: jsonBody(nporMoveInput) },
      responses: { 200: json(nporRequestView, 'Moved'), ...standardErrors },
    }),
    async (c) => c.json(await moveNporRequest(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
