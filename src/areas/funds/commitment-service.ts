import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Principal } from '../../platform/access/policy.ts';
import { requireArea } from '../../platform/access/require-access.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { todayIso } from '../../platform/dates.ts';
import { badRequest } from '../../platform/http/errors.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { lockAppropriation, refuse } from './appropriation-service.ts';
import { balancesOf, commitmentRemaining } from './ledger.ts';
import { type CommitInput, commitInput, type DeobligateInput, deobligateInput } from './model.ts';
import { dateOf, findTransaction, targetOf, transactionResult } from './obligation-service.ts';
import { decideDeobligation, decideObligation } from './rules/balance.ts';
import type { ExecutionChannel } from './rules/programs.ts';
import { fundPrograms, fundTransactions } from './schema.ts';

const AREA = 'funds' as const;

/**
 * Reserves money for a case (or line) or a program ahead of its obligation: only from the uncommitted balance and within
 * the period of availability. The appropriation row is locked for the transaction, as for obligations.
 */
export async function commit(db: Db, principal: Principal, appropriationId: string, raw: CommitInput, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(commitInput, raw);
  const onDate = dateOf(input.onDate, today);
  const id = await db.transaction(async (tx) => {
    const fund = await lockAppropriation(tx, principal, appropriationId);
    const [program] = await tx.select().from(fundPrograms).where(eq(fundPrograms.code, fund.programCode));
    const target = await targetOf(tx, principal, input, fund.partnerCode, {
      code: program!.code,
      executedThrough: program!.executedThrough as ExecutionChannel | null,
    });
    requireArea(principal, 'write', AREA, target.partnerCode);
    const balance = (await balancesOf(tx, [fund.id])).get(fund.id)!;
    const decision = decideObligation(balance, input.amountCents, onDate, fund.availableUntil, null, 'commitment');
    if (!decision.ok) throw refuse(decision);
    const [row] = await tx
      .insert(fundTransactions)
      .values({
        appropriationId: fund.id,
        kind: 'commitment',
        amountCents: input.amountCents,
        partnerCode: target.partnerCode,
        caseId: target.caseId,
        lineNumber: input.lineNumber,
        description: input.description,
        onDate,
        createdBy: principal.username,
      })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'fund_transaction',
      action: 'fund_transaction.committed',
      entityId: row!.id,
      countryCode: target.partnerCode,
      after: { ...row, uncommittedBefore: balance.uncommittedCents },
    });
    return row!.id;
  });
  return transactionResult(db, principal, id, today);
}

/** Releases what a commitment still holds (in part or whole) back to the uncommitted balance. */
export async function release(db: Db, principal: Principal, commitmentId: string, raw: DeobligateInput, today = todayIso()) {
  requireArea(principal, 'write', AREA);
  const input = parseInput(deobligateInput, raw);
  const onDate = dateOf(input.onDate, today);
  const id = await db.transaction(async (tx) => {
    const original = await findTransaction(tx, principal, commitmentId, 'write');
    if (original.kind !== 'commitment')
      throw badRequest('A release returns money from a commitment', [
        { path: 'commitmentId', message: `this entry is a ${original.kind.replaceAll('_', ' ')}` },
      ]);
    await lockAppropriation(tx, principal, original.appropriationId);
    const decision = decideDeobligation(await commitmentRemaining(tx, original.id, original.amountCents), input.amountCents, 'commitment');
    if (!decision.ok) throw refuse(decision);
    const [row] = await tx
      .insert(fundTransactions)
      .values({
        appropriationId: original.appropriationId,
        kind: 'commitment_release',
        amountCents: input.amountCents,
        partnerCode: original.partnerCode,
        caseId: original.caseId,
        lineNumber: original.lineNumber,
        commitmentId: original.id,
        description: input.description,
        onDate,
        createdBy: principal.username,
      })
      .returning();
    await appendAudit(tx, principal, {
      entityType: 'fund_transaction',
      action: 'fund_transaction.released',
      entityId: row!.id,
      countryCode: original.partnerCode,
      after: row,
    });
    return row!.id;
  });
  return transactionResult(db, principal, id, today);
}
