// Certifications and notices: dated records with their document, audited; the gate reads them at each obligation.
import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { requireArea, requireInScope, requireRecord } from '../../../platform/access/require-access.ts';
import { scopeWhere } from '../../../platform/access/scope-sql.ts';
import { appendAudit } from '../../../platform/audit/service.ts';
import { todayIso } from '../../../platform/dates.ts';
import { badRequest } from '../../../platform/http/errors.ts';
import { parseInput } from '../../../platform/http/validate.ts';
import { requireNotFuture } from '../../../platform/records/guards.ts';
import { partners } from '../../countries/public.ts';
import { programCertifications, programConditions, programNotices } from '../schema.ts';
import { AREA, getCondition } from './condition-service.ts';
import { conditionName } from './gate.ts';
import { certificationInput, noticeInput, noticeListQuery } from './model.ts';
import { CONDITION, stored } from './records.ts';

/** Records the certification that releases a withheld amount (SecDef with SecState concurrence, for USAI). */
export async function recordCertification(db: Db, principal: Principal, conditionId: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(certificationInput, raw);
  requireNotFuture(input.certifiedOn, today, 'certifiedOn');
  await db.transaction(async (tx) => {
    const condition = stored(await requireRecord(tx, principal, CONDITION.write, conditionId, { lock: true }));
    if (condition.kind !== 'withheld_until_certification')
      throw badRequest('Only money withheld until a certification is released by one', [
        { path: 'conditionId', message: `${conditionName(condition)} is not lifted by a certification` },
      ]);
    const [row] = await tx
      .insert(programCertifications)
      .values({ ...input, conditionId: condition.id, recordedBy: principal.username })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'program_certification',
      action: 'program_certification.recorded',
      entityId: row!.id,
      after: { ...row, condition: conditionName(condition) },
    });
  });
  return getCondition(db, principal, conditionId, today);
}

/** Records a notice given to Congress (or a report due before assistance) for one partner under a notice condition. */
export async function recordNotice(db: Db, principal: Principal, conditionId: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(noticeInput, raw);
  requireInScope(principal, 'write', AREA, input.partnerCode, `Partner ${input.partnerCode}`);
  requireNotFuture(input.givenOn, today, 'givenOn');
  await db.transaction(async (tx) => {
    const condition = stored(await requireRecord(tx, principal, CONDITION.write, conditionId, { lock: true }));
    if (condition.kind !== 'advance_notice' && condition.kind !== 'report_before_assistance')
      throw badRequest('Notices are given under a notice or report condition', [
        { path: 'conditionId', message: `${conditionName(condition)} takes no notice` },
      ]);
    if (condition.kind === 'advance_notice' && input.amountCents === null)
      throw badRequest('An advance notice names the amount', [{ path: 'amountCents', message: 'the amount notified, in cents' }]);
    const [partner] = await tx.select({ code: partners.code }).from(partners).where(eq(partners.code, input.partnerCode));
    if (!partner) throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner ${input.partnerCode}` }]);
    const [row] = await tx
      .insert(programNotices)
      .values({ ...input, conditionId: condition.id, recordedBy: principal.username })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'program_notice',
      action: 'program_notice.recorded',
      entityId: row!.id,
      countryCode: input.partnerCode,
      after: { ...row, condition: conditionName(condition) },
    });
  });
  return getCondition(db, principal, conditionId, today);
}

/** Notices within the principal's scope, newest first, with the condition they answer. */
export async function listNotices(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(noticeListQuery, raw);
  const where = and(
    query.partner ? eq(programNotices.partnerCode, query.partner) : undefined,
    query.condition ? eq(programNotices.conditionId, query.condition) : undefined,
    scopeWhere(principal, programNotices.partnerCode),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ notice: programNotices, condition: programConditions })
      .from(programNotices)
      .innerJoin(programConditions, eq(programConditions.id, programNotices.conditionId))
      .where(where)
      .orderBy(desc(programNotices.givenOn))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(programNotices).where(where),
  ]);
  const items = rows.map(({ notice: { createdAt, ...n }, condition }) => ({
    ...n,
    createdAt: createdAt.toISOString(),
    conditionName: conditionName(condition),
    noticeDays: condition.noticeDays,
  }));
  return { items, total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}
