import { createRoute, z } from '@hono/zod-openapi';
import { downloadContent, downloadResponse } from '../../platform/export/download.ts';
import { EXPORT_TYPES, type ExportFormat } from '../../platform/export/sheet-stream.ts';
import { dbOf, principal, readDbOf } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { ceilingView as ceiling } from './ceiling-service.ts';
import { createDeclaration, getDeclaration, listDeclarations } from './declaration-service.ts';
import { determineEdaRules } from './determination-service.ts';
import { exportRequests } from './exports.ts';
import {
  ceilingQuery,
  createDeclarationInput,
  createRequestInput,
  declarationListQuery,
  edaDeterminationInput,
  linkCaseInput,
  officeInput,
  requestListQuery,
  requestTransitionInput,
  reviewInput,
  setValueInput,
  updateRequestInput,
} from './model.ts';
import { createRequest, getRequest, linkRequestCase, listRequests, setRequestValue, updateRequest } from './request-service.ts';
import { addOffice, listOffices, recordReview } from './review-service.ts';
import {
  ceilingView,
  declarationListView,
  declarationView,
  edaDeterminationView,
  officeView,
  requestListView,
  requestView,
} from './views.ts';
import { transitionRequest } from './workflow-service.ts';

const tags = ['Excess defense articles'];
const id = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const edaExportRoutes = createRouter();
for (const format of ['csv', 'xlsx'] as const) {
  edaExportRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/eda/requests/export.${format}`,
      tags,
      security,
      summary: `The public EDA list as ${format.toUpperCase()} (same filters and scope as GET /eda/requests)`,
      request: { query: requestListQuery },
      responses: { 200: downloadContent(format, 'Every matching request'), ...standardErrors },
    }),
    async (c) => downloadResponse(await exportRequests(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
  );
}

export const edaRoutes = createRouter()
  .route('/', edaExportRoutes)
  .openapi(
    createRoute({
      method: 'post',
      path: '/eda/determinations',
      tags,
      security,
      summary:
        'Is FAA 516(f) notice required before transferring these excess defense articles, and how many days? Values in whole US dollars',
      request: { body: jsonBody(edaDeterminationInput) },
      responses: { 200: json(edaDeterminationView, 'The determination'), ...standardErrors },
    }),
    async (c) => c.json(await determineEdaRules(dbOf(c), principal(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eda/declarations',
      tags,
      security,
      summary: 'Articles military departments declared excess',
      request: { query: declarationListQuery },
      responses: { 200: json(declarationListView, 'Declarations'), ...standardErrors },
    }),
    async (c) => c.json(await listDeclarations(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eda/declarations',
      tags,
      security,
      summary: 'Record an excess declaration',
      request: { body: jsonBody(createDeclarationInput) },
      responses: { 201: json(declarationView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await createDeclaration(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eda/declarations/{id}',
      tags,
      security,
      summary: 'One declaration, with what is still unallocated',
      request: { params: id },
      responses: { 200: json(declarationView, 'The declaration'), ...standardErrors },
    }),
    async (c) => c.json(await getDeclaration(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eda/requests',
      tags,
      security,
      summary: 'EDA requests of the partners in your scope',
      request: { query: requestListQuery },
      responses: { 200: json(requestListView, 'Requests'), ...standardErrors },
    }),
    async (c) => c.json(await listRequests(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eda/requests',
      tags,
      security,
      summary: 'Record a partner’s request against a declaration (grant under FAA 516 or sale under AECA 21)',
      request: { body: jsonBody(createRequestInput) },
      responses: { 201: json(requestView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await createRequest(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eda/requests/{id}',
      tags,
      security,
      summary: 'One request: its review rounds, the FAA 516(f) notice and the authorization',
      request: { params: id },
      responses: { 200: json(requestView, 'The request'), ...standardErrors },
    }),
    async (c) => c.json(await getRequest(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/eda/requests/{id}',
      tags,
      security,
      summary: 'Change a request’s terms before its review (version required)',
      request: { params: id, body: jsonBody(updateRequestInput) },
      responses: { 200: json(requestView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateRequest(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/eda/requests/{id}/value',
      tags,
      security,
      summary: 'Set the current value as a share (5–50%) of original acquisition value, with the reason',
      request: { params: id, body: jsonBody(setValueInput) },
      responses: { 200: json(requestView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await setRequestValue(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/eda/requests/{id}/case',
      tags,
      security,
      summary: 'Link the case (LOA) the articles are delivered on, or unlink it (null)',
      request: { params: id, body: jsonBody(linkCaseInput) },
      responses: { 200: json(requestView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await linkRequestCase(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eda/requests/{id}/transitions',
      tags,
      security,
      summary: 'Move a request along: propose, allocate, submit for review, resubmit, Committee decision, authorize, transfer, withdraw',
      request: { params: id, body: jsonBody(requestTransitionInput) },
      responses: { 200: json(requestView, 'Moved'), ...standardErrors },
    }),
    async (c) => c.json(await transitionRequest(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eda/requests/{id}/reviews',
      tags,
      security,
      summary: 'Record a reviewing office’s concurrence or objection in the current round',
      request: { params: id, body: jsonBody(reviewInput) },
      responses: { 200: json(requestView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await recordReview(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eda/review-offices',
      tags,
      security,
      summary: 'The offices of the interagency review',
      responses: { 200: json(z.array(officeView), 'Offices'), ...standardErrors },
    }),
    async (c) => c.json(await listOffices(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eda/review-offices',
      tags,
      security,
      summary: 'Add a reviewing office (administrators)',
      request: { body: jsonBody(officeInput) },
      responses: { 201: json(officeView, 'Added'), ...standardErrors },
    }),
    async (c) => c.json(await addOffice(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eda/ceiling',
      tags,
      security,
      summary: 'The FAA 516(g) annual grant ceiling per fiscal year: the figure, what is authorised, what is left',
      request: { query: ceilingQuery },
      responses: { 200: json(z.array(ceilingView), 'Fiscal years'), ...standardErrors },
    }),
    async (c) => c.json(await ceiling(dbOf(c), principal(c), c.req.valid('query')), 200),
  );
