import { createRoute, z } from '@hono/zod-openapi';
import { todayIso } from '../../../platform/dates.ts';
import { dbOf, principal } from '../../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../../platform/http/router.ts';
import { text } from '../../../platform/schema/primitives.ts';
import type { ObligationGate } from '../../funds/public.ts';
import { addDccDocument, disburseDcc, markDccChecklist, transitionDcc } from './dcc-moves.ts';
import { createDcc, getDcc, listDcc } from './dcc-service.ts';
import { addDccDocumentInput, createDccInput, dccChecklistInput, dccDisbursementInput, dccListQuery, dccTransitionInput } from './model.ts';
import { dccListView, dccView } from './views.ts';

const tags = ['FMF/DCC'];
const id = z.object({
  id: text
    .min(1)
    .max(60)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'DCC request id or reference' }),
});

const post = <B extends z.ZodType>(path: string, summary: string, body: B) =>
  createRoute({
    method: 'post',
    path,
    tags,
    security,
    summary,
    request: { params: id, body: jsonBody(body) },
    responses: { 200: json(dccView, 'The request as it now stands'), ...standardErrors },
  });

export const dccRoutes = (gates: readonly ObligationGate[]) =>
  createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/special-programs/dcc',
        tags,
        security,
        summary: 'FMF/DCC financing requests within your scope',
        request: { query: dccListQuery },
        responses: { 200: json(dccListView, 'Requests'), ...standardErrors },
      }),
      async (c) => c.json(await listDcc(dbOf(c), principal(c), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/special-programs/dcc',
        tags,
        security,
        summary: 'A request to finance a direct commercial contract with FMF; the guidelines edition in force on the award date governs',
        request: { body: jsonBody(createDccInput) },
        responses: { 201: json(dccView, 'The request, a draft'), ...standardErrors },
      }),
      async (c) => c.json(await createDcc(dbOf(c), principal(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/special-programs/dcc/{id}',
        tags,
        security,
        summary: 'One request: contract, documents against its edition, checklist, decision and disbursements',
        request: { params: id },
        responses: { 200: json(dccView, 'The request'), ...standardErrors },
      }),
      async (c) => c.json(await getDcc(dbOf(c), principal(c), c.req.valid('param').id), 200),
    )
    .openapi(post('/special-programs/dcc/{id}/documents', 'Put a document on file', addDccDocumentInput), async (c) =>
      c.json(await addDccDocument(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      post('/special-programs/dcc/{id}/checklist', 'Tick or untick an item of DSCA’s review checklist', dccChecklistInput),
      async (c) => c.json(await markDccChecklist(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      post(
        '/special-programs/dcc/{id}/transitions',
        'Submit, approve (an amount within U.S. content), reject, withdraw or reopen',
        dccTransitionInput,
      ),
      async (c) => c.json(await transitionDcc(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      post(
        '/special-programs/dcc/{id}/disbursements',
        'An advance request to DFAS (≥ 15 business days ahead, U.S.-flag attested), obligated from the partner’s FMF',
        dccDisbursementInput,
      ),
      async (c) => c.json(await disburseDcc(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json'), todayIso(), gates), 200),
    );
