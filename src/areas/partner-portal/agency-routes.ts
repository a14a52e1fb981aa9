import { createRoute, z } from '@hono/zod-openapi';
import { attachmentContent } from '../../platform/attachments/service.ts';
import { dbOf, principal } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import {
  getPartnerAcceptance,
  listIncidentAnswers,
  recordInitialDeposit,
  requireInternalAttachmentRecord,
  setPartnerRelease,
} from './agency-service.ts';
import { initialDepositInput, partnerReleaseInput } from './model.ts';

// The agency's side of the portal: what partners sent, read on the case and the incident, and what the agency records.

const tags = ['Partner portal (agency)'];
const ref = z.object({ ref: text.min(1).max(40) });
const id = z.object({ id: z.uuid() });
const file = z.object({ id: text, fileName: text, mediaType: text, sizeBytes: z.number().int() });

const acceptanceView = z
  .object({
    identifier: text,
    signatures: z.array(
      z.object({ versionNumber: z.number().int(), signedOn: text, signerName: text, signerTitle: text, recordedBy: text }),
    ),
    deposit: z.object({ amountCents: z.number().int(), depositedOn: text, reference: text, recordedBy: text }).nullable(),
    release: z.object({ released: z.boolean(), version: z.number().int() }),
    files: z.array(file),
  })
  .openapi('PartnerAcceptance');
const depositView = z
  .object({ identifier: text, amountCents: z.number().int(), depositedOn: text, reference: text })
  .openapi('InitialDepositRecorded');
const releaseView = z.object({ identifier: text, released: z.boolean(), version: z.number().int() }).openapi('PartnerReleaseSet');
const answersView = z
  .array(z.object({ id: text, text, answeredBy: text, answeredAt: text, files: z.array(file) }))
  .openapi('PartnerIncidentAnswers');

export const partnerAgencyRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/cases/{ref}/partner-acceptance',
      tags,
      security,
      summary: "The partner's LOA signatures, the initial deposit, the release and the files sent with the request",
      request: { params: ref },
      responses: { 200: json(acceptanceView, 'What the partner sent'), ...standardErrors },
    }),
    async (c) => c.json(await getPartnerAcceptance(dbOf(c), principal(c), c.req.valid('param').ref), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/cases/{ref}/initial-deposit',
      tags,
      security,
      summary: 'Record the initial deposit on an offered case (with the signature on file, the case may be accepted)',
      request: { params: ref, body: jsonBody(initialDepositInput) },
      responses: { 201: json(depositView, 'Recorded'), ...standardErrors },
    }),
    async (c) => c.json(await recordInitialDeposit(dbOf(c), principal(c), c.req.valid('param').ref, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/cases/{ref}/partner-release',
      tags,
      security,
      summary: "Release a case pending congressional notification to its partner's users, or withdraw the release",
      request: { params: ref, body: jsonBody(partnerReleaseInput) },
      responses: { 200: json(releaseView, 'Set'), ...standardErrors },
    }),
    async (c) => c.json(await setPartnerRelease(dbOf(c), principal(c), c.req.valid('param').ref, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eum/incidents/{id}/partner-answers',
      tags,
      security,
      summary: "The partner's answers to an incident, with their files",
      request: { params: id },
      responses: { 200: json(answersView, 'The answers'), ...standardErrors },
    }),
    async (c) => c.json(await listIncidentAnswers(dbOf(c), principal(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/partner-files/{id}',
      tags,
      security,
      summary: 'Download a file a partner sent (the record it is attached to decides)',
      request: { params: id },
      responses: {
        200: { description: 'The file', content: { 'application/octet-stream': { schema: text.openapi({ format: 'binary' }) } } },
        ...standardErrors,
      },
    }),
    async (c) => {
      const { id: attachmentId } = c.req.valid('param');
      await requireInternalAttachmentRecord(dbOf(c), principal(c), attachmentId);
      const found = await attachmentContent(dbOf(c), attachmentId);
      return c.body(found.content as unknown as ArrayBuffer, 200, {
        'content-type': found.mediaType,
        'content-disposition': `attachment; filename="${found.fileName.replace(/[^\w. -]/g, '_')}"`,
      });
    },
  );
