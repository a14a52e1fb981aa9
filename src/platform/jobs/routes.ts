import { createRoute, z } from '@hono/zod-openapi';
import { type AppEnv, dbOf, principal } from '../http/context.ts';
import { AppError, badRequest, notFound } from '../http/errors.ts';
import { createRouter, json, jsonBody, security, standardErrors } from '../http/router.ts';
import { text } from '../schema/primitives.ts';
import { readFile } from './files.ts';
import type { JobQueue } from './queue.ts';
import { getJob, type JobRow, listJobs } from './service.ts';

const tags = ['Jobs'];
const idParam = z.object({ id: z.uuid() });

export const jobView = z
  .object({
    id: text,
    kind: text,
    label: text.openapi({ description: 'What the job does, in plain words' }),
    state: z.enum(['queued', 'running', 'retrying', 'completed', 'failed', 'cancelled']),
    progress: z.object({ done: z.number().int(), total: z.number().int().nullable(), note: text.nullable() }),
    attempts: z.number().int(),
    cancelRequested: z.boolean(),
    error: text.nullable(),
    result: z.unknown().openapi({ description: 'The summary of a finished job (e.g. the import summary)' }),
    resultFile: text.nullable().openapi({ description: 'The name of the rendered file, when there is one (GET …/result)' }),
    mine: z.boolean(),
    createdAt: text,
    startedAt: text.nullable(),
    finishedAt: text.nullable(),
    version: z.number().int(),
  })
  .openapi('Job');

type Job = z.infer<typeof jobView>;
const errors = { ...standardErrors, 503: { description: 'This process does not queue jobs' } };

/** Background jobs: start one, follow its progress, cancel it, fetch what it rendered. Each user sees only their own. */
export function jobRoutes() {
  const queueOf = (c: { get(key: 'deps'): AppEnv['Variables']['deps'] }): JobQueue => {
    const queue = c.get('deps').jobs;
    if (!queue) throw new AppError(503, 'unavailable', 'Background jobs are not running in this process');
    return queue;
  };
  const view = (queue: JobQueue | undefined, userId: string, row: JobRow): Job => ({
    id: row.id,
    kind: row.kind,
    label: queue?.kinds.get(row.kind)?.label ?? row.kind,
    state: row.state as Job['state'],
    progress: { done: row.progressDone, total: row.progressTotal, note: row.progressNote },
    attempts: row.attempts,
    cancelRequested: row.cancelRequested,
    error: row.error,
    result: row.result ?? null,
    resultFile: row.resultFile,
    mine: row.createdBy === userId,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    version: row.version,
  });
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/jobs',
        tags,
        security,
        summary: 'My background jobs, newest first (an administrator sees everyone’s)',
        request: {
          query: z.object({
            open: z.enum(['true', 'false']).default('false').openapi({ description: 'Only jobs still queued or running' }),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
        },
        responses: { 200: json(z.object({ items: z.array(jobView) }), 'Jobs'), ...errors },
      }),
      async (c) => {
        const p = principal(c);
        const { open, limit } = c.req.valid('query');
        const rows = await listJobs(dbOf(c), p, { limit, open: open === 'true' });
        return c.json({ items: rows.map((r) => view(c.get('deps').jobs, p.userId, r)) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/jobs',
        tags,
        security,
        summary: 'Start a background job (an export, a portfolio document; reminders and checkpoints: administrators)',
        request: { body: jsonBody(z.object({ kind: text, params: z.record(z.string(), z.unknown()).default({}) }).openapi('StartJob')) },
        responses: { 202: json(jobView, 'Queued'), ...errors },
      }),
      async (c) => {
        const p = principal(c);
        const queue = queueOf(c);
        const { kind, params } = c.req.valid('json');
        if (queue.kinds.get(kind)?.upload)
          throw badRequest('This job works on a file', [{ path: 'kind', message: 'upload it to /jobs/{kind}/upload' }]);
        return c.json(view(queue, p.userId, await queue.submit(p, kind, params)), 202);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/jobs/{kind}/upload',
        tags,
        security,
        summary: 'Start an import job on an uploaded CSV or XLSX file; its parameters (e.g. inventoryId) as the query',
        request: {
          params: z.object({
            kind: text.regex(/^[a-z]+(\.[a-z]+(-[a-z]+)*)+$/, 'a job kind, such as eum.import-scans'),
          }),
          query: z.object({ inventoryId: z.uuid().optional() }).openapi({ description: 'The job’s parameters' }),
          body: {
            required: true,
            description: 'A CSV (UTF-8, header row) or XLSX file (first sheet, header row)',
            content: {
              'text/csv': { schema: text },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: text.openapi({ format: 'binary' }) },
            },
          },
        },
        responses: { 202: json(jobView, 'Queued'), ...errors },
      }),
      async (c) => {
        const p = principal(c);
        const queue = queueOf(c);
        const { kind } = c.req.valid('param');
        if (queue.kinds.has(kind) && !queue.kinds.get(kind)!.upload)
          throw badRequest('This job takes no file', [{ path: 'kind', message: 'start it with POST /jobs' }]);
        const body = c.req.raw.body;
        if (!body) throw badRequest('Send the file as the request body', [{ path: '(body)', message: 'a CSV or XLSX file' }]);
        const params = Object.fromEntries(Object.entries(c.req.valid('query')).filter(([, v]) => v !== undefined));
        const row = await queue.submit(p, kind, params, body as unknown as AsyncIterable<Uint8Array>);
        return c.json(view(queue, p.userId, row), 202);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/jobs/{id}',
        tags,
        security,
        summary: 'One of my jobs: state, progress, error, result',
        request: { params: idParam },
        responses: { 200: json(jobView, 'The job'), ...errors },
      }),
      async (c) => {
        const p = principal(c);
        return c.json(view(c.get('deps').jobs, p.userId, await getJob(dbOf(c), p, c.req.valid('param').id)), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/jobs/{id}/cancel',
        tags,
        security,
        summary: 'Cancel a queued job, or ask a running one to stop at its next step',
        request: { params: idParam, body: jsonBody(z.object({ version: z.number().int().min(1) }).openapi('CancelJob')) },
        responses: { 200: json(jobView, 'Cancelled, or asked to stop'), ...errors },
      }),
      async (c) => {
        const p = principal(c);
        const queue = queueOf(c);
        const row = await queue.cancel(p, c.req.valid('param').id, c.req.valid('json').version);
        return c.json(view(queue, p.userId, row), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/jobs/{id}/result',
        tags,
        security,
        summary: 'The file a finished job rendered',
        request: { params: idParam },
        responses: {
          200: { description: 'The file', content: { 'application/octet-stream': { schema: text.openapi({ format: 'binary' }) } } },
          ...errors,
        },
      }),
      async (c) => {
        const db = dbOf(c);
        const row = await getJob(db, principal(c), c.req.valid('param').id);
        if (row.state !== 'completed' || !row.resultFile) throw notFound('The job’s file');
        const parts = readFile(db, row.id, 'output');
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            const next = await parts.next();
            if (next.done) controller.close();
            else controller.enqueue(next.value);
          },
        });
        const filename = row.resultFile.replace(/[^\w.-]/g, '_');
        return new Response(body, {
          status: 200,
          headers: {
            'Content-Type': row.resultType ?? 'application/octet-stream',
            'Content-Disposition': `attachment; filename="${filename}"`,
            'Cache-Control': 'private, no-store',
          },
        }) as never;
      },
    );
}
