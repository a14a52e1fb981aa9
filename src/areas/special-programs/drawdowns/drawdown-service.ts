import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { requireArea, requireRecord } from '../../../platform/access/require-access.ts';
import { scopeWhere } from '../../../platform/access/scope-sql.ts';
import { appendAudit } from '../../../platform/audit/service.ts';
import { todayIso } from '../../../platform/dates.ts';
import { badRequest } from '../../../platform/http/errors.ts';
import { parseInput } from '../../../platform/http/validate.ts';
import { requireVersion } from '../../../platform/records/guards.ts';
import { partners } from '../../countries/public.ts';
import { appropriations } from '../../funds/public.ts';
import { type CreateDrawdownInput, createDrawdownInput, drawdownCapInput, drawdownListQuery } from './model.ts';
import { DRAWDOWN } from './records.ts';
import { type CapRow, capOn, DRAWDOWN_AUTHORITY_LABELS } from './rules/authorities.ts';
import { allowedDrawdownActions, DRAWDOWN_DOCUMENT_LABELS, type DrawdownStatus } from './rules/drawdown-status.ts';
import { lineValue, valuationTotals } from './rules/valuation.ts';
import { drawdownCaps, drawdownDocuments, drawdownLines, drawdownReplacements, drawdownRevaluations, drawdowns } from './schema.ts';

export type DrawdownRow = typeof drawdowns.$inferSelect;
const AREA = 'special-programs' as const;

/** A drawdown's value: its lines' values by their recorded methods, summed in SQL (never stored). */
export const drawdownValueSql =
  sql<number>`(select coalesce(sum(case when l.valuation_method = 'net_book_value' then l.net_book_value_cents else l.replacement_cost_cents end), 0) from drawdown_lines l where l.drawdown_id = "drawdowns"."id")`.mapWith(
    Number,
  );

async function nextReference(tx: Tx, partnerCode: string, today: string) {
  const prefix = `${partnerCode}-PDA-${today.slice(0, 4)}-`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`drawdown-reference:${prefix}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(drawdowns)
    .where(sql`${drawdowns.reference} like ${`${prefix}%`}`);
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

export async function createDrawdown(db: Db, principal: Principal, raw: CreateDrawdownInput, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(createDrawdownInput, raw);
  requireArea(principal, 'write', AREA, input.partnerCode);
  const id = await db.transaction(async (tx) => {
    const [partner] = await tx.select({ code: partners.code }).from(partners).where(eq(partners.code, input.partnerCode));
    if (!partner) throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner has the code ${input.partnerCode}` }]);
    if (input.capId) {
      const [cap] = await tx.select().from(drawdownCaps).where(eq(drawdownCaps.id, input.capId));
      if (!cap || cap.authority !== input.authority)
        throw badRequest('Unknown ceiling', [{ path: 'capId', message: 'not a ceiling recorded for this authority' }]);
    }
    const [row] = await tx
      .insert(drawdowns)
      .values({
        ...input,
        capId: input.authority === 'appropriation_act' ? input.capId : null,
        reference: await nextReference(tx, input.partnerCode, today),
      })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'drawdown',
      action: 'drawdown.created',
      entityId: row!.id,
      countryCode: row!.partnerCode,
      after: row,
    });
    return row!.id;
  });
  return getDrawdown(db, principal, id);
}

export async function getDrawdown(db: Db | Tx, principal: Principal, ref: string) {
  const row = await requireRecord(db, principal, DRAWDOWN.read, ref);
  return drawdownView(db, row);
}

export async function capsOf(db: Db | Tx): Promise<CapRow[]> {
  return (await db.select().from(drawdownCaps).orderBy(asc(drawdownCaps.authority), asc(drawdownCaps.effectiveFrom))) as CapRow[];
}

