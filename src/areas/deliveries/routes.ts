import { createRoute, z } from '@hono/zod-openapi';
import { downloadContent, downloadResponse } from '../../platform/export/download.ts';
import { dbOf, principal, readDbOf } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { exportShipments, exportTimeliness } from './exports.ts';
import {
  acceptanceInput,
  createShipmentInput,
  delayReasonInput,
  discrepancyInput,
  fadInput,
  milestoneInput,
  receiptInput,
  resolveDiscrepancyInput,
  shipmentListQuery,
  timelinessQuery,
} from './model.ts';
import {
  acceptShipment,
  listDelayReasons,
  receiveShipment,
  reportDiscrepancy,
  resolveDiscrepancy,
  saveDelayReason,
} from './receipt-service.ts';
import { deliveryDashboard, timeliness } from './report-service.ts';
import { createShipment, getFad, getShipment, handOffSites, listShipments, setFad, updateMilestone } from './shipment-service.ts';
import { dashboardView, delayReasonsView, eumSitesView, fadView, shipmentListView, shipmentView, timelinessView } from './views.ts';

const tags = ['Deliveries'];
const id = z.object({
  id: text
    .min(1)
    .max(60)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Shipment id or number (SHP-000001)' }),
});
const discrepancyId = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const dashboardQuery = z.object({ partner: text.regex(/^[A-Z0-9]{2,3}$/, 'a customer code').optional() });

const exportRoutes = createRouter();
for (const format of ['csv', 'xlsx'] as const) {
  exportRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/deliveries/shipments/export.${format}`,
      tags,
      security,
      summary: `The shipment list as ${format.toUpperCase()} (same filters and scope as GET /deliveries/shipments; never the F/AD)`,
      request: { query: shipmentListQuery },
      responses: { 200: downloadContent(format, 'Every matching shipment'), ...standardErrors },
    }),
    async (c) => downloadResponse(await exportShipments(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
  );
  exportRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/deliveries/timeliness/export.${format}`,
      tags,
      security,
      summary: `The quarterly delivery timeliness report as ${format.toUpperCase()}`,
      request: { query: timelinessQuery },
      responses: { 200: downloadContent(format, 'The report'), ...standardErrors },
    }),
    async (c) => downloadResponse(await exportTimeliness(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
  );
}

type Out<T> = T;
const out = <T>(value: unknown) => value as Out<T>;

