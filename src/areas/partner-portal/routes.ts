import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { attachmentContent, attachmentOwner } from '../../platform/attachments/service.ts';
import { type AppEnv, dbOf, principal } from '../../platform/http/context.ts';
import { badRequest } from '../../platform/http/errors.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { readSheetRows } from '../../platform/import/rows.ts';
import { text } from '../../platform/schema/primitives.ts';
import { requirePortal } from './access.ts';
import {
  incidentAnswerInput,
  invitePartnerUserInput,
  loaSignatureInput,
  partnerDiscrepancyInput,
  partnerLorInput,
  partnerUserChangeInput,
  partnerUserVersionInput,
} from './model.ts';
import {
  getPartnerCase,
  getPartnerEum,
  getPartnerShipment,
  listPartnerCases,
  listPartnerLors,
  listPartnerPayments,
  listPartnerShipments,
} from './read-service.ts';
import { answerIncident, attachFile, requireAttachmentRecord, sendDiscrepancy, sendLor, signLoa, uploadScans } from './send-service.ts';
import { deactivatePartnerUser, invitePartnerUser, listPartnerUsers, resetPartnerAccess, setPartnerPermissions } from './user-service.ts';
import {
  invitedView,
  partnerCaseListView,
  partnerCaseView,
  partnerEumView,
  partnerLorView,
  partnerPaymentsView,
  partnerShipmentListView,
  partnerShipmentView,
  partnerUserView,
} from './views.ts';

const tags = ['Partner portal'];
const id = z.object({ id: z.uuid() });
const ref = z.object({ ref: text.min(1).max(40) });
const file = {
  required: true,
  description: 'The file itself (PDF, image, Word, Excel, CSV or text; at most 10 MiB); its type is read from its content',
  content: { 'application/octet-stream': { schema: text.openapi({ format: 'binary' }) } },
};
const fileName = z.object({ fileName: text.trim().min(1).max(200).default('attachment') });
const scansUpload = {
  required: true,
  description: 'A CSV (UTF-8, header row: item_type, serial_number, condition, scanned_on, note) or XLSX file',
  content: {
    'text/csv': { schema: text },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: text.openapi({ format: 'binary' }) },
  },
};

async function bodyBytes(c: Context<AppEnv>): Promise<Uint8Array> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (!bytes.length) throw badRequest('Send the file as the request body', [{ path: '(body)', message: 'the file is empty' }]);
  return bytes;
}

const read = <S extends z.ZodType>(path: string, summary: string, view: S) =>
  createRoute({ method: 'get', path, tags, security, summary, responses: { 200: json(view, summary), ...standardErrors } });
const readOne = <S extends z.ZodType, P extends z.ZodObject>(path: string, summary: string, view: S, params: P) =>
  createRoute({
    method: 'get',
    path,
    tags,
    security,
    summary,
    request: { params },
    responses: { 200: json(view, summary), ...standardErrors },
  });

