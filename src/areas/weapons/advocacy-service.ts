// Advocacy requests relayed with the Commerce Advocacy Center (EO 13630): the questionnaire, then the anti-bribery
// agreement on file, due diligence, national-interest determination and strategy, each move audited with its reason.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireAccess, requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { partners } from '../countries/public.ts';
import { advocacyListQuery, advocacyMoveInput, createAdvocacyInput, updateAdvocacyInput } from './model.ts';
import { ADVOCACY, COMPETITION } from './records.ts';
import { type AdvocacyState, allowedAdvocacyActions, missingQuestionnaireFields, moveAdvocacy } from './rules/advocacy.ts';
import { weaponAdvocacyRequests, weaponCompanies, weaponCompetitions, weaponSystems } from './schema.ts';
import { nextReference, requireCompany, requirePartner, requireSystem } from './shared.ts';

const AREA = 'weapons' as const;
type Row = typeof weaponAdvocacyRequests.$inferSelect;
export const ADVOCACY_SOURCE =
  'EO 13630; Commerce Advocacy Center: questionnaire + anti-bribery agreement → due diligence → national-interest determination → strategy';

const questionnaireOf = (r: Row) => ({
  saleChannel: r.saleChannel,
  valueCents: r.valueCents,
  usContentPercent: r.usContentPercent,
  bidderOfRecord: r.bidderOfRecord,
  licenceInformation: r.licenceInformation,
  assistanceRequested: r.assistanceRequested,
  decisionDate: r.decisionDate,
  decisionMaker: r.decisionMaker,
  competitors: r.competitors,
});

async function requireCompetitionOf(tx: Db | Tx, principal: Principal, id: string | null | undefined, partnerCode: string) {
  if (!id) return;
  const [c] = await requireAccess(tx, principal, COMPETITION.read, [id]);
  if (c && c.partnerCode !== partnerCode)
    throw badRequest('The competition is another partner’s', [{ path: 'competitionId', message: `${c.reference} is ${c.partnerCode}’s` }]);
}

export async function listAdvocacy(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const q = parseInput(advocacyListQuery, raw);
  const where = and(
    scopeWhere(principal, weaponAdvocacyRequests.partnerCode),
    q.state ? eq(weaponAdvocacyRequests.state, q.state) : undefined,
    q.partner ? eq(weaponAdvocacyRequests.partnerCode, q.partner) : undefined,
    q.system ? eq(weaponAdvocacyRequests.systemId, q.system) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: weaponAdvocacyRequests, company: weaponCompanies.name, system: weaponSystems.name })
      .from(weaponAdvocacyRequests)
      .innerJoin(weaponCompanies, eq(weaponCompanies.id, weaponAdvocacyRequests.companyId))
      .leftJoin(weaponSystems, eq(weaponSystems.id, weaponAdvocacyRequests.systemId))
      .where(where)
      .orderBy(desc(weaponAdvocacyRequests.updatedAt), asc(weaponAdvocacyRequests.reference))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(weaponAdvocacyRequests).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.row.id,
      reference: r.row.reference,
      partnerCode: r.row.partnerCode,
      company: r.company,
      system: r.system,
      state: r.row.state,
      saleChannel: r.row.saleChannel,
      valueCents: r.row.valueCents,
      decisionDate: r.row.decisionDate,
      updatedAt: r.row.updatedAt.toISOString(),
    })),
    total: total?.n ?? 0,
    limit: q.limit,
    offset: q.offset,
  };
}

export async function createAdvocacy(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createAdvocacyInput, raw);
  requireArea(principal, 'write', AREA, input.partnerCode);
  const row = await db.transaction(async (tx) => {
    await requireCompany(tx, input.companyId);
    await requirePartner(tx, input.partnerCode);
    await requireSystem(tx, input.systemId);
    await requireCompetitionOf(tx, principal, input.competitionId, input.partnerCode);
    const reference = await nextReference(tx, weaponAdvocacyRequests, weaponAdvocacyRequests.reference, 'ADV', today.slice(0, 4));
    const [row] = await tx
      .insert(weaponAdvocacyRequests)
      .values({ ...input, reference })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_advocacy',
      action: 'weapon_advocacy.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return row!;
  });
  return getAdvocacy(db, principal, row.id);
}