export async function drawdownView(db: Db | Tx, row: DrawdownRow) {
  const [documents, lines, replacements, caps] = await Promise.all([
    db.select().from(drawdownDocuments).where(eq(drawdownDocuments.drawdownId, row.id)).orderBy(asc(drawdownDocuments.dated)),
    db.select().from(drawdownLines).where(eq(drawdownLines.drawdownId, row.id)).orderBy(asc(drawdownLines.lineNumber)),
    db
      .select({
        appropriationId: appropriations.id,
        name: appropriations.name,
        fiscalYear: appropriations.fiscalYear,
        note: drawdownReplacements.note,
      })
      .from(drawdownReplacements)
      .innerJoin(appropriations, eq(appropriations.id, drawdownReplacements.appropriationId))
      .where(eq(drawdownReplacements.drawdownId, row.id)),
    db.select().from(drawdownCaps),
  ]);
  const revaluations = lines.length
    ? await db
        .select()
        .from(drawdownRevaluations)
        .where(
          inArray(
            drawdownRevaluations.lineId,
            lines.map((l) => l.id),
          ),
        )
        .orderBy(asc(drawdownRevaluations.createdAt))
    : [];
  const valuation = valuationTotals(lines);
  const cap = row.pdDate ? capOn(caps as CapRow[], row.authority, row.pdDate, row.capId) : null;
  const capRow = cap ? caps.find((c) => c.id === cap.id)! : null;
  return {
    id: row.id,
    reference: row.reference,
    partnerCode: row.partnerCode,
    authority: row.authority,
    authorityLabel: DRAWDOWN_AUTHORITY_LABELS[row.authority],
    title: row.title,
    status: row.status,
    pdNumber: row.pdNumber,
    pdDate: row.pdDate,
    ceilingCents: row.ceilingCents,
    fiscalYear: row.fiscalYear,
    authorityCap: capRow
      ? {
          id: capRow.id,
          authority: capRow.authority,
          citation: capRow.citation,
          effectiveFrom: capRow.effectiveFrom,
          effectiveTo: capRow.effectiveTo,
          capCents: capRow.capCents,
          source: capRow.source,
          verified: capRow.verified,
        }
      : null,
    waiverReason: row.waiverReason,
    waivedBy: row.waivedBy,
    waivedOn: row.waivedOn,
    executedOn: row.executedOn,
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      label: DRAWDOWN_DOCUMENT_LABELS[d.kind],
      reference: d.reference,
      dated: d.dated,
    })),
    lines: lines.map((l) => ({
      id: l.id,
      lineNumber: l.lineNumber,
      militaryDepartment: l.militaryDepartment,
      description: l.description,
      quantity: l.quantity,
      valuationMethod: l.valuationMethod,
      netBookValueCents: l.netBookValueCents,
      replacementCostCents: l.replacementCostCents,
      valueCents: lineValue(l),
      deliveredOn: l.deliveredOn,
      deliveryDocument: l.deliveryDocument,
      revaluations: revaluations
        .filter((r) => r.lineId === l.id)
        .map(({ oldMethod, newMethod, oldValueCents, newValueCents, reason, memo, onDate, createdBy }) => ({
          oldMethod,
          newMethod,
          oldValueCents,
          newValueCents,
          reason,
          memo,
          onDate,
          createdBy,
        })),
    })),
    valueCents: valuation.recordedCents,
    valuation,
    remainingCents: row.ceilingCents === null ? null : row.ceilingCents - valuation.recordedCents,
    replacements,
    allowedActions: allowedDrawdownActions(row.status as DrawdownStatus),
    version: row.version,
  };
}

export async function listDrawdowns(db: Db, principal: Principal, raw: unknown = {}) {
  requireArea(principal, 'read', AREA);
  const query = parseInput(drawdownListQuery, raw);
  const where = and(
    scopeWhere(principal, drawdowns.partnerCode),
    query.partner ? eq(drawdowns.partnerCode, query.partner) : undefined,
    query.status ? eq(drawdowns.status, query.status) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: drawdowns.id,
        reference: drawdowns.reference,
        partnerCode: drawdowns.partnerCode,
        authority: drawdowns.authority,
        title: drawdowns.title,
        status: drawdowns.status,
        pdNumber: drawdowns.pdNumber,
        ceilingCents: drawdowns.ceilingCents,
        valueCents: drawdownValueSql,
      })
      .from(drawdowns)
      .where(where)
      .orderBy(desc(drawdowns.createdAt), asc(drawdowns.reference))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(drawdowns).where(where),
  ]);
  return { items, total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}

export async function lockDrawdown(tx: Tx, principal: Principal, ref: string, version: number) {
  const row = await requireRecord(tx, principal, DRAWDOWN.write, ref, { lock: true });
  requireVersion(`Drawdown ${row.reference}`, version, row.version);
  return row;
}

export async function bumpDrawdown(tx: Tx, row: DrawdownRow, changes: Partial<DrawdownRow> = {}) {
  const [after] = await tx
    .update(drawdowns)
    .set({ ...changes, version: row.version + 1, updatedAt: new Date() })
    .where(eq(drawdowns.id, row.id))
    .returning();
  return after!;
}

export async function listDrawdownCaps(db: Db, principal: Principal) {
  requireArea(principal, 'read', AREA);
  const rows = await db.select().from(drawdownCaps).orderBy(asc(drawdownCaps.authority), asc(drawdownCaps.createdAt));
  return { items: rows.map(({ createdAt: _c, createdBy: _b, ...view }) => view) };
}

/** An administrator records a cap with its source (the [to verify] authorities, an appropriation act's ceiling). */
export async function addDrawdownCap(db: Db, principal: Principal, raw: unknown) {
  requireArea(principal, 'administer', AREA);
  const input = parseInput(drawdownCapInput, raw);
  const row = await db.transaction(async (tx) => {
    const [cap] = await tx
      .insert(drawdownCaps)
      .values({ ...input, createdBy: principal.username })
      .returning();
    await appendAudit(tx, principal, { entityType: 'drawdown', action: 'drawdown.cap_added', entityId: cap!.id, after: cap });
    return cap!;
  });
  const { createdAt: _c, createdBy: _b, ...view } = row;
  return view;
}
