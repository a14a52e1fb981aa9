import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.ts';
import { AppError } from './errors.ts';

/**
 * How much a request may send. JSON is small (an LOA of 2,000 lines is about 1.5 MB); files (CSV, XLSX) are streamed
 * through the import as they arrive, so their limit bounds time, not memory. Past the limit: 413, before the body is
 * read when the client says its length, and as soon as the count passes it when it does not.
 */
export const BODY_LIMITS = { json: 4 * 1024 * 1024, file: 64 * 1024 * 1024 } as const;

const FILE_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];

export const tooLarge = (limit: number) =>
  new AppError(413, 'payload_too_large', `The request body is larger than ${Math.round(limit / 1024 / 1024)} MB`);

const jsonLimit = bodyLimit({
  maxSize: BODY_LIMITS.json,
  onError: () => {
    throw tooLarge(BODY_LIMITS.json);
  },
});

/** Counts a streamed file's bytes as the import reads them; the read fails with 413 past the limit. */
function countedBody(body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  let size = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > limit) controller.error(tooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
}

export const limitBody = createMiddleware<AppEnv>(async (c, next) => {
  const raw = c.req.raw;
  if (!raw.body) return next();
  const type = (raw.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!FILE_TYPES.includes(type)) return jsonLimit(c, next);
  const length = raw.headers.get('content-length');
  if (length && !raw.headers.has('transfer-encoding') && Number(length) > BODY_LIMITS.file) throw tooLarge(BODY_LIMITS.file);
  c.req.raw = new Request(raw, { body: countedBody(raw.body, BODY_LIMITS.file), duplex: 'half' } as RequestInit);
  return next();
});
