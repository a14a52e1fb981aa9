// The industry ombudsman: companies, their inquiries, the thread of responses, closure; the response-time target an
// administrator sets ([open] in shared/domain.md §10) and its clock; queues and quarterly figures.
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireAccess, requireArea, requireRecord } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture, requireVersion } from '../../platform/records/guards.ts';
import { users } from '../../platform/users/schema.ts';
import { partners } from '../countries/public.ts';
import {
  closeInquiryInput,
  createCompanyInput,
  createInquiryInput,
  createTargetInput,
  inquiryListQuery,
  inquiryResponseInput,
  updateInquiryInput,
} from './model.ts';
import { ADVOCACY, COMPETITION, INQUIRY } from './records.ts';
import { isOverdue, quarterlyFigures, responseDueOn, targetOn } from './rules/inquiry-clock.ts';
import {
  weaponAdvocacyRequests,
  weaponCompanies,
  weaponCompetitions,
  weaponInquiries,
  weaponInquiryResponses,
  weaponResponseTargets,
  weaponSystems,
} from './schema.ts';
import { casesAsSeen, nextReference, requireCases, requireCompany, requirePartner, requireSystem, scopeOrNone } from './shared.ts';

const AREA = 'weapons' as const;
export const TARGET_SOURCE =
  'Response-time target set by an administrator: the source leaves the number open (shared/domain.md §10); none set, no clock';

// ---- Companies -----------------------------------------------------------------------------------------------------

export async function listCompanies(db: Db, principal: Principal) {
  requireArea(principal, 'read', AREA);
  const rows = await db.select().from(weaponCompanies).orderBy(asc(weaponCompanies.name)).limit(1000);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, sizeCategory: r.sizeCategory, cageCode: r.cageCode })) };
}

export async function createCompany(db: Db, principal: Principal, raw: unknown) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createCompanyInput, raw);
  return db.transaction(async (tx) => {
    const [same] = await tx
      .select({ name: weaponCompanies.name, cageCode: weaponCompanies.cageCode })
      .from(weaponCompanies)
      .where(
        or(
          sql`lower(${weaponCompanies.name}) = lower(${input.name})`,
          input.cageCode ? eq(weaponCompanies.cageCode, input.cageCode) : undefined,
        ),
      );
    if (same)
      throw conflict(
        same.cageCode && same.cageCode === input.cageCode
          ? `CAGE code ${input.cageCode} is already ${same.name}’s`
          : `A company named ${same.name} is already recorded`,
      );
    const [row] = await tx.insert(weaponCompanies).values(input).returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_company',
      action: 'weapon_company.created',
      entityId: row!.id,
      countryCode: null,
      after: row,
    });
    return { id: row!.id, name: row!.name, sizeCategory: row!.sizeCategory, cageCode: row!.cageCode };
  });
}

// ---- Response-time targets (administrator) ---------------------------------------------------------------------------

export async function listTargets(db: Db, principal: Principal, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const rows = await db.select().from(weaponResponseTargets).orderBy(desc(weaponResponseTargets.effectiveFrom));
  const current = targetOn(rows, today);
  return {
    items: rows.map((r) => ({ id: r.id, effectiveFrom: r.effectiveFrom, days: r.days, source: r.source, createdBy: r.createdBy })),
    inForce: current ? { effectiveFrom: current.effectiveFrom, days: current.days } : null,
    source: TARGET_SOURCE,
  };
}

export async function createTarget(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireArea(principal, 'administer', AREA);
  const input = parseInput(createTargetInput, raw);
  await db.transaction(async (tx) => {
    const [same] = await tx.select().from(weaponResponseTargets).where(eq(weaponResponseTargets.effectiveFrom, input.effectiveFrom));
    if (same) throw conflict(`A target already takes effect on ${input.effectiveFrom} (${same.days} days)`);
    const [row] = await tx
      .insert(weaponResponseTargets)
      .values({ ...input, createdBy: principal.username })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_response_target',
      action: 'weapon_response_target.created',
      entityId: row!.id,
      countryCode: null,
      after: row,
    });
  });
  return listTargets(db, principal, today);
}

// ---- Inquiries -----------------------------------------------------------------------------------------------------

/** The days of the target in force on the day the inquiry came in (the latest row effective on or before it). */
export const targetDaysSql = sql<
  number | null