export const partnerPortalRoutes = createRouter()
  .openapi(read('/partner/lors', 'My letters of request and where each stands', z.array(partnerLorView)), async (c) =>
    c.json(await listPartnerLors(dbOf(c), principal(c)), 200),
  )
  .openapi(read('/partner/cases', 'My cases', partnerCaseListView), async (c) => c.json(await listPartnerCases(dbOf(c), principal(c)), 200))
  .openapi(readOne('/partner/cases/{ref}', 'One of my cases: the offered and accepted LOAs, milestones', partnerCaseView, ref), async (c) =>
    c.json(await getPartnerCase(dbOf(c), principal(c), c.req.valid('param').ref), 200),
  )
  .openapi(read('/partner/payments', 'What is due on my LOAs', partnerPaymentsView), async (c) =>
    c.json(await listPartnerPayments(dbOf(c), principal(c)), 200),
  )
  .openapi(read('/partner/shipments', 'My shipments', partnerShipmentListView), async (c) =>
    c.json(await listPartnerShipments(dbOf(c), principal(c)), 200),
  )
  .openapi(
    readOne('/partner/shipments/{id}', 'One shipment: dates, delays and causes, discrepancy reports', partnerShipmentView, id),
    async (c) => c.json(await getPartnerShipment(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(read('/partner/eum', 'My end-use monitoring: items, inventories, incidents', partnerEumView), async (c) =>
    c.json(await getPartnerEum(dbOf(c), principal(c)), 200),
  )
  .openapi(read('/partner/users', "My partner's users (host-nation administrator)", z.array(partnerUserView)), async (c) =>
    c.json(await listPartnerUsers(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/partner/attachments/{id}',
      tags,
      security,
      summary: 'Download a file attached to one of my records',
      request: { params: id },
      responses: {
        200: { description: 'The file', content: { 'application/octet-stream': { schema: text.openapi({ format: 'binary' }) } } },
        ...standardErrors,
      },
    }),
    async (c) => {
      const p = principal(c);
      requirePortal(p, 'read');
      const { id: attachmentId } = c.req.valid('param');
      await requireAttachmentRecord(dbOf(c), p, await attachmentOwner(dbOf(c), attachmentId));
      const found = await attachmentContent(dbOf(c), attachmentId);
      return c.body(found.content as unknown as ArrayBuffer, 200, {
        'content-type': found.mediaType,
        'content-disposition': `attachment; filename="${found.fileName.replace(/[^\w. -]/g, '_')}"`,
      });
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partner/lors',
      tags,
      security,
      summary: 'Send a letter of request (received by the agency today)',
      request: { body: jsonBody(partnerLorInput) },
      responses: { 201: json(z.object({ id: text, status: text, receivedOn: text }).openapi('SentLor'), 'Sent'), ...standardErrors },
    }),
    async (c) => c.json(await sendLor(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partner/lors/{id}/attachments',
      tags,
      security,
      summary: 'Attach a file to my letter of request',
      request: { params: id, query: fileName, body: file },
      responses: { 201: json(z.object({ id: text }).openapi('AttachmentId'), 'Attached'), ...standardErrors },
    }),
    async (c) => {
      const { id: recordId } = c.req.valid('param');
      const out = await attachFile(dbOf(c), principal(c), 'letter_of_request', recordId, c.req.valid('query').fileName, () => bodyBytes(c));
      return c.json(out, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partner/cases/{ref}/signature',
      tags,
      security,
      summary: 'Sign an offered LOA (the case is accepted once the agency records the initial deposit)',
      request: { params: ref, body: jsonBody(loaSignatureInput) },
      responses: {
        201: json(z.object({ identifier: text, versionNumber: z.number().int(), signedOn: text }).openapi('LoaSigned'), 'Signed'),
        ...standardErrors,
      },
    }),
    async (c) => c.json(await signLoa(dbOf(c), principal(c), c.req.valid('param').ref, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partner/shipments/{id}/discrepancies',
      tags,
      security,
      summary: 'Report a supply or transportation discrepancy on a received line of my shipment',
      request: { params: id, body: jsonBody(partnerDiscrepancyInput) },
      responses: { 201: json(z.object({ shipmentId: text }).openapi('PartnerDiscrepancySent'), 'Reported'), ...standardErrors },
    }),
    async (c) => c.json(await sendDiscrepancy(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partner/shipments/{id}/attachments',
      tags,
      security,
      summary: 'Attach a file (a photograph, a receiving report) to my shipment',
      request: { params: id, query: fileName, body: file },
      responses: { 201: json(z.object({ id: text }).openapi('ShipmentAttachmentId'), 'Attached'), ...standardErrors },
    }),
    async (c) => {
      const { id: recordId } = c.req.valid('param');
      const out = await attachFile(dbOf(c), principal(c), 'shipment', recordId, c.req.valid('query').fileName, () => bodyBytes(c));
      return c.json(out, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partner/eum/inventories/{id}/scans',
      tags,
      security,
      summary: 'Upload the serial numbers scanned for one of my inventories',
      request: { params: id, body: scansUpload },
      responses: {
        200: json(z.object({ rows: z.number().int(), recorded: z.number().int() }).passthrough().openapi('PartnerScanSummary'), 'Recorded'),
        ...standardErrors,
      },
    }),
    async (c) => {
      const body = c.req.raw.body;
      if (!body) throw badRequest('Send the file as the request body', [{ path: '(body)', message: 'a CSV or XLSX file' }]);
      const summary = await uploadScans(
        dbOf(c),
        principal(c),
        c.req.valid('param').id,
        readSheetRows(body as unknown as AsyncIterable<Uint8Array>),
      );
      return c.json(summary as never, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partner/eum/incidents/{id}/answers',
      tags,
      security,
      summary: 'Answer an end-use monitoring incident of mine (attach files to the answer afterwards)',
      request: { params: id, body: jsonBody(incidentAnswerInput) },
      responses: { 201: json(z.object({ id: text }).openapi('IncidentAnswerId'), 'Answered'), ...standardErrors },
    }),
    async (c) => c.json(await answerIncident(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partner/eum/answers/{id}/attachments',
      tags,
      security,
      summary: 'Attach a file to my answer to an incident',
      request: { params: id, query: fileName, body: file },
      responses: { 201: json(z.object({ id: text }).openapi('AnswerAttachmentId'), 'Attached'), ...standardErrors },
    }),
    async (c) => {
      const { id: recordId } = c.req.valid('param');
      const out = await attachFile(dbOf(c), principal(c), 'eum_incident_answer', recordId, c.req.valid('query').fileName, () =>
        bodyBytes(c),
      );
      return c.json(out, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partner/users',
      tags,
      security,
      summary: "Invite one of my partner's users (host-nation administrator)",
      request: { body: jsonBody(invitePartnerUserInput) },
      responses: { 201: json(invitedView, 'Invited'), ...standardErrors },
    }),
    async (c) => c.json(await invitePartnerUser(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/partner/users/{id}/permissions',
      tags,
      security,
      summary: "Set a user's permissions, within what I hold",
      request: { params: id, body: jsonBody(partnerUserChangeInput) },
      responses: { 200: json(partnerUserView, 'Set'), ...standardErrors },
    }),
    async (c) => c.json(await setPartnerPermissions(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partner/users/{id}/reset',
      tags,
      security,
      summary: "Reset a user's access: sign-ins end; a new invitation lets them set a password and authenticator again",
      request: { params: id, body: jsonBody(partnerUserVersionInput) },
      responses: { 200: json(invitedView, 'Reset'), ...standardErrors },
    }),
    async (c) => c.json(await resetPartnerAccess(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partner/users/{id}/deactivate',
      tags,
      security,
      summary: 'Deactivate a user of my partner',
      request: { params: id, body: jsonBody(partnerUserVersionInput) },
      responses: { 200: json(partnerUserView, 'Deactivated'), ...standardErrors },
    }),
    async (c) => c.json(await deactivatePartnerUser(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
