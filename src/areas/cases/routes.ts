import { createRoute, z } from '@hono/zod-openapi';
import { downloadContent, downloadResponse } from '../../platform/export/download.ts';
import { dbOf, principal, readDbOf } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { createCase, getCasePage, listCases, listImplementingAgencies, setMilestone } from './case-service.ts';
import { exportCases } from './exports.ts';
import type { CaseHooks } from './hooks.ts';
import { transitionCase } from './lifecycle-service.ts';
import { decideLor, getLor, listLors, receiveLor } from './lor-service.ts';
import {
  caseListQuery,
  createCaseInput,
  createLorInput,
  issueRevisionInput,
  lorDecisionInput,
  milestoneInput,
  revisionInput,
  saveVersionInput,
  transitionInput,
} from './model.ts';
import { createRevision, getVersion, issueRevision, saveVersion, versionDifference } from './version-service.ts';
import { casePageView, caseSummaryView, diffView, lorSummaryView, lorView, versionDetailView } from './views.ts';

const tags = ['Cases'];
const caseParam = z.object({
  ref: text
    .min(1)
    .max(40)
    .openapi({ param: { name: 'ref', in: 'path' }, description: 'Case id or identifier (e.g. AT-B-AAA)', example: 'AT-B-AAA' }),
});
const versionParam = caseParam.extend({
  number: z.coerce
    .number()
    .int()
    .min(0)
    .openapi({ param: { name: 'number', in: 'path' } }),
});
const lorParam = z.object({ id: z.uuid() });

