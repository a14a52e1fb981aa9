import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { cases, loaLines, loaVersions, type OfferGate } from '../cases/public.ts';
import { PCHT_RULE } from './rules/tables.ts';
import { blanketOrderProblem, linesExceedAuthorization } from './rules/transfer-rules.ts';
import { edaDeclarations, edaRequests } from './schema.ts';

const AUTHORISED = ['authorized', 'transferred'];

/**
 * SAMM C11 (shared/domain.md §5): no LOA for EDA before DSCA's authorization, none above its quantity or value; grant EDA
 * on LOA lines (found by the declaration's MASL number); blanket order only for non-SME; and FAA 516(e)(1): the LOA
 * carries the PCH&T (accessorial) charge, which DoD may not pay for a grant.
 */
async function edaOfferBlocker(db: Db | Tx, caseId: string): Promise<string | null> {
  const linked = await db
    .select({ request: edaRequests, declaration: edaDeclarations })
    .from(edaRequests)
    .innerJoin(edaDeclarations, eq(edaDeclarations.id, edaRequests.declarationId))
    .where(and(eq(edaRequests.caseId, caseId), notInArray(edaRequests.status, ['withdrawn', 'disapproved'])));
  if (!linked.length) return null;
  const [basic] = await db
    .select({ id: loaVersions.id, accessorialCents: loaVersions.accessorialCents, caseType: cases.type })
    .from(loaVersions)
    .innerJoin(cases, eq(cases.id, loaVersions.caseId))
    .where(and(eq(loaVersions.caseId, caseId), eq(loaVersions.number, 0)));
  const reasons: string[] = [];
  for (const { request, declaration } of linked) {
    const name = `EDA request ${request.reference}`;
    if (!AUTHORISED.includes(request.status)) {
      reasons.push(`${name} is not authorised by DSCA yet (${request.status.replaceAll('_', ' ')})`);
      continue;
    }
    const lines = basic
      ? await db
          .select({ lineNumber: loaLines.lineNumber, quantity: loaLines.quantity, unitCostCents: loaLines.unitCostCents })
          .from(loaLines)
          .where(and(eq(loaLines.versionId, basic.id), inArray(loaLines.maslNumber, [declaration.maslNumber, declaration.nsn])))
      : [];
    if (request.authority === 'grant_516' && !lines.length)
      reasons.push(`${name}: grant EDA goes on LOA lines, and no line carries MASL ${declaration.maslNumber}`);
    const over = linesExceedAuthorization(lines, { quantity: request.authorizedQuantity!, valueCents: request.authorizedValueCents! });
    if (over) reasons.push(`${name}: ${over}`);
    const blanket = blanketOrderProblem(basic?.caseType ?? '', declaration.sme);
    if (blanket) reasons.push(`${name}: ${blanket}`);
    if (request.authority === 'grant_516' && (basic?.accessorialCents ?? 0) <= 0)
      reasons.push(`${name}: the LOA must carry the PCH&T (accessorial) charge the recipient pays — ${PCHT_RULE.source}`);
  }
  return reasons.length ? reasons.join('; ') : null;
}

export const edaOfferGate: OfferGate = {
  name: 'excess-defense-articles',
  check: (db, candidate) => edaOfferBlocker(db, candidate.caseId),
};
