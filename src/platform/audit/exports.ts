import type { Db } from '../../db/client.ts';
import type { Principal } from '../access/policy.ts';
import { requireArea } from '../access/require-access.ts';
import { todayIso } from '../dates.ts';
import { inBatches } from '../export/batches.ts';
import { type Cell, type ExportFormat, sheetStream } from '../export/sheet-stream.ts';
import type { AuditSubject } from '../wiring.ts';
import { auditLog } from './schema.ts';
import { type AuditQuery, auditListing, shownEntry } from './service.ts';

const HEADER = ['Sequence', 'Time (UTC)', 'User', 'Action', 'Record type', 'Record', 'Partner', 'Before', 'After', 'Hash'];

const json = (value: Record<string, unknown> | null) => (value === null ? null : JSON.stringify(value));

/**
 * The audit log as a file, for its readers: the same filters (the business identifier resolved by the caller), scope,
 * masking and order as GET /audit, every entry. An entry about a withheld record says only that it exists.
 */
export async function exportAudit(
  db: Db,
  subjects: readonly AuditSubject[],
  principal: Principal,
  query: Omit<AuditQuery, 'limit' | 'offset'>,
  format: ExportFormat,
  today = todayIso(),
) {
  requireArea(principal, 'read', 'audit');
  const { where, withheld, order } = auditListing(subjects, principal, query);
  async function* rows(): AsyncGenerator<Cell[]> {
    const entries = inBatches((offset, limit) =>
      db
        .select({ entry: auditLog, withheld })
        .from(auditLog)
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset),
    );
    for await (const row of entries) {
      const e = shownEntry(row);
      yield [e.seq, e.at, e.actorName, e.action, e.entityType, e.entityId, e.countryCode, json(e.before), json(e.after), e.hash];
    }
  }
  return { filename: `audit-log-${today}.${format}`, body: await sheetStream(format, 'Audit log', HEADER, rows()) };
}
