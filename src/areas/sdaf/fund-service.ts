import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { conflict } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { requireNotFuture } from '../../platform/records/guards.ts';
import { fundPosition, ledgerSums, lockFund, refuse, requireWholeFund, ruleRows } from './fund.ts';
import { capitalInput, fundQuery, ledgerListQuery, ruleRowInput } from './model.ts';
import { decideGrowth, rowInForce } from './rules/cap.ts';
import { positionOf } from './rules/position.ts';
import { sdafLedger, sdafRuleRows } from './schema.ts';

/** The overview: the cap in force, the fund's position from its ledger and the headroom under the cap. */
export async function getFund(db: Db, principal: Principal, raw: unknown = {}, today = todayIso()) {
  requireWholeFund(principal, 'read');
  const asOf = parseInput(fundQuery, raw).asOf ?? today;
  const position = positionOf(await ledgerSums(db, asOf));
  const cap = rowInForce(await ruleRows(db, 'statutory_cap'), asOf) ?? null;
  const surcharge = rowInForce(await ruleRows(db, 'contract_administration_surcharge'), asOf) ?? null;
  return {
    asOf,
    cap,
    ...position,
    headroomCents: cap ? cap.value - position.sizeCents : null,
    contractAdministrationSurcharge: surcharge,
  };
}

/** Credits capital (an appropriation, proceeds): refused with 409 when the fund would exceed its statutory cap. */
export async function creditCapital(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireWholeFund(principal, 'write');
  const input = parseInput(capitalInput, raw);
  const onDate = input.onDate ?? today;
  requireNotFuture(onDate, today, 'onDate');
  const id = await db.transaction(async (tx) => {
    await lockFund(tx);
    const caps = await ruleRows(tx, 'statutory_cap');
    const position = await fundPosition(tx);
    // The cap of the credit's date and today's: a backdated credit may not exceed either.
    for (const date of new Set([onDate, today])) {
      const decision = decideGrowth(caps, date, position, input.amountCents, 'amountCents');
      if (!decision.ok) throw refuse(decision.field, decision.reason);
    }
    const [row] = await tx
      .insert(sdafLedger)
      .values({
        kind: 'capital',
        amountCents: input.amountCents,
        onDate,
        source: input.source,
        documentReference: input.documentReference,
        description: input.description,
        createdBy: principal.username,
      })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'sdaf_ledger',
      action: 'sdaf_ledger.capital_credited',
      entityId: row!.id,
      after: { ...row, sizeBefore: position.sizeCents },
    });
    return row!.id;
  });
  const [entry] = await ledgerRows(db, eq(sdafLedger.id, id), 1, 0);
  return { entry: entry!, fund: await getFund(db, principal, {}, today) };
}

function ledgerRows(db: Db, where: SQL | undefined, limit: number, offset: number) {
  return db
    .select({
      id: sdafLedger.id,
      kind: sdafLedger.kind,
      amountCents: sdafLedger.amountCents,
      onDate: sdafLedger.onDate,
      source: sdafLedger.source,
      documentReference: sdafLedger.documentReference,
      description: sdafLedger.description,
      procurementId: sdafLedger.procurementId,
      transferId: sdafLedger.transferId,
      partnerCode: sdafLedger.partnerCode,
      createdBy: sdafLedger.createdBy,
    })
    .from(sdafLedger)
    .where(where)
    .orderBy(desc(sdafLedger.onDate), desc(sdafLedger.createdAt))
    .limit(limit)
    .offset(offset);
}

export async function listLedger(db: Db, principal: Principal, raw: unknown = {}) {
  requireWholeFund(principal, 'read');
  const query = parseInput(ledgerListQuery, raw);
  const where = query.kind ? eq(sdafLedger.kind, query.kind) : undefined;
  const [items, [total]] = await Promise.all([
    ledgerRows(db, where, query.limit, query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(sdafLedger).where(where),
  ]);
  return { items, total: total?.n ?? 0, limit: query.limit, offset: query.offset };
}

const ruleView = ({ createdAt, ...row }: typeof sdafRuleRows.$inferSelect) => ({ ...row, createdAt: createdAt.toISOString() });

/** The cap and surcharge tables: readers of the area see the law in force (it is no partner's record). */
export async function listRules(db: Db, principal: Principal) {
  requireArea(principal, 'read', 'sdaf');
  const rows = await db.select().from(sdafRuleRows).orderBy(asc(sdafRuleRows.kind), asc(sdafRuleRows.effectiveFrom));
  return rows.map(ruleView);
}

/** A change of law is a new row from its date (administrators). A lower cap is refused while the fund is bigger than it. */
export async function addRule(db: Db, principal: Principal, raw: unknown, today = todayIso()) {
  requireArea(principal, 'administer', 'sdaf');
  const input = parseInput(ruleRowInput, raw);
  return db.transaction(async (tx) => {
    await lockFund(tx);
    const [same] = await tx
      .select({ id: sdafRuleRows.id })
      .from(sdafRuleRows)
      .where(and(eq(sdafRuleRows.kind, input.kind), eq(sdafRuleRows.effectiveFrom, input.effectiveFrom)));
    if (same) throw conflict(`A ${input.kind} row already starts on ${input.effectiveFrom} (row ${same.id}): add a row from another date`);
    if (input.kind === 'statutory_cap' && input.effectiveFrom <= today) {
      const position = await fundPosition(tx);
      if (position.sizeCents > input.value)
        throw refuse(
          'value',
          `The fund already holds $${(position.sizeCents / 100).toLocaleString('en-US')}, more than this cap; record the cap from the date the law changed, and the fund’s reduction first`,
        );
    }
    const [row] = await tx
      .insert(sdafRuleRows)
      .values({ ...input, createdBy: principal.username })
      .returning();
    await appendAudit(tx, principal, { entityType: 'sdaf_rule', action: 'sdaf_rule.added', entityId: String(row!.id), after: row });
    return ruleView(row!);
  });
}
