import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea, requireInScope, requireRecord } from '../../platform/access/require-access.ts';
import { scopeWhere } from '../../platform/access/scope-sql.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest, conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireVersion } from '../../platform/records/guards.ts';
import { CASE, implementingAgencies } from '../cases/public.ts';
import { partnerDirectory } from '../countries/public.ts';
import { declarationById, nextReference } from './declaration-service.ts';
import {
  type CreateRequestInput,
  createRequestInput,
  linkCaseInput,
  requestListQuery,
  setValueInput,
  updateRequestInput,
} from './model.ts';
import { AREA, DECLARATION, EDA_REQUEST } from './records.ts';
import { type RequestRow, requestDetail, requestItems } from './request-view.ts';
import { EDITABLE_STATUSES, type RequestStatus } from './rules/request-status.ts';
import { blanketOrderProblem, pchtProblem } from './rules/transfer-rules.ts';
import { currentValueShareProblem } from './rules/value.ts';
import { edaDeclarations, edaRequests } from './schema.ts';

/** Requests of the partners in the principal's scope, filtered in SQL. */
export function requestConditions(principal: Principal, query: { status?: string; partner?: string; declarationId?: string; q?: string }) {
  const conditions: (SQL | undefined)[] = [
    scopeWhere(principal, edaRequests.partnerCode),
    query.status ? eq(edaRequests.status, query.status as RequestStatus) : undefined,
    query.partner ? eq(edaRequests.partnerCode, query.partner) : undefined,
    query.declarationId ? eq(edaRequests.declarationId, query.declarationId) : undefined,
    query.q
      ? or(
          ilike(edaRequests.reference, containing(query.q)),
          sql`exists (select 1 from ${edaDeclarations} d where d.id = ${edaRequests.declarationId} and d.nomenclature ilike ${containing(query.q)})`,
        )
      : undefined,
  ];
  return and(...conditions);
}

export async function listRequests(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(requestListQuery, raw);
  const where = requestConditions(principal, query);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(edaRequests)
      .where(where)
      .orderBy(desc(edaRequests.updatedAt), desc(edaRequests.reference))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(edaRequests).where(where),
  ]);
  return { items: await requestItems(db, rows, todayIso()), total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}

export async function getRequest(db: Db | Tx, principal: Principal, id: string) {
  const { access: _access, ...row } = await requireRecord(db, principal, EDA_REQUEST.read, id);
  return requestDetail(db, principal, row, todayIso());
}

