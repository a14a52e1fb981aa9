import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { CaseType, LoaSnapshot } from './rules/loa.ts';
import { loaLines, loaNotes, loaPayments, type loaVersions } from './schema.ts';

export type VersionRow = typeof loaVersions.$inferSelect;

/** Lines, notes and payment schedule of one LOA version. */
export async function loadVersionContent(db: Db | Tx, versionId: string) {
  // One after another: inside a transaction they share a single connection.
  const lines = await db.select().from(loaLines).where(eq(loaLines.versionId, versionId)).orderBy(asc(loaLines.lineNumber));
  const notes = await db.select().from(loaNotes).where(eq(loaNotes.versionId, versionId)).orderBy(asc(loaNotes.code));
  const paymentSchedule = await db.select().from(loaPayments).where(eq(loaPayments.versionId, versionId)).orderBy(asc(loaPayments.dueDate));
  return {
    lines: lines.map(({ id: _id, versionId: _v, ...line }) => line),
    notes: notes.map(({ id: _id, versionId: _v, ...note }) => note),
    paymentSchedule: paymentSchedule.map(({ id: _id, versionId: _v, ...p }) => p),
  };
}

export type VersionContent = Awaited<ReturnType<typeof loadVersionContent>>;

export function snapshotOf(type: CaseType, version: VersionRow, content: VersionContent): LoaSnapshot {
  return {
    caseType: type,
    lines: content.lines,
    notes: content.notes,
    accessorialCents: version.accessorialCents,
    surchargeBasisPoints: version.surchargeBasisPoints,
    offerDate: version.offerDate,
    offerExpirationDate: version.offerExpirationDate,
    acceptedOn: version.acceptedOn,
    paymentSchedule: content.paymentSchedule,
    storedTotalCents: version.totalCents,
  };
}
