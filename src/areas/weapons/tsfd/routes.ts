import { createRoute, z } from '@hono/zod-openapi';
import { downloadContent, downloadResponse } from '../../../platform/export/download.ts';
import { dbOf, principal, readDbOf } from '../../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../../platform/http/router.ts';
import { nporListQuery } from '../npor/model.ts';
import { exportNporRequests, exportTsfdRequests } from './exports.ts';
import {
  createPolicyInput,
  createTsfdRequestInput,
  determinationInput,
  linkInput,
  referInput,
  tsfdListQuery,
  tsfdPolicyView,
  tsfdRequestDetailView,
  tsfdRequestListView,
  withdrawInput,
} from './model.ts';
import {
  createTsfdPolicy,
  createTsfdRequest,
  getTsfdPolicy,
  getTsfdRequest,
  linkTsfdRequest,
  listTsfdPolicies,
  listTsfdRequests,
  recordDetermination,
  referTsfdRequest,
  systemOptions,
  withdrawTsfdRequest,
} from './tsfd-service.ts';

const tags = ['Weapons: TSFD'];
const id = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const reviewParams = id.extend({ reviewId: z.uuid().openapi({ param: { name: 'reviewId', in: 'path' } }) });
const detail = (description: string) => json(tsfdRequestDetailView, description);

/** Exports first, so that `export.csv` is not taken for a request's id. */
const exportRoutes = createRouter();
for (const format of ['csv', 'xlsx'] as const) {
  exportRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/weapons/tsfd-requests/export.${format}`,
      tags,
      security,
      summary: `TSFD requests as ${format.toUpperCase()} (same filters, scope and need-to-know as GET /weapons/tsfd-requests)`,
      request: { query: tsfdListQuery },
      responses: { 200: downloadContent(format, 'Every matching request'), ...standardErrors },
    }),
    async (c) => downloadResponse(await exportTsfdRequests(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
  );
  exportRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/weapons/npor-requests/export.${format}`,
      tags: ['Weapons: NPOR'],
      security,
      summary: `NPOR requests as ${format.toUpperCase()} (same filters and scope as GET /weapons/npor-requests)`,
      request: { query: nporListQuery },
      responses: { 200: downloadContent(format, 'Every matching request'), ...standardErrors },
    }),
    async (c) => downloadResponse(await exportNporRequests(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
  );
}

export const tsfdRoutes = createRouter()
  .route('/', exportRoutes)
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/tsfd-system-options',
      tags,
      security,
      summary: 'The weapons systems a TSFD request can name, with their technology areas',
      responses: {
        200: json(z.array(z.object({ id: z.string(), name: z.string(), technologyAreas: z.array(z.string()) })), 'Systems'),
        ...standardErrors,
      },
    }),
    async (c) => c.json(await systemOptions(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/tsfd-requests',
      tags,
      security,
      summary: 'TSFD requests of the partners in your scope (only with TSFD need-to-know)',
      request: { query: tsfdListQuery },
      responses: { 200: json(tsfdRequestListView, 'Requests'), ...standardErrors },
    }),
    async (c) => c.json(await listTsfdRequests(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/tsfd-requests',
      tags,
      security,
      summary: 'Record a Pre-LOR Assessment Request, which starts a TSFD request (DSCA 16-26, 25-16)',
      request: { body: jsonBody(createTsfdRequestInput) },
      responses: { 201: detail('Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await createTsfdRequest(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/tsfd-requests/{id}',
      tags,
      security,
      summary: 'One TSFD request with its reviews, conditions and the anticipatory policies covering the partner',
      request: { params: id },
      responses: { 200: detail('The request'), ...standardErrors },
    }),
    async (c) => c.json(await getTsfdRequest(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/tsfd-requests/{id}/reviews',
      tags,
      security,
      summary: 'Refer the request to a reviewing body or review process',
      request: { params: id, body: jsonBody(referInput) },
      responses: { 200: detail('Referred'), ...standardErrors },
    }),
    async (c) => c.json(await referTsfdRequest(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/tsfd-requests/{id}/reviews/{reviewId}/determination',
      tags,
      security,
      summary: "Record a reviewing body's determination: approved, approved with conditions, denied",
      request: { params: reviewParams, body: jsonBody(determinationInput) },
      responses: { 200: detail('Recorded'), ...standardErrors },
    }),
    async (c) => {
      const { id: requestId, reviewId } = c.req.valid('param');
      return c.json(await recordDetermination(dbOf(c), principal(c), requestId, reviewId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/tsfd-requests/{id}/withdrawal',
      tags,
      security,
      summary: 'Withdraw an open TSFD request, with the reason',
      request: { params: id, body: jsonBody(withdrawInput) },
      responses: { 200: detail('Withdrawn'), ...standardErrors },
    }),
    async (c) => c.json(await withdrawTsfdRequest(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/weapons/tsfd-requests/{id}/links',
      tags,
      security,
      summary: 'Link the request to the LOR and case that followed; approved conditions go into the LOA notes',
      request: { params: id, body: jsonBody(linkInput) },
      responses: { 200: detail('Linked'), ...standardErrors },
    }),
    async (c) => c.json(await linkTsfdRequest(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/tsfd-policies',
      tags,
      security,
      summary: 'Anticipatory TSFD policies for groups of countries (only with TSFD need-to-know)',
      responses: { 200: json(z.array(tsfdPolicyView), 'Policies'), ...standardErrors },
    }),
    async (c) => c.json(await listTsfdPolicies(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/weapons/tsfd-policies',
      tags,
      security,
      summary: 'Record an anticipatory policy for a group of countries',
      request: { body: jsonBody(createPolicyInput) },
      responses: { 201: json(tsfdPolicyView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await createTsfdPolicy(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/weapons/tsfd-policies/{id}',
      tags,
      security,
      summary: 'One anticipatory policy',
      request: { params: id },
      responses: { 200: json(tsfdPolicyView, 'The policy'), ...standardErrors },
    }),
    async (c) => c.json(await getTsfdPolicy(dbOf(c), principal(c), c.req.valid('param').id), 200),
  );
