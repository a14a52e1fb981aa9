import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../../platform/access/require-access.ts';
import { scopeWhere } from '../../../platform/access/scope-sql.ts';
import { appendAudit } from '../../../platform/audit/service.ts';
import { todayIso } from '../../../platform/dates.ts';
import { badRequest } from '../../../platform/http/errors.ts';
import { parseInput } from '../../../platform/http/validate.ts';
import { requireVersion } from '../../../platform/records/guards.ts';
import { fundPrograms } from '../../funds/public.ts';
import { CONDITION_LABELS } from '../rules/condition-kinds.ts';
import { ceilingCentsOf } from '../rules/withheld.ts';
import { programCertifications, programConditions, programNotices } from '../schema.ts';
import { conditionName } from './gate.ts';
import { conditionListQuery, createConditionInput, updateConditionInput } from './model.ts';
import { appropriatedCents, netObligatedCents } from './obligated.ts';
import { CONDITION, stored } from './records.ts';

export const AREA = 'special-programs' as const;
type ConditionRow = typeof programConditions.$inferSelect;

/** Where the condition stands today: money withheld (and how much of the ceiling is used) or released, ended, in force. */
async function standing(db: Db | Tx, principal: Principal, row: ConditionRow, today: string) {
  const [certification] = await db
    .select()
    .from(programCertifications)
    .where(eq(programCertifications.conditionId, row.id))
    .orderBy(asc(programCertifications.certifiedOn))
    .limit(1);
  const hasCeiling = row.kind === 'withheld_until_certification' || (row.kind === 'code_availability' && row.ceilingCents !== null);
  // Program-wide sums span every partner: shown to those who see every partner.
  const sums = hasCeiling && principal.scope.allCountries;
  const ceilingCents = hasCeiling ? ceilingCentsOf(row, await appropriatedCents(db, row.programCode, row.fiscalYear)) : null;
  const obligatedCents = sums
    ? await netObligatedCents(db, { programCode: row.programCode, fiscalYear: row.fiscalYear, code: row.appliesToCode })
    : null;
  const ended = row.endsOn !== null && row.endsOn < today;
  const status =
    row.kind === 'withheld_until_certification'
      ? certification && certification.certifiedOn <= today
        ? 'released'
        : 'withheld'
      : ended
        ? 'ended'
        : 'in_force';
  return {
    name: conditionName(row),
    label: CONDITION_LABELS[row.kind],
    status: status as 'released' | 'withheld' | 'ended' | 'in_force',
    certifiedOn: certification?.certifiedOn ?? null,
    ceilingCentsNow: ceilingCents,
    obligatedCents,
  };
}

export const conditionView = (row: ConditionRow) => {
  const { createdAt, updatedAt, ...rest } = row;
  return { ...rest, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
};

export async function listConditions(db: Db, principal: Principal, raw: unknown = {}, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(conditionListQuery, raw);
  const where: (SQL | undefined)[] = [
    query.program ? eq(programConditions.programCode, query.program) : undefined,
    query.fiscalYear ? eq(programConditions.fiscalYear, query.fiscalYear) : undefined,
  ];
  const rows = await db
    .select()
    .from(programConditions)
    .where(and(...where))
    .orderBy(asc(programConditions.programCode), desc(programConditions.fiscalYear), asc(programConditions.kind));
  const items = [];
  for (const row of rows) items.push({ ...conditionView(row), ...(await standing(db, principal, row, today)) });
  return { items, total: items.length };
}

export async function getCondition(db: Db, principal: Principal, id: string, today = todayIso()) {
  const row = stored(await requireRecord(db, principal, CONDITION.read, id));
  const [certifications, notices] = await Promise.all([
    db
      .select()
      .from(programCertifications)
      .where(eq(programCertifications.conditionId, row.id))
      .orderBy(asc(programCertifications.certifiedOn)),
    db
      .select()
      .from(programNotices)
      .where(and(eq(programNotices.conditionId, row.id), scopeWhere(principal, programNotices.partnerCode)))
      .orderBy(desc(programNotices.givenOn)),
  ]);
  return {
    ...conditionView(row),
    ...(await standing(db, principal, row, today)),
    certifications: certifications.map(({ createdAt, ...c }) => ({ ...c, createdAt: createdAt.toISOString() })),
    notices: notices.map(({ createdAt, ...n }) => ({ ...n, createdAt: createdAt.toISOString() })),
  };
}

async function requireProgram(tx: Tx, programCode: string) {
  const [program] = await tx.select({ code: fundPrograms.code }).from(fundPrograms).where(eq(fundPrograms.code, programCode));
  if (!program) throw badRequest('Unknown program', [{ path: 'programCode', message: `no program ${programCode}` }]);
}

/** Conditions are law, entered by those who administer the area (an [open] number is theirs to enter, with its source). */
export async function createCondition(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireArea(principal, 'administer', AREA);
  const input = parseInput(createConditionInput, raw);
  const id = await db.transaction(async (tx) => {
    await requireProgram(tx, input.programCode);
    const [row] = await tx
      .insert(programConditions)
      .values({ ...input, createdBy: principal.username })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'program_condition',
      action: 'program_condition.created',
      entityId: row!.id,
      after: row,
    });
    return row!.id;
  });
  return getCondition(db, principal, id, today);
}

export async function updateCondition(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  requireArea(principal, 'administer', AREA);
  const { version, ...changes } = parseInput(updateConditionInput, raw);
  await db.transaction(async (tx) => {
    const before = stored(await requireRecord(tx, principal, CONDITION.administer, id, { lock: true }));
    requireVersion('Program condition', version, before.version);
    await requireProgram(tx, changes.programCode);
    const [after] = await tx
      .update(programConditions)
      .set({ ...changes, version: before.version + 1, updatedAt: new Date() })
      .where(eq(programConditions.id, before.id))
      .returning();
    await appendAudit(tx, principal, { entityType: 'program_condition', action: 'program_condition.updated', entityId: id, before, after });
  });
  return getCondition(db, principal, id, today);
}
