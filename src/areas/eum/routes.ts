import { createRoute, z } from '@hono/zod-openapi';
import { downloadContent, downloadResponse } from '../../platform/export/download.ts';
import { EXPORT_TYPES, type ExportFormat } from '../../platform/export/sheet-stream.ts';
import { dbOf, principal, readDbOf } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { complianceView as compliance } from './compliance-service.ts';
import { listDiscrepancies, resolveDiscrepancy } from './discrepancy-service.ts';
import { exportCompliance, exportExpected, exportItems } from './exports.ts';
import { eumImportRoutes } from './import-routes.ts';
import {
  createIncident,
  getIncident,
  listIncidents,
  raiseIncidentFromDiscrepancy,
  transitionIncident,
  updateIncident,
} from './incident-service.ts';
import { createInventory, getInventory, listInventories, transitionInventory } from './inventory-service.ts';
import { changeItemStatus, createItem, getItem, listItems } from './item-service.ts';
import {
  certificationInput,
  complianceQuery,
  createItemInput,
  discrepancyListQuery,
  discrepancyResolutionInput,
  followUpDoneInput,
  incidentInput,
  incidentListQuery,
  incidentTransitionInput,
  inventoryInput,
  inventoryListQuery,
  inventoryTransitionInput,
  itemListQuery,
  itemStatusInput,
  itemTypeInput,
  raiseIncidentInput,
  revokeCertificationInput,
  siteInput,
  updateCertificationInput,
  updateIncidentInput,
  updateSiteInput,
  updateVisitInput,
  visitInput,
  visitListQuery,
} from './model.ts';
import { revokeCertification, updateCertification, updateSite } from './site-edit-service.ts';
import { addCertification, addItemType, createSite, listCertifications, listItemTypes, listSites } from './site-service.ts';
import {
  certificationView,
  complianceView,
  discrepancyListView,
  discrepancyView,
  incidentListView,
  incidentView,
  inventoryListView,
  inventoryView,
  itemListView,
  itemTypeView,
  itemView,
  siteView,
  visitListView,
  visitView,
} from './views.ts';
import { completeFollowUp, createVisit, getVisit, listVisits, updateVisit } from './visit-service.ts';

const tags = ['End-use monitoring'];
const id = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const findingParams = id.extend({
  index: z.coerce
    .number()
    .int()
    .min(0)
    .max(199)
    .openapi({ param: { name: 'index', in: 'path' }, description: "The finding's position in the visit (from 0)" }),
});
const partnerQuery = z.object({ partner: text.optional() });

