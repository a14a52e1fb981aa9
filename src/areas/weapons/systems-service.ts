// The weapons systems catalogue: any reader of the area sees it; administrators and weapons writers keep it.
import { and, asc, desc, eq, ilike, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import { createSystemInput, systemListQuery, updateSystemInput } from './model.ts';
import { SYSTEM } from './records.ts';
import { competitionStage } from './rules/competition-stage.ts';
import type { TechnologyArea } from './rules/technology-areas.ts';
import { weaponAdvocacyRequests, weaponCompetitions, weaponForecastRows, weaponInquiries, weaponSystems } from './schema.ts';
import { casesAsSeen, scopeOrNone } from './shared.ts';
import { listTsfdRequests } from './tsfd/tsfd-service.ts';
import { milestonesOf } from './views-of.ts';

const AREA = 'weapons' as const;
type SystemRow = typeof weaponSystems.$inferSelect;

const viewOf = (r: SystemRow) => ({
  id: r.id,
  name: r.name,
  sme: r.sme,
  mde: r.mde,
  technologyAreas: r.technologyAreas as TechnologyArea[],
  productionNotes: r.productionNotes,
  obsolescenceNotes: r.obsolescenceNotes,
  exportPolicyNotes: r.exportPolicyNotes,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

export async function listSystems(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const q = parseInput(systemListQuery, raw);
  const where = and(
    q.q ? ilike(weaponSystems.name, containing(q.q)) : undefined,
    q.technologyArea ? sql`${q.technologyArea} = any(${weaponSystems.technologyAreas})` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db.select().from(weaponSystems).where(where).orderBy(asc(weaponSystems.name)).limit(q.limit).offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(weaponSystems).where(where),
  ]);
  return { items: rows.map(viewOf), total: total?.n ?? 0, limit: q.limit, offset: q.offset };
}

async function uniqueName(db: Db, name: string, except?: string) {
  const [same] = await db.select({ id: weaponSystems.id }).from(weaponSystems).where(sql`lower(${weaponSystems.name}) = lower(${name})`);
  if (same && same.id !== except) throw conflict(`A weapons system named ${name} is already in the catalogue`);
}

export async function createSystem(db: Db, principal: Principal, raw: unknown) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createSystemInput, raw);
  await uniqueName(db, input.name);
  const row = await db.transaction(async (tx) => {
    const [row] = await tx.insert(weaponSystems).values(input).returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_system',
      action: 'weapon_system.created',
      entityId: row!.id,
      countryCode: null,
      after: row,
    });
    return row!;
  });
  return getSystem(db, principal, row.id);
}

export async function updateSystem(db: Db, principal: Principal, id: string, raw: unknown) {
  const { version, ...changes } = parseInput(updateSystemInput, raw);
  if (changes.name) await uniqueName(db, changes.name, id);
  await db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, SYSTEM.write, id, { lock: true });
    requireVersion(`Weapons system ${before.name}`, version, before.version);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const [after] = await tx
      .update(weaponSystems)
      .set({ ...defined, version: before.version + 1, updatedAt: new Date() })
      .where(eq(weaponSystems.id, before.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_system',
      action: 'weapon_system.updated',
      entityId: before.id,
      countryCode: null,
      before,
      after,
    });
  });
  return getSystem(db, principal, id);
}

/**
 * The records of the weapons area that concern a system, as the reader may see them (partner scope in SQL): inquiries,
 * advocacy requests, competitions, forecast rows, and the cases these link to. For the system page, and for other
 * weapons records (TSFD requests) that show what else concerns their system.
 */
export async function recordsConcerningSystem(db: Db, principal: Principal, systemId: string) {
  const [inquiries, advocacy, competitions, forecast] = await Promise.all([
    db
      .select({
        id: weaponInquiries.id,
        reference: weaponInquiries.reference,
        partnerCode: weaponInquiries.partnerCode,
        receivedOn: weaponInquiries.receivedOn,
        closedOn: weaponInquiries.closedOn,
        caseIds: weaponInquiries.caseIds,
      })
      .from(weaponInquiries)
      .where(and(eq(weaponInquiries.systemId, systemId), scopeOrNone(principal, weaponInquiries.partnerCode)))
      .orderBy(desc(weaponInquiries.receivedOn))
      .limit(200),
    db
      .select({
        id: weaponAdvocacyRequests.id,
        reference: weaponAdvocacyRequests.reference,
        partnerCode: weaponAdvocacyRequests.partnerCode,
        state: weaponAdvocacyRequests.state,
      })
      .from(weaponAdvocacyRequests)
      .where(and(eq(weaponAdvocacyRequests.systemId, systemId), scopeWhere(principal, weaponAdvocacyRequests.partnerCode)))
      .orderBy(desc(weaponAdvocacyRequests.createdAt))
      .limit(200),
    db
      .select()
      .from(weaponCompetitions)
      .where(and(eq(weaponCompetitions.systemId, systemId), scopeWhere(principal, weaponCompetitions.partnerCode)))
      .orderBy(desc(weaponCompetitions.createdAt))
      .limit(200),
    db
      .select({
        id: weaponForecastRows.id,
        partnerCode: weaponForecastRows.partnerCode,
        fiscalYear: weaponForecastRows.fiscalYear,
        description: weaponForecastRows.description,
        valueCents: weaponForecastRows.valueCents,
        likelihoodPercent: weaponForecastRows.likelihoodPercent,
      })
      .from(weaponForecastRows)
      .where(and(eq(weaponForecastRows.systemId, systemId), scopeWhere(principal, weaponForecastRows.partnerCode)))
      .orderBy(desc(weaponForecastRows.fiscalYear), asc(weaponForecastRows.partnerCode))
      .limit(200),
  ]);
  const caseIds = [...new Set([...inquiries.flatMap((i) => i.caseIds), ...competitions.flatMap((c) => c.caseIds)])];
  return {
    inquiries: inquiries.map(({ caseIds: _c, ...i }) => ({ ...i, open: i.closedOn === null })),
    advocacy,
    competitions: competitions.map((c) => ({
      id: c.id,
      reference: c.reference,
      partnerCode: c.partnerCode,
      title: c.title,
      stage: competitionStage(milestonesOf(c), c.cancelledOn),
    })),
    forecast,
    cases: await casesAsSeen(db, principal, caseIds),
    // Through the TSFD list: only for holders of the `tsfd` need-to-know; to anyone else there are none.
    tsfd: (await listTsfdRequests(db, principal, { systemId, limit: 200 })).items.map((r) => ({
      id: r.id,
      reference: r.reference,
      partnerCode: r.partnerCode,
      statusLabel: r.statusLabel,
    })),
  };
}

export async function getSystem(db: Db, principal: Principal, id: string) {
  const { access: _a, ...row } = await requireRecord(db, principal, SYSTEM.read, id);
  return { ...viewOf(row), concerning: await recordsConcerningSystem(db, principal, row.id) };
}
