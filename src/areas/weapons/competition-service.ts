// A partner's international competitions (shared/domain.md §10): requirement, U.S. bidders and foreign competitors,
// FMS/DCS/both, the LOR a solicitation through proper channels is, milestones, neutrality, policy issues, outcome.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { AppError, badRequest } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import { lettersOfRequest } from '../cases/public.ts';
import { partners } from '../countries/public.ts';
import { competitionListQuery, createCompetitionInput, updateCompetitionInput } from './model.ts';
import { COMPETITION } from './records.ts';
import {
  type CompetitionStage,
  competitionStage,
  MILESTONES,
  type MilestoneDates,
  milestoneOrderErrors,
} from './rules/competition-stage.ts';
import { activeUsBidders, SINGLE_OFFER_RULE, singleOfferBlock } from './rules/neutrality.ts';
import { weaponAdvocacyRequests, weaponCompetitions, weaponSystems } from './schema.ts';
import { casesAsSeen, nextReference, requireCases, requireLor, requirePartner, requireSystem } from './shared.ts';
import { milestoneColumns, milestonesOf } from './views-of.ts';

const AREA = 'weapons' as const;
type Row = typeof weaponCompetitions.$inferSelect;
export const NEUTRALITY_SOURCE =
  'U.S. staff stay neutral among U.S. bidders: attend all U.S. briefings or none; single-offer advocacy only when one U.S. team remains (shared/domain.md §10)';

/** The stage (rules/competition-stage.ts competitionStage), in SQL for the list's filter. */
export const stageSql = sql<CompetitionStage>`case
  when ${weaponCompetitions.cancelledOn} is not null then 'cancelled'
  when ${weaponCompetitions.awardActual} is not null then 'awarded'
  when ${weaponCompetitions.downSelectActual} is not null then 'down_selected'
  when ${weaponCompetitions.bidsDueActual} is not null then 'evaluation'
  when ${weaponCompetitions.rfpActual} is not null then 'solicitation'
  else 'planning' end`;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === new Set(b).size;

function checkMilestones(m: MilestoneDates) {
  const errors = milestoneOrderErrors(m);
  if (errors.length) throw badRequest('Milestones out of order', errors);
}

/** 409 naming the rule when single-offer advocacy is marked while exactly one U.S. bidder is not the one left. */
function checkNeutrality(singleOffer: boolean, bidders: Row['bidders']) {
  if (!singleOffer) return;
  const block = singleOfferBlock(bidders);
  if (block) throw new AppError(409, 'conflict', block, [{ path: 'singleOfferAdvocacy', message: SINGLE_OFFER_RULE }]);
}

export async function listCompetitions(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const q = parseInput(competitionListQuery, raw);
  const where = and(
    scopeWhere(principal, weaponCompetitions.partnerCode),
    q.stage ? sql`${stageSql} = ${q.stage}` : undefined,
    q.partner ? eq(weaponCompetitions.partnerCode, q.partner) : undefined,
    q.system ? eq(weaponCompetitions.systemId, q.system) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: weaponCompetitions, system: weaponSystems.name })
      .from(weaponCompetitions)
      .leftJoin(weaponSystems, eq(weaponSystems.id, weaponCompetitions.systemId))
      .where(where)
      .orderBy(desc(weaponCompetitions.updatedAt), asc(weaponCompetitions.reference))
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(weaponCompetitions).where(where),
  ]);
  return {
    items: rows.map(({ row, system }) => {
      const milestones = milestonesOf(row);
      const next = MILESTONES.find((m) => !milestones[m].actual && milestones[m].planned);
      return {
        id: row.id,
        reference: row.reference,
        partnerCode: row.partnerCode,
        title: row.title,
        system,
        saleRoute: row.saleRoute,
        stage: competitionStage(milestones, row.cancelledOn),
        activeUsBidders: activeUsBidders(row.bidders).length,
        singleOfferAdvocacy: row.singleOfferAdvocacy,
        nextMilestone: next && !row.cancelledOn ? { milestone: next, planned: milestones[next].planned! } : null,
        updatedAt: row.updatedAt.toISOString(),
      };
    }),
    total: total?.n ?? 0,
    limit: q.limit,
    offset: q.offset,
  };
}

async function checkReferences(
  tx: Db | Tx,
  principal: Principal,
  partnerCode: string,
  v: { systemId?: string | null | undefined; lorId?: string | null | undefined; caseIds?: string[] | undefined },
) {
  await requireSystem(tx, v.systemId);
  await requireLor(tx, principal, v.lorId, partnerCode);
  return v.caseIds ? requireCases(tx, principal, v.caseIds, partnerCode) : undefined;
}

