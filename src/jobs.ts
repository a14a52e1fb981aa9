// The background jobs this system runs (pg-boss in PostgreSQL, src/platform/jobs/queue.ts): imports, rendered
// documents, the daily deadline reminders and the audit checkpoints. Each calls the same entry point as the request
// or command that did the work before, as the user who asked, so access is decided exactly as it was.
import { z } from 'zod';
import type { Wiring } from './areas/area-module.ts';
import { exportItems, importDeliveries, recordScans } from './areas/eum/public.ts';
import { exportPortfolio } from './areas/portfolio/public.ts';
import { requireArea } from './platform/access/require-access.ts';
import { newestCheckpointProblem, writeCheckpoint } from './platform/audit/checkpoint.ts';
import { auditFiles } from './platform/audit/key.ts';
import type { Config } from './platform/config.ts';
import { forbidden } from './platform/http/errors.ts';
import { readSheetRows, type SheetRow } from './platform/import/rows.ts';
import type { JobKind } from './platform/jobs/queue.ts';
import { writeDeadlineReminders } from './platform/jobs/reminders.ts';
import { text } from './platform/schema/primitives.ts';

const EXPORT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;

/** Rows of the upload that stop at the next row once the job is cancelled or its worker stops. */
async function* untilAborted(rows: AsyncIterable<SheetRow>, signal: AbortSignal): AsyncGenerator<SheetRow> {
  for await (const row of rows) {
    signal.throwIfAborted();
    yield row;
  }
}

const asBytes = async function* (body: ReadableStream<Uint8Array>) {
  yield* body as unknown as AsyncIterable<Uint8Array>;
};

const administratorsOnly = (principal: { roles: readonly string[] }) => {
  if (!principal.roles.includes('administrator')) throw forbidden('Only an administrator may start this job');
};

export function jobKinds(wiring: Wiring, config: Config, auditKey: Buffer): JobKind<never>[] {
  const importDeliveriesJob: JobKind<Record<string, never>> = {
    kind: 'eum.import-deliveries',
    label: 'Import of delivered items (EUM)',
    params: z.object({}).strict(),
    upload: true,
    authorize: (principal) => requireArea(principal, 'write', 'eum'),
    async run({ database, principal, input, progress, signal }) {
      const writers = database.kind === 'postgres' ? 2 : 1;
      const onProgress = (p: { rows: number }) => void progress(p.rows, null, `${p.rows} rows read`).catch(() => {});
      const rows = untilAborted(readSheetRows(input()), signal);
      return { result: await importDeliveries(database.db, principal, rows, onProgress, { writers }) };
    },
  };
  const importScansJob: JobKind<{ inventoryId: string }> = {
    kind: 'eum.import-scans',
    label: 'Import of scanned serial numbers into an inventory (EUM)',
    params: z.object({ inventoryId: z.uuid() }),
    upload: true,
    authorize: (principal) => requireArea(principal, 'write', 'eum'),
    async run({ database, principal, params, input, progress, signal }) {
      const onProgress = (p: { rows: number }) => void progress(p.rows, null, `${p.rows} rows read`).catch(() => {});
      const rows = untilAborted(readSheetRows(input()), signal);
      return { result: await recordScans(database.db, principal, params.inventoryId, rows, onProgress) };
    },
  };
  const exportItemsJob: JobKind<{ format: 'xlsx' | 'csv'; query: Record<string, string> }> = {
    kind: 'eum.export-items',
    label: 'Export of the end-use monitoring item list',
    params: z.object({ format: z.enum(['xlsx', 'csv']), query: z.record(z.string(), text.max(200)).default({}) }),
    authorize: (principal) => requireArea(principal, 'read', 'eum'),
    async run({ database, principal, params }) {
      const out = await exportItems(database.readDb, principal, params.query, params.format);
      return { result: { file: out.filename }, file: { name: out.filename, type: EXPORT_TYPES[params.format], body: asBytes(out.body) } };
    },
  };
  const portfolioJob: JobKind<{ partner: string; format: 'pdf' | 'xlsx' }> = {
    kind: 'portfolio.document',
    label: 'Country portfolio document',
    params: z.object({ partner: text.regex(/^[A-Z0-9]{2}$/, 'a two-character partner code'), format: z.enum(['pdf', 'xlsx']) }),
    authorize: () => {}, // the portfolio itself refuses a partner outside the user's scope, as the page does
    async run({ database, principal, params, progress }) {
      await progress(0, 1, 'rendering');
      const out = await exportPortfolio(database.readDb, wiring, principal, params.partner, params.format);
      return { result: { file: out.filename }, file: { name: out.filename, type: out.contentType, body: [new Uint8Array(out.body)] } };
    },
  };
  const remindersJob: JobKind<{ withinDays: number }> = {
    kind: 'deadlines.reminders',
    label: "Each user's deadline reminder of the day",
    params: z.object({ withinDays: z.number().int().min(1).max(90) }),
    authorize: administratorsOnly,
    schedule: { cron: '0 5 * * *', params: { withinDays: config.DEADLINE_REMINDER_DAYS } },
    async run({ database, params, progress }) {
      const result = await writeDeadlineReminders(database, wiring.deadlineSources, params.withinDays, (done, total) =>
        progress(done, total, `${done} of ${total} users`),
      );
      return { result };
    },
  };
  const checkpointJob: JobKind<Record<string, never>> = {
    kind: 'audit.checkpoint',
    label: "Signed checkpoint of the audit log's head",
    params: z.object({}).strict(),
    authorize: administratorsOnly,
    schedule: { cron: '0 * * * *', params: {} },
    async run({ database }) {
      const file = auditFiles(config).checkpointFile;
      const problem = await newestCheckpointProblem(database.db, auditKey, file);
      if (problem) throw new Error(`The audit log does not hold its last checkpoint: ${problem}; run \`iops audit verify\``);
      const { seq, hash } = await writeCheckpoint(database.db, auditKey, file);
      return { result: { seq, hash } };
    },
  };
  return [importDeliveriesJob, importScansJob, exportItemsJob, portfolioJob, remindersJob, checkpointJob] as JobKind<never>[];
}
