import { createRoute, z } from '@hono/zod-openapi';
import { dbOf, principal } from '../../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../../platform/http/router.ts';
import { text } from '../../../platform/schema/primitives.ts';
import {
  addDrawdownDocument,
  addDrawdownLine,
  deliverDrawdownLine,
  linkReplacement,
  revalueDrawdownLine,
  transitionDrawdown,
} from './drawdown-moves.ts';
import { addDrawdownCap, createDrawdown, getDrawdown, listDrawdownCaps, listDrawdowns } from './drawdown-service.ts';
import {
  createDrawdownInput,
  deliveryInput,
  drawdownCapInput,
  drawdownDocumentInput,
  drawdownLineInput,
  drawdownListQuery,
  drawdownTransitionInput,
  replacementInput,
  revaluationInput,
} from './model.ts';
import { drawdownCapView, drawdownListView, drawdownView } from './views.ts';

const tags = ['Drawdowns'];
const id = z.object({
  id: text
    .min(1)
    .max(60)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Drawdown id or reference' }),
});
const lineParams = id.extend({ lineId: z.uuid().openapi({ param: { name: 'lineId', in: 'path' } }) });

const post = <P extends z.ZodObject, B extends z.ZodType>(path: string, summary: string, params: P, body: B) =>
  createRoute({
    method: 'post',
    path,
    tags,
    security,
    summary,
    request: { params, body: jsonBody(body) },
    responses: { 200: json(drawdownView, 'The drawdown as it now stands'), ...standardErrors },
  });

const BASE = '/special-programs/drawdowns';

export const drawdownRoutes = () =>
  createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/special-programs/drawdown-caps',
        tags,
        security,
        summary: 'The caps on drawdown authorities, dated, with their sources',
        responses: { 200: json(z.object({ items: z.array(drawdownCapView) }), 'Caps'), ...standardErrors },
      }),
      async (c) => c.json(await listDrawdownCaps(dbOf(c), principal(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/special-programs/drawdown-caps',
        tags,
        security,
        summary: 'Record a cap (administrators): an authority’s, or an appropriation act’s, with its source',
        request: { body: jsonBody(drawdownCapInput) },
        responses: { 201: json(drawdownCapView, 'The cap'), ...standardErrors },
      }),
      async (c) => c.json(await addDrawdownCap(dbOf(c), principal(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: BASE,
        tags,
        security,
        summary: 'Presidential drawdowns within your scope, each with its derived value',
        request: { query: drawdownListQuery },
        responses: { 200: json(drawdownListView, 'Drawdowns'), ...standardErrors },
      }),
      async (c) => c.json(await listDrawdowns(dbOf(c), principal(c), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: BASE,
        tags,
        security,
        summary: 'A drawdown under its authority, from its justification',
        request: { body: jsonBody(createDrawdownInput) },
        responses: { 201: json(drawdownView, 'The drawdown'), ...standardErrors },
      }),
      async (c) => c.json(await createDrawdown(dbOf(c), principal(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `${BASE}/{id}`,
        tags,
        security,
        summary: 'One drawdown: determination, assessments, execute order, values by method, delivery, replacements',
        request: { params: id },
        responses: { 200: json(drawdownView, 'The drawdown'), ...standardErrors },
      }),
      async (c) => c.json(await getDrawdown(dbOf(c), principal(c), c.req.valid('param').id), 200),
    )
    .openapi(
      post(`${BASE}/{id}/documents`, 'Put the justification package or an assessment on file', id, drawdownDocumentInput),
      async (c) => c.json(await addDrawdownDocument(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      post(
        `${BASE}/{id}/transitions`,
        'Record the Presidential Determination, execute (assessments on file or a waiver with its reason) or cancel',
        id,
        drawdownTransitionInput,
      ),
      async (c) => c.json(await transitionDrawdown(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      post(`${BASE}/{id}/lines`, 'Add an execute-order line (within the determination’s ceiling)', id, drawdownLineInput),
      async (c) => c.json(await addDrawdownLine(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      post(
        `${BASE}/{id}/lines/{lineId}/revaluations`,
        'Revalue a line (method and value, with reason and memo)',
        lineParams,
        revaluationInput,
      ),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await revalueDrawdownLine(dbOf(c), principal(c), p.id, p.lineId, c.req.valid('json')), 200);
      },
    )
    .openapi(
      post(`${BASE}/{id}/lines/{lineId}/delivery`, 'Record delivery and title transfer (DSCA 24-40)', lineParams, deliveryInput),
      async (c) => {
        const p = c.req.valid('param');
        return c.json(await deliverDrawdownLine(dbOf(c), principal(c), p.id, p.lineId, c.req.valid('json')), 200);
      },
    )
    .openapi(post(`${BASE}/{id}/replacements`, 'Link a replacement appropriation', id, replacementInput), async (c) =>
      c.json(await linkReplacement(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
