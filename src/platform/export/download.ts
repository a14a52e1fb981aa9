import { text } from '../schema/primitives.ts';
import { EXPORT_TYPES, type ExportFormat } from './sheet-stream.ts';

/** A list exported as a file: its name and the streamed body (sheetStream). */
export interface Download {
  filename: string;
  body: ReadableStream<Uint8Array>;
}

/** The OpenAPI response of a CSV or XLSX download. */
export const downloadContent = (format: ExportFormat, description: string) => ({
  description,
  content: { [EXPORT_TYPES[format]]: { schema: text.openapi({ format: 'binary' }) } },
});

/** The download as an attachment, never cached by a shared proxy (it is one user's view of the records). */
export const downloadResponse = (out: Download, format: ExportFormat) =>
  new Response(out.body, {
    status: 200,
    headers: {
      'Content-Type': EXPORT_TYPES[format],
      'Content-Disposition': `attachment; filename="${out.filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
