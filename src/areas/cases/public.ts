// What other areas may use of cases. Everything else in src/areas/cases is private to it (the linter enforces it).
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { cases } from './schema.ts';

export { type BpcCaseInput, createBpcCase } from './bpc-case-service.ts';
export { type CaseRow, createCase, findCase, getCasePage, listCases, setMilestone, WITHHELD } from './case-service.ts';
export type { ApprovalGate, CaseHooks, CaseMarker, LoaChecker, OfferCandidate, OfferGate, TransitionGate } from './hooks.ts';
export { transitionCase } from './lifecycle-service.ts';
export { decideLor, receiveLor } from './lor-service.ts';
export type { SaveVersionInput } from './model.ts';
export { CASE, caseRecords, LOR, lorRecords } from './records.ts';
export { administrativeSurcharge } from './rules/administrative-surcharge.ts';
export { caseTotals } from './rules/case-totals.ts';
export { FUNDING_SOURCES, type FundingSourceKey, fundingSourceKey } from './rules/funding-sources.ts';
export { CASE_STATUSES, type CaseAction, type CaseStatus, CLOSED_STATUSES, isOpenStatus, MILESTONE_OF_ACTION } from './rules/lifecycle.ts';
export {
  type CaseType,
  type FindingSeverity,
  isBpc,
  type LoaFinding,
  type LoaLine,
  type LoaNote,
  type LoaSnapshot,
  type Payment,
} from './rules/loa.ts';
export { diffVersions, type VersionDiff } from './rules/version-diff.ts';
/** Case tables, for foreign keys and for joining a case's identifier or lines into another area's read (never written elsewhere). */
export {
  caseMilestones,
  cases,
  implementingAgencies,
  lettersOfRequest,
  loaLines,
  loaNotes,
  loaPayments,
  loaVersions,
} from './schema.ts';
export { carryNoteIntoLoa, createRevision, getVersion, readVersion, saveVersion } from './version-service.ts';

/** The markings of the case `caseId` names, for another area's record that names a case (its own policy check and masks). */
export const caseMarkingsOf = (caseId: PgColumn | SQL): SQL<string[]> =>
  sql<string[]>`coalesce((select ${cases.markings} from ${cases} where ${cases.id} = ${caseId}), '{}'::text[])`;
/** The demo and bench cases, for the data set's tests (src/demo). */
export { bulkLoadCases, type CaseSpec, generateCases } from './demo.ts';
export { designatorAt, designatorIndex, formatCaseIdentifier } from './rules/case-identifier.ts';
export { standardOfferExpiration } from './rules/offer-expiration.ts';
export { createPendingSale } from './test-fixtures.ts';
