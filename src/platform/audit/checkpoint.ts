import { createHmac } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { isoDateTime, text } from '../schema/primitives.ts';
import { GENESIS_HASH, sameDigest } from './hash-chain.ts';
import { auditLog } from './schema.ts';

/** A signed statement, kept outside the database, of how long the log was and what its newest record hashed to. */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: string;
  signature: string;
}

const checkpointSchema = z.strictObject({
  seq: z.number().int().min(0),
  hash: text.regex(/^[0-9a-f]{64}$/),
  at: isoDateTime,
  signature: text.regex(/^[0-9a-f]{64}$/),
});

function signature(key: Buffer, seq: number, hash: string, at: string): string {
  return createHmac('sha256', key).update(`iops-audit-checkpoint-v1\n${seq}\n${hash}\n${at}`).digest('hex');
}

export function signCheckpoint(key: Buffer, head: { seq: number; hash: string }, at = new Date()): AuditCheckpoint {
  const time = at.toISOString();
  return { seq: head.seq, hash: head.hash, at: time, signature: signature(key, head.seq, head.hash, time) };
}

export function checkpointSignatureHolds(key: Buffer, checkpoint: AuditCheckpoint): boolean {
  return sameDigest(signature(key, checkpoint.seq, checkpoint.hash, checkpoint.at), checkpoint.signature);
}

/**
 * Signs the current head of the log. Appends take the chain lock and commit in order, so the newest committed record
 * always ends a complete prefix: no lock is needed to read it.
 */
export async function takeCheckpoint(db: Db, key: Buffer, at = new Date()): Promise<AuditCheckpoint> {
  const [head] = await db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return signCheckpoint(key, head ?? { seq: 0, hash: GENESIS_HASH }, at);
}

/** Appends one checkpoint as a JSON line (the file is created owner-only). */
export function appendCheckpoint(file: string, checkpoint: AuditCheckpoint): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
}

/** The checkpoints of a JSON-lines file (none when it does not exist); a malformed line stops with its number. */
export function readCheckpoints(file: string): AuditCheckpoint[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (!line.trim()) return [];
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        parsed = undefined;
      }
      const checkpoint = checkpointSchema.safeParse(parsed);
      if (!checkpoint.success) throw new CheckpointFileError(`${file} line ${index + 1} is not an audit checkpoint`);
      return [checkpoint.data];
    });
}

export class CheckpointFileError extends Error {}

/** Signs the current head and appends it to the checkpoint file (the server does this on start and daily). */
export async function writeCheckpoint(db: Db, key: Buffer, file: string): Promise<AuditCheckpoint> {
  const checkpoint = await takeCheckpoint(db, key);
  appendCheckpoint(file, checkpoint);
  return checkpoint;
}

/**
 * A quick look at start-up: does the log still hold the newest checkpoint of the file (its record, with that hash)?
 * Returns what is wrong, or null; `iops audit verify` is the full check.
 */
export async function newestCheckpointProblem(db: Db, key: Buffer, file: string): Promise<string | null> {
  const newest = readCheckpoints(file).at(-1);
  if (!newest) return null;
  if (!checkpointSignatureHolds(key, newest)) return `the newest checkpoint in ${file} has a bad signature`;
  if (newest.seq === 0) return null;
  const [row] = await db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.seq, newest.seq));
  if (!row) return `record ${newest.seq} of the checkpoint of ${newest.at} is missing`;
  return row.hash === newest.hash ? null : `record ${newest.seq} differs from the checkpoint of ${newest.at}`;
}