/** The questionnaire's fields, while it is still being completed (once the agreement is filed it is what was filed). */
export async function updateAdvocacy(db: Db, principal: Principal, id: string, raw: unknown) {
  const { version, ...changes } = parseInput(updateAdvocacyInput, raw);
  await db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, ADVOCACY.write, id, { lock: true });
    requireVersion(`Advocacy request ${before.reference}`, version, before.version);
    if (before.state !== 'questionnaire')
      throw conflict(`Advocacy request ${before.reference} went to the Advocacy Center with its questionnaire; it is no longer changed`);
    await requireSystem(tx, changes.systemId);
    await requireCompetitionOf(tx, principal, changes.competitionId, before.partnerCode);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const [after] = await tx
      .update(weaponAdvocacyRequests)
      .set({ ...defined, version: before.version + 1, updatedAt: new Date() })
      .where(eq(weaponAdvocacyRequests.id, before.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_advocacy',
      action: 'weapon_advocacy.updated',
      entityId: before.id,
      countryCode: before.partnerCode,
      before,
      after,
    });
  });
  return getAdvocacy(db, principal, id);
}

const TEXT_REQUIRED: Partial<Record<string, string>> = {
  complete_due_diligence: 'the due-diligence findings',
  determine_national_interest: 'the national-interest determination',
  set_strategy: 'the advocacy strategy',
};

/** One step of the process, in order, with its date and reason (audited). */
export async function moveAdvocacyRequest(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(advocacyMoveInput, raw);
  requireNotFuture(input.on, today, 'on');
  await db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, ADVOCACY.write, id, { lock: true });
    requireVersion(`Advocacy request ${before.reference}`, input.version, before.version);
    const move = moveAdvocacy(before.state, input.action, questionnaireOf(before));
    if (!move.ok) {
      if (move.fields) throw new AppError(409, 'conflict', move.reason, move.fields);
      throw illegalTransition(move.reason, move.allowed);
    }
    const needs = TEXT_REQUIRED[input.action];
    if (needs && !input.text.trim()) throw badRequest(`Record ${needs}`, [{ path: 'text', message: `${needs}, required for this step` }]);
    const set: Partial<Row> = { state: move.to };
    if (input.action === 'file_agreement') set.agreementOnFileOn = input.on;
    if (input.action === 'complete_due_diligence') Object.assign(set, { dueDiligenceOn: input.on, dueDiligenceFindings: input.text });
    if (input.action === 'determine_national_interest')
      Object.assign(set, { nationalInterestOn: input.on, nationalInterestDetermination: input.text });
    if (input.action === 'set_strategy') Object.assign(set, { strategySetOn: input.on, strategy: input.text });
    if (input.action === 'decline' || input.action === 'withdraw') Object.assign(set, { endedOn: input.on, endReason: input.reason });
    const [after] = await tx
      .update(weaponAdvocacyRequests)
      .set({ ...set, version: before.version + 1, updatedAt: new Date() })
      .where(eq(weaponAdvocacyRequests.id, before.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_advocacy',
      action: `weapon_advocacy.${input.action}` as const,
      entityId: before.id,
      countryCode: before.partnerCode,
      before,
      after: { ...after, reason: input.reason },
    });
  });
  return getAdvocacy(db, principal, id);
}

export async function getAdvocacy(db: Db | Tx, principal: Principal, id: string) {
  const { access: _a, ...row } = await requireRecord(db, principal, ADVOCACY.read, id);
  const [company, [extra]] = await Promise.all([
    requireCompany(db, row.companyId),
    db
      .select({ partnerName: partners.name, system: weaponSystems.name, competition: weaponCompetitions.reference })
      .from(weaponAdvocacyRequests)
      .innerJoin(partners, eq(partners.code, weaponAdvocacyRequests.partnerCode))
      .leftJoin(weaponSystems, eq(weaponSystems.id, weaponAdvocacyRequests.systemId))
      .leftJoin(weaponCompetitions, eq(weaponCompetitions.id, weaponAdvocacyRequests.competitionId))
      .where(eq(weaponAdvocacyRequests.id, row.id)),
  ]);
  return {
    id: row.id,
    reference: row.reference,
    company: { id: company.id, name: company.name, sizeCategory: company.sizeCategory, cageCode: company.cageCode },
    partnerCode: row.partnerCode,
    partnerName: extra?.partnerName ?? row.partnerCode,
    systemId: row.systemId,
    system: extra?.system ?? null,
    competitionId: row.competitionId,
    competition: extra?.competition ?? null,
    state: row.state as AdvocacyState,
    ...questionnaireOf(row),
    missing: missingQuestionnaireFields(questionnaireOf(row)),
    agreementOnFileOn: row.agreementOnFileOn,
    dueDiligenceOn: row.dueDiligenceOn,
    dueDiligenceFindings: row.dueDiligenceFindings,
    nationalInterestOn: row.nationalInterestOn,
    nationalInterestDetermination: row.nationalInterestDetermination,
    strategySetOn: row.strategySetOn,
    strategy: row.strategy,
    endedOn: row.endedOn,
    endReason: row.endReason,
    allowedActions: allowedAdvocacyActions(row.state),
    source: ADVOCACY_SOURCE,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
