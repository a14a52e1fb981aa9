import { and, asc, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { decide, type Principal } from '../../../platform/access/policy.ts';
import { permission, requireArea, requireInScope, requireRecord } from '../../../platform/access/require-access.ts';
import { scopeWhere, unlessWithheld } from '../../../platform/access/scope-sql.ts';
import { appendAudit } from '../../../platform/audit/service.ts';
import { todayIso } from '../../../platform/dates.ts';
import { badRequest, notFound } from '../../../platform/http/errors.ts';
import { parseInput } from '../../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture, requireVersion } from '../../../platform/records/guards.ts';
import { caseMarkingsOf, caseRecords, cases, implementingAgencies, lettersOfRequest } from '../../cases/public.ts';
import { weaponSystems } from '../schema.ts';
import {
  type CreateNporRequestInput,
  createNporRequestInput,
  type NporMoveInput,
  nporListQuery,
  nporMoveInput,
  nporTypeInput,
  nporTypeUpdate,
} from './model.ts';
import { NPOR_REQUEST } from './records.ts';
import { NPOR_STATUS_LABELS, NPOR_TRANSITIONS, type NporAction, type NporStatus, nporMove } from './rules/npor-workflow.ts';
import { nporRequests, nporTypes } from './schema.ts';

const AREA = 'weapons' as const;
type NporRow = typeof nporRequests.$inferSelect;

// ---------------------------------------------------------------------------------------------------------------------
// NPOR types: the administrator-kept list (DSCA 21-50)

const typeView = ({ createdAt: _c, ...row }: typeof nporTypes.$inferSelect) => row;

export async function listNporTypes(db: Db, principal: Principal) {
  // The list an LOA line's NPOR type is chosen from: readers of cases need it as well as the area's.
  if (!decide(principal, 'read', { area: 'cases' }).allowed) requireArea(principal, 'read', AREA);
  return (await db.select().from(nporTypes).orderBy(asc(nporTypes.code))).map(typeView);
}

export async function addNporType(db: Db, principal: Principal, raw: unknown) {
  requireArea(principal, 'administer', AREA);
  const input = parseInput(nporTypeInput, raw);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(nporTypes).values(input).returning();
    await appendAudit(tx, principal, { entityType: 'npor_type', action: 'npor_type.added', entityId: row!.code, after: row });
    return typeView(row!);
  });
}