>`(select ${weaponResponseTargets.days} from ${weaponResponseTargets} where ${weaponResponseTargets.effectiveFrom} <= ${weaponInquiries.receivedOn} order by ${weaponResponseTargets.effectiveFrom} desc limit 1)`;
/** The first response's due date (null without a target). */
export const responseDueSql = sql<string | null>`(${weaponInquiries.receivedOn} + ${targetDaysSql})::date::text`;
/** Open, unanswered, past its due date (rules/inquiry-clock.ts isOverdue), in SQL. */
export const overdueSql = (today: string) =>
  and(
    isNull(weaponInquiries.closedOn),
    isNull(weaponInquiries.firstResponseOn),
    sql`${weaponInquiries.receivedOn} + ${targetDaysSql} < ${today}::date`,
  )!;

function queueWhere(principal: Principal, queue: string, today: string): SQL | undefined {
  const open = isNull(weaponInquiries.closedOn);
  switch (queue) {
    case 'mine':
      return and(open, eq(weaponInquiries.assigneeId, principal.userId));
    case 'unassigned':
      return and(open, isNull(weaponInquiries.assigneeId));
    case 'overdue':
      return overdueSql(today);
    case 'closed':
      return isNotNull(weaponInquiries.closedOn);
    default:
      return undefined;
  }
}

export async function listInquiries(db: Db, principal: Principal, raw: unknown = {}, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const q = parseInput(inquiryListQuery, raw);
  const where = and(
    scopeOrNone(principal, weaponInquiries.partnerCode),
    queueWhere(principal, q.queue, today),
    q.partner ? eq(weaponInquiries.partnerCode, q.partner) : undefined,
    q.system ? eq(weaponInquiries.systemId, q.system) : undefined,
    q.q
      ? or(
          ilike(weaponInquiries.reference, containing(q.q)),
          ilike(weaponInquiries.question, containing(q.q)),
          ilike(weaponCompanies.name, containing(q.q)),
        )
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        row: weaponInquiries,
        company: weaponCompanies.name,
        system: weaponSystems.name,
        assignee: users.displayName,
        targetDays: targetDaysSql,
      })
      .from(weaponInquiries)
      .innerJoin(weaponCompanies, eq(weaponCompanies.id, weaponInquiries.companyId))
      .leftJoin(weaponSystems, eq(weaponSystems.id, weaponInquiries.systemId))
      .leftJoin(users, eq(users.id, weaponInquiries.assigneeId))
      .where(where)
      .orderBy(desc(weaponInquiries.receivedOn), asc(weaponInquiries.reference))
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(weaponInquiries)
      .innerJoin(weaponCompanies, eq(weaponCompanies.id, weaponInquiries.companyId))
      .where(where),
  ]);
  return {
    items: rows.map((r) => {
      const times = { ...r.row, targetDays: r.targetDays === null ? null : Number(r.targetDays) };
      return {
        id: r.row.id,
        reference: r.row.reference,
        company: r.company,
        partnerCode: r.row.partnerCode,
        system: r.system,
        channel: r.row.channel,
        receivedOn: r.row.receivedOn,
        assignee: r.assignee,
        firstResponseOn: r.row.firstResponseOn,
        responseDueOn: responseDueOn(times),
        overdue: isOverdue(times, today),
        closedOn: r.row.closedOn,
        outcome: r.row.outcome,
      };
    }),
    total: total?.n ?? 0,
    limit: q.limit,
    offset: q.offset,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === new Set(b).size;

async function requireAssignee(tx: Db | Tx, id: string | null | undefined) {
  if (!id) return;
  const [u] = await tx.select({ roles: users.roles, active: users.active }).from(users).where(eq(users.id, id));
  if (!u?.active) throw badRequest('Unknown analyst', [{ path: 'assigneeId', message: 'no active user has this id' }]);
  if (!u.roles.some((r) => r === 'weapons_analyst' || r === 'administrator'))
    throw badRequest('Not a weapons analyst', [{ path: 'assigneeId', message: 'assign a weapons analyst (or an administrator)' }]);
}

/** The users an inquiry can be assigned to: active weapons analysts and administrators. */
export async function listAnalysts(db: Db, principal: Principal) {
  requireArea(principal, 'read', AREA);
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, username: users.username })
    .from(users)
    .where(and(eq(users.active, true), sql`${users.roles} && array['weapons_analyst', 'administrator']::text[]`))
    .orderBy(asc(users.displayName));
  return { items: rows };
}

async function requireLinked(
  tx: Db | Tx,
  principal: Principal,
  input: { competitionIds?: string[] | undefined; advocacyIds?: string[] | undefined },
) {
  if (input.competitionIds?.length) await requireAccess(tx, principal, COMPETITION.read, [...new Set(input.competitionIds)]);
  if (input.advocacyIds?.length) await requireAccess(tx, principal, ADVOCACY.read, [...new Set(input.advocacyIds)]);
}

