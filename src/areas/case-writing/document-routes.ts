import { createRoute, z } from '@hono/zod-openapi';
import { dbOf, principal } from '../../platform/http/context.ts';
import { createRouter, security, standardErrors } from '../../platform/http/router.ts';
import { text } from '../../platform/schema/primitives.ts';
import { loaDiffDocument, loaDocument } from './loa-document-service.ts';

const tags = ['Case writing'];
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
const pdf = (description: string) => ({
  description,
  content: { 'application/pdf': { schema: text.openapi({ format: 'binary' }) } },
});
const pdfHeaders = (filename: string) => ({
  'Content-Type': 'application/pdf',
  'Content-Disposition': `inline; filename="${filename}"`,
  'Cache-Control': 'private, no-store',
});

export const loaDocumentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/cases/{ref}/versions/{number}/document.pdf',
      tags,
      security,
      summary: 'The LOA document of a version (basic LOA, amendment or modification) as PDF; a draft is marked DRAFT',
      request: { params: versionParam },
      responses: { 200: pdf('The LOA document'), ...standardErrors },
    }),
    async (c) => {
      const { ref, number } = c.req.valid('param');
      const file = await loaDocument(dbOf(c), principal(c), ref, number);
      return c.body(new Uint8Array(file.pdf), 200, pdfHeaders(file.filename));
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/cases/{ref}/diff/document.pdf',
      tags,
      security,
      summary: 'What one LOA version changes from another (lines, notes, charges, value) as PDF',
      request: { params: caseParam, query: z.object({ from: z.coerce.number().int().min(0), to: z.coerce.number().int().min(0) }) },
      responses: { 200: pdf('The change document'), ...standardErrors },
    }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      const file = await loaDiffDocument(dbOf(c), principal(c), c.req.valid('param').ref, from, to);
      return c.body(new Uint8Array(file.pdf), 200, pdfHeaders(file.filename));
    },
  );
