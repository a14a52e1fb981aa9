import { createRoute } from '@hono/zod-openapi';
import { dbOf, principal } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { determineEdaRules } from './determination-service.ts';
import { edaDeterminationInput } from './model.ts';
import { edaDeterminationView } from './views.ts';

export const edaRoutes = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/eda/determinations',
    tags: ['Excess defense articles'],
    security,
    summary:
      'Is FAA 516(f) notice required before transferring these excess defense articles, and how many days? Values in whole US dollars',
    request: { body: jsonBody(edaDeterminationInput) },
    responses: { 200: json(edaDeterminationView, 'The determination'), ...standardErrors },
  }),
  async (c) => c.json(await determineEdaRules(dbOf(c), principal(c), c.req.valid('json')), 200),
);
