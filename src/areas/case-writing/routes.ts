import { createRoute, z } from '@hono/zod-openapi';
import { dbOf, principal } from '../../platform/http/context.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { loaDocumentRoutes } from './document-routes.ts';
import { commentInput, commentView, queueItemView } from './review-model.ts';
import { addReviewComment, listReviewComments, reopenReviewComment, resolveReviewComment, reviewQueue } from './service.ts';
import { timelinessRoutes } from './timeliness-routes.ts';

const tags = ['Case writing'];
const caseParam = z.object({
  ref: text
    .min(1)
    .max(40)
    .openapi({ param: { name: 'ref', in: 'path' } }),
});
const view = <T extends { createdAt: Date; resolvedAt: Date | null }>(c: T) => ({
  ...c,
  createdAt: c.createdAt.toISOString(),
  resolvedAt: c.resolvedAt?.toISOString() ?? null,
});

export const caseWritingRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/review-queue',
      tags,
      summary: 'Cases waiting for CWD review, oldest first; a case withheld from you is listed masked',
      security,
      responses: { 200: json(z.array(queueItemView), 'The queue'), ...standardErrors },
    }),
    async (c) => c.json(await reviewQueue(dbOf(c), principal(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/cases/{ref}/comments',
      tags,
      summary: 'Review comments on a case',
      security,
      request: { params: caseParam },
      responses: { 200: json(z.array(commentView), 'Comments'), ...standardErrors },
    }),
    async (c) => c.json((await listReviewComments(dbOf(c), principal(c), c.req.valid('param').ref)).map(view), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/cases/{ref}/comments',
      tags,
      summary: 'Comment on a line, a note or the whole LOA',
      security,
      request: { params: caseParam, body: jsonBody(commentInput) },
      responses: { 201: json(commentView, 'Added'), ...standardErrors },
    }),
    async (c) => c.json(view(await addReviewComment(dbOf(c), principal(c), c.req.valid('param').ref, c.req.valid('json'))), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/cases/{ref}/comments/{id}/resolve',
      tags,
      summary: 'Mark a comment resolved',
      security,
      request: { params: caseParam.extend({ id: z.uuid() }) },
      responses: { 200: json(commentView, 'Resolved'), ...standardErrors },
    }),
    async (c) => {
      const { ref, id } = c.req.valid('param');
      return c.json(view(await resolveReviewComment(dbOf(c), principal(c), ref, id)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/cases/{ref}/comments/{id}/reopen',
      tags,
      summary: 'Open a resolved comment again (the undo of resolving it)',
      security,
      request: { params: caseParam.extend({ id: z.uuid() }) },
      responses: { 200: json(commentView, 'Open again'), ...standardErrors },
    }),
    async (c) => {
      const { ref, id } = c.req.valid('param');
      return c.json(view(await reopenReviewComment(dbOf(c), principal(c), ref, id)), 200);
    },
  )
  .route('/', loaDocumentRoutes)
  .route('/', timelinessRoutes);
