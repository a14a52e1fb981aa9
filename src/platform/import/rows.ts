import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError, badRequest } from '../http/errors.ts';
import { parseCsv } from './csv.ts';

/** One data row of an imported sheet, keyed by its normalised column header, with the row number a user sees. */
export interface SheetRow {
  row: number;
  values: Record<string, string>;
}

/** Headers are matched loosely: "Serial Number", "serial_number" and "SERIAL-NUMBER" are the same column. */
export const normaliseHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads a CSV or XLSX upload as a stream of rows (the format is told by the file's first bytes). */
export async function* readSheetRows(body: AsyncIterable<Uint8Array>): AsyncGenerator<SheetRow> {
  const iterator = body[Symbol.asyncIterator]();
  const firstChunk = await iterator.next();
  if (firstChunk.done) return;
  const head = firstChunk.value;
  async function* replay() {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const isXlsx = XLSX_MAGIC.every((b, i) => head[i] === b);
  yield* keyed(isXlsx ? xlsxRecords(replay()) : parseCsv(replay()));
}

async function* keyed(records: AsyncIterable<{ row: number; fields: string[] }>): AsyncGenerator<SheetRow> {
  let headers: string[] | null = null;
  for await (const record of records) {
    if (!headers) {
      headers = record.fields.map(normaliseHeader);
      continue;
    }
    const values: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h) values[h] = (record.fields[i] ?? '').trim();
    });
    yield { row: record.row, values };
  }
}

async function* xlsxRecords(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<{ row: number; fields: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const cells = (row.values as unknown[]).slice(1);
        yield { row: row.number, fields: cells.map(cellText) };
      }
      return; // the first sheet only
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw badRequest(
      `The file looks like an XLSX workbook but cannot be read (${(error as Error).message}); save it again as XLSX or CSV`,
      [{ path: '(body)', message: 'not a readable XLSX workbook' }],
    );
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value);
}
