// A building-partner-capacity case made from an approved Title 10 program (the capacity-building area), inside that
// area's transaction: the "pseudo-LOA" has the same versions and lines as an FMS LOA, BPC notes, no administrative
// surcharge, the authority as its funding source and the program code in place of the country code (shared/domain.md
// §1, §8: SAMM App 6 note; DSCA 16-04, 16-74, 25-115, 25-61; SAMM C15).
import { and, eq, like, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { decide, type Principal } from '../../platform/access/policy.ts';
import { appendAudit } from '../../platform/audit/service.ts';
import { badRequest, conflict, forbidden } from '../../platform/http/errors.ts';
import { partners } from '../countries/public.ts';
import { priced } from './pricing.ts';
import { formatCaseIdentifier, nextDesignator } from './rules/case-identifier.ts';
import { FUNDING_SOURCES, type FundingSourceKey } from './rules/funding-sources.ts';
import type { LoaLine, LoaNote } from './rules/loa.ts';
import { cases, implementingAgencies, loaVersions } from './schema.ts';
import { writeContent } from './version-service.ts';

export interface BpcCaseInput {
  partnerCode: string;
  /** The program code used in place of the country code (2–3 characters, e.g. DU for Section 333 FY21). */
  programCode: string;
  agencyCode: string;
  title: string;
  /** The authority: the funding source of a BPC case. */
  fundingSource: FundingSourceKey;
  caseManager?: string;
  lines: readonly LoaLine[];
  notes: readonly LoaNote[];
  /** The day the authority's money funds the case: its whole value, the one payment of the schedule (SAMM C9 asks the schedule to cover the case value). */
  fundedOn: string;
}

/**
 * Writes the BPC case and its basic version (number 0, a draft for case writing) in the caller's transaction. Drafting
 * it is the program office's step: a writer of cases, or of the capacity-building area, for the partner.
 */
export async function createBpcCase(tx: Tx, principal: Principal, input: BpcCaseInput) {
  const target = { countryCode: input.partnerCode };
  const decisions = (['capacity-building', 'cases'] as const).map((area) => decide(principal, 'write', { area, ...target }));
  if (!decisions.some((d) => d.allowed)) {
    const refusal = decisions.find((d) => !d.allowed);
    throw forbidden(`Not allowed to create a BPC case: ${refusal && 'reason' in refusal ? refusal.reason : ''}`);
  }
  if (!/^[A-Z0-9]{2,3}$/.test(input.programCode))
    throw badRequest('Malformed program code', [{ path: 'programCode', message: '2–3 capital letters or digits, e.g. DU' }]);
  if (!FUNDING_SOURCES.some((s) => s.key === input.fundingSource))
    throw badRequest('Unknown funding source', [{ path: 'fundingSource', message: 'a funding source of cases' }]);
  if (input.lines.length === 0) throw badRequest('A BPC case needs its lines', [{ path: 'lines', message: 'at least one line' }]);
  const [partner] = await tx.select({ code: partners.code }).from(partners).where(eq(partners.code, input.partnerCode));
  if (!partner) throw badRequest('Unknown partner', [{ path: 'partnerCode', message: `no partner ${input.partnerCode}` }]);
  const [agency] = await tx.select().from(implementingAgencies).where(eq(implementingAgencies.code, input.agencyCode));
  if (!agency)
    throw badRequest('Unknown implementing agency', [{ path: 'agencyCode', message: `no implementing agency ${input.agencyCode}` }]);

  // Designators are unique per program code and agency (the identifier), and per partner and agency (the table's key).
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`case-designator:${input.programCode}-${input.agencyCode}`}))`);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`case-designator:${input.partnerCode}-${input.agencyCode}`}))`);
  const used = await tx
    .select({ d: cases.designator })
    .from(cases)
    .where(
      or(
        like(cases.identifier, `${input.programCode}-${input.agencyCode}-%`),
        and(eq(cases.partnerCode, input.partnerCode), eq(cases.agencyCode, input.agencyCode)),
      ),
    );
  const designator = nextDesignator(used.map((u) => u.d));
  if (!designator) throw conflict(`Every designator for ${input.programCode}-${input.agencyCode} is in use`);
  const identifier = formatCaseIdentifier({ customerCode: input.programCode, agency: input.agencyCode, designator });

  const [row] = await tx
    .insert(cases)
    .values({
      identifier,
      partnerCode: input.partnerCode,
      agencyCode: input.agencyCode,
      designator,
      type: 'bpc',
      title: input.title,
      fundingSources: [input.fundingSource],
      caseManager: input.caseManager ?? '',
      status: 'draft',
    })
    .returning();
  const pricing = priced('bpc', { acceptedOn: null, offerDate: null }, [...input.lines], 0);
  const [version] = await tx
    .insert(loaVersions)
    .values({ caseId: row!.id, number: 0, kind: 'basic', ...pricing })
    .returning();
  await writeContent(tx, version!.id, {
    lines: [...input.lines],
    notes: [...input.notes],
    paymentSchedule: [{ dueDate: input.fundedOn, amountCents: pricing.totalCents }],
  });
  await tx.update(cases).set({ totalCents: pricing.totalCents }).where(eq(cases.id, row!.id));
  await appendAudit(tx, principal, {
    entityType: 'case',
    action: 'case.created',
    entityId: row!.id,
    countryCode: row!.partnerCode,
    after: { ...row, totalCents: pricing.totalCents, lines: input.lines, notes: input.notes },
  });
  return { id: row!.id, identifier, totalCents: pricing.totalCents };
}
