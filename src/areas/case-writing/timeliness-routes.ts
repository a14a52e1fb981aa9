import { createRoute, z } from '@hono/zod-openapi';
import { dbOf, principal } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { OFFER_GROUPS } from './timeliness.ts';
import { EXPORT_TYPES, exportTimeliness } from './timeliness-export.ts';
import {
  endTargetInput,
  offerGroupInput,
  timelinessQuery,
  timelinessReportView,
  timelinessTargetInput,
  timelinessTargetView,
} from './timeliness-model.ts';
import { addTimelinessTarget, endTimelinessTarget, listTimelinessTargets, setOfferGroup, timelinessReport } from './timeliness-service.ts';

const tags = ['Case writing'];
const file = (contentType: string, description: string) => ({
  description,
  content: { [contentType]: { schema: text.openapi({ format: 'binary' }) } },
});

const exportRoute = (format: keyof typeof EXPORT_TYPES) =>
  createRoute({
    method: 'get',
    path: `/timeliness/export.${format}`,
    tags,
    security,
    summary: `The timeliness report as ${format.toUpperCase()} (same query and scope as GET /timeliness)`,
    request: { query: timelinessQuery },
    responses: { 200: file(EXPORT_TYPES[format], `The report (${format.toUpperCase()})`), ...standardErrors },
  });

export const timelinessRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/timeliness',
      tags,
      security,
      summary:
        'LOA timeliness, LOR to offer, for cases offered in a period within your scope (cases withheld from you left out): per case, by implementing agency and by month',
      request: { query: timelinessQuery },
      responses: { 200: json(timelinessReportView, 'The report'), ...standardErrors },
    }),
    async (c) => c.json(await timelinessReport(dbOf(c), principal(c), c.req.valid('query')), 200),
  )
  .openapi(exportRoute('csv'), async (c) => {
    const out = await exportTimeliness(dbOf(c), principal(c), c.req.valid('query'), 'csv');
    return c.body(new Uint8Array(out.body), 200, {
      'Content-Type': out.contentType,
      'Content-Disposition': `attachment; filename="${out.filename}"`,
      'Cache-Control': 'private, no-store',
    });
  })
  .openapi(exportRoute('xlsx'), async (c) => {
    const out = await exportTimeliness(dbOf(c), principal(c), c.req.valid('query'), 'xlsx');
    return c.body(new Uint8Array(out.body), 200, {
      'Content-Type': out.contentType,
      'Content-Disposition': `attachment; filename="${out.filename}"`,
      'Cache-Control': 'private, no-store',
    });
  })
  .openapi(
    createRoute({
      method: 'get',
      path: '/timeliness/targets',
      tags,
      security,
      summary: 'Timeliness targets (dated rule table, with sources)',
      responses: { 200: json(z.array(timelinessTargetView), 'The targets'), ...standardErrors },
    }),
    async (c) => c.json(await listTimelinessTargets(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/timeliness/targets',
      tags,
      security,
      summary: 'Add a timeliness target (administrators): a change of policy is a new dated row',
      request: { body: jsonBody(timelinessTargetInput) },
      responses: { 201: json(timelinessTargetView, 'Added'), ...standardErrors },
    }),
    async (c) => c.json(await addTimelinessTarget(dbOf(c), principal(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/timeliness/targets/{id}/end',
      tags,
      security,
      summary: 'End a timeliness target on a date (administrators)',
      request: { params: z.object({ id: z.uuid() }), body: jsonBody(endTargetInput) },
      responses: { 200: json(timelinessTargetView, 'Ended'), ...standardErrors },
    }),
    async (c) => c.json(await endTimelinessTarget(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/cases/{ref}/offer-group',
      tags,
      security,
      summary: 'Assign the LOA case development group (A–D) that sets the Anticipated Offer Date (send the case version you read)',
      request: {
        params: z.object({
          ref: text
            .min(1)
            .max(40)
            .openapi({ param: { name: 'ref', in: 'path' } }),
        }),
        body: jsonBody(offerGroupInput),
      },
      responses: {
        200: json(
          z.object({ identifier: text, offerGroup: z.enum(OFFER_GROUPS).nullable(), version: z.number().int() }),
          'Assigned; version is the case version after the change',
        ),
        ...standardErrors,
      },
    }),
    async (c) => c.json(await setOfferGroup(dbOf(c), principal(c), c.req.valid('param').ref, c.req.valid('json')), 200),
  );
