import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { jobFiles } from './schema.ts';

/** One part of a stored file: small enough for one statement, large enough that a 100 MB upload is a hundred rows. */
const PART_BYTES = 1024 * 1024;
export type FileRole = 'input' | 'output';

/** Stores a stream as parts of the job's input or output; answers the bytes stored. */
export async function storeFile(
  db: Db,
  jobId: string,
  role: FileRole,
  body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<number> {
  let part = 0;
  let total = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (!pendingBytes) return;
    await db.insert(jobFiles).values({ jobId, role, part, bytes: Buffer.concat(pending) });
    part += 1;
    pending = [];
    pendingBytes = 0;
  };
  for await (const chunk of body) {
    pending.push(chunk);
    pendingBytes += chunk.byteLength;
    total += chunk.byteLength;
    if (pendingBytes >= PART_BYTES) await flush();
  }
  await flush();
  return total;
}

/** Reads a stored file back part by part (one part in memory at a time). */
export async function* readFile(db: Db, jobId: string, role: FileRole): AsyncGenerator<Uint8Array> {
  let next = 0;
  for (;;) {
    const [row] = await db
      .select({ part: jobFiles.part, bytes: jobFiles.bytes })
      .from(jobFiles)
      .where(and(eq(jobFiles.jobId, jobId), eq(jobFiles.role, role), gt(jobFiles.part, next - 1)))
      .orderBy(asc(jobFiles.part))
      .limit(1);
    if (!row) return;
    yield new Uint8Array(row.bytes);
    next = row.part + 1;
  }
}

/** Drops a file (an output about to be rendered again by a retry). */
export async function dropFile(db: Db, jobId: string, role: FileRole): Promise<void> {
  await db.delete(jobFiles).where(and(eq(jobFiles.jobId, jobId), eq(jobFiles.role, role)));
}

export async function fileSize(db: Db, jobId: string, role: FileRole): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(octet_length(${jobFiles.bytes})), 0)::int` })
    .from(jobFiles)
    .where(and(eq(jobFiles.jobId, jobId), eq(jobFiles.role, role)));
  return row?.n ?? 0;
}