const caseExportRoutes = createRouter();
for (const format of ['csv', 'xlsx'] as const) {
  caseExportRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/cases/export.${format}`,
      tags,
      security,
      summary: `The case list as ${format.toUpperCase()} (same filters, scope, masking and order as GET /cases); values in dollars`,
      request: { query: caseListQuery },
      responses: { 200: downloadContent(format, 'Every matching case'), ...standardErrors },
    }),
    async (c) => downloadResponse(await exportCases(readDbOf(c), principal(c), c.req.valid('query'), format), format) as never,
  );
}

/** The cases API; `hooks` are what other areas provide (offer gates, markings), wired at start-up. */
export const caseRoutes = (hooks: CaseHooks) =>
  createRouter()
    .route('/', caseExportRoutes)
    .openapi(
      createRoute({
        method: 'get',
        path: '/implementing-agencies',
        tags,
        summary: 'Implementing agencies and their case-identifier letters',
        security,
        responses: {
          200: json(
            z.array(z.object({ code: text, name: text, source: text, verified: z.boolean() }).openapi('ImplementingAgency')),
            'Agencies',
          ),
          ...standardErrors,
        },
      }),
      async (c) => c.json(await listImplementingAgencies(dbOf(c), principal(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/lors',
        tags,
        summary: 'Letters of request within your scope; one converted to a case withheld from you is listed masked',
        security,
        request: {
          query: z.object({
            status: z.enum(['received', 'actionable', 'returned', 'converted']).optional(),
            partner: text.optional(),
            limit: z.coerce.number().int().min(1).max(500).default(50),
            offset: z.coerce.number().int().min(0).default(0),
          }),
        },
        responses: {
          200: json(z.object({ items: z.array(lorSummaryView), total: z.number().int() }), 'A page of LORs'),
          ...standardErrors,
        },
      }),
      async (c) => {
        const page = await listLors(dbOf(c), principal(c), c.req.valid('query'));
        return c.json({ items: page.items.map(({ createdAt: _c, ...l }) => l), total: page.total }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/lors',
        tags,
        summary: 'Record a letter of request received',
        security,
        request: { body: jsonBody(createLorInput) },
        responses: { 201: json(lorView, 'Recorded'), ...standardErrors },
      }),
      async (c) => {
        const { createdAt: _c, ...lor } = await receiveLor(dbOf(c), principal(c), c.req.valid('json'));
        return c.json(lor, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/lors/{id}',
        tags,
        summary: 'One letter of request',
        security,
        request: { params: lorParam },
        responses: { 200: json(lorView, 'The LOR'), ...standardErrors },
      }),
      async (c) => {
        const { createdAt: _c, ...lor } = await getLor(dbOf(c), principal(c), c.req.valid('param').id);
        return c.json(lor, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/lors/{id}/decision',
        tags,
        summary: 'Mark a LOR actionable (complete) or return it with reasons',
        security,
        request: { params: lorParam, body: jsonBody(lorDecisionInput) },
        responses: { 200: json(lorView, 'Decided'), ...standardErrors },
      }),
      async (c) => {
        const { createdAt: _c, ...lor } = await decideLor(dbOf(c), principal(c), c.req.valid('param').id, c.req.valid('json'));
        return c.json(lor, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/cases',
        tags,
        summary: 'Cases within your scope: filter, sort, page',
        security,
        request: { query: caseListQuery },
        responses: {
          200: json(
            z
              .object({
                items: z.array(caseSummaryView),
                total: z.number().int(),
                totalExact: z.boolean().openapi({ description: 'false: counting stopped at total; there are that many or more' }),
                limit: z.number().int(),
                offset: z.number().int(),
              })
              .openapi('CaseList'),
            'A page of cases',
          ),
          ...standardErrors,
        },
      }),
      async (c) => c.json(await listCases(dbOf(c), principal(c), c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/cases',
        tags,
        summary: 'Open a case (from an actionable LOR, or directly); the identifier is generated',
        security,
        request: { body: jsonBody(createCaseInput) },
        responses: { 201: json(casePageView, 'Created'), ...standardErrors },
      }),
      async (c) => {
        const row = await createCase(dbOf(c), principal(c), c.req.valid('json'), hooks);
        return c.json(await getCasePage(dbOf(c), hooks, principal(c), row.id), 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/cases/{ref}',
        tags,
        summary: 'The case page: summary, current LOA version, versions, milestones, quality findings, next actions',
        security,
        request: { params: caseParam },
        responses: { 200: json(casePageView, 'The case'), ...standardErrors },
      }),
      async (c) => c.json(await getCasePage(dbOf(c), hooks, principal(c), c.req.valid('param').ref), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/cases/{ref}/transitions',
        tags,
        summary: 'Move the case along its lifecycle; an illegal move is a 409 naming the allowed ones',
        security,
        request: { params: caseParam, body: jsonBody(transitionInput) },
        responses: { 200: json(casePageView, 'Moved'), ...standardErrors },
      }),
      async (c) => c.json(await transitionCase(dbOf(c), hooks, principal(c), c.req.valid('param').ref, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/cases/{ref}/milestones',
        tags,
        summary: 'Set (or clear, with onDate null) a milestone date (send the case version you read; a stale one is a 409)',
        security,
        request: { params: caseParam, body: jsonBody(milestoneInput) },
        responses: { 200: json(casePageView, 'Set'), ...standardErrors },
      }),
      async (c) => {
        const { ref } = c.req.valid('param');
        await setMilestone(dbOf(c), principal(c), ref, c.req.valid('json'));
        return c.json(await getCasePage(dbOf(c), hooks, principal(c), ref), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/cases/{ref}/versions/{number}',
        tags,
        summary: 'One LOA version with its lines, notes, payment schedule and findings',
        security,
        request: { params: versionParam },
        responses: { 200: json(versionDetailView, 'The version'), ...standardErrors },
      }),
      async (c) => {
        const { ref, number } = c.req.valid('param');
        return c.json(await getVersion(dbOf(c), hooks, principal(c), ref, number), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/cases/{ref}/versions/{number}',
        tags,
        summary: "Save a draft version's whole content (send the revision you read); it is repriced and checked",
        security,
        request: { params: versionParam, body: jsonBody(saveVersionInput) },
        responses: { 200: json(versionDetailView, 'Saved'), ...standardErrors },
      }),
      async (c) => {
        const { ref, number } = c.req.valid('param');
        return c.json(await saveVersion(dbOf(c), hooks, principal(c), ref, number, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/cases/{ref}/versions',
        tags,
        summary: 'Start an amendment or modification from the latest issued version',
        security,
        request: { params: caseParam, body: jsonBody(revisionInput) },
        responses: { 201: json(versionDetailView, 'Created'), ...standardErrors },
      }),
      async (c) => c.json(await createRevision(dbOf(c), hooks, principal(c), c.req.valid('param').ref, c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/cases/{ref}/versions/{number}/issue',
        tags,
        summary: 'Issue an amendment (accepted) or modification (implemented)',
        security,
        request: { params: versionParam, body: jsonBody(issueRevisionInput) },
        responses: { 200: json(versionDetailView, 'Issued'), ...standardErrors },
      }),
      async (c) => {
        const { ref, number } = c.req.valid('param');
        return c.json(await issueRevision(dbOf(c), hooks, principal(c), ref, number, c.req.valid('json')), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/cases/{ref}/diff',
        tags,
        summary: 'What one version changes from another',
        security,
        request: { params: caseParam, query: z.object({ from: z.coerce.number().int().min(0), to: z.coerce.number().int().min(0) }) },
        responses: { 200: json(diffView, 'The difference'), ...standardErrors },
      }),
      async (c) => {
        const { from, to } = c.req.valid('query');
        return c.json(await versionDifference(dbOf(c), principal(c), c.req.valid('param').ref, from, to), 200);
      },
    );
