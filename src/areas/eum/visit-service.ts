import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict, notFound } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { AREA, page } from './common.ts';
import { followUpDoneInput, updateVisitInput, visitInput, visitListQuery } from './model.ts';
import { EUM_VISIT, stored } from './records.ts';
import { SOURCE_VISITS } from './rules/sources.ts';
import { eumVisits } from './schema.ts';

type VisitRow = typeof eumVisits.$inferSelect;

export async function listVisits(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(visitListQuery, raw);
  const where: SQL | undefined = and(
    scopeWhere(principal, eumVisits.partnerCode),
    query.partner ? eq(eumVisits.partnerCode, query.partner) : undefined,
    query.status ? eq(eumVisits.status, query.status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db.select().from(eumVisits).where(where).orderBy(desc(eumVisits.plannedOn)).limit(query.limit).offset(query.offset),
    db.select({ n: count() }).from(eumVisits).where(where),
  ]);
  return page(rows.map(view), total?.n ?? 0, query);
}

export async function getVisit(db: Db, principal: Principal, id: string) {
  return view(stored(await requireRecord(db, principal, EUM_VISIT.read, id)));
}

/** Plans a Compliance Assessment Visit to a partner. */
export async function createVisit(db: Db, principal: Principal, raw: unknown) {
  const input = parseInput(visitInput, raw);
  requireArea(principal, 'write', AREA, input.partnerCode);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(eumVisits).values(input).returning();
    await appendAudit(tx, principal, {
      entityType: 'eum_visit',
      action: 'eum_visit.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: view(row!),
    });
    return view(row!);
  });
}

/** Records the visit's outcome: done (with its date), findings, recommendations and follow-ups; or cancelled. */
export async function updateVisit(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(updateVisitInput, raw);
  return db.transaction(async (tx) => {
    const row = stored(await requireRecord(tx, principal, EUM_VISIT.write, id, { lock: true }));
    requireVersion('The visit', input.version, row.version);
    if (row.status !== 'planned' && input.status && input.status !== row.status)
      throw conflict(`A ${row.status} visit stays ${row.status}`);
    const { version: _v, ...changes } = input;
    const next = { ...row, ...changes };
    if (next.status === 'completed' && !next.conductedOn)
      throw badRequest('A completed visit has its date', [{ path: 'conductedOn', message: 'the date the visit took place' }]);
    if (next.conductedOn && next.conductedOn > today)
      throw badRequest('The visit has not happened yet', [{ path: 'conductedOn', message: `on or before ${today}` }]);
    const [after] = await tx
      .update(eumVisits)
      .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
      .where(eq(eumVisits.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'eum_visit',
      action: 'eum_visit.updated',
      entityId: id,
      countryCode: row.partnerCode,
      before: view(row),
      after: view(after!),
    });
    return view(after!);
  });
}

/** Marks one finding's follow-up done, with the date and what was done (the finding is addressed by its position). */
export async function completeFollowUp(db: Db, principal: Principal, id: string, index: number, raw: unknown, today = todayIso()) {
  const input = parseInput(followUpDoneInput, raw);
  requireNotFuture(input.doneOn, today, 'doneOn');
  return db.transaction(async (tx) => {
    const row = stored(await requireRecord(tx, principal, EUM_VISIT.write, id, { lock: true }));
    requireVersion('The visit', input.version, row.version);
    if (row.status !== 'completed') throw conflict(`A ${row.status} visit has no follow-up to close; record the visit first`);
    const finding = row.findings[index];
    if (!finding) throw notFound(`Finding ${index} of visit ${id}`);
    if (!finding.followUp) throw badRequest('This finding has no follow-up', [{ path: 'index', message: 'a finding with a follow-up' }]);
    if (finding.followUpDoneOn) throw conflict(`The follow-up was done on ${finding.followUpDoneOn}`);
    if (row.conductedOn && input.doneOn < row.conductedOn)
      throw badRequest('A follow-up comes after the visit', [{ path: 'doneOn', message: `on or after ${row.conductedOn}` }]);
    const findings = row.findings.map((f, i) => (i === index ? { ...f, followUpDoneOn: input.doneOn, followUpNote: input.note } : f));
    const [after] = await tx
      .update(eumVisits)
      .set({ findings, version: row.version + 1, updatedAt: new Date() })
      .where(eq(eumVisits.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'eum_visit',
      action: 'eum_visit.follow_up_done',
      entityId: id,
      countryCode: row.partnerCode,
      before: { index, followUpDoneOn: null },
      after: { index, followUp: finding.followUp, followUpDoneOn: input.doneOn, followUpNote: input.note },
    });
    return view(after!);
  });
}

const view = (r: VisitRow) => ({
  ...r,
  findings: r.findings.map((f) => ({ ...f, followUpNote: f.followUpNote ?? '' })),
  source: SOURCE_VISITS,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});
