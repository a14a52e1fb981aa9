import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import { createProgramInput, updateProgramInput } from './model.ts';
import { FUND_PROGRAM, stored } from './records.ts';
import { fundPrograms } from './schema.ts';

export type ProgramRow = typeof fundPrograms.$inferSelect;
const AREA = 'funds' as const;

export const programView = (row: ProgramRow) => ({
  ...row,
  title: row.title as 10 | 22,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function listPrograms(db: Db, principal: Principal) {
  requireArea(principal, 'read', AREA);
  const rows = await db.select().from(fundPrograms).orderBy(asc(fundPrograms.title), asc(fundPrograms.code));
  return rows.map(programView);
}

export async function getProgram(db: Db, principal: Principal, code: string) {
  return programView(stored(await requireRecord(db, principal, FUND_PROGRAM.read, code)));
}

/** Authorities are law: only those who administer funds (administrators, ROLE_GRANTS) add or change them. */
export async function createProgram(db: Db, principal: Principal, raw: unknown) {
  requireArea(principal, 'administer', AREA);
  const input = parseInput(createProgramInput, raw);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ code: fundPrograms.code }).from(fundPrograms).where(eq(fundPrograms.code, input.code));
    if (taken) throw conflict(`Program ${input.code} already exists`);
    const [row] = await tx
      .insert(fundPrograms)
      .values({ ...input, notifications: [...input.notifications], standard: false })
      .returning();
    await appendAudit(tx, principal, { entityType: 'fund_program', action: 'fund_program.created', entityId: row!.code, after: row });
    return programView(row!);
  });
}

export async function updateProgram(db: Db, principal: Principal, code: string, raw: unknown) {
  requireArea(principal, 'administer', AREA);
  const { version, ...changes } = parseInput(updateProgramInput, raw);
  return db.transaction(async (tx) => {
    const before = stored(await requireRecord(tx, principal, FUND_PROGRAM.administer, code, { lock: true }));
    requireVersion(`Program ${code}`, version, before.version);
    const set = { ...changes, ...(changes.notifications ? { notifications: [...changes.notifications] } : {}) };
    const [after] = await tx
      .update(fundPrograms)
      .set({ ...set, version: before.version + 1, updatedAt: new Date() })
      .where(eq(fundPrograms.code, code))
      .returning();
    await appendAudit(tx, principal, { entityType: 'fund_program', action: 'fund_program.updated', entityId: code, before, after });
    return programView(after!);
  });
}
