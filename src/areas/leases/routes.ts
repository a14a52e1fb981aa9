import { createRoute } from '@hono/zod-openapi';
import { dbOf, principal } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { determineLeaseRules } from './determination-service.ts';
import { leaseDeterminationInput } from './model.ts';
import { leaseDeterminationView } from './views.ts';

export const leaseRoutes = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/leases/determinations',
    tags: ['Leases'],
    security,
    summary:
      'AECA 62 certification, its review days and AECA 63 joint-resolution review for a proposed lease; a term beyond AECA 61 is refused (400). Values in whole US dollars',
    request: { body: jsonBody(leaseDeterminationInput) },
    responses: { 200: json(leaseDeterminationView, 'The determination'), ...standardErrors },
  }),
  async (c) => c.json(await determineLeaseRules(dbOf(c), principal(c), c.req.valid('json')), 200),
);