export async function createInquiry(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createInquiryInput, raw);
  if (input.partnerCode) requireArea(principal, 'write', AREA, input.partnerCode);
  requireNotFuture(input.receivedOn, today, 'receivedOn');
  const row = await db.transaction(async (tx) => {
    await requireCompany(tx, input.companyId);
    if (input.partnerCode) await requirePartner(tx, input.partnerCode);
    await requireSystem(tx, input.systemId);
    await requireAssignee(tx, input.assigneeId);
    const reference = await nextReference(tx, weaponInquiries, weaponInquiries.reference, 'INQ', input.receivedOn.slice(0, 4));
    const [row] = await tx
      .insert(weaponInquiries)
      .values({ ...input, reference })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_inquiry',
      action: 'weapon_inquiry.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return row!;
  });
  return getInquiry(db, principal, row.id, today);
}

/** Assignment, the partner and system concerned, and the links to cases, competitions and advocacy requests. */
export async function updateInquiry(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const { version, ...changes } = parseInput(updateInquiryInput, raw);
  await db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, INQUIRY.write, id, { lock: true });
    requireVersion(`Inquiry ${before.reference}`, version, before.version);
    if (before.closedOn) throw conflict(`Inquiry ${before.reference} is closed`);
    if (changes.partnerCode) {
      requireArea(principal, 'write', AREA, changes.partnerCode);
      await requirePartner(tx, changes.partnerCode);
    }
    await requireSystem(tx, changes.systemId);
    if (changes.assigneeId !== undefined) await requireAssignee(tx, changes.assigneeId);
    const partnerCode = changes.partnerCode !== undefined ? changes.partnerCode : before.partnerCode;
    // The linked cases are the inquiry's partner's: checked again when either changes.
    if (changes.caseIds && sameSet(changes.caseIds, before.caseIds) && partnerCode === before.partnerCode) delete changes.caseIds;
    if (changes.caseIds || partnerCode !== before.partnerCode)
      changes.caseIds = await requireCases(tx, principal, changes.caseIds ?? before.caseIds, partnerCode);
    await requireLinked(tx, principal, changes);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const [after] = await tx
      .update(weaponInquiries)
      .set({ ...defined, version: before.version + 1, updatedAt: new Date() })
      .where(eq(weaponInquiries.id, before.id))
      .returning();
    const action =
      changes.assigneeId !== undefined && changes.assigneeId !== before.assigneeId ? 'weapon_inquiry.assigned' : 'weapon_inquiry.updated';
    await appendAudit(tx, principal, {
      entityType: 'weapon_inquiry',
      action,
      entityId: before.id,
      countryCode: after!.partnerCode,
      before,
      after,
    });
  });
  return getInquiry(db, principal, id, today);
}

export async function respondToInquiry(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(inquiryResponseInput, raw);
  requireNotFuture(input.respondedOn, today, 'respondedOn');
  await db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, INQUIRY.write, id, { lock: true });
    requireVersion(`Inquiry ${before.reference}`, input.version, before.version);
    if (before.closedOn) throw conflict(`Inquiry ${before.reference} is closed`);
    if (input.respondedOn < before.receivedOn)
      throw badRequest('A response follows the inquiry', [
        { path: 'respondedOn', message: `on or after ${before.receivedOn}, the day it came in` },
      ]);
    const [response] = await tx
      .insert(weaponInquiryResponses)
      .values({ inquiryId: before.id, respondedOn: input.respondedOn, body: input.body, author: principal.displayName })
      .returning();
    const first =
      before.firstResponseOn === null || input.respondedOn < before.firstResponseOn ? input.respondedOn : before.firstResponseOn;
    const [after] = await tx
      .update(weaponInquiries)
      .set({ firstResponseOn: first, version: before.version + 1, updatedAt: new Date() })
      .where(eq(weaponInquiries.id, before.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_inquiry',
      action: 'weapon_inquiry.responded',
      entityId: before.id,
      countryCode: before.partnerCode,
      before,
      after: { ...after, response },
    });
  });
  return getInquiry(db, principal, id, today);
}

