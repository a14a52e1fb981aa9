import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { defuse } from './defuse.ts';

export type Cell = string | number | boolean | null;

export const EXPORT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type ExportFormat = keyof typeof EXPORT_TYPES;

export { defuse } from './defuse.ts';

/**
 * Streams rows out as CSV or XLSX without holding them all: the body of a download of any size. The first row is read
 * before the stream is returned, so that a query that fails (bad input the checks missed, a lost connection) fails
 * while the answer can still be an error status, not a 200 whose body breaks off.
 */
export async function sheetStream(
  format: ExportFormat,
  sheetName: string,
  header: readonly string[],
  source: AsyncIterable<readonly Cell[]>,
): Promise<ReadableStream<Uint8Array>> {
  const rows = await primed(source);
  if (format === 'csv') {
    async function* csv() {
      yield Buffer.from(stringify([header], { record_delimiter: '\r\n' }));
      let buffered: Cell[][] = [];
      for await (const row of rows) {
        buffered.push(row.map(defuse));
        if (buffered.length >= 2000) {
          yield Buffer.from(stringify(buffered, { record_delimiter: '\r\n' }));
          buffered = [];
        }
      }
      if (buffered.length) yield Buffer.from(stringify(buffered, { record_delimiter: '\r\n' }));
    }
    return Readable.toWeb(Readable.from(csv())) as ReadableStream<Uint8Array>;
  }
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  void (async () => {
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...header]).commit();
    for await (const row of rows) sheet.addRow(row.map((c) => c ?? '')).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

async function primed<T>(source: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
}
