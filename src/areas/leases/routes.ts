import { createRoute, z } from '@hono/zod-openapi';
import { downloadContent, downloadResponse } from '../../platform/export/download.ts';
import { EXPORT_TYPES } from '../../platform/export/sheet-stream.ts';
import { dbOf, principal, readDbOf } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { determineLeaseRules } from './determination-service.ts';
import { exportLeases } from './exports.ts';
import {
  createLeaseInput,
  leaseListQuery,
  leaseTransitionInput,
  receivePaymentInput,
  renewLeaseInput,
  schedulePaymentInput,
  updateLeaseInput,
} from './lease-model.ts';
import { receivePayment, renewLease, schedulePayment, transitionLease } from './lease-moves.ts';
import { createLease, getLease, listLeases, updateLease } from './lease-service.ts';
import { leaseListView, leaseView } from './lease-views.ts';
import { leaseDeterminationInput } from './model.ts';
import { leaseDeterminationView } from './views.ts';

const tags = ['Leases'];
const id = z.object({
  id: text
    .min(1)
    .max(60)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Lease id or designator' }),
});
const paymentParams = id.extend({ paymentId: z.uuid().openapi({ param: { name: 'paymentId', in: 'path' } }) });

const leaseExportRoutes = createRouter();
for (const format of ['csv', 'xlsx'] as const) {
  leaseExportRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/leases/export.${format}`,
      tags,
      security,
      summary: `The lease list as ${format.toUpperCase()} (same filters and scope as GET /leases)`,
      request: { query: leaseListQuery },
      responses: {
        200: downloadContent(format, 'Every matching lease'),
        ...standardErrors,
      },
    }),
    async (c) => {
      const out = await exportLeases(readDbOf(c), principal(c), c.req.valid('query'), format);
      return downloadResponse(out, format) as never;
    },
  );
}

export const leaseRoutes = createRouter()
  .route('/', leaseExportRoutes)
  .openapi(
    createRoute({
      method: 'post',
      path: '/leases/determinations',
      tags,
      security,
      summary:
        'AECA 62 certification, its review days and AECA 63 joint-resolution review for a proposed lease; a term beyond AECA 61 is refused (400). Values in whole US dollars',
      request: { body: jsonBody(leaseDeterminationInput) },
      responses: { 200: json(leaseDeterminationView, 'The determination'), ...standardErrors },
    }),
    async (c) => c.json(await determineLeaseRules(dbOf(c), principal(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/leases',
      tags,
      security,
      summary: 'Lease agreements within your scope, filtered',
      request: { query: leaseListQuery },
      responses: { 200: json(leaseListView, 'Leases'), ...standardErrors },
    }),
    async (c) => c.json(await listLeases(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/leases',
      tags,
      security,
      summary: 'Draft a lease (AECA 61): articles, Schedule A values, the certification fields (SAMM Fig C11.F8), schedule',
      request: { body: jsonBody(createLeaseInput) },
      responses: { 201: json(leaseView, 'Drafted'), ...standardErrors },
    }),
    async (c) => c.json(await createLease(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/leases/{id}',
      tags,
      security,
      summary: 'One lease: articles, determination with reasons, certification notice, schedule, renewals',
      request: { params: id },
      responses: { 200: json(leaseView, 'The lease'), ...standardErrors },
    }),
    async (c) => c.json(await getLease(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/leases/{id}',
      tags,
      security,
      summary: 'Change a draft lease (version required); the determination is made again',
      request: { params: id, body: jsonBody(updateLeaseInput) },
      responses: { 200: json(leaseView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateLease(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/leases/{id}/transitions',
      tags,
      security,
      summary:
        'Move a lease: certify (creates the AECA 62(a) notice), end_period, sign (409 before the certification period ends), deliver, return, close, terminate',
      request: { params: id, body: jsonBody(leaseTransitionInput) },
      responses: { 200: json(leaseView, 'Moved'), ...standardErrors },
    }),
    async (c) => c.json(await transitionLease(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/leases/{id}/renewals',
      tags,
      security,
      summary: 'Extend or renew a signed or active lease: a new draft lease, checked again, linked to this one',
      request: { params: id, body: jsonBody(renewLeaseInput) },
      responses: { 201: json(leaseView, 'The renewal (a draft)'), ...standardErrors },
    }),
    async (c) => c.json(await renewLease(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/leases/{id}/payments',
      tags,
      security,
      summary: 'Add a payment to the schedule (not beyond the total rental value)',
      request: { params: id, body: jsonBody(schedulePaymentInput) },
      responses: { 200: json(leaseView, 'Scheduled'), ...standardErrors },
    }),
    async (c) => c.json(await schedulePayment(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/leases/{id}/payments/{paymentId}/receipts',
      tags,
      security,
      summary: 'Record rental received against a scheduled payment',
      request: { params: paymentParams, body: jsonBody(receivePaymentInput) },
      responses: { 200: json(leaseView, 'Recorded'), ...standardErrors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await receivePayment(dbOf(c), principal(c), p.id, p.paymentId, c.req.valid('json')), 200);
    },
  );