export async function closeInquiry(db: Db, principal: Principal, id: string, raw: unknown, today = todayIso()) {
  const input = parseInput(closeInquiryInput, raw);
  requireNotFuture(input.closedOn, today, 'closedOn');
  await db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, INQUIRY.write, id, { lock: true });
    requireVersion(`Inquiry ${before.reference}`, input.version, before.version);
    if (before.closedOn) throw conflict(`Inquiry ${before.reference} was closed on ${before.closedOn}`);
    if (input.closedOn < before.receivedOn)
      throw badRequest('Closed after it came in', [{ path: 'closedOn', message: `on or after ${before.receivedOn}` }]);
    if (input.outcome === 'answered' && before.firstResponseOn === null)
      throw badRequest('Nothing was answered yet', [
        { path: 'outcome', message: 'record the response in the thread before closing it as answered' },
      ]);
    const [after] = await tx
      .update(weaponInquiries)
      .set({
        closedOn: input.closedOn,
        outcome: input.outcome,
        outcomeNote: input.outcomeNote,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(weaponInquiries.id, before.id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'weapon_inquiry',
      action: 'weapon_inquiry.closed',
      entityId: before.id,
      countryCode: before.partnerCode,
      before,
      after,
    });
  });
  return getInquiry(db, principal, id, today);
}

export async function getInquiry(db: Db | Tx, principal: Principal, id: string, today = todayIso()) {
  const { access: _a, ...row } = await requireRecord(db, principal, INQUIRY.read, id);
  const [[extra], responses, company, competitions, advocacy, cases] = await Promise.all([
    db
      .select({ targetDays: targetDaysSql, system: weaponSystems.name, partnerName: partners.name, assignee: users.displayName })
      .from(weaponInquiries)
      .leftJoin(weaponSystems, eq(weaponSystems.id, weaponInquiries.systemId))
      .leftJoin(partners, eq(partners.code, weaponInquiries.partnerCode))
      .leftJoin(users, eq(users.id, weaponInquiries.assigneeId))
      .where(eq(weaponInquiries.id, row.id)),
    db
      .select()
      .from(weaponInquiryResponses)
      .where(eq(weaponInquiryResponses.inquiryId, row.id))
      .orderBy(asc(weaponInquiryResponses.respondedOn), asc(weaponInquiryResponses.createdAt)),
    requireCompany(db, row.companyId),
    row.competitionIds.length
      ? db
          .select({ id: weaponCompetitions.id, reference: weaponCompetitions.reference, title: weaponCompetitions.title })
          .from(weaponCompetitions)
          .where(and(inArray(weaponCompetitions.id, row.competitionIds), scopeOrNone(principal, weaponCompetitions.partnerCode)))
      : [],
    row.advocacyIds.length
      ? db
          .select({ id: weaponAdvocacyRequests.id, reference: weaponAdvocacyRequests.reference, state: weaponAdvocacyRequests.state })
          .from(weaponAdvocacyRequests)
          .where(and(inArray(weaponAdvocacyRequests.id, row.advocacyIds), scopeOrNone(principal, weaponAdvocacyRequests.partnerCode)))
      : [],
    casesAsSeen(db, principal, row.caseIds),
  ]);
  const times = { ...row, targetDays: extra?.targetDays == null ? null : Number(extra.targetDays) };
  return {
    id: row.id,
    reference: row.reference,
    company: { id: company.id, name: company.name, sizeCategory: company.sizeCategory, cageCode: company.cageCode },
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    partnerCode: row.partnerCode,
    partnerName: extra?.partnerName ?? null,
    systemId: row.systemId,
    system: extra?.system ?? null,
    question: row.question,
    channel: row.channel,
    receivedOn: row.receivedOn,
    assigneeId: row.assigneeId,
    assignee: extra?.assignee ?? null,
    targetDays: times.targetDays,
    responseDueOn: responseDueOn(times),
    overdue: isOverdue(times, today),
    clockSource: TARGET_SOURCE,
    firstResponseOn: row.firstResponseOn,
    responses: responses.map((r) => ({ id: r.id, respondedOn: r.respondedOn, body: r.body, author: r.author })),
    cases,
    competitions,
    advocacy,
    closedOn: row.closedOn,
    outcome: row.outcome,
    outcomeNote: row.outcomeNote,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Response-time figures by the fiscal quarter inquiries came in, over the inquiries the reader may see. */
export async function inquiryFigures(db: Db, principal: Principal, today = todayIso()) {
  requireArea(principal, 'read', AREA);
  const rows = await db
    .select({
      receivedOn: weaponInquiries.receivedOn,
      firstResponseOn: weaponInquiries.firstResponseOn,
      closedOn: weaponInquiries.closedOn,
      targetDays: targetDaysSql,
    })
    .from(weaponInquiries)
    .where(scopeOrNone(principal, weaponInquiries.partnerCode));
  return {
    quarters: quarterlyFigures(
      rows.map((r) => ({ ...r, targetDays: r.targetDays === null ? null : Number(r.targetDays) })),
      today,
    ),
    source: TARGET_SOURCE,
  };
}