/** Downloads, one literal path per format (CSV and XLSX), as the case-writing exports do. */
const eumExportRoutes = createRouter();
for (const format of ['csv', 'xlsx'] as const) {
  const upper = format.toUpperCase();
  eumExportRoutes
    .openapi(
      createRoute({
        method: 'get',
        path: `/eum/items/export.${format}`,
        tags,
        security,
        summary: `The item list as ${upper} (same filters and scope as GET /eum/items)`,
        request: { query: itemListQuery },
        responses: { 200: downloadContent(format, 'Every matching item'), ...standardErrors },
      }),
      async (c) => downloadResponse(await exportItems(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `/eum/inventories/{id}/expected.${format}`,
        tags,
        security,
        summary: `The expected list as ${upper} (scan it back in)`,
        request: { params: id },
        responses: { 200: downloadContent(format, 'The expected list'), ...standardErrors },
      }),
      async (c) => downloadResponse(await exportExpected(readDbOf(c), principal(c), c.req.valid('param').id, format), format) as never,
    )
    .openapi(
      createRoute({
        method: 'get',
        path: `/eum/compliance/export.${format}`,
        tags,
        security,
        summary: `The compliance view per partner as ${upper}`,
        request: { query: complianceQuery },
        responses: { 200: downloadContent(format, 'The table'), ...standardErrors },
      }),
      async (c) => downloadResponse(await exportCompliance(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
    );
}

export const eumRoutes = createRouter()
  .route('/', eumExportRoutes)
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/item-types',
      tags,
      security,
      summary: 'Item types and their EUM category (the EEUM list, with sources)',
      responses: { 200: json(z.array(itemTypeView), 'Types'), ...standardErrors },
    }),
    async (c) => c.json(await listItemTypes(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/item-types',
      tags,
      security,
      summary: 'Add an item type (administrators keep the EEUM list)',
      request: { body: jsonBody(itemTypeInput) },
      responses: { 201: json(itemTypeView, 'Added'), ...standardErrors },
    }),
    async (c) => c.json(await addItemType(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/sites',
      tags,
      security,
      summary: 'Storage sites within your scope',
      request: { query: partnerQuery },
      responses: { 200: json(z.array(siteView), 'Sites'), ...standardErrors },
    }),
    async (c) => c.json(await listSites(dbOf(c), principal(c), c.req.valid('query').partner), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/sites',
      tags,
      security,
      summary: 'Record a storage site',
      request: { body: jsonBody(siteInput) },
      responses: { 201: json(siteView, 'Created'), ...standardErrors },
    }),
    async (c) => c.json(await createSite(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/eum/sites/{id}',
      tags,
      security,
      summary: 'Rename a site or correct its location (version required)',
      request: { params: id, body: jsonBody(updateSiteInput) },
      responses: { 200: json(siteView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateSite(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/certifications',
      tags,
      security,
      summary: 'Control plans and site certifications on file',
      request: { query: partnerQuery },
      responses: { 200: json(z.array(certificationView), 'On file'), ...standardErrors },
    }),
    async (c) => c.json(await listCertifications(dbOf(c), principal(c), c.req.valid('query').partner), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/certifications',
      tags,
      security,
      summary: 'File a control plan or a physical-security site certification',
      request: { body: jsonBody(certificationInput) },
      responses: { 201: json(certificationView, 'Filed'), ...standardErrors },
    }),
    async (c) => c.json(await addCertification(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/eum/certifications/{id}',
      tags,
      security,
      summary: 'Correct a certification: reference, certifier, end date (version required)',
      request: { params: id, body: jsonBody(updateCertificationInput) },
      responses: { 200: json(certificationView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateCertification(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/certifications/{id}/revoke',
      tags,
      security,
      summary: 'Revoke a control plan or site certification from a date, with the reason (no EEUM delivery rests on it from then)',
      request: { params: id, body: jsonBody(revokeCertificationInput) },
      responses: { 200: json(certificationView, 'Revoked'), ...standardErrors },
    }),
    async (c) => c.json(await revokeCertification(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/items',
      tags,
      security,
      summary: 'Items under monitoring within your scope (filters; serial-number search)',
      request: { query: itemListQuery },
      responses: { 200: json(itemListView, 'A page'), ...standardErrors },
    }),
    async (c) => c.json(await listItems(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/items',
      tags,
      security,
      summary: 'Record a delivered item (an EEUM article needs its control plan or site certification on file)',
      request: { body: jsonBody(createItemInput) },
      responses: { 201: json(itemView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await createItem(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/items/{id}',
      tags,
      security,
      summary: 'One item, its inventory clock, inventories and incidents',
      request: { params: id },
      responses: { 200: json(itemView, 'The item'), ...standardErrors },
    }),
    async (c) => c.json(await getItem(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/items/{id}/status',
      tags,
      security,
      summary: "Change an item's status, with the reason (409 names the allowed statuses)",
      request: { params: id, body: jsonBody(itemStatusInput) },
      responses: { 200: json(itemView, 'Changed'), ...standardErrors },
    }),
    async (c) => c.json(await changeItemStatus(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/inventories',
      tags,
      security,
      summary: 'Serial-number inventories within your scope, earliest due first',
      request: { query: inventoryListQuery },
      responses: { 200: json(inventoryListView, 'A page'), ...standardErrors },
    }),
    async (c) => c.json(await listInventories(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/inventories',
      tags,
      security,
      summary: 'Plan an inventory of a site (the expected list is the items held there)',
      request: { body: jsonBody(inventoryInput) },
      responses: { 201: json(inventoryView, 'Planned'), ...standardErrors },
    }),
    async (c) => c.json(await createInventory(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/inventories/{id}',
      tags,
      security,
      summary: 'One inventory with its counts',
      request: { params: id },
      responses: { 200: json(inventoryView, 'The inventory'), ...standardErrors },
    }),
    async (c) => c.json(await getInventory(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/inventories/{id}/transitions',
      tags,
      security,
      summary: 'Start, reconcile (found against expected), close or cancel',
      request: { params: id, body: jsonBody(inventoryTransitionInput) },
      responses: { 200: json(inventoryView, 'Moved'), ...standardErrors },
    }),
    async (c) => c.json(await transitionInventory(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/inventories/{id}/discrepancies',
      tags,
      security,
      summary: 'Discrepancies found in reconciliation',
      request: { params: id, query: discrepancyListQuery },
      responses: { 200: json(discrepancyListView, 'A page'), ...standardErrors },
    }),
    async (c) => c.json(await listDiscrepancies(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/discrepancies/{id}/resolve',
      tags,
      security,
      summary: 'Record how a discrepancy was resolved',
      request: { params: id, body: jsonBody(discrepancyResolutionInput) },
      responses: { 200: json(discrepancyView, 'Resolved'), ...standardErrors },
    }),
    async (c) => c.json(await resolveDiscrepancy(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/discrepancies/{id}/incident',
      tags,
      security,
      summary: 'Raise an incident from a discrepancy in one click',
      request: { params: id, body: { required: false, content: { 'application/json': { schema: raiseIncidentInput } } } },
      responses: { 201: json(incidentView, 'Raised'), ...standardErrors },
    }),
    async (c) => c.json(await raiseIncidentFromDiscrepancy(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json') ?? {}), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/incidents',
      tags,
      security,
      summary: 'Incidents within your scope',
      request: { query: incidentListQuery },
      responses: { 200: json(incidentListView, 'A page'), ...standardErrors },
    }),
    async (c) => c.json(await listIncidents(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/incidents',
      tags,
      security,
      summary: 'Report a potential unauthorised access, transfer, loss, theft or misuse',
      request: { body: jsonBody(incidentInput) },
      responses: { 201: json(incidentView, 'Reported'), ...standardErrors },
    }),
    async (c) => c.json(await createIncident(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/incidents/{id}',
      tags,
      security,
      summary: 'One incident with its items',
      request: { params: id },
      responses: { 200: json(incidentView, 'The incident'), ...standardErrors },
    }),
    async (c) => c.json(await getIncident(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/eum/incidents/{id}',
      tags,
      security,
      summary: 'Edit an incident: findings, required notifications (version required)',
      request: { params: id, body: jsonBody(updateIncidentInput) },
      responses: { 200: json(incidentView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateIncident(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/incidents/{id}/transitions',
      tags,
      security,
      summary: 'Investigate, substantiate or not, close, reopen',
      request: { params: id, body: jsonBody(incidentTransitionInput) },
      responses: { 200: json(incidentView, 'Moved'), ...standardErrors },
    }),
    async (c) => c.json(await transitionIncident(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/visits',
      tags,
      security,
      summary: 'Compliance Assessment Visits within your scope',
      request: { query: visitListQuery },
      responses: { 200: json(visitListView, 'A page'), ...standardErrors },
    }),
    async (c) => c.json(await listVisits(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/visits',
      tags,
      security,
      summary: 'Plan a Compliance Assessment Visit',
      request: { body: jsonBody(visitInput) },
      responses: { 201: json(visitView, 'Planned'), ...standardErrors },
    }),
    async (c) => c.json(await createVisit(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/visits/{id}',
      tags,
      security,
      summary: 'One visit',
      request: { params: id },
      responses: { 200: json(visitView, 'The visit'), ...standardErrors },
    }),
    async (c) => c.json(await getVisit(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/eum/visits/{id}',
      tags,
      security,
      summary: "Record a visit's outcome: findings, recommendations, follow-ups (version required)",
      request: { params: id, body: jsonBody(updateVisitInput) },
      responses: { 200: json(visitView, 'Saved'), ...standardErrors },
    }),
    async (c) => c.json(await updateVisit(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/visits/{id}/findings/{index}/follow-up',
      tags,
      security,
      summary: "Mark a finding's follow-up done, with the date and what was done (version required)",
      request: { params: findingParams, body: jsonBody(followUpDoneInput) },
      responses: { 200: json(visitView, 'Done'), ...standardErrors },
    }),
    async (c) =>
      c.json(await completeFollowUp(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('param').index, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/compliance',
      tags,
      security,
      summary:
        'Compliance per partner and overall: items by category and status, inventory completion, overdue inventories, open discrepancies and incidents, monthly trend',
      request: { query: complianceQuery },
      responses: { 200: json(complianceView, 'The view'), ...standardErrors },
    }),
    async (c) => c.json(await compliance(readDbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .route('/', eumImportRoutes);
