import type { z } from '@hono/zod-openapi';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import type { Principal } from '../../../platform/access/policy.ts';
import { appendAudit } from '../../../platform/audit/service.ts';
import { fiscalYearOf, todayIso } from '../../../platform/dates.ts';
import { AppError, badRequest, conflict } from '../../../platform/http/errors.ts';
import { parseInput } from '../../../platform/http/validate.ts';
import { illegalTransition, requireNotFuture } from '../../../platform/records/guards.ts';
import { appropriations } from '../../funds/public.ts';
import { decideWithinCeiling } from '../dcc/rules/financing.ts';
import { bumpDrawdown, capsOf, type DrawdownRow, getDrawdown, lockDrawdown } from './drawdown-service.ts';
import {
  deliveryInput,
  determinationProblems,
  drawdownDocumentInput,
  drawdownLineInput,
  drawdownTransitionInput,
  methodValueProblems,
  replacementInput,
  revaluationInput,
} from './model.ts';
import { capOn } from './rules/authorities.ts';
import { type DrawdownStatus, moveDrawdown } from './rules/drawdown-status.ts';
import { lineValue } from './rules/valuation.ts';
import { drawdownDocuments, drawdownLines, drawdownReplacements, drawdownRevaluations, drawdowns } from './schema.ts';

const over = (reason: string, path: string) => new AppError(409, 'conflict', reason, [{ path, message: reason }]);

export async function addDrawdownDocument(
  db: Db,
  principal: Principal,
  ref: string,
  raw: z.input<typeof drawdownDocumentInput>,
  today = todayIso(),
) {
  const input = parseInput(drawdownDocumentInput, raw);
  requireNotFuture(input.dated, today, 'dated');
  const id = await db.transaction(async (tx) => {
    const row = await lockDrawdown(tx, principal, ref, input.version);
    if (row.status === 'cancelled' || row.status === 'delivered') throw conflict(`A drawdown ${row.status} takes no more documents`);
    const [doc] = await tx
      .insert(drawdownDocuments)
      .values({ drawdownId: row.id, kind: input.kind, reference: input.reference, dated: input.dated, createdBy: principal.username })
      .returning();
    await bumpDrawdown(tx, row);
    await appendAudit(tx, principal, {
      entityType: 'drawdown',
      action: 'drawdown.document_added',
      entityId: row.id,
      countryCode: row.partnerCode,
      after: doc,
    });
    return row.id;
  });
  return getDrawdown(db, principal, id);
}

export async function transitionDrawdown(
  db: Db,
  principal: Principal,
  ref: string,
  raw: z.input<typeof drawdownTransitionInput>,
  today = todayIso(),
) {
  const input = parseInput(drawdownTransitionInput, raw);
  const id = await db.transaction(async (tx) => {
    const row = await lockDrawdown(tx, principal, ref, input.version);
    refuseProblems(determinationProblems(input));
    const kinds = (
      await tx.selectDistinct({ kind: drawdownDocuments.kind }).from(drawdownDocuments).where(eq(drawdownDocuments.drawdownId, row.id))
    ).map((r) => r.kind);
    const [lines] = await tx.select({ n: sql<number>`count(*)::int` }).from(drawdownLines).where(eq(drawdownLines.drawdownId, row.id));
    const move = moveDrawdown(row.status as DrawdownStatus, input.action, {
      documentsOnFile: kinds,
      assessmentsWaived: Boolean(input.waiverReason),
      lines: lines?.n ?? 0,
    });
    if (!move.ok) throw illegalTransition(move.reason, move.allowed);
    let changes: Partial<DrawdownRow> = { status: move.to };
    if (input.action === 'determine') changes = { ...changes, ...(await determination(tx, row, input, today)) };
    if (input.action === 'execute') {
      changes.executedOn = today;
      const missing = !kinds.includes('readiness_assessment') || !kinds.includes('budget_impact_assessment');
      if (input.waiverReason && missing) {
        Object.assign(changes, { waiverReason: input.waiverReason, waivedBy: principal.username, waivedOn: today });
        await appendAudit(tx, principal, {
          entityType: 'drawdown',
          action: 'drawdown.waived',
          entityId: row.id,
          countryCode: row.partnerCode,
          after: { waiverReason: input.waiverReason, documentsOnFile: kinds },
        });
      }
    }
    const after = await bumpDrawdown(tx, row, changes);
    await appendAudit(tx, principal, {
      entityType: 'drawdown',
      action:
        input.action === 'determine' ? 'drawdown.determined' : input.action === 'execute' ? 'drawdown.executed' : 'drawdown.cancelled',
      entityId: row.id,
      countryCode: row.partnerCode,
      before: { status: row.status },
      after: { status: after.status, pdNumber: after.pdNumber, ceilingCents: after.ceilingCents },
    });
    return row.id;
  });
  return getDrawdown(db, principal, id);
}