export async function updateNporType(db: Db, principal: Principal, code: string, raw: unknown) {
  requireArea(principal, 'administer', AREA);
  const input = parseInput(nporTypeUpdate, raw);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(nporTypes).where(eq(nporTypes.code, code)).for('update');
    if (!before) throw notFound(`NPOR type ${code}`);
    requireVersion(`NPOR type ${code}`, input.version, before.version);
    const [after] = await tx
      .update(nporTypes)
      .set({
        ...(input.name ? { name: input.name } : {}),
        ...(input.active === undefined ? {} : { active: input.active }),
        version: before.version + 1,
      })
      .where(eq(nporTypes.code, code))
      .returning();
    await appendAudit(tx, principal, { entityType: 'npor_type', action: 'npor_type.updated', entityId: code, before, after });
    return typeView(after!);
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// NPOR requests

function detailQuery(db: Db | Tx, principal: Principal) {
  return db
    .select({
      row: nporRequests,
      systemName: weaponSystems.name,
      caseIdentifier: unlessWithheld<string>(principal, caseMarkingsOf(nporRequests.caseId), cases.identifier),
    })
    .from(nporRequests)
    .leftJoin(weaponSystems, eq(weaponSystems.id, nporRequests.systemId))
    .leftJoin(cases, eq(cases.id, nporRequests.caseId));
}

type DetailRow = { row: NporRow; systemName: string | null; caseIdentifier: string | null };

function view({ row, systemName, caseIdentifier }: DetailRow) {
  return {
    ...row,
    systemName,
    caseIdentifier,
    statusLabel: NPOR_STATUS_LABELS[row.status],
    allowedActions: Object.keys(NPOR_TRANSITIONS[row.status]) as NporAction[],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The conditions of every list read of NPOR requests: scope and the filters (a withheld case matches no filter). */
export function nporRequestConditions(principal: Principal, query: { status?: NporStatus; partner?: string; caseId?: string }) {
  const conditions: (SQL | undefined)[] = [
    scopeWhere(principal, nporRequests.partnerCode),
    query.status ? eq(nporRequests.status, query.status) : undefined,
    query.partner ? eq(nporRequests.partnerCode, query.partner) : undefined,
    // Filtering by a case names it: only a case the reader may see (a withheld one matches nothing).
    query.caseId
      ? and(
          eq(nporRequests.caseId, query.caseId),
          sql`${unlessWithheld<string>(principal, caseMarkingsOf(nporRequests.caseId), sql`'x'`)} is not null`,
        )
      : undefined,
  ];
  return and(...conditions);
}

export async function listNporRequests(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(nporListQuery, raw);
  const where = nporRequestConditions(principal, query);
  const [rows, [total]] = await Promise.all([
    detailQuery(db, principal)
      .where(where)
      .orderBy(desc(nporRequests.receivedOn), desc(nporRequests.reference))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(nporRequests).where(where),
  ]);
  return { items: rows.map(view), total: total?.n ?? 0 };
}

async function detail(db: Db | Tx, principal: Principal, id: string) {
  const [row] = await detailQuery(db, principal).where(eq(nporRequests.id, id));
  if (!row) throw notFound(`NPOR request ${id}`);
  return view(row);
}

export async function getNporRequest(db: Db, principal: Principal, id: string) {
  await requireRecord(db, principal, NPOR_REQUEST.read, id);
  return detail(db, principal, id);
}

async function nextReference(tx: Tx, year: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('iops.weapons.npor_requests'))`);
  const prefix = `NPOR-${year}-`;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(nporRequests)
    .where(sql`${nporRequests.reference} like ${`${prefix}%`}`);
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

/** A case as the weapons area sees it: its partner in the reader's scope, withheld while pending congressional notice. */
const CASE_FROM_WEAPONS = permission(caseRecords, 'read', AREA);

/**
 * The case (by id or identifier) and LOR a weapons record names must be the partner's, and the case one the writer may
 * see from the weapons area; returns the case's id.
 */
export async function checkLinks(
  tx: Tx,
  principal: Principal,
  partnerCode: string,
  links: { caseRef: string | null; lorId: string | null },
): Promise<{ caseId: string | null; lorId: string | null }> {
  let caseId: string | null = null;
  if (links.caseRef) {
    const linked = await requireRecord(tx, principal, CASE_FROM_WEAPONS, links.caseRef).catch(() => null);
    if (!linked || linked.partnerCode !== partnerCode)
      throw badRequest('Unknown case for this partner', [{ path: 'caseRef', message: `not a case of ${partnerCode} you may see` }]);
    caseId = linked.id;
  }
  if (links.lorId) {
    const [lor] = await tx.select().from(lettersOfRequest).where(eq(lettersOfRequest.id, links.lorId));
    if (!lor || lor.partnerCode !== partnerCode)
      throw badRequest('Unknown letter of request for this partner', [
        { path: 'lorId', message: `not a letter of request of ${partnerCode}` },
      ]);
  }
  return { caseId, lorId: links.lorId };
}

export async function createNporRequest(db: Db, principal: Principal, raw: CreateNporRequestInput, today = todayIso()) {
  const input = parseInput(createNporRequestInput, raw);
  requireInScope(principal, 'write', AREA, input.partnerCode, `Partner ${input.partnerCode}`);
  requireNotFuture(input.receivedOn, today, 'receivedOn');
  return db.transaction(async (tx) => {
    const { caseRef: _c, ...fields } = input;
    const links = await checkLinks(tx, principal, input.partnerCode, input);
    if (input.nporType) {
      const [type] = await tx.select().from(nporTypes).where(eq(nporTypes.code, input.nporType));
      if (!type?.active) throw badRequest('Not an NPOR type of the list', [{ path: 'nporType', message: 'not an active NPOR type' }]);
    }
    const reference = await nextReference(tx, input.receivedOn.slice(0, 4));
    const [row] = await tx
      .insert(nporRequests)
      .values({ ...fields, ...links, reference })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'npor_request',
      action: 'npor_request.received',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return detail(tx, principal, row!.id);
  });
}

const required = (input: Record<string, unknown>, fields: string[], action: string) => {
  const missing = fields.filter((f) => input[f] === undefined || input[f] === '');
  if (missing.length)
    throw badRequest(
      `To ${action.replaceAll('_', ' ')}, give ${missing.join(', ')}`,
      missing.map((path) => ({ path, message: 'required' })),
    );
};

/** What each move records on the request, beyond its status. */
async function effectsOf(tx: Tx, before: NporRow, input: ReturnType<typeof nporMoveInput.parse>): Promise<Partial<NporRow>> {
  const { date, reason } = input;
  switch (input.action) {
    case 'coi_review':
      required(input, ['recommendation'], input.action);
      return { coiReviewedOn: date, coiRecommendation: input.recommendation! };
    case 'determine_actionable':
    case 'determine_not_actionable':
      if (date < before.receivedOn)
        throw badRequest('A determination follows the request', [{ path: 'date', message: `on or after ${before.receivedOn}` }]);
      return { determinedOn: date, determinationReason: reason };
    case 'send_negative_response':
      required(input, ['negativeResponseReference'], input.action);
      return { negativeResponseOn: date, negativeResponseReference: input.negativeResponseReference! };
    case 'designate_lead_ia': {
      required(input, ['leadAgencyCode'], input.action);
      const [agency] = await tx.select().from(implementingAgencies).where(eq(implementingAgencies.code, input.leadAgencyCode!));
      if (!agency) throw badRequest('Unknown implementing agency', [{ path: 'leadAgencyCode', message: 'not an implementing agency' }]);
      return { leadAgencyCode: agency.code, designatedOn: date };
    }
    case 'fund':
      required(input, ['preLorFundingCents', 'caseDevelopmentFundingCents', 'fundingSource'], input.action);
      return {
        preLorFundingCents: input.preLorFundingCents!,
        caseDevelopmentFundingCents: input.caseDevelopmentFundingCents!,
        fundingSource: input.fundingSource!,
        fundedOn: date,
      };
    default:
      return {};
  }
}

/** One audited move of an NPOR request's workflow (rules/npor-workflow.ts); an illegal one is a 409 naming the allowed. */
export async function moveNporRequest(db: Db, principal: Principal, id: string, raw: NporMoveInput, today = todayIso()) {
  const input = parseInput(nporMoveInput, raw);
  return db.transaction(async (tx) => {
    const { access: _a, ...before } = await requireRecord(tx, principal, NPOR_REQUEST.write, id, { lock: true });
    requireNotFuture(input.date, today, 'date');
    requireVersion(`NPOR request ${before.reference}`, input.version, before.version);
    const move = nporMove(before.status, input.action);
    if (!move.ok)
      throw illegalTransition(
        `Cannot ${input.action.replaceAll('_', ' ')} a request that is ${before.status.replaceAll('_', ' ')}`,
        move.allowed,
      );
    const effects = await effectsOf(tx, before, input);
    const [after] = await tx
      .update(nporRequests)
      .set({ ...effects, status: move.to, version: before.version + 1, updatedAt: new Date() })
      .where(eq(nporRequests.id, id))
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'npor_request',
      action: `npor_request.${input.action}`,
      entityId: id,
      countryCode: before.partnerCode,
      before: { status: before.status },
      after: { status: move.to, date: input.date, reason: input.reason, ...effects },
    });
    return detail(tx, principal, after!.id);
  });
}

/** The NPOR requests that concern a case: linked to it, or to the LOR it was made from. */
export async function requestsForCase(db: Db | Tx, caseId: string): Promise<{ reference: string; status: NporStatus }[]> {
  return db
    .select({ reference: nporRequests.reference, status: nporRequests.status })
    .from(nporRequests)
    .where(
      or(eq(nporRequests.caseId, caseId), sql`${nporRequests.lorId} = (select ${cases.lorId} from ${cases} where ${cases.id} = ${caseId})`),
    );
}
