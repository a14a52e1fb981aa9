import { and, eq } from 'drizzle-orm';
import { loaLines, loaVersions, type OfferGate } from '../../cases/public.ts';
import { requestsForCase } from './npor-service.ts';
import { nporOfferBlocker } from './rules/npor-workflow.ts';

/**
 * Issue 15 (shared/domain.md §10, DSCA 21-50, 25-35, 25-72): a case cannot be offered while its NPOR lines lack an
 * actionable determination of an NPOR request linked to the case or to its LOR.
 */
export const nporOfferGate: OfferGate = {
  name: 'npor-determination',
  async check(db, candidate) {
    const lines = await db
      .select({ lineNumber: loaLines.lineNumber, programOfRecord: loaLines.programOfRecord })
      .from(loaLines)
      .innerJoin(loaVersions, eq(loaVersions.id, loaLines.versionId))
      .where(and(eq(loaVersions.caseId, candidate.caseId), eq(loaVersions.number, 0)));
    if (!lines.some((l) => l.programOfRecord === false)) return null;
    return nporOfferBlocker(lines, await requestsForCase(db, candidate.caseId));
  },
};
