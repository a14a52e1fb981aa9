import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { decideOwned, type Principal, SYSTEM_PRINCIPAL } from '../access/policy.ts';
import { ownedWhere } from '../access/scope-sql.ts';
import { appendAudit } from '../audit/service.ts';
import { conflict, notFound, versionConflict } from '../http/errors.ts';
import { jobs } from './schema.ts';

export type JobRow = typeof jobs.$inferSelect;
export const OPEN_STATES = ['queued', 'running', 'retrying'] as const;

/** The job, if the principal may read it (its creator or an administrator); otherwise "not found", confirming nothing. */
export async function getJob(db: Db, principal: Principal, id: string): Promise<JobRow> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  if (!row || !decideOwned(principal, row.createdBy).allowed) throw notFound('Job');
  return row;
}

/** The principal's own jobs, newest first; an administrator sees everyone's (filtered in SQL by the same rule). */
export async function listJobs(db: Db, principal: Principal, query: { limit: number; open?: boolean }): Promise<JobRow[]> {
  return db
    .select()
    .from(jobs)
    .where(and(ownedWhere(principal, jobs.createdBy), query.open ? inArray(jobs.state, [...OPEN_STATES]) : undefined))
    .orderBy(desc(jobs.createdAt))
    .limit(query.limit);
}

/** Records a job about to be queued, audited in the same transaction. */
export async function insertJob(db: Db, principal: Principal, kind: string, params: unknown, system = false, id?: string): Promise<JobRow> {
  return db.transaction(async (tx) => {
    const values = { kind, params: params ?? {}, createdBy: system ? null : principal.userId, ...(id ? { id } : {}) };
    const [inserted] = await tx.insert(jobs).values(values).onConflictDoNothing().returning();
    if (!inserted) return (await tx.select().from(jobs).where(eq(jobs.id, id!)))[0]!;
    const row = inserted;
    await appendAudit(tx, principal, { entityType: 'job', action: 'job.submitted', entityId: row.id, after: { kind, params } });
    return row;
  });
}

/**
 * Asks a job to stop: a queued one is cancelled at once (`queued` true: the caller removes it from the queue); a running
 * one is flagged and its worker stops at its next progress step. Optimistic `version`: 409 when the job moved meanwhile.
 */
export async function requestCancel(db: Db, principal: Principal, id: string, version: number): Promise<{ row: JobRow; queued: boolean }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(jobs).where(eq(jobs.id, id)).for('update');
    if (!row || !decideOwned(principal, row.createdBy).allowed) throw notFound('Job');
    if (row.version !== version) throw versionConflict('Job', version, row.version);
    if (!(OPEN_STATES as readonly string[]).includes(row.state))
      throw conflict(`The job has already ${row.state === 'completed' ? 'finished' : row.state}`);
    const queued = row.state !== 'running';
    const [updated] = await tx
      .update(jobs)
      .set(
        queued
          ? { state: 'cancelled', cancelRequested: true, finishedAt: new Date(), version: sql`${jobs.version} + 1` }
          : { cancelRequested: true, version: sql`${jobs.version} + 1` },
      )
      .where(eq(jobs.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'job',
      action: queued ? 'job.cancelled' : 'job.cancel_requested',
      entityId: id,
      before: { state: row.state },
      after: { state: updated!.state },
    });
    return { row: updated!, queued };
  });
}

/** A worker takes the job: running, one more attempt. Null when it was cancelled before it started. */
export async function markRunning(db: Db, id: string): Promise<JobRow | null> {
  const [row] = await db
    .update(jobs)
    .set({ state: 'running', attempts: sql`${jobs.attempts} + 1`, startedAt: new Date(), error: null, version: sql`${jobs.version} + 1` })
    .where(and(eq(jobs.id, id), eq(jobs.cancelRequested, false), inArray(jobs.state, ['queued', 'retrying', 'running'])))
    .returning();
  return row ?? null;
}

/** Saves progress; answers whether a cancel was asked for meanwhile (the worker then stops). */
export async function saveProgress(db: Db, id: string, done: number, total: number | null, note: string | null): Promise<boolean> {
  const [row] = await db
    .update(jobs)
    .set({ progressDone: done, progressTotal: total, progressNote: note })
    .where(eq(jobs.id, id))
    .returning({ cancelRequested: jobs.cancelRequested });
  return row?.cancelRequested ?? true;
}

export type Outcome =
  | { state: 'completed'; result: unknown; file?: { name: string; type: string } }
  | { state: 'failed' | 'retrying'; error: string }
  | { state: 'cancelled' };

/** The end of one attempt, audited (by the system: the worker acts for the queue, not for a user). */
export async function finishAttempt(db: Db, id: string, outcome: Outcome): Promise<void> {
  await db.transaction(async (tx) => {
    const final = outcome.state !== 'retrying';
    const [row] = await tx
      .update(jobs)
      .set({
        state: outcome.state,
        ...(outcome.state === 'completed'
          ? { result: outcome.result ?? null, resultFile: outcome.file?.name ?? null, resultType: outcome.file?.type ?? null }
          : {}),
        ...('error' in outcome ? { error: outcome.error } : {}),
        ...(final ? { finishedAt: new Date() } : {}),
        version: sql`${jobs.version} + 1`,
      })
      .where(eq(jobs.id, id))
      .returning({ kind: jobs.kind });
    if (!row || outcome.state === 'retrying') return;
    const action = outcome.state === 'completed' ? 'job.completed' : outcome.state === 'cancelled' ? 'job.cancelled' : 'job.failed';
    await appendAudit(tx, SYSTEM_PRINCIPAL, { entityType: 'job', action, entityId: id, after: { kind: row.kind, state: outcome.state } });
  });
}
