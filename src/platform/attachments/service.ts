import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../access/policy.ts';
import { appendAudit } from '../audit/service.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { sniffAttachment } from './rules.ts';
import { attachments } from './schema.ts';

export interface NewAttachment {
  fileName: string;
  bytes: Uint8Array;
}

export interface AttachedTo {
  entityType: string;
  entityId: string;
  partnerCode: string | null;
}

/** Checks every file first (type from content, size), naming the field of a refused one; nothing is kept then. */
export async function checkAttachments(files: readonly NewAttachment[], field = 'files') {
  const checked = [];
  for (const [i, file] of files.entries()) {
    const sniffed = await sniffAttachment(file.fileName, file.bytes);
    if (!sniffed.ok)
      throw badRequest(`${file.fileName} cannot be attached`, [{ path: `${field}.${i}`, message: `${file.fileName}: ${sniffed.reason}` }]);
    checked.push({ ...file, mediaType: sniffed.mediaType });
  }
  return checked;
}

/**
 * Stores checked files against a record, in the caller's transaction (the caller has decided the record's access),
 * with one audit record each (its name, type, size and digest; never the content).
 */
export async function storeAttachments(
  tx: Tx,
  principal: Principal,
  to: AttachedTo,
  files: Awaited<ReturnType<typeof checkAttachments>>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const fileName = file.fileName.replace(/[\\/\0\r\n]/g, '_').slice(0, 200) || 'attachment';
    const [row] = await tx
      .insert(attachments)
      .values({
        ...to,
        fileName,
        mediaType: file.mediaType,
        sizeBytes: file.bytes.length,
        sha256,
        content: file.bytes,
        addedBy: principal.username,
      })
      .returning({ id: attachments.id });
    await appendAudit(tx, principal, {
      entityType: 'attachment',
      action: 'attachment.added',
      entityId: row!.id,
      countryCode: to.partnerCode,
      after: { ...to, fileName, mediaType: file.mediaType, sizeBytes: file.bytes.length, sha256 },
    });
    ids.push(row!.id);
  }
  return ids;
}

/** The files of records (never their content), for a record's page; the caller has decided the records' access. */
export async function listAttachments(db: Db | Tx, entityType: string, entityIds: readonly string[]) {
  if (!entityIds.length) return [];
  return db
    .select({
      id: attachments.id,
      entityId: attachments.entityId,
      fileName: attachments.fileName,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .where(and(eq(attachments.entityType, entityType), inArray(attachments.entityId, [...entityIds])))
    .orderBy(asc(attachments.createdAt));
}

/** One attachment's row without its content: the caller decides on the record it names before reading the file. */
export async function attachmentOwner(db: Db | Tx, id: string) {
  const [row] = await db
    .select({ entityType: attachments.entityType, entityId: attachments.entityId, partnerCode: attachments.partnerCode })
    .from(attachments)
    .where(eq(attachments.id, id));
  if (!row) throw notFound(`Attachment ${id}`);
  return row;
}

export async function attachmentContent(db: Db | Tx, id: string) {
  const [row] = await db
    .select({ fileName: attachments.fileName, mediaType: attachments.mediaType, content: attachments.content })
    .from(attachments)
    .where(eq(attachments.id, id));
  if (!row) throw notFound(`Attachment ${id}`);
  return row;
}
