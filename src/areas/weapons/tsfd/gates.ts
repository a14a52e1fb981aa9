import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { loaNotes, loaVersions, type OfferGate, type TransitionGate } from '../../cases/public.ts';
import { GATED_CASE_ACTIONS, tsfdGateBlocker, tsfdOpeningBlocker } from './rules/tsfd-workflow.ts';
import { requestsForCase } from './tsfd-service.ts';

/**
 * DSCA 16-26, 25-16 (shared/domain.md §10): required TSFD approvals come before any P&A or LOA for classified items. A
 * case whose system needs TSFD (a TSFD request is linked to it or to its LOR) is not opened from its LOR, neither leaves
 * LOA development for review, nor is approved or offered, until every such request is approved and its conditions are in
 * the LOA's TSFD note.
 */
async function tsfdBlocker(db: Db | Tx, caseId: string): Promise<string | null> {
  const requests = await requestsForCase(db, caseId);
  if (!requests.length) return null;
  const notes = await db
    .select({ code: loaNotes.code, text: loaNotes.text })
    .from(loaNotes)
    .innerJoin(loaVersions, eq(loaVersions.id, loaNotes.versionId))
    .where(and(eq(loaVersions.caseId, caseId), eq(loaVersions.number, 0)));
  return tsfdGateBlocker(requests, notes);
}

export const tsfdOfferGate: OfferGate = { name: 'tsfd-approval', check: (db, candidate) => tsfdBlocker(db, candidate.caseId) };

export const tsfdTransitionGate: TransitionGate = {
  name: 'tsfd-approval',
  check: async (db, move) => {
    // LOA development from a LOR whose system needs TSFD waits for the determinations (no LOA note exists yet).
    if (move.action === 'open_from_lor') return tsfdOpeningBlocker(await requestsForCase(db, move.caseId));
    return (GATED_CASE_ACTIONS as readonly string[]).includes(move.action) ? tsfdBlocker(db, move.caseId) : null;
  },
};