export async function createRequest(db: Db, principal: Principal, raw: CreateRequestInput) {
  const input = parseInput(createRequestInput, raw);
  requireInScope(principal, 'write', AREA, input.partnerCode, `Partner ${input.partnerCode}`);
  const id = await db.transaction(async (tx) => {
    if (!(await partnerDirectory.knownCodes(tx, [input.partnerCode])).has(input.partnerCode))
      throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner has the customer code ${input.partnerCode}` }]);
    const declaration = await requireRecord(tx, principal, DECLARATION.read, input.declarationId).catch(() => {
      throw badRequest('Unknown declaration', [{ path: 'declarationId', message: `no EDA declaration ${input.declarationId}` }]);
    });
    if (input.quantity > declaration.quantity)
      throw badRequest('More than was declared excess', [
        { path: 'quantity', message: `at most ${declaration.quantity} (${declaration.reference})` },
      ]);
    requirePcht(input.authority, input.pchtPaidBy);
    await requireAgency(tx, input.agencyCode);
    const today = todayIso();
    const reference = await nextReference(tx, `${input.partnerCode}-EDA-${today.slice(0, 4)}-`, 'requests');
    const [row] = await tx
      .insert(edaRequests)
      .values({ ...input, reference, statusOn: today })
      .returning();
    await audit(tx, principal, row!, 'eda_request.created', null, auditable(row!));
    return row!.id;
  });
  return getRequest(db, principal, id);
}

/** Edits the request's terms while it is still being prepared (draft, proposed, allocated); later changes go through re-submission. */
export async function updateRequest(db: Db, principal: Principal, id: string, raw: unknown) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(updateRequestInput, raw);
  await db.transaction(async (tx) => {
    const row = await lockRequest(tx, principal, id, input.version);
    if (!EDITABLE_STATUSES.includes(row.status))
      throw conflict(
        `A request ${row.status.replaceAll('_', ' ')} is changed only by re-submission after an objection (the reviews it touches restart)`,
      );
    const changes = await termsChange(tx, row, input, principal);
    if (input.justification !== undefined) changes.justification = input.justification;
    if (input.agencyCode !== undefined) {
      await requireAgency(tx, input.agencyCode);
      changes.agencyCode = input.agencyCode;
    }
    const after = await save(tx, row, changes);
    await audit(tx, principal, row, 'eda_request.updated', auditable(row), auditable(after));
  });
  return getRequest(db, principal, id);
}

export interface TermsInput {
  quantity?: number;
  authority?: 'grant_516' | 'sale_aeca_21';
  pchtPaidBy?: 'recipient' | 'dod';
  noIndustryInitiative?: boolean;
  noReadinessImpact?: boolean;
  mtcrChecked?: boolean;
  currentValuePercent?: number;
  currentValueReason?: string;
}

/** The column changes for new terms, each checked (quantity within the declaration, PCH&T, the 5–50% value share). */
export async function termsChange(tx: Tx, row: RequestRow, terms: TermsInput, principal: Principal): Promise<Partial<RequestRow>> {
  const changes: Partial<RequestRow> = {};
  if (terms.quantity !== undefined) {
    const declaration = await declarationById(tx, row.declarationId);
    if (terms.quantity > declaration!.quantity)
      throw badRequest('More than was declared excess', [{ path: 'quantity', message: `at most ${declaration!.quantity}` }]);
    changes.quantity = terms.quantity;
  }
  for (const key of ['authority', 'pchtPaidBy', 'noIndustryInitiative', 'noReadinessImpact', 'mtcrChecked'] as const)
    if (terms[key] !== undefined) (changes as Record<string, unknown>)[key] = terms[key];
  requirePcht(changes.authority ?? row.authority, changes.pchtPaidBy ?? row.pchtPaidBy);
  if (terms.currentValuePercent !== undefined) {
    if (!terms.currentValueReason) throw badRequest('Say why', [{ path: 'currentValueReason', message: 'give the reason for this share' }]);
    Object.assign(changes, valueChange(terms.currentValuePercent, terms.currentValueReason, principal, 'currentValuePercent'));
  }
  return changes;
}

function valueChange(percent: number, reason: string, principal: Principal, path: string): Partial<RequestRow> {
  const basisPoints = Math.round(percent * 100);
  const problem = currentValueShareProblem(basisPoints);
  if (problem) throw badRequest('Current value share out of range', [{ path, message: problem }]);
  return { currentValueBasisPoints: basisPoints, currentValueReason: reason, currentValueSetBy: principal.username };
}

/** The analyst sets the current value as a share of original acquisition value, with the reason; who and why are kept. */
export async function setRequestValue(db: Db, principal: Principal, id: string, raw: unknown) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(setValueInput, raw);
  await db.transaction(async (tx) => {
    const row = await lockRequest(tx, principal, id, input.version);
    if (!EDITABLE_STATUSES.includes(row.status))
      throw conflict('Once in review, the value changes only by re-submission (every office reviews it again)');
    const after = await save(tx, row, valueChange(input.currentValuePercent, input.reason, principal, 'currentValuePercent'));
    await audit(tx, principal, row, 'eda_request.value_set', valueAudit(row), valueAudit(after));
  });
  return getRequest(db, principal, id);
}

/** Links the request to the case (LOA) it is delivered on: the same partner; blanket order only for non-SME articles. */
export async function linkRequestCase(db: Db, principal: Principal, id: string, raw: unknown) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(linkCaseInput, raw);
  await db.transaction(async (tx) => {
    const row = await lockRequest(tx, principal, id, input.version);
    if (['transferred', 'withdrawn', 'disapproved'].includes(row.status))
      throw conflict(`A request ${row.status} is no longer linked to a case`);
    let caseId: string | null = null;
    if (input.caseRef) {
      const linked = await requireRecord(tx, principal, CASE.read, input.caseRef).catch(() => {
        throw badRequest('Unknown case', [{ path: 'caseRef', message: `no case ${input.caseRef} within your scope` }]);
      });
      caseId = linked.id;
      if (linked.partnerCode !== row.partnerCode)
        throw badRequest('The case is another partner’s', [
          { path: 'caseRef', message: `${linked.identifier} belongs to ${linked.partnerCode}, not ${row.partnerCode}` },
        ]);
      const declaration = await declarationById(tx, row.declarationId);
      const problem = blanketOrderProblem(linked.type, declaration!.sme);
      if (problem) throw badRequest('Not on a blanket order', [{ path: 'caseRef', message: problem }]);
    }
    const after = await save(tx, row, { caseId });
    await audit(tx, principal, row, 'eda_request.case_linked', { caseId: row.caseId }, { caseId: after.caseId });
  });
  return getRequest(db, principal, id);
}

export async function lockRequest(tx: Tx, principal: Principal, id: string, version: number): Promise<RequestRow> {
  const { access: _access, ...row } = await requireRecord(tx, principal, EDA_REQUEST.write, id, { lock: true });
  requireVersion(`EDA request ${row.reference}`, version, row.version);
  return row;
}

export async function save(tx: Tx, row: RequestRow, changes: Partial<RequestRow>): Promise<RequestRow> {
  const [after] = await tx
    .update(edaRequests)
    .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
    .where(eq(edaRequests.id, row.id))
    .returning();
  return after!;
}

function requirePcht(authority: 'grant_516' | 'sale_aeca_21', paidBy: 'recipient' | 'dod') {
  const problem = pchtProblem(authority, paidBy);
  if (problem) throw badRequest('No DoD funds for PCH&T of a grant', [{ path: 'pchtPaidBy', message: problem }]);
}

async function requireAgency(tx: Tx, code: string | null) {
  if (!code) return;
  const [found] = await tx.select().from(implementingAgencies).where(eq(implementingAgencies.code, code));
  if (!found) throw badRequest('Unknown implementing agency', [{ path: 'agencyCode', message: `no implementing agency ${code}` }]);
}

export const audit = (
  tx: Tx,
  principal: Principal,
  row: RequestRow,
  action:
    | 'eda_request.created'
    | 'eda_request.updated'
    | 'eda_request.value_set'
    | 'eda_request.case_linked'
    | 'eda_request.transitioned'
    | 'eda_request.reviewed',
  before: unknown,
  after: unknown,
) => appendAudit(tx, principal, { entityType: 'eda_request', action, entityId: row.id, countryCode: row.partnerCode, before, after });

const valueAudit = (row: RequestRow) => ({
  currentValueBasisPoints: row.currentValueBasisPoints,
  currentValueReason: row.currentValueReason,
  currentValueSetBy: row.currentValueSetBy,
});

export const auditable = (row: RequestRow) => ({
  reference: row.reference,
  partnerCode: row.partnerCode,
  declarationId: row.declarationId,
  authority: row.authority,
  quantity: row.quantity,
  pchtPaidBy: row.pchtPaidBy,
  agencyCode: row.agencyCode,
  status: row.status,
  noIndustryInitiative: row.noIndustryInitiative,
  noReadinessImpact: row.noReadinessImpact,
  mtcrChecked: row.mtcrChecked,
  ...valueAudit(row),
});
