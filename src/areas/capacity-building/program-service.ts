// The area's reference and rule tables, kept by administrators: programs and their codes, the 333(e) notice period
// (an [open] number: entered, never guessed), and the case-review checklist.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { FUNDING_SOURCES } from '../cases/public.ts';
import { checklistItemInput, createProgramInput, noticePeriodInput, programCodeInput } from './model.ts';
import { NOTICE_PERIOD_OPEN, noticePeriodOn, PURPOSE_LABELS, PURPOSES, PURPOSES_SOURCE } from './rules/programs.ts';
import { cbChecklistItems, cbNoticePeriods, cbProgramCodes, cbPrograms } from './schema.ts';

const AREA = 'capacity-building' as const;

export async function listPrograms(db: Db, principal: Principal, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const [programs, codes, periods] = await Promise.all([
    db.select().from(cbPrograms).orderBy(asc(cbPrograms.name)),
    db.select().from(cbProgramCodes).orderBy(asc(cbProgramCodes.code)),
    db.select().from(cbNoticePeriods).orderBy(asc(cbNoticePeriods.effectiveFrom)),
  ]);
  const inForce = noticePeriodOn(periods, today);
  return {
    programs: programs.map((p) => ({
      key: p.key,
      name: p.name,
      authority: p.authority,
      fundingSource: p.fundingSource,
      requiresNotice: p.requiresNotice,
      active: p.active,
      codes: codes.filter((c) => c.programKey === p.key).map(({ programKey: _k, ...c }) => c),
    })),
    purposes: PURPOSES.map((key) => ({ key, label: PURPOSE_LABELS[key] })),
    purposesSource: PURPOSES_SOURCE,
    noticePeriods: periods.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() })),
    noticePeriodInForce: inForce ? { days: inForce.days, source: inForce.source, verified: inForce.verified } : null,
    noticePeriodMessage: inForce ? null : NOTICE_PERIOD_OPEN,
  };
}

function requireFundingSource(key: string | null) {
  if (key !== null && !FUNDING_SOURCES.some((s) => s.key === key))
    throw badRequest('Unknown funding source', [
      { path: 'fundingSource', message: `one of ${FUNDING_SOURCES.map((s) => s.key).join(', ')}, or null` },
    ]);
}

export async function createProgram(db: Db, principal: Principal, raw: unknown) {
  requireArea(principal, 'administer', AREA);
  const input = parseInput(createProgramInput, raw);
  requireFundingSource(input.fundingSource);
  await db.transaction(async (tx) => {
    const [taken] = await tx.select({ key: cbPrograms.key }).from(cbPrograms).where(eq(cbPrograms.key, input.key));
    if (taken) throw conflict(`A program ${input.key} exists`);
    const [row] = await tx.insert(cbPrograms).values(input).returning();
    await appendAudit(tx, principal, { entityType: 'cb_program', action: 'cb_program.created', entityId: row!.key, after: row });
  });
  return listPrograms(db, principal);
}

export async function addProgramCode(db: Db, principal: Principal, programKey: string, raw: unknown) {
  requireArea(principal, 'administer', AREA);
  const input = parseInput(programCodeInput, raw);
  await db.transaction(async (tx) => {
    const [program] = await tx.select({ key: cbPrograms.key }).from(cbPrograms).where(eq(cbPrograms.key, programKey));
    if (!program) throw badRequest('Unknown program', [{ path: 'key', message: `no program ${programKey}` }]);
    const [taken] = await tx.select().from(cbProgramCodes).where(eq(cbProgramCodes.code, input.code));
    if (taken) throw conflict(`The program code ${input.code} belongs to ${taken.programKey}`);
    const [row] = await tx
      .insert(cbProgramCodes)
      .values({ ...input, programKey })
      .returning();
    await appendAudit(tx, principal, { entityType: 'cb_program', action: 'cb_program.code_added', entityId: programKey, after: row });
  });
  return listPrograms(db, principal);
}

/** A new dated row of the 333(e) notice period; rows in force on the same day may not overlap. */
export async function addNoticePeriod(db: Db, principal: Principal, raw: unknown) {
  requireArea(principal, 'administer', AREA);
  const input = parseInput(noticePeriodInput, raw);
  await db.transaction(async (tx) => {
    const rows = await tx.select().from(cbNoticePeriods).for('update');
    const end = input.effectiveTo ?? '9999-12-31';
    const overlap = rows.find((r) => r.effectiveFrom <= end && (r.effectiveTo ?? '9999-12-31') >= input.effectiveFrom);
    if (overlap)
      throw conflict(
        `A notice period of ${overlap.days} days is in force from ${overlap.effectiveFrom}${overlap.effectiveTo ? ` to ${overlap.effectiveTo}` : ''}: end it before adding one that overlaps`,
      );
    const [row] = await tx
      .insert(cbNoticePeriods)
      .values({ ...input, enteredBy: principal.username })
      .returning();
    await appendAudit(tx, principal, { entityType: 'cb_notice_period', action: 'cb_notice_period.created', entityId: row!.id, after: row });
  });
  return listPrograms(db, principal);
}

export async function listChecklistItems(db: Db, principal: Principal) {
  requireArea(principal, 'read', AREA);
  const rows = await db.select().from(cbChecklistItems).orderBy(asc(cbChecklistItems.position), asc(cbChecklistItems.code));
  return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
}

export async function addChecklistItem(db: Db, principal: Principal, raw: unknown) {
  requireArea(principal, 'administer', AREA);
  const input = parseInput(checklistItemInput, raw);
  await db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: cbChecklistItems.id }).from(cbChecklistItems).where(eq(cbChecklistItems.code, input.code));
    if (taken) throw conflict(`A checklist item ${input.code} exists`);
    const [row] = await tx.insert(cbChecklistItems).values(input).returning();
    await appendAudit(tx, principal, {
      entityType: 'cb_checklist_item',
      action: 'cb_checklist_item.created',
      entityId: row!.id,
      after: row,
    });
  });
  return listChecklistItems(db, principal);
}