export const deliveryRoutes = createRouter()
  .route('/', exportRoutes)
  .openapi(
    createRoute({
      method: 'get',
      path: '/deliveries/delay-reasons',
      tags,
      security,
      summary: 'The reason codes a slipped date is explained by (administrator-kept)',
      responses: { 200: json(delayReasonsView, 'Reasons'), ...standardErrors },
    }),
    async (c) => c.json(await listDelayReasons(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/deliveries/delay-reasons',
      tags,
      security,
      summary: 'Add a delay reason code, or rename and reactivate one (administrators)',
      request: { body: jsonBody(delayReasonInput) },
      responses: { 200: json(delayReasonsView, 'Reasons'), ...standardErrors },
    }),
    async (c) => c.json(await saveDelayReason(dbOf(c), principal(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/deliveries/dashboard',
      tags,
      security,
      summary:
        'Late shipments with causes, lines awaiting acceptance, receipts not confirmed in 30 days, money expiring with undelivered lines',
      request: { query: dashboardQuery },
      responses: { 200: json(dashboardView, 'The dashboard'), ...standardErrors },
    }),
    async (c) =>
      c.json(out<z.infer<typeof dashboardView>>(await deliveryDashboard(dbOf(c), principal(c), c.req.valid('query').partner ?? null)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/deliveries/timeliness',
      tags,
      security,
      summary: 'Estimated against actual delivery per fiscal quarter, by program, partner, implementing agency and cause',
      request: { query: timelinessQuery },
      responses: { 200: json(timelinessView, 'The report'), ...standardErrors },
    }),
    async (c) => c.json(await timeliness(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/deliveries/shipments',
      tags,
      security,
      summary: 'Shipments within your scope, filtered (never the F/AD)',
      request: { query: shipmentListQuery },
      responses: { 200: json(shipmentListView, 'Shipments'), ...standardErrors },
    }),
    async (c) => c.json(out<z.infer<typeof shipmentListView>>(await listShipments(dbOf(c), principal(c), c.req.valid('query'))), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/deliveries/shipments',
      tags,
      security,
      summary:
        'Plan a shipment of an implemented case’s lines: quantities, serial numbers of EEUM lines, Transportation Plan, planned dates',
      request: { body: jsonBody(createShipmentInput) },
      responses: { 201: json(shipmentView, 'Planned'), ...standardErrors },
    }),
    async (c) => c.json(out<z.infer<typeof shipmentView>>(await createShipment(dbOf(c), principal(c), c.req.valid('json'))), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/deliveries/shipments/{id}',
      tags,
      security,
      summary: 'One shipment: lines, serials, milestones, slips, receipts, acceptances, discrepancies',
      request: { params: id },
      responses: { 200: json(shipmentView, 'The shipment'), ...standardErrors },
    }),
    async (c) => c.json(out<z.infer<typeof shipmentView>>(await getShipment(dbOf(c), principal(c), c.req.valid('param').id)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/deliveries/shipments/{id}/milestones',
      tags,
      security,
      summary: 'Move a planned date or record an actual date; a later date is a slip and needs a reason code and a note',
      request: { params: id, body: jsonBody(milestoneInput) },
      responses: { 200: json(shipmentView, 'Recorded'), ...standardErrors },
    }),
    async (c) =>
      c.json(
        out<z.infer<typeof shipmentView>>(await updateMilestone(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/deliveries/shipments/{id}/receipts',
      tags,
      security,
      summary: 'Record the partner’s receipt (quantities, document; EEUM serials checked against the shipment: 409 naming a mismatch)',
      request: { params: id, body: jsonBody(receiptInput) },
      responses: { 200: json(shipmentView, 'Received'), ...standardErrors },
    }),
    async (c) =>
      c.json(
        out<z.infer<typeof shipmentView>>(await receiveShipment(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/deliveries/shipments/{id}/acceptances',
      tags,
      security,
      summary: 'Record the partner’s acceptance; accepted EEUM serials become end-use monitored items in the same transaction',
      request: { params: id, body: jsonBody(acceptanceInput) },
      responses: { 200: json(shipmentView, 'Accepted'), ...standardErrors },
    }),
    async (c) =>
      c.json(
        out<z.infer<typeof shipmentView>>(await acceptShipment(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/deliveries/shipments/{id}/discrepancies',
      tags,
      security,
      summary: 'Report a supply or transportation discrepancy on a received line (reviewed from $200, refused after one year)',
      request: { params: id, body: jsonBody(discrepancyInput) },
      responses: { 200: json(shipmentView, 'Reported'), ...standardErrors },
    }),
    async (c) =>
      c.json(
        out<z.infer<typeof shipmentView>>(await reportDiscrepancy(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/deliveries/discrepancies/{id}/resolution',
      tags,
      security,
      summary: 'Resolve a discrepancy under review',
      request: { params: discrepancyId, body: jsonBody(resolveDiscrepancyInput) },
      responses: { 200: json(shipmentView, 'Resolved'), ...standardErrors },
    }),
    async (c) =>
      c.json(
        out<z.infer<typeof shipmentView>>(await resolveDiscrepancy(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/deliveries/shipments/{id}/eum-sites',
      tags,
      security,
      summary: 'The partner’s end-use monitoring storage sites, where the accepted EEUM items of this shipment may go',
      request: { params: id },
      responses: { 200: json(eumSitesView, 'Sites'), ...standardErrors },
    }),
    async (c) => c.json(await handOffSites(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/deliveries/shipments/{id}/fad',
      tags,
      security,
      summary: 'The shipment’s force/activity designator alone (fad-pairing need-to-know; never with a country, DSCA 00-09)',
      request: { params: id },
      responses: { 200: json(fadView, 'The F/AD'), ...standardErrors },
    }),
    async (c) => c.json(await getFad(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/deliveries/shipments/{id}/fad',
      tags,
      security,
      summary: 'Record or change the shipment’s F/AD (fad-pairing need-to-know); the audit log keeps that it changed, not the value',
      request: { params: id, body: jsonBody(fadInput) },
      responses: { 200: json(z.object({ recorded: z.literal(true) }), 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await setFad(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