/**
 * The Presidential Determination: its ceiling, with the determinations already made under the authority's cap in force
 * on its date (per fiscal year; an appropriation act's over the act), never above that cap. An advisory lock on the cap
 * makes parallel determinations wait for one another.
 */
async function determination(tx: Tx, row: DrawdownRow, input: z.output<typeof drawdownTransitionInput>, today: string) {
  const pdDate = input.pdDate!;
  requireNotFuture(pdDate, today, 'pdDate');
  const fiscalYear = fiscalYearOf(pdDate);
  const cap = capOn(await capsOf(tx), row.authority, pdDate, row.capId);
  if (cap) {
    const perAct = row.authority === 'appropriation_act';
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`drawdown-cap:${cap.id}:${perAct ? '' : fiscalYear}`}))`);
    const [used] = await tx
      .select({ n: sql<number>`coalesce(sum(${drawdowns.ceilingCents}), 0)`.mapWith(Number) })
      .from(drawdowns)
      .where(
        and(
          eq(drawdowns.authority, row.authority),
          ne(drawdowns.status, 'cancelled'),
          ne(drawdowns.id, row.id),
          perAct ? eq(drawdowns.capId, cap.id) : eq(drawdowns.fiscalYear, fiscalYear),
        ),
      );
    const decision = decideWithinCeiling(
      cap.capCents,
      used?.n ?? 0,
      input.ceilingCents!,
      `the cap of ${cap.source}${perAct ? '' : ` for fiscal year ${fiscalYear}`}`,
    );
    if (!decision.ok) throw over(decision.reason, 'ceilingCents');
  }
  return { pdNumber: input.pdNumber!, pdDate, ceilingCents: input.ceilingCents!, fiscalYear };
}

async function valueUsed(tx: Tx, drawdownId: string, exceptLineId?: string) {
  const lines = await tx.select().from(drawdownLines).where(eq(drawdownLines.drawdownId, drawdownId));
  return lines.filter((l) => l.id !== exceptLineId).reduce((sum, l) => sum + lineValue(l), 0);
}

function requireWithinCeiling(row: DrawdownRow, used: number, value: number, path: string) {
  const decision = decideWithinCeiling(row.ceilingCents!, used, value, `the ceiling of Presidential Determination ${row.pdNumber}`);
  if (!decision.ok) throw over(decision.reason, path);
}

/** A line of the execute order; its value with the others' never passes the determination's ceiling (the drawdown is locked). */
export async function addDrawdownLine(db: Db, principal: Principal, ref: string, raw: z.input<typeof drawdownLineInput>) {
  const input = parseInput(drawdownLineInput, raw);
  const id = await db.transaction(async (tx) => {
    const row = await lockDrawdown(tx, principal, ref, input.version);
    refuseProblems(methodValueProblems(input));
    if (row.status !== 'determined' && row.status !== 'executing')
      throw conflict('Execute-order lines follow the Presidential Determination and precede delivery');
    const { version: _v, ...line } = input;
    const path = line.valuationMethod === 'net_book_value' ? 'netBookValueCents' : 'replacementCostCents';
    requireWithinCeiling(row, await valueUsed(tx, row.id), lineValue(line), path);
    const [n] = await tx
      .select({ n: sql<number>`coalesce(max(${drawdownLines.lineNumber}), 0)::int` })
      .from(drawdownLines)
      .where(eq(drawdownLines.drawdownId, row.id));
    const [added] = await tx
      .insert(drawdownLines)
      .values({ ...line, drawdownId: row.id, lineNumber: (n?.n ?? 0) + 1 })
      .returning();
    await bumpDrawdown(tx, row);
    await appendAudit(tx, principal, {
      entityType: 'drawdown',
      action: 'drawdown.line_added',
      entityId: row.id,
      countryCode: row.partnerCode,
      after: added,
    });
    return row.id;
  });
  return getDrawdown(db, principal, id);
}

async function lineOf(tx: Tx, row: DrawdownRow, lineId: string) {
  const [line] = await tx
    .select()
    .from(drawdownLines)
    .where(and(eq(drawdownLines.id, lineId), eq(drawdownLines.drawdownId, row.id)));
  if (!line) throw badRequest('Unknown line', [{ path: 'lineId', message: `${row.reference} has no such line` }]);
  return line;
}

/** A new value or method for a line, kept in its history (old → new, reason, memo); still within the ceiling. */
export async function revalueDrawdownLine(
  db: Db,
  principal: Principal,
  ref: string,
  lineId: string,
  raw: z.input<typeof revaluationInput>,
  today = todayIso(),
) {
  const input = parseInput(revaluationInput, raw);
  const id = await db.transaction(async (tx) => {
    const row = await lockDrawdown(tx, principal, ref, input.version);
    refuseProblems(methodValueProblems(input));
    requireNotFuture(input.onDate, today, 'onDate');
    if (row.status !== 'determined' && row.status !== 'executing') throw conflict(`A drawdown ${row.status} is not revalued`);
    const line = await lineOf(tx, row, lineId);
    const value = lineValue(input);
    const path = input.valuationMethod === 'net_book_value' ? 'netBookValueCents' : 'replacementCostCents';
    requireWithinCeiling(row, await valueUsed(tx, row.id, line.id), value, path);
    await tx
      .update(drawdownLines)
      .set({
        valuationMethod: input.valuationMethod,
        netBookValueCents: input.netBookValueCents,
        replacementCostCents: input.replacementCostCents,
      })
      .where(eq(drawdownLines.id, line.id));
    const [history] = await tx
      .insert(drawdownRevaluations)
      .values({
        lineId: line.id,
        oldMethod: line.valuationMethod,
        newMethod: input.valuationMethod,
        oldValueCents: lineValue(line),
        newValueCents: value,
        reason: input.reason,
        memo: input.memo,
        onDate: input.onDate,
        createdBy: principal.username,
      })
      .returning();
    await bumpDrawdown(tx, row);
    await appendAudit(tx, principal, {
      entityType: 'drawdown',
      action: 'drawdown.line_revalued',
      entityId: row.id,
      countryCode: row.partnerCode,
      before: line,
      after: history,
    });
    return row.id;
  });
  return getDrawdown(db, principal, id);
}

/** Delivery and title transfer (DSCA 24-40): one event with its date and document; the last line delivered completes the drawdown. */
export async function deliverDrawdownLine(
  db: Db,
  principal: Principal,
  ref: string,
  lineId: string,
  raw: z.input<typeof deliveryInput>,
  today = todayIso(),
) {
  const input = parseInput(deliveryInput, raw);
  requireNotFuture(input.deliveredOn, today, 'deliveredOn');
  const id = await db.transaction(async (tx) => {
    const row = await lockDrawdown(tx, principal, ref, input.version);
    if (row.status !== 'executing') throw conflict('Articles are delivered under an executed drawdown');
    const line = await lineOf(tx, row, lineId);
    if (line.deliveredOn) throw conflict(`Line ${line.lineNumber} was delivered on ${line.deliveredOn} (${line.deliveryDocument})`);
    if (row.executedOn && input.deliveredOn < row.executedOn)
      throw badRequest('Delivery follows execution', [{ path: 'deliveredOn', message: `on or after ${row.executedOn}` }]);
    await tx
      .update(drawdownLines)
      .set({ deliveredOn: input.deliveredOn, deliveryDocument: input.document })
      .where(eq(drawdownLines.id, line.id));
    const [open] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(drawdownLines)
      .where(and(eq(drawdownLines.drawdownId, row.id), sql`${drawdownLines.deliveredOn} is null`));
    await bumpDrawdown(tx, row, open?.n === 0 ? { status: 'delivered' } : {});
    await appendAudit(tx, principal, {
      entityType: 'drawdown',
      action: 'drawdown.line_delivered',
      entityId: row.id,
      countryCode: row.partnerCode,
      after: { lineNumber: line.lineNumber, deliveredOn: input.deliveredOn, document: input.document, drawdownDelivered: open?.n === 0 },
    });
    return row.id;
  });
  return getDrawdown(db, principal, id);
}

/** Links the appropriation that replaces the articles drawn down. */
export async function linkReplacement(db: Db, principal: Principal, ref: string, raw: z.input<typeof replacementInput>) {
  const input = parseInput(replacementInput, raw);
  const id = await db.transaction(async (tx) => {
    const row = await lockDrawdown(tx, principal, ref, input.version);
    const [fund] = await tx.select({ id: appropriations.id }).from(appropriations).where(eq(appropriations.id, input.appropriationId));
    if (!fund) throw badRequest('Unknown appropriation', [{ path: 'appropriationId', message: 'no such appropriation' }]);
    const [exists] = await tx
      .select({ id: drawdownReplacements.id })
      .from(drawdownReplacements)
      .where(and(eq(drawdownReplacements.drawdownId, row.id), eq(drawdownReplacements.appropriationId, fund.id)));
    if (exists) throw conflict('That appropriation is already linked');
    await tx
      .insert(drawdownReplacements)
      .values({ drawdownId: row.id, appropriationId: fund.id, note: input.note, createdBy: principal.username });
    await bumpDrawdown(tx, row);
    await appendAudit(tx, principal, {
      entityType: 'drawdown',
      action: 'drawdown.replacement_linked',
      entityId: row.id,
      countryCode: row.partnerCode,
      after: { appropriationId: fund.id, note: input.note },
    });
    return row.id;
  });
  return getDrawdown(db, principal, id);
}

function refuseProblems(problems: { path: string; message: string }[]): void {
  if (problems.length) throw badRequest('Some fields are not valid', problems);
}
