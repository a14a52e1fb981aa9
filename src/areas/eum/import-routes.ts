import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { type AppEnv, dbOf, principal } from '../../platform/http/context.ts';
import { AppError, badRequest } from '../../platform/http/errors.ts';
import { createRouter, security, standardErrors } from '../../platform/http/router.ts';
import { readSheetRows, type SheetRow } from '../../platform/import/rows.ts';
import { text } from '../../platform/schema/primitives.ts';
import { AREA } from './common.ts';
import { importDeliveries } from './delivery-import.ts';
import type { ImportProgress, ImportSummary } from './import-summary.ts';
import { EUM_INVENTORY } from './records.ts';
import { recordScans } from './scan-import.ts';
import { importSummaryView } from './views.ts';

const tags = ['End-use monitoring'];
const upload = {
  required: true,
  description: 'A CSV (UTF-8, header row) or XLSX file (first sheet, header row); the format is told by the content',
  content: {
    'text/csv': { schema: text },
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: text.openapi({ format: 'binary' }) },
  },
};
const importResponses = {
  200: {
    description:
      'The import summary (JSON); with `Accept: application/x-ndjson`, one progress line per batch then `{"type":"done","summary":…}`',
    content: { 'application/json': { schema: importSummaryView }, 'application/x-ndjson': { schema: text } },
  },
  ...standardErrors,
};

type Run = (rows: AsyncIterable<SheetRow>, onProgress: (p: ImportProgress) => void) => Promise<ImportSummary>;

/** Streams the upload through the import; reports progress as NDJSON lines when the client asks for them. */
function respond(c: Context<AppEnv>, run: Run) {
  const body = c.req.raw.body;
  if (!body) throw badRequest('Send the file as the request body', [{ path: '(body)', message: 'a CSV or XLSX file' }]);
  const rows = readSheetRows(body as unknown as AsyncIterable<Uint8Array>);
  if (!c.req.header('accept')?.includes('application/x-ndjson')) return run(rows, () => {}).then((summary) => c.json(summary, 200));
  const encoder = new TextEncoder();
  const line = (value: unknown) => encoder.encode(`${JSON.stringify(value)}\n`);
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        const summary = await run(rows, (p) => controller.enqueue(line({ type: 'progress', ...p })));
        controller.enqueue(line({ type: 'done', summary }));
      } catch (error) {
        const body =
          error instanceof AppError
            ? error.toBody().error
            : {
                code: 'internal',
                message:
                  'The import stopped on an error on our side; rows already recorded stay recorded, and importing the file again is safe',
              };
        c.get('deps').logger.error({ err: error }, 'import failed');
        controller.enqueue(line({ type: 'error', error: body }));
      }
      controller.close();
    },
  });
  return Promise.resolve(c.body(stream, 200, { 'Content-Type': 'application/x-ndjson', 'Cache-Control': 'no-store' }));
}

export const eumImportRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/items/import',
      tags,
      security,
      summary:
        'Import delivery records (case, line, item_type, serial_number, delivered_on, site): row-level errors, re-import changes nothing',
      request: { body: upload },
      responses: importResponses,
    }),
    async (c) => {
      const p = principal(c);
      requireArea(p, 'write', AREA);
      const writers = c.get('deps').database.kind === 'postgres' ? 2 : 1;
      return respond(c, (rows, onProgress) => importDeliveries(dbOf(c), p, rows, onProgress, { writers })) as never;
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eum/inventories/{id}/scans',
      tags,
      security,
      summary:
        'Import scanned serial numbers (item_type, serial_number, condition, scanned_on, note) into an inventory; re-import changes nothing',
      request: { params: z.object({ id: z.uuid() }), body: upload },
      responses: importResponses,
    }),
    async (c) => {
      const p = principal(c);
      const { id } = c.req.valid('param');
      // Refused before the upload is read, so that the answer is a status, not a line of the stream.
      await requireRecord(dbOf(c), p, EUM_INVENTORY.write, id);
      return respond(c, (rows, onProgress) => recordScans(dbOf(c), p, id, rows, onProgress)) as never;
    },
  );
