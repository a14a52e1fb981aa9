import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import type { ImportSummary } from '../areas/eum/public.ts';
import { exportExpected, importDeliveries, recordScans } from '../areas/eum/public.ts';
import { SYSTEM_PRINCIPAL } from '../platform/access/policy.ts';
import { readSheetRows } from '../platform/import/rows.ts';
import { print, withDatabase } from './context.ts';

const describe = (s: ImportSummary) =>
  [
    `${s.rows} rows: ${s.recorded} recorded, ${s.updated} corrected, ${s.unchanged} already recorded, ${s.errorCount} refused`,
    ...s.errors.map((e) => `  row ${e.row}, ${e.field}: ${e.message}`),
  ].join('\n');

/** `iops eum …`: the end-use monitoring bulk work from a terminal (the same imports and exports as the API). */
export function addEumCommands(program: Command): void {
  const eum = program.command('eum').description('End-use monitoring: bulk imports and exports');
  eum
    .command('import-deliveries <file>')
    .description(
      'Import delivery records from CSV or XLSX (case, line, item_type, serial_number, delivered_on, site); re-importing changes nothing',
    )
    .option('--json', 'print the summary as JSON')
    .action((file: string, o: { json?: boolean }) =>
      withDatabase(async ({ db, kind }) => {
        const summary = await importDeliveries(
          db,
          SYSTEM_PRINCIPAL,
          readSheetRows(createReadStream(file)),
          (p) => {
            if (!o.json) process.stderr.write(`\r${p.rows} rows read…`);
          },
          { writers: kind === 'postgres' ? 2 : 1 },
        );
        if (!o.json) process.stderr.write('\n');
        print(summary, !!o.json, () => describe(summary));
        if (summary.errorCount) process.exitCode = 2;
      }),
    );
  eum
    .command('import-scans <inventory> <file>')
    .description('Import scanned serial numbers into an inventory (item_type, serial_number, condition, scanned_on, note)')
    .option('--json', 'print the summary as JSON')
    .action((inventory: string, file: string, o: { json?: boolean }) =>
      withDatabase(async ({ db }) => {
        const summary = await recordScans(db, SYSTEM_PRINCIPAL, inventory, readSheetRows(createReadStream(file)));
        print(summary, !!o.json, () => describe(summary));
        if (summary.errorCount) process.exitCode = 2;
      }),
    );
  eum
    .command('export-expected <inventory> <file>')
    .description('Write the expected list of an inventory to a .csv or .xlsx file, for the counting team')
    .action((inventory: string, file: string) =>
      withDatabase(async ({ db }) => {
        const out = await exportExpected(db, SYSTEM_PRINCIPAL, inventory, file.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
        await pipeline(Readable.fromWeb(out.body as import('node:stream/web').ReadableStream<Uint8Array>), createWriteStream(file));
        print({ file }, false, () => `Wrote ${file}`);
      }),
    );
}
