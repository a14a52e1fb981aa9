import { fileTypeFromBuffer } from 'file-type';

// What may be attached: documents and scans a partner or an office sends with a request or a report. The type is read
// from the bytes (file-type), so a renamed executable is refused whatever its name says.

/** The largest file accepted: 10 MiB, enough for a scanned multi-page letter, small enough for a database row. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ALLOWED_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** Plain text and CSV have no signature to sniff: accepted as text only when the bytes are valid UTF-8 without NUL. */
const TEXT_TYPES: Record<string, string> = { csv: 'text/csv', txt: 'text/plain' };

export type Sniffed = { ok: true; mediaType: string } | { ok: false; reason: string };

export async function sniffAttachment(fileName: string, bytes: Uint8Array): Promise<Sniffed> {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, reason: `larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB` };
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    return (ALLOWED_MEDIA_TYPES as readonly string[]).includes(found.mime)
      ? { ok: true, mediaType: found.mime }
      : { ok: false, reason: `a ${found.ext.toUpperCase()} file is not accepted (PDF, images, Word, Excel, CSV or text only)` };
  }
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const textType = TEXT_TYPES[extension];
  if (textType && isPlainText(bytes)) return { ok: true, mediaType: textType };
  return { ok: false, reason: 'the type of this file cannot be recognised (PDF, images, Word, Excel, CSV or text only)' };
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