export async function createCompetition(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createCompetitionInput, raw);
  requireArea(principal, 'write', AREA, input.partnerCode);
  checkMilestones(input.milestones);
  const row = await db.transaction(async (tx) => {
    await requirePartner(tx, input.partnerCode);
    const caseIds = await checkReferences(tx, principal, input.partnerCode, input);
    const { milestones, ...fields } = input;
    const reference = await nextReference(
      tx,
      weaponCompetitions,
      weaponCompetitions.reference,
      `CMP-${input.partnerCode}`,
      today.slice(0, 4),
    );
    const [row] = await tx
      .insert(weaponCompetitions)
      .values({ ...fields, caseIds: caseIds ?? [], ...milestoneColumns(milestones), reference })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_competition',
      action: 'weapon_competition.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return row!;
  });
  return getCompetition(db, principal, row.id);
}

/**
 * Any of the competition's fields; marking single-offer advocacy is checked against the bidders after the change
 * (a 409 naming the neutrality rule while more than one U.S. bidder, or none, is active).
 */
export async function updateCompetition(db: Db, principal: Principal, id: string, raw: unknown) {
  const { version, milestones, ...changes } = parseInput(updateCompetitionInput, raw);
  await db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, COMPETITION.write, id, { lock: true });
    requireVersion(`Competition ${before.reference}`, version, before.version);
    if (milestones) checkMilestones(milestones);
    // What is unchanged is not checked again (a writer who may not read cases keeps the links others made).
    if (changes.caseIds && sameSet(changes.caseIds, before.caseIds)) delete changes.caseIds;
    if (changes.lorId !== undefined && changes.lorId === before.lorId) delete changes.lorId;
    const caseIds = await checkReferences(tx, principal, before.partnerCode, changes);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<Row>;
    if (caseIds) defined.caseIds = caseIds;
    const merged = { ...before, ...defined };
    checkNeutrality(merged.singleOfferAdvocacy, merged.bidders);
    const [after] = await tx
      .update(weaponCompetitions)
      .set({ ...defined, ...(milestones ? milestoneColumns(milestones) : {}), version: before.version + 1, updatedAt: new Date() })
      .where(eq(weaponCompetitions.id, before.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_competition',
      action: 'weapon_competition.updated',
      entityId: before.id,
      countryCode: before.partnerCode,
      before,
      after,
    });
  });
  return getCompetition(db, principal, id);
}

export async function getCompetition(db: Db | Tx, principal: Principal, id: string) {
  const { access: _a, ...row } = await requireRecord(db, principal, COMPETITION.read, id);
  const [[extra], advocacy, cases] = await Promise.all([
    db
      .select({
        partnerName: partners.name,
        system: weaponSystems.name,
        lorReference: lettersOfRequest.reference,
        lorReceivedOn: lettersOfRequest.receivedOn,
      })
      .from(weaponCompetitions)
      .innerJoin(partners, eq(partners.code, weaponCompetitions.partnerCode))
      .leftJoin(weaponSystems, eq(weaponSystems.id, weaponCompetitions.systemId))
      .leftJoin(lettersOfRequest, eq(lettersOfRequest.id, weaponCompetitions.lorId))
      .where(eq(weaponCompetitions.id, row.id)),
    db
      .select({ id: weaponAdvocacyRequests.id, reference: weaponAdvocacyRequests.reference, state: weaponAdvocacyRequests.state })
      .from(weaponAdvocacyRequests)
      .where(eq(weaponAdvocacyRequests.competitionId, row.id)),
    casesAsSeen(db, principal, row.caseIds),
  ]);
  const milestones = milestonesOf(row);
  return {
    id: row.id,
    reference: row.reference,
    partnerCode: row.partnerCode,
    partnerName: extra?.partnerName ?? row.partnerCode,
    systemId: row.systemId,
    system: extra?.system ?? null,
    title: row.title,
    requirement: row.requirement,
    saleRoute: row.saleRoute,
    lorId: row.lorId,
    lor: row.lorId ? { id: row.lorId, reference: extra?.lorReference ?? '', receivedOn: extra?.lorReceivedOn ?? null } : null,
    bidders: row.bidders,
    briefingPolicy: row.briefingPolicy,
    neutralityNote: row.neutralityNote,
    singleOfferAdvocacy: row.singleOfferAdvocacy,
    singleOfferBlockedBecause: singleOfferBlock(row.bidders),
    neutralitySource: NEUTRALITY_SOURCE,
    milestones,
    stage: competitionStage(milestones, row.cancelledOn),
    policyIssues: row.policyIssues,
    outcome: row.outcome,
    winner: row.winner,
    cancelledOn: row.cancelledOn,
    cases,
    advocacy,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
